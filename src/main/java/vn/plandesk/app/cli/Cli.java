package vn.plandesk.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.HashSet;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.service.Messages;

/**
 * The headless commands, parsed by picocli. They use the same services as the window. A failure is one sentence in
 * the officer's language on stderr and a non-zero exit code ({@link #FAILED}; {@link #USAGE} for a command line that
 * cannot be followed), never a stack trace.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    /**
     * The option that makes the window quit as soon as it can be edited (for the start-up benchmark and the class-data
     * archive); an option of the program rather than of the JVM, because a packaged launcher passes only the program's.
     */
    public static final String EXIT_WHEN_EDITABLE = "--exit-when-editable";

    private final PrintStream out;
    private final PrintStream err;

    public Cli(OutputStream out, OutputStream err) {
        this.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        this.err = new PrintStream(err, true, StandardCharsets.UTF_8);
    }

    /**
     * What the command line asks of the program before it decides between the window and a command.
     *
     * @param exchangeFile a plan file the desktop asks the window to open, or null
     * @param command whether the line names a command (or asks for the usage or the version, or is wrong): no window
     */
    public record StartOptions(Path db, String locale, Path exchangeFile, boolean exitWhenEditable, boolean command) {
    }

    /**
     * The options of a command line, read without running anything; null when the line is wrong (run it to be told).
     * Only the program's own options are read, without picocli ({@link StartLine}): neither the window nor a command
     * pays for building a parser it does not use.
     */
    public static StartOptions startOptions(String[] args) {
        return StartLine.read(args);
    }

    public int run(String... args) {
        RootCommand root = new RootCommand(out, err);
        List<Commands> families = families();
        CommandLine line = commandLine(root, families, new HashSet<>(Arrays.asList(args)));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        Handlers handlers = new Handlers(families);
        line.setParameterExceptionHandler(handlers);
        line.setExecutionExceptionHandler(handlers);
        line.setExecutionStrategy(handlers);
        return line.execute(args);
    }

    /**
     * How a parsed line is run and how its failures are told. A class, not three lambdas: picocli's interfaces are
     * compiled for Java 5, and the class-data dump of JDK 17 must link an interface to archive a lambda for it, which
     * leaves a Java 5 interface (and every class implementing it) out of the archive: every command then read and
     * verified seven of picocli's classes from its jar.
     */
    private final class Handlers implements CommandLine.IParameterExceptionHandler,
            CommandLine.IExecutionExceptionHandler, CommandLine.IExecutionStrategy {
        private final List<Commands> families;

        Handlers(List<Commands> families) {
            this.families = families;
        }

        @Override
        public int handleParseException(ParameterException e, String[] args) {
            err.println(sentence(e));
            return USAGE;
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine,
                                            CommandLine.ParseResult parsed) {
            return fail(e);
        }

        @Override
        public int execute(CommandLine.ParseResult parsed) {
            return Cli.execute(parsed, families);
        }
    }

    /**
     * Runs the command the line names. picocli runs a method command on its parent's object; ours are methods of
     * the families, not of the root command, so they are called on their family here.
     */
    private static int execute(CommandLine.ParseResult parsed, List<Commands> families) {
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            return help;
        }
        CommandLine.ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        CommandLine command = leaf.commandSpec().commandLine();
        if (!(command.getCommand() instanceof Method method)
                || method.getDeclaringClass() == RootCommand.class) {
            return new CommandLine.RunLast().execute(parsed);
        }
        Commands family = families.stream().filter(f -> f.getClass() == method.getDeclaringClass()).findFirst()
                .orElseThrow();
        try {
            method.setAccessible(true);
            Object code = method.invoke(family, arguments(method, leaf.commandSpec()));
            return code instanceof Integer i ? i : OK;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ParameterException p) {
                throw p;
            }
            throw new CommandLine.ExecutionException(command, String.valueOf(cause), cause);
        } catch (IllegalAccessException e) {
            throw new CommandLine.ExecutionException(command, e.getMessage(), e);
        }
    }

    /** The values parsed for a method command's parameters, in their order. */
    private static Object[] arguments(Method method, CommandLine.Model.CommandSpec spec) {
        Parameter[] parameters = method.getParameters();
        Object[] values = new Object[parameters.length];
        int positional = 0;
        for (int i = 0; i < parameters.length; i++) {
            CommandLine.Option option = parameters[i].getAnnotation(CommandLine.Option.class);
            ArgSpec arg = option != null ? spec.findOption(option.names()[0])
                    : spec.positionalParameters().get(positional++);
            Object value = arg.getValue();
            values[i] = value == null && parameters[i].getType() == boolean.class ? Boolean.FALSE : value;
        }
        return values;
    }

    /** The command families of the CLI; a new command is a method of one of them, a new family one line here. */
    private static List<Commands> families() {
        List<Commands> families = new ArrayList<>(List.of(new PlanCommands(), new DeriveCommands(),
                new OfficeCommands(), new StoreCommands(), new TrackingCommands(), new UnitSheetCommands(),
                new WarmUp(), new ReportCommands()));
        // rooms the CLI may not see (the benchmarks, which start JavaFX) register themselves
        ServiceLoader.load(Commands.class).forEach(families::add);
        return families;
    }

    /**
     * The parser for a command line whose words are {@code words}. Only the commands named there are built (all of them
     * for the completion script): reading every command's annotations and help texts costs more than the run of a
     * short command.
     */
    private static CommandLine commandLine(RootCommand root, List<Commands> families, Set<String> words) {
        CommandLine line = new CommandLine(root);
        boolean all = words.contains("completion");
        for (Commands family : families) {
            family.attach(root);
            for (Method m : CommandLine.getCommandMethods(family.getClass(), null)) {
                Command command = m.getAnnotation(Command.class);
                if (all || words.contains(command.name()) || Arrays.stream(command.aliases()).anyMatch(words::contains)) {
                    line.addSubcommand(new CommandLine(m));
                }
            }
        }
        for (CommandLine sub : line.getSubcommands().values()) {
            if (sub.getCommandSpec().findOption("--help") == null) {
                sub.getCommandSpec().addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                        .descriptionKey("cli.option.help").build());
            }
        }
        line.setResourceBundle(Messages.bundle());
        // "--out -" is standard output, not an option
        line.setUnmatchedOptionsAllowedAsOptionParameters(true);
        return line;
    }

    /** The one sentence for a command line that cannot be followed. */
    private static String sentence(ParameterException e) {
        if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec arg = missing.getMissing().get(0);
            if (arg instanceof OptionSpec option) {
                return option.longestName().equals("--db") ? Messages.get("cli.dbMissing")
                        : Messages.get("cli.missingOption", option.longestName());
            }
            return Messages.get("cli.arg.file".equals(arg.descriptionKey()) ? "cli.missingFile"
                    : "cli.arg.report".equals(arg.descriptionKey()) ? "cli.missingReport" : "cli.missingPlan");
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            String command = e.getCommandLine().getCommandName();
            if (first.startsWith("-")) {
                return Messages.get("cli.unknownOption", first, command);
            }
            return e.getCommandLine().getParent() == null
                    ? Messages.get("cli.unknownCommand", first) + "\n" + usage()
                    : Messages.get("cli.extraArgument", first, command);
        }
        if (e instanceof CommandLine.OverwrittenOptionException twice
                && twice.getOverwritten() instanceof OptionSpec option) {
            return Messages.get("cli.optionTwice", option.longestName());
        }
        return e.getMessage();
    }

    private int fail(Exception e) {
        if (e instanceof PlanDeskException p) {
            err.println(Messages.of(p));
        } else if (e instanceof UsageException) {
            err.println(e.getMessage());
            return USAGE;
        } else if (e instanceof NoSuchFileException n) {
            err.println(Messages.get("cli.noSuchFile", n.getFile()));
        } else if (e instanceof IOException) {
            err.println(Messages.get("cli.io", e.getMessage()));
        } else {
            err.println(Messages.get("cli.unexpected", e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        return FAILED;
    }

    /** The usage of the whole program, as the README lists it, in the officer's language. */
    static String usage() {
        return Messages.get("cli.usage") + "\n" + Messages.get("cli.office.usage") + "\n" + Messages.get("cli.import.usage")
                + "\n" + Messages.get("cli.usage.timeline") + "\n" + Messages.get("cli.usage.remap") + "\n"
                + Messages.get("cli.usage.unitSheets") + "\n"
                + Messages.get("cli.usage.start") + "\n"
                + Messages.get("cli.usage.store") + "\n" + Messages.get("cli.usage.tracking") + "\n"
                + Messages.get("cli.usage.reports") + "\n"
                + Messages.get("cli.usage.reportExport");
    }
}
