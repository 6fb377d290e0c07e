package vn.plandesk.io.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.geom.Rectangle;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.io.report.PrintableReport;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.report.Report;

/** A report printed as PDF, read back with iText's text extraction. */
class ReportPdfTest {
    private static final Report REPORT = PrintableReport.full();

    static byte[] print(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportPdf(2030).write(report, out);
        return out.toByteArray();
    }

    /** The page's text with white space squeezed out, so that wrapping does not matter. */
    static String squeezed(PdfText pdf, int page) {
        return PdfText.squeeze(pdf.text(page));
    }

    private static String all(PdfText pdf, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int p = from; p <= to; p++) {
            b.append(squeezed(pdf, p));
        }
        return b.toString();
    }

    @Test
    void theFirstPageHasTheHeaderTheTitleAndKinhGui() {
        try (PdfText pdf = new PdfText(print(REPORT))) {
            String first = squeezed(pdf, 1);
            for (String part : List.of("UBNDTỈNHĐỒNGNAI", "ỦYBANNHÂNDÂN", "PHƯỜNGCHƠNTHÀNH",
                    "CỘNGHÒAXÃHỘICHỦNGHĨAVIỆTNAM", "Độclập-Tựdo-Hạnhphúc", "Số:07/BC-UBND",
                    "ChơnThành,ngày20tháng3năm2026", "BÁOCÁO", PdfText.squeeze(PrintableReport.SUMMARY),
                    "Kínhgửi:-PhòngVănhóa–Xãhội;", "-SởKhoahọcvàCôngnghệ.",
                    PdfText.squeeze(PrintableReport.INTRODUCTION))) {
                assertTrue(first.contains(part), part + " on page 1: " + pdf.text(1));
            }
            assertTrue(first.indexOf("BÁOCÁO") < first.indexOf("Kínhgửi"));
        }
    }

    @Test
    void aLongOrganNameStandsOnOneLineAsSeed003PrintsIt() {
        Report sample = new vn.plandesk.service.SampleLibrary().report().withAppendices(List.of());
        try (PdfText pdf = new PdfText(print(sample))) {
            String first = pdf.text(1);
            assertTrue(first.lines().anyMatch(l -> l.contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ")), first);
            assertTrue(first.lines().anyMatch(l -> l.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")), first);
        }
        // a short name keeps 13 pt
        assertEquals(OfficialStyle.ORGAN_SIZE, OfficialBlocks.organSize("UBND TỈNH ĐỒNG NAI",
                "ỦY BAN NHÂN DÂN\nPHƯỜNG CHƠN THÀNH", 190));
        assertEquals(OfficialStyle.ORGAN_SMALL_SIZE, OfficialBlocks.organSize("UBND TỈNH ĐỒNG NAI",
                "SỞ KHOA HỌC VÀ CÔNG NGHỆ", 190));
    }

    @Test
    void aDraftPrintsBlanksWithTheYearOfItsFigures() {
        Report draft = REPORT.withNumberAndDate("", "BC-UBND", null);
        try (PdfText pdf = new PdfText(print(draft))) {
            String first = squeezed(pdf, 1);
            assertTrue(first.contains("Số:/BC-UBND"), first);
            // figures as of 18/3/2026: the blanks belong to 2026, not to the year of printing
            assertTrue(first.contains("ChơnThành,ngàythángnăm2026"), first);
        }
    }

    @Test
    void sectionsFollowInOrderWithTheirPartsBulletsAndTheClosing() {
        try (PdfText pdf = new PdfText(print(REPORT))) {
            String body = all(pdf, 1, 2);
            int at = -1;
            for (String heading : List.of("I.TÌNHHÌNHTHỰCHIỆN,KẾTQUẢĐẠTĐƯỢC", "1.Côngtáclãnhđạo",
                    "2.Hoànthiệnthểchế", "a)Tìnhhình,kếtquảđạtđược:", "-Sởhữutrítuệ:",
                    "+Hướngdẫncáchộkinhdoanh", "b)Tồntại,hạnchế:", "c)Nguyênnhân:",
                    "II.NHIỆMVỤ,GIẢIPHÁPTRỌNGTÂMTHỜIGIANTỚI", "III.ĐỀXUẤT,KIẾNNGHỊ",
                    "1.KiếnnghịvớiUBNDtỉnh", PdfText.squeeze(PrintableReport.CLOSING))) {
                int next = body.indexOf(heading, at + 1);
                assertTrue(next > at, heading + " after the one before it: " + body);
                at = next;
            }
        }
    }

    @Test
    void footnotesAreSuperscriptNumbersWithTheirNotesAtTheFootOfThePage() {
        try (PdfText pdf = new PdfText(print(REPORT))) {
            String first = squeezed(pdf, 1);
            // the citations are numbers right after the cited words, the marks "[^n]" are gone
            assertTrue(first.contains("kếtluận1giaonhiệmvụ"), first);
            assertTrue(first.contains("đônđốc2tiếnđộ"), first);
            assertTrue(!first.contains("[^"), first);
            // both notes on the page of their citations, below the body text
            float noteY = Float.MAX_VALUE;
            float bodyY = Float.MAX_VALUE;
            for (PdfText.Chunk c : pdf.chunks(1)) {
                if (c.text().contains("101/TB-BCĐ")) {
                    noteY = c.y();
                }
                if (c.text().contains("Chờ hướng dẫn") || c.text().contains("Nguyên nhân")) {
                    bodyY = Math.min(bodyY, c.y());
                }
            }
            assertTrue(first.contains(PdfText.squeeze(PrintableReport.NOTE_1)), first);
            assertTrue(first.contains(PdfText.squeeze(PrintableReport.NOTE_2)), first);
            assertTrue(noteY < bodyY && noteY < OfficialStyle.MARGIN_BOTTOM + 80, "note at " + noteY);
        }
    }

    @Test
    void aNoteIsPrintedWhateverItsPlaceInTheDocument() {
        // one citation alone, the last of the report: iText once dropped the last note of a page
        Report one = REPORT.withAppendices(List.of()).withSections(List.of(new BodySection("I. A",
                List.of("Văn phòng đã có 02 văn bản đôn đốc[^2] tiến độ thực hiện."))));
        try (PdfText pdf = new PdfText(print(one))) {
            assertTrue(squeezed(pdf, 1).contains(PdfText.squeeze(PrintableReport.NOTE_2)), pdf.text(1));
            assertTrue(!squeezed(pdf, 1).contains(PdfText.squeeze(PrintableReport.NOTE_1)), pdf.text(1));
        }
    }

    @Test
    void aCitationOfNoFootnoteStaysAsWritten() {
        Report one = REPORT.withAppendices(List.of()).withSections(List.of(new BodySection("I. A",
                List.of("Xem chú thích[^9] ở đây."))));
        try (PdfText pdf = new PdfText(print(one))) {
            assertTrue(squeezed(pdf, 1).contains("chúthích[^9]ởđây"), pdf.text(1));
        }
    }

    @Test
    void noiNhanStandsBesideTheSigner() {
        try (PdfText pdf = new PdfText(print(REPORT))) {
            int last = 2;
            String page = squeezed(pdf, last);
            for (String part : List.of("Nơinhận:", "-Nhưkínhgửi;", "-ThườngtrựcĐảngủy(b/c);", "-Lưu:VT,VHXH.",
                    "TM.ỦYBANNHÂNDÂN", "KT.CHỦTỊCH", "PHÓCHỦTỊCH", "NguyễnVănAn")) {
                assertTrue(page.contains(part), part + ": " + pdf.text(last));
            }
            float noiNhanY = 0;
            float signerY = 0;
            for (PdfText.Chunk c : pdf.chunks(last)) {
                if (c.text().startsWith("Nơi nhận")) {
                    noiNhanY = c.y();
                }
                if (c.text().startsWith("TM. ỦY BAN")) {
                    signerY = c.y();
                }
            }
            assertTrue(Math.abs(noiNhanY - signerY) < 4, "Nơi nhận level with the signer: " + noiNhanY + " " + signerY);
        }
    }

    @Test
    void eachAppendixStartsOnItsOwnPageWithItsTitleNoteAndRows() {
        try (PdfText pdf = new PdfText(print(REPORT))) {
            int documents = firstPageWith(pdf, "Phụlục I".replace(" ", ""));
            assertTrue(documents > 2, "the appendix after the body");
            String head = squeezed(pdf, documents);
            assertTrue(head.startsWith("PhụlụcI" + PdfText.squeeze(PrintableReport.DOCUMENTS_TITLE)
                    + PdfText.squeeze(PrintableReport.DOCUMENTS_NOTE) + "STTTênvănbản"), head);
            // two columns fit on A4 portrait; the table runs on, its header repeated
            int progress = firstPageWith(pdf, "PhụlụcII");
            assertTrue(progress > documents + 1, "the documents run over more than one page");
            String rows = drawn(pdf, documents, progress - 1);
            for (int i = 1; i <= PrintableReport.DOCUMENT_ROWS; i++) {
                assertTrue(rows.contains(i + PdfText.squeeze(PrintableReport.document(i))), "row " + i);
            }
            assertTrue(rows.indexOf("I.Kếhoạch") < rows.indexOf("II.Quyếtđịnh"));
            for (int p = documents; p < progress; p++) {
                assertPortrait(pdf, p);
                assertTrue(squeezed(pdf, p).contains("STTTênvănbản"), "header on page " + p);
            }
            // the progress table is wide: A4 turned, its six headers on every page
            for (int p = progress; p <= pdf.pages(); p++) {
                Rectangle size = pdf.size(p);
                assertTrue(size.getWidth() > size.getHeight(), "landscape page " + p);
                assertTrue(squeezed(pdf, p).contains("Đơnvịchủtrì"), "header on page " + p);
            }
            String table = drawn(pdf, progress, pdf.pages());
            assertTrue(table.contains("I.Hoànthiệnthểchế,nângcaonhậnthức"));
            for (int i = 1; i <= PrintableReport.PROGRESS_ROWS; i++) {
                assertTrue(table.contains(PdfText.squeeze(PrintableReport.task(i))), "task " + i);
            }
        }
    }

    @Test
    void pagesAreA4WithTheFontsEmbedded() {
        try (PdfText pdf = new PdfText(print(REPORT))) {
            assertPortrait(pdf, 1);
            assertEquals(List.of(), pdf.fontsNotEmbedded());
        }
    }

    @Test
    void aSingleRecipientStandsOnOneLine() {
        Report one = REPORT.withText(REPORT.summary(), List.of("Bộ Khoa học và Công nghệ"), REPORT.introduction(),
                REPORT.sections(), REPORT.closing(), REPORT.distribution());
        try (PdfText pdf = new PdfText(print(one))) {
            assertTrue(pdf.text(1).contains("Kính gửi: Bộ Khoa học và Công nghệ."), pdf.text(1));
        }
    }

    /** The text of the pages in the order it is drawn: cell after cell, each cell's lines together. */
    static String drawn(PdfText pdf, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int p = from; p <= to; p++) {
            pdf.chunks(p).forEach(c -> b.append(c.text()));
        }
        return PdfText.squeeze(b.toString());
    }

    private static int firstPageWith(PdfText pdf, String text) {
        for (int p = 1; p <= pdf.pages(); p++) {
            if (squeezed(pdf, p).startsWith(text)) {
                return p;
            }
        }
        return -1;
    }

    private static void assertPortrait(PdfText pdf, int page) {
        Rectangle size = pdf.size(page);
        assertEquals(595, Math.round(size.getWidth()), "A4 width on page " + page);
        assertEquals(842, Math.round(size.getHeight()), "A4 height on page " + page);
    }
}
