package vn.plandesk.io.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.io.report.PrintableReport;
import vn.plandesk.model.report.Report;

/**
 * A report prints its body and its appendices side by side, then copies the appendices' pages after the body's: the
 * file must be the one printed in one go, page for page, every piece of text at the same place, the page numbers and
 * the fonts embedded as before.
 */
class ReportPdfSideBySideTest {
    private static final Report REPORT = PrintableReport.full();

    @Test
    void sideBySideGivesThePagesPrintedInOneGo() {
        ReportPdf printer = new ReportPdf(2030);
        ByteArrayOutputStream oneGo = new ByteArrayOutputStream();
        PlanPdfWriter.write(printer.parts(REPORT), oneGo);
        try (PdfText expected = new PdfText(oneGo.toByteArray());
             PdfText actual = new PdfText(ReportPdfTest.print(REPORT))) {
            assertTrue(expected.pages() >= 3, "a body and two appendices: " + expected.pages());
            assertEquals(expected.pages(), actual.pages());
            for (int p = 1; p <= expected.pages(); p++) {
                assertEquals(expected.size(p).toString(), actual.size(p).toString(), "size of page " + p);
                assertEquals(expected.chunks(p), actual.chunks(p), "text of page " + p);
            }
            assertEquals(List.of(), actual.fontsNotEmbedded());
        }
    }

    @Test
    void aFailureOfTheAppendicesReachesTheCaller() {
        PdfPart failing = new PdfPart() {
            @Override
            public com.itextpdf.kernel.geom.PageSize pageSize() {
                return OfficialStyle.LANDSCAPE;
            }

            @Override
            public void render(com.itextpdf.layout.Document document, PdfFonts fonts) {
                throw new IllegalArgumentException("no rows");
            }
        };
        List<PdfPart> parts = List.of(new ReportPdf(2030).parts(REPORT).get(0), failing);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PlanPdfWriter.writeSideBySide(parts, new ByteArrayOutputStream()));
        assertEquals("no rows", e.getMessage());
    }
}
