package vn.plandesk.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanSummary;

/**
 * {@code warm-up}: runs the everyday commands once each on a scratch store (create the store with its samples, show,
 * export to PDF, Excel, Word, JSON and the timeline, import the Excel and JSON files back). The package build runs it
 * with {@code -XX:ArchiveClassesAtExit}, so the class-data archive shipped with the program holds the classes those
 * commands load, and every later start maps them instead of reading and verifying them from the jars.
 */
final class WarmUp {
    private WarmUp() {
    }

    static int run() throws IOException {
        Path dir = Files.createTempDirectory("plandesk-warm-up");
        try {
            Path store = dir.resolve("store");
            long ward;
            try (Services s = Services.open(store)) {
                ward = s.plans().list().stream().filter(p -> p.kind() == PlanKind.WARD).map(PlanSummary::id)
                        .findFirst().orElseThrow();
            }
            String id = String.valueOf(ward);
            Cli cli = new Cli(OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
            List<List<String>> commands = List.of(
                    List.of("plans"),
                    List.of("show", id),
                    List.of("check", id),
                    List.of("export-pdf", id, "--doc", "all", "--out", dir.resolve("plan.pdf").toString()),
                    List.of("export-xlsx", id, "--out", dir.resolve("plan.xlsx").toString()),
                    List.of("import-xlsx", dir.resolve("plan.xlsx").toString()),
                    List.of("export-docx", id, "--out", dir.resolve("plan.docx").toString()),
                    List.of("export-json", id, "--out", dir.resolve("plan.json").toString()),
                    List.of("import-json", dir.resolve("plan.json").toString()),
                    List.of("export-timeline", id, "--out", dir.resolve("timeline.pdf").toString()));
            int failed = 0;
            for (List<String> c : commands) {
                String[] args = Stream.concat(Stream.of("--db", store.toString()), c.stream()).toArray(String[]::new);
                if (cli.run(args) != Cli.OK) {
                    failed++;
                }
            }
            return failed == 0 ? Cli.OK : Cli.FAILED;
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
