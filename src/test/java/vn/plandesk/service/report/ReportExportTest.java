package vn.plandesk.service.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.io.report.PrintableReport;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.report.Report;
import vn.plandesk.service.Messages;
import vn.plandesk.store.Database;
import vn.plandesk.store.ReportRepository;

/** Printing a report into a file: PDF or Word by the extension, a stored report by its id, nothing half-written. */
class ReportExportTest {
    @TempDir
    Path dir;

    @Test
    void aPdfFileIsThePrintedReport() throws IOException {
        Path file = ReportExport.withoutStore().export(PrintableReport.full(), dir.resolve("bao-cao.pdf"));
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("BÁO CÁO"), text);
            assertTrue(text.contains(PrintableReport.SUMMARY), text);
        }
        assertOnlyTheFile(file);
    }

    @Test
    void aWordFileIsThePrintedReport() throws IOException {
        Path file = ReportExport.withoutStore().export(PrintableReport.full(), dir.resolve("Bao-Cao.DOCX"));
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals(PrintableReport.SUMMARY)));
        }
        assertOnlyTheFile(file);
    }

    @Test
    void anotherExtensionIsRefusedInOneSentenceAndNothingIsWritten() throws IOException {
        Path odt = dir.resolve("bao-cao.odt");
        PlanDeskException e = assertThrows(PlanDeskException.class,
                () -> ReportExport.withoutStore().export(PrintableReport.full(), odt));
        assertEquals("report.export.badExtension", e.key());
        Messages.setLocale(Messages.VIETNAMESE);
        assertEquals("Không in được báo cáo vào tệp \"bao-cao.odt\": hãy chọn tệp .pdf hoặc .docx.",
                Messages.get(e.key(), e.args()));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aStoredReportPrintsByItsIdAndAnUnknownIdIsRefused() throws IOException {
        try (Database db = Database.open(dir.resolve("store"), Database.Holder.COMMAND)) {
            ReportRepository repository = new ReportRepository(db, new ReportText());
            Report stored = repository.insert(PrintableReport.full().withId(null).withPlanId(null));
            ReportExport export = new ReportExport(repository);
            Path pdf = export.export(stored.id(), dir.resolve("out/r.pdf"));
            Path again = dir.resolve("again.pdf");
            ReportExport.withoutStore().export(stored, again);
            assertTrue(Files.size(pdf) > 0);
            PlanDeskException e = assertThrows(PlanDeskException.class,
                    () -> export.export(stored.id() + 99, dir.resolve("none.pdf")));
            assertEquals("report.notFound", e.key());
            assertFalse(Files.exists(dir.resolve("none.pdf")));
            try (PDDocument a = Loader.loadPDF(pdf.toFile()); PDDocument b = Loader.loadPDF(again.toFile())) {
                assertEquals(new PDFTextStripper().getText(b), new PDFTextStripper().getText(a));
            }
        }
    }

    @Test
    void aFileWithoutANameIsRefusedInOneSentenceAndPrintingWithoutAStoreNeedsTheReportItself() {
        assertEquals("report.export.badExtension", assertThrows(PlanDeskException.class,
                () -> ReportExport.formatOf(java.nio.file.Path.of("/"))).key());
        assertThrows(IllegalStateException.class, () -> ReportExport.withoutStore().report(1));
    }

    @Test
    void aBareAdHocReportPrintsBothWays() throws IOException {
        // what a report may lack: no period, number, date, parent organ, recipients, footnotes, signer or appendices
        Report bare = new Report(null, null, vn.plandesk.model.ReportKind.AD_HOC, null, null, "", "ỦY BAN NHÂN DÂN",
                "", "", "BC-UBND", null, "", java.util.List.of(), java.util.List.of(), java.util.List.of(
                new vn.plandesk.model.BodySection("I. KẾT QUẢ", java.util.List.of("Một đoạn[^1]."))),
                java.util.List.of(), java.util.List.of(), null, java.util.List.of(), java.util.List.of(), null, 1,
                null, null);
        Path pdf = ReportExport.withoutStore().export(bare, dir.resolve("bare.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Số:") && text.contains("/BC-UBND"), text);
            assertTrue(text.contains("Một đoạn[^1]."), "a citation of no note stays as written: " + text);
            assertEquals(1, doc.getNumberOfPages());
        }
        Path docx = ReportExport.withoutStore().export(bare, dir.resolve("bare.docx"));
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("I. KẾT QUẢ")));
        }
    }

    private void assertOnlyTheFile(Path file) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertArrayEquals(new Object[] {file.getFileName().toString()},
                    files.map(f -> f.getFileName().toString()).toArray());
        }
    }
}
