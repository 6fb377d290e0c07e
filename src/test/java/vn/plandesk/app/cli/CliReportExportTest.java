package vn.plandesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.io.report.PrintableReport;
import vn.plandesk.service.report.ReportText;
import vn.plandesk.store.Database;
import vn.plandesk.store.ReportRepository;

/** report-export: a stored report printed as PDF or Word; a wrong id or file kind told in one sentence. */
class CliReportExportTest {
    @TempDir
    Path dir;
    private Path db;
    private long id;

    @BeforeEach
    void storeAReport() {
        db = dir.resolve("db");
        try (Database d = Database.open(db, Database.Holder.COMMAND)) {
            id = new ReportRepository(d, new ReportText()).insert(PrintableReport.full().withId(null)
                    .withPlanId(null)).id();
        }
    }

    @Test
    void aReportPrintsAsPdfAndAsWord() throws IOException {
        Path pdf = dir.resolve("out/bao-cao.pdf");
        CliRun run = CliRun.on(db, "report-export", String.valueOf(id), "--out", pdf.toString());
        assertEquals(Cli.OK, run.code(), run.err());
        assertEquals("Đã ghi " + pdf + ".", run.out().strip());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(PrintableReport.SUMMARY), text);
            assertTrue(text.contains(PrintableReport.DOCUMENTS_TITLE), text);
        }
        Path docx = dir.resolve("bao-cao.docx");
        run = CliRun.on(db, "report-export", String.valueOf(id), "--out", docx.toString());
        assertEquals(Cli.OK, run.code(), run.err());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertTrue(words.getText().contains(PrintableReport.SUMMARY), words.getText());
        }
    }

    @Test
    void anUnknownReportOrAnotherKindOfFileIsOneSentenceAndWritesNothing() {
        Path pdf = dir.resolve("none.pdf");
        CliRun unknown = CliRun.on(db, "report-export", String.valueOf(id + 40), "--out", pdf.toString());
        assertEquals(Cli.FAILED, unknown.code());
        assertEquals("Không tìm thấy báo cáo số " + (id + 40) + " trong kho dữ liệu.", unknown.err().strip());
        assertFalse(Files.exists(pdf));

        Path odt = dir.resolve("bao-cao.odt");
        CliRun kind = CliRun.on(db, "report-export", String.valueOf(id), "--out", odt.toString());
        assertEquals(Cli.FAILED, kind.code());
        assertEquals("Không in được báo cáo vào tệp \"bao-cao.odt\": hãy chọn tệp .pdf hoặc .docx.",
                kind.err().strip());
        assertFalse(Files.exists(odt));

        CliRun word = CliRun.on(db, "report-export", "một", "--out", pdf.toString());
        assertEquals(Cli.USAGE, word.code());
        assertEquals("Mã báo cáo phải là số (xem lệnh reports), không phải \"một\".", word.err().strip());
        CliRun missing = CliRun.on(db, "report-export", "--out", pdf.toString());
        assertEquals(Cli.USAGE, missing.code());
        assertEquals("Thiếu mã báo cáo (xem lệnh reports).", missing.err().strip());
        for (CliRun r : new CliRun[] {unknown, kind, word, missing}) {
            assertEquals("", r.out());
        }
    }

    @Test
    void itHasItsHelp() {
        CliRun help = CliRun.on(db, "report-export", "--help");
        assertEquals(Cli.OK, help.code());
        assertTrue(help.out().startsWith("Cách dùng: plandesk report-export"), help.out());
        assertTrue(help.out().contains("Mã báo cáo (xem lệnh reports)."), help.out());
        assertTrue(CliRun.on(db, "--help").out().contains("report-export BÁO_CÁO --out TỆP.pdf|TỆP.docx"));
    }
}
