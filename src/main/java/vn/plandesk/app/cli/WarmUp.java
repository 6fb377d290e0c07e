package vn.plandesk.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
 * export to PDF, Excel, Word, JSON and the timeline, import the Excel and JSON files back). The package build runs it
 * with {@code -XX:ArchiveClassesAtExit}, so the class-data archive shipped with the program holds the classes those
 * commands load, and every later start maps them instead of reading and verifying them from the jars.
 */
final class WarmUp extends Commands {
    @Command(name = "warm-up", hidden = true)
    int warmUp(@Option(names = "--archive") boolean archive) throws IOException {
        return archive ? archive(err) : run(err);
    }

    /** The archive's name; the package's launcher maps it from beside the program's jar. */
    static final String ARCHIVE = "plandesk.jsa";

    /**
     * {@code warm-up --archive}: runs the warm-up in a new JVM of this program's runtime and class path that writes
     * the class-data archive beside the program's jar when it ends. The archive is only valid for the class path it
     * was made with, so the package makes it with the very launcher that will map it.
     */
    static int archive(PrintStream err) throws IOException {
        String classPath = System.getProperty("java.class.path");
        Path jar;
        try { // through the URI, so that a folder with spaces ("Program Files") is not read as "%20"
            jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e.getMessage(), e);
        }
        Path target = jar.resolveSibling(ARCHIVE);
        Files.deleteIfExists(target);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-XX:ArchiveClassesAtExit=" + target, "-Xlog:cds*=off",
                "-cp", classPath, Launcher.class.getName(), "warm-up").inheritIO();
        try {
            int code = pb.start().waitFor();
            if (code != 0 || !Files.exists(target)) {
                err.println("warm-up: no class-data archive written (" + code + ")");
                return Cli.FAILED;
            }
            return Cli.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Cli.FAILED;
        }
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
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
