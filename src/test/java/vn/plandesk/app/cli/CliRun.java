package vn.plandesk.app.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.plandesk.service.Messages;

/** One run of the command line on a store of the test's own, in Vietnamese: its exit code and what it printed. */
record CliRun(int code, String out, String err) {
    static CliRun on(Path db, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        Messages.setLocale(Messages.VIETNAMESE);
        int code = new Cli(out, err).run(all.toArray(String[]::new));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A run that must succeed: what it printed; a failure shows its sentence. */
    static String ok(Path db, String... args) {
        CliRun r = on(db, args);
        org.junit.jupiter.api.Assertions.assertEquals(0, r.code(), r.err());
        return r.out();
    }
}
