package vn.plandesk.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import vn.plandesk.service.AppVersion;
import vn.plandesk.service.Messages;

/**
 * The program's own options, common to the window and every command (--db, --lang, given before or after the
 * command), and what it does without a command: the usage, the version, or a plan file for the window.
 */
@Command(name = "plandesk")
final class RootCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;
    private Path db;
    private String locale;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, descriptionKey = "cli.option.help")
    private boolean help;

    @Option(names = "--version", descriptionKey = "cli.option.version")
    private boolean version;

    /** Read by {@link StartLine} for the window; declared here so that a command line may carry it too. */
    @Option(names = Cli.EXIT_WHEN_EDITABLE, hidden = true)
    private boolean exitWhenEditable;

    /** The plan file the desktop asks the window to open (a double click on a .plandesk file), or a wrong command. */
    @Parameters(arity = "0..1", hidden = true)
    private String file;

    RootCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Option(names = StartLine.DB, paramLabel = "DIR", scope = ScopeType.INHERIT, descriptionKey = "cli.option.db")
    void db(String folder) {
        // a --db without its folder is refused rather than quietly opening the home store
        if (folder.isBlank() || folder.startsWith("-")) {
            throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.dbMissing"));
        }
        db = Paths.get(folder);
    }

    @Option(names = StartLine.LANG, paramLabel = "LANG", scope = ScopeType.INHERIT, descriptionKey = "cli.option.lang")
    void lang(String tag) {
        locale = tag;
        Messages.setLocale(Locale.forLanguageTag(tag));
        // set while parsing, so that the help and the errors of the rest of the line are in this language
        spec.commandLine().setResourceBundle(Messages.bundle());
    }

    @Override
    public Integer call() {
        if (help) {
            out.println(Cli.usage());
            return Cli.OK;
        }
        if (version) {
            return version();
        }
        if (file != null) {
            throw new UsageException(Messages.get("cli.unknownCommand", file) + "\n" + Cli.usage());
        }
        out.println(Cli.usage());
        return Cli.USAGE;
    }

    @Command(name = "help")
    int help(@Parameters(arity = "0..1", paramLabel = "COMMAND", descriptionKey = "cli.arg.command") String command) {
        if (command == null) {
            out.println(Cli.usage());
            return Cli.OK;
        }
        CommandLine sub = spec.commandLine().getSubcommands().get(command);
        if (sub == null) {
            throw new UsageException(Messages.get("cli.unknownCommand", command) + "\n" + Cli.usage());
        }
        sub.usage(out);
        return Cli.OK;
    }

    /** The bash (and zsh, through bashcompinit) completion of every command and option: source <(plandesk completion). */
    @Command(name = "completion")
    int completion() {
        out.print(AutoComplete.bash(spec.name(), spec.commandLine()));
        return Cli.OK;
    }

    @Command(name = "version", hidden = true)
    int version() {
        out.println(Messages.get("cli.version", AppVersion.get()));
        return Cli.OK;
    }

    Path db() {
        return db;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }
}
