package vn.plandesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.app.Launcher;
import vn.plandesk.app.Services;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanSummary;

/**
 * A command loads the libraries it uses and no others: every class a whole process loads costs start-up time, and a
 * PDF export that started POI's logging, Flyway or JavaFX paid for work it never needed.
 */
class CommandClassesTest {
    private static final List<String> NOT_FOR_A_PDF = List.of("org.apache.poi.", "org.apache.logging.",
            "org.apache.pdfbox.", "org.flywaydb.", "javafx.", "com.sun.javafx.", "org.controlsfx.");

    @Test
    void aPdfExportOfAnUpToDateStoreLoadsNeitherOfficeNorMigrationNorWindowLibraries(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path store = dir.resolve("store");
        long ward;
        try (Services s = Services.open(store)) {
            ward = s.plans().list().stream().filter(p -> p.kind() == PlanKind.WARD).map(PlanSummary::id)
                    .findFirst().orElseThrow();
        }
        Path pdf = dir.resolve("ward.pdf");
        Path log = dir.resolve("classes.log");

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load:file=" + log, "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "--db", store.toString(), "export-pdf", String.valueOf(ward), "--doc",
                "tasks", "--out", pdf.toString()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), said);
        assertTrue(Files.size(pdf) > 0);

        try (Stream<String> lines = Files.lines(log)) {
            List<String> needless = lines.map(l -> l.substring(l.indexOf("] ") + 2))
                    .filter(c -> NOT_FOR_A_PDF.stream().anyMatch(c::startsWith)).toList();
            assertEquals(List.of(), needless);
        }
    }
}
