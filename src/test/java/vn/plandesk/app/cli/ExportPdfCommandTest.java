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
import vn.plandesk.app.Services;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanSummary;

/** `export-pdf` as the officer types it. */
class ExportPdfCommandTest {
    @TempDir
    Path folder;

    @Test
    void exportsTheChosenDocumentsAndRefusesAnUnknownOne() throws Exception {
        Path store = folder.resolve("store");
        long ward;
        try (Services s = Services.open(store)) {
            s.plans().loadSamples();
            ward = s.plans().list().stream().filter(p -> p.kind() == PlanKind.WARD).map(PlanSummary::id)
                    .findFirst().orElseThrow();
        }
        int all = pages(run(0, store, ward, "all", folder.resolve("all.pdf")));
        int body = pages(run(0, store, ward, "body", folder.resolve("body.pdf")));
        int tasks = pages(run(0, store, ward, "tasks", folder.resolve("tasks.pdf")));
        int indicators = pages(run(0, store, ward, "indicators", folder.resolve("indicators.pdf")));
        assertEquals(body + tasks + indicators, all);

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new ByteArrayOutputStream(), err).run("--db", store.toString(), "export-pdf",
                String.valueOf(ward), "--doc", "appendix", "--out", folder.resolve("x.pdf").toString());
        assertEquals(Cli.USAGE, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("body, tasks, indicators"));
        assertTrue(Files.notExists(folder.resolve("x.pdf")));
    }

    private static Path run(int expected, Path store, long plan, String doc, Path out) {
        int code = new Cli(new ByteArrayOutputStream(), new ByteArrayOutputStream()).run("--db", store.toString(),
                "export-pdf", String.valueOf(plan), "--doc", doc, "--out", out.toString());
        assertEquals(expected, code);
        return out;
    }

    private static int pages(Path pdf) throws Exception {
        try (PdfDocument d = new PdfDocument(new PdfReader(pdf.toString()))) {
            return d.getNumberOfPages();
        }
    }
}
