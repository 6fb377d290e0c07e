package vn.plandesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTimelineTest {
    @TempDir
    Path dir;

    private int run(ByteArrayOutputStream err, String... args) {
        return new Cli(new ByteArrayOutputStream(), err).run(args);
    }

    @Test
    void exportTimelineWritesALandscapePdfOnTheChosenPaper() throws Exception {
        Path db = dir.resolve("db");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(Cli.OK, run(err, "--db", db.toString(), "samples"));
        Path a4 = dir.resolve("a4.pdf");
        Path a3 = dir.resolve("a3.pdf");
        assertEquals(Cli.OK, run(err, "--db", db.toString(), "export-timeline", "1", "--out", a4.toString()));
        assertEquals(Cli.OK, run(err, "--db", db.toString(), "export-timeline", "3", "--out", a3.toString(),
                "--paper", "a3"));
        try (PdfDocument d = new PdfDocument(new PdfReader(a4.toFile()))) {
            assertEquals(841.89, d.getFirstPage().getPageSize().getWidth(), 0.1);
        }
        try (PdfDocument d = new PdfDocument(new PdfReader(a3.toFile()))) {
            assertEquals(1190.55, d.getFirstPage().getPageSize().getWidth(), 0.1);
        }
    }

    @Test
    void aWrongPaperOrAMissingFileIsOneSentence() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String db = dir.resolve("db").toString();
        String out = dir.resolve("x.pdf").toString();
        assertEquals(Cli.USAGE, run(err, "--db", db, "export-timeline", "1", "--out", out, "--paper", "A5"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("A5"));
        assertEquals(Cli.USAGE, run(err, "--db", db, "export-timeline", "1"));
        assertTrue(Files.notExists(dir.resolve("x.pdf")));
    }
}
