package vn.plandesk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.service.Messages;
import vn.plandesk.service.PlanTable;
import vn.plandesk.service.SyntheticPlan;
import vn.plandesk.io.json.PlanJson;

/**
 * The headless commands. They use the same services as the window. A failure is one sentence in the officer's
 * language on stderr and a non-zero exit code, never a stack trace.
 */
public final class Cli {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    private static final java.util.Set<String> OPTIONS_WITH_VALUE = java.util.Set.of("--out", "--tasks", "--runs");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PrintStream out;
    private final PrintStream err;

    public Cli(OutputStream out, OutputStream err) {
        this.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        this.err = new PrintStream(err, true, StandardCharsets.UTF_8);
    }

    public int run(String... args) {
        Launcher.Arguments a = Launcher.Arguments.parse(args);
        if (a.locale() != null) {
            Messages.setLocale(Locale.forLanguageTag(a.locale()));
        }
        try {
            return dispatch(a);
        } catch (PlanDeskException e) {
            err.println(Messages.of(e));
            return FAILED;
        } catch (UsageException e) {
            err.println(e.getMessage());
            return USAGE;
        } catch (NoSuchFileException e) {
            err.println(Messages.get("cli.noSuchFile", e.getFile()));
            return FAILED;
        } catch (IOException e) {
            err.println(Messages.get("cli.io", e.getMessage()));
            return FAILED;
        } catch (RuntimeException e) {
            err.println(Messages.get("cli.unexpected", e.getClass().getSimpleName() + ": " + e.getMessage()));
            return FAILED;
        }
    }

    private int dispatch(Launcher.Arguments a) throws IOException {
        List<String> rest = a.rest();
        switch (a.command()) {
            case "plans":
                return withServices(a, s -> plans(s, rest.contains("--json")));
            case "show":
                return withServices(a, s -> show(s, planId(rest)));
            case "export-json":
                return withServices(a, s -> exportJson(s, planId(rest), option(rest, "--out")));
            case "import-json":
                return withServices(a, s -> importJson(s, file(rest)));
            case "samples":
                return withServices(a, s -> {
                    for (long id : s.plans().loadSamples()) {
                        out.println(id);
                    }
                    return OK;
                });
            case "generate":
                return generate(option(rest, "--tasks"), option(rest, "--out"));
            case "bench-ui":
                return new UiBenchmark(out).run(intOption(rest, "--tasks", 13_000), intOption(rest, "--runs", 11));
            case "help":
                out.println(Messages.get("cli.usage"));
                return OK;
            default:
                throw new UsageException(Messages.get("cli.unknownCommand", a.command()) + "\n" + Messages.get("cli.usage"));
        }
    }

    @FunctionalInterface
    private interface Command {
        int run(Services services) throws IOException;
    }

    private int withServices(Launcher.Arguments a, Command command) throws IOException {
        try (Services services = Services.open(a.db())) {
            return command.run(services);
        }
    }

    private int plans(Services s, boolean json) throws IOException {
        List<PlanSummary> list = s.plans().list();
        if (json) {
            ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode array = m.createArrayNode();
            for (PlanSummary p : list) {
                ObjectNode o = array.addObject();
                o.put("id", p.id());
                o.put("kind", p.kind().name());
                o.put("number", p.number());
                o.put("symbol", p.symbol());
                o.put("date", p.date() == null ? null : p.date().toString());
                o.put("groups", p.groups());
                o.put("tasks", p.tasks());
                o.put("indicators", p.indicators());
                o.put("title", p.title());
            }
            out.println(m.writeValueAsString(array));
            return OK;
        }
        for (PlanSummary p : list) {
            out.println(String.join("\t",
                    String.valueOf(p.id()),
                    Messages.get("plan.kind." + p.kind().name()),
                    p.ref().numberAndSymbol().isEmpty() ? "—" : p.ref().numberAndSymbol(),
                    p.date() == null ? "—" : DATE.format(p.date()),
                    Messages.get("cli.plans.groups", p.groups()),
                    Messages.get("cli.plans.tasks", p.tasks()),
                    Messages.get("cli.plans.indicators", p.indicators()),
                    p.title()));
        }
        return OK;
    }

    private int show(Services s, long id) {
        Plan plan = s.plans().get(id);
        out.print(PlanTable.render(plan));
        return OK;
    }

    private int exportJson(Services s, long id, String target) throws IOException {
        if (target == null) {
            throw new UsageException(Messages.get("cli.missingOption", "--out"));
        }
        byte[] bytes = s.plans().exportJson(id);
        if (target.equals("-")) {
            out.write(bytes);
            out.flush();
        } else {
            Files.write(Paths.get(target), bytes);
        }
        return OK;
    }

    private int importJson(Services s, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            out.println(s.plans().importJson(bytes));
        } catch (PlanDeskException e) {
            throw new PlanDeskException(e, "cli.importRefused", file.toString(), Messages.of(e));
        }
        return OK;
    }

    private int generate(String tasks, String target) throws IOException {
        if (tasks == null || target == null) {
            throw new UsageException(Messages.get("cli.missingOption", tasks == null ? "--tasks" : "--out"));
        }
        int n;
        try {
            n = Integer.parseInt(tasks);
        } catch (NumberFormatException e) {
            throw new UsageException(Messages.get("cli.notANumber", "--tasks", tasks));
        }
        if (n < 1 || n > 1_000_000) {
            throw new UsageException(Messages.get("cli.notANumber", "--tasks", tasks));
        }
        byte[] bytes = new PlanJson().write(SyntheticPlan.generate(n, 57L));
        if (target.equals("-")) {
            out.write(bytes);
            out.flush();
        } else {
            Files.write(Paths.get(target), bytes);
        }
        return OK;
    }

    private static int intOption(List<String> rest, String name, int fallback) {
        String v = option(rest, name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= 1_000_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new UsageException(Messages.get("cli.notANumber", name, v));
    }

    private static long planId(List<String> rest) {
        String first = firstPositional(rest);
        if (first == null) {
            throw new UsageException(Messages.get("cli.missingPlan"));
        }
        try {
            return Long.parseLong(first);
        } catch (NumberFormatException e) {
            throw new UsageException(Messages.get("cli.badPlanId", first));
        }
    }

    private static Path file(List<String> rest) {
        String first = firstPositional(rest);
        if (first == null) {
            throw new UsageException(Messages.get("cli.missingFile"));
        }
        return Paths.get(first);
    }

    /** The first argument that is neither an option ("--out") nor an option's value. */
    private static String firstPositional(List<String> rest) {
        for (int i = 0; i < rest.size(); i++) {
            String r = rest.get(i);
            if (r.startsWith("--")) {
                if (OPTIONS_WITH_VALUE.contains(r)) {
                    i++;
                }
            } else {
                return r;
            }
        }
        return null;
    }

    private static String option(List<String> rest, String name) {
        int i = rest.indexOf(name);
        return i >= 0 && i + 1 < rest.size() ? rest.get(i + 1) : null;
    }

    /** A command line the program cannot follow. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
