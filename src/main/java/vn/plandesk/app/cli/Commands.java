package vn.plandesk.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import vn.plandesk.app.Services;
import vn.plandesk.service.Messages;
import vn.plandesk.service.SafeFile;
import vn.plandesk.store.Database;

/**
 * A family of commands: each method annotated with picocli's {@code @Command} is one command of the program. A family
 * is registered once in {@link Cli#families()}, or, for a room the CLI must not see (the benchmarks), listed in
 * {@code META-INF/services/vn.plandesk.app.cli.Commands}.
 */
public abstract class Commands {
    protected PrintStream out;
    protected PrintStream err;
    private RootCommand root;

    final void attach(RootCommand root) {
        this.root = root;
        this.out = root.out();
        this.err = root.err();
    }

    /** The store folder given with --db, or null for the officer's own. */
    protected final Path db() {
        return root.db();
    }

    @FunctionalInterface
    protected interface StoreCommand {
        int run(Services services) throws IOException;
    }

    /** Runs a command on the store, opened for this command alone and closed after it. */
    protected final int withServices(StoreCommand command) throws IOException {
        try (Services services = Services.open(db(), Database.Holder.COMMAND)) {
            return command.run(services);
        }
    }

    @FunctionalInterface
    protected interface Export {
        byte[] of(Services services, long plan) throws IOException;
    }

    /** Writes what a plan exports to the file given with --out, or to standard output for "-". */
    protected final int export(String plan, String target, Export export) throws IOException {
        long id = planId(plan);
        return withServices(s -> write(export.of(s, id), target));
    }

    /** Prints a value as indented JSON (records by their components, in order). */
    protected final void printJson(Object value) throws JsonProcessingException {
        out.println(Json.MAPPER.writeValueAsString(value));
    }

    /** Made on the first JSON output: Jackson's classes would slow down the start of every other command. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** Writes a command's output to the file given with --out, or to standard output for "-". */
    protected final int write(byte[] bytes, String target) throws IOException {
        if (target.equals("-")) {
            out.write(bytes);
            out.flush();
        } else {
            SafeFile.write(Paths.get(target), "office.export.cannotWrite", o -> o.write(bytes));
        }
        return Cli.OK;
    }

    /** A plan's id as typed (see the plans command). */
    public static long planId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException(Messages.get("cli.badPlanId", text));
        }
    }

    /**
     * A count given with an option, from 1 to a million; the fallback when the option is not given. Counts are read
     * here rather than by the parser so that a wrong one is told in the officer's words.
     */
    public static int positive(String option, String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= 1_000_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new UsageException(Messages.get("cli.notANumber", option, value));
    }
}
