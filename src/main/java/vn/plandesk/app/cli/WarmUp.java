package vn.plandesk.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.plandesk.app.Launcher;
import vn.plandesk.app.Services;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanSummary;

/**
 * {@code warm-up}: runs the everyday commands once each on a scratch store (create the store with its samples, show,
 * export to PDF, Excel, Word, JSON and the timeline, import the Excel and JSON files back). {@code --class-list}
 * writes the list of the classes those commands and the window's starts load; {@code --archive} makes the class-data
 * archive shipped with the program from that list (see {@link ClassDataArchive}), so every later start maps those
 * classes instead of reading and verifying them from the jars.
 */
final class WarmUp extends Commands {
    @Command(name = "warm-up", hidden = true)
    int warmUp(@Option(names = "--archive") boolean archive, @Option(names = "--class-list") boolean classList)
            throws IOException {
        if (!archive && !classList) {
            return run(err);
        }
        ClassDataArchive cds = ClassDataArchive.ofThisProgram();
        boolean window = Launcher.hasDisplay(System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("glass.platform"));
        boolean done = classList ? cds.writeClassList(window, err) : cds.writeArchive(window, err);
        if (done && classList && archive) {
            done = cds.writeArchive(window, err);
        }
        return done ? Cli.OK : Cli.FAILED;
    }

    static int run(PrintStream err) throws IOException {
        Path dir = Files.createTempDirectory("plandesk-warm-up");
        try {
            Path store = dir.resolve("store");
            long ward;
            try (Services s = Services.open(store)) {
                ward = s.plans().list().stream().filter(p -> p.kind() == PlanKind.WARD).map(PlanSummary::id)
                        .findFirst().orElseThrow();
            }
            String id = String.valueOf(ward);
            // a failing command tells why: its sentence goes to stderr
            Cli cli = new Cli(OutputStream.nullOutputStream(), err);
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
            ClassDataArchive.deleteTree(dir);
        }
    }
}
