package vn.plandesk.io.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The appendix table's own pages (see {@link OfficialTable}), on tables the bundled plans do not have. */
class OfficialTableTest {
    private static final List<OfficialTable.Column> COLUMNS = List.of(OfficialTable.Column.centred(15),
            OfficialTable.Column.left(200));

    /** A landscape document of one table, as an appendix prints it; {@code rows} adds the rows. */
    private static byte[] print(String header, boolean breaking, Consumer<OfficialTable> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanPdfWriter.write(List.of(new PdfPart() {
            @Override
            public PageSize pageSize() {
                return OfficialStyle.LANDSCAPE;
            }

            @Override
            public void render(Document document, PdfFonts fonts) {
                OfficialTable table = new OfficialTable(fonts, COLUMNS);
                if (breaking) {
                    table.breakingRows();
                }
                table.header("STT").header(header);
                table.startIn(document);
                rows.accept(table);
                table.finish();
            }
        }), out);
        return out.toByteArray();
    }

    private static String lines(String word, int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            lines.add(word + " " + i + ".");
        }
        return String.join("\n", lines);
    }

    private static Rectangle sttColumn(PdfText pdf, int page) {
        float width = OfficialStyle.mm(15) * OfficialStyle.textWidth(OfficialStyle.LANDSCAPE)
                / (OfficialStyle.mm(15) + OfficialStyle.mm(200));
        return new Rectangle(OfficialStyle.MARGIN_LEFT, 0, width, pdf.size(page).getHeight());
    }

    @Test
    void aRowTallerThanAPageBreaksEvenWhereRowsAreKeptWholeAndEachPartCarriesItsStt() {
        byte[] bytes = print("Nội dung", false, t -> {
            t.row(List.of("1", "Mở đầu"));
            t.row(List.of("2", lines("Dòng", 90)));
            t.row(List.of("3", "Kết thúc"));
        });
        try (PdfText pdf = new PdfText(bytes)) {
            assertTrue(pdf.pages() >= 3, pdf.pages() + " pages");
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= pdf.pages(); p++) {
                all.append(pdf.text(p)).append('\n');
                if (p > 1) {
                    String stt = PdfText.squeeze(pdf.textIn(p, sttColumn(pdf, p)));
                    assertTrue(stt.startsWith("STT2(tiếp)"), "page " + p + ": " + stt);
                }
            }
            String text = all.toString();
            int at = -1;
            for (int i = 1; i <= 90; i++) {
                int next = text.indexOf("Dòng " + i + ".");
                assertTrue(next > at, "line " + i + " missing or out of order");
                assertEquals(next, text.lastIndexOf("Dòng " + i + "."), "line " + i + " printed twice");
                at = next;
            }
            assertTrue(text.indexOf("Kết thúc") > at, "the row after it");
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aHeaderTallerThanAPageStillPrintsEveryRowAndEnds() {
        byte[] bytes = print(lines("Tiêu đề", 60), true, t -> {
            for (int i = 1; i <= 3; i++) {
                t.row(List.of(String.valueOf(i), "Nhiệm vụ số " + i));
            }
        });
        try (PdfText pdf = new PdfText(bytes)) {
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= pdf.pages(); p++) {
                all.append(pdf.text(p));
            }
            for (int i = 1; i <= 3; i++) {
                assertTrue(all.toString().contains("Nhiệm vụ số " + i), "row " + i);
            }
        }
    }

    @Test
    void aGroupRowWithNoRowAfterItAndAnEmptyTableStillPrint() {
        try (PdfText pdf = new PdfText(print("Nội dung", true, t -> t.groupRow("I", "Nhóm không có nhiệm vụ")))) {
            assertEquals(1, pdf.pages());
            assertTrue(PdfText.squeeze(pdf.text(1)).contains("INhómkhôngcónhiệmvụ"), pdf.text(1));
        }
        try (PdfText pdf = new PdfText(print("Nội dung", true, t -> { }))) {
            assertEquals(1, pdf.pages());
            assertTrue(pdf.text(1).contains("Nội dung"), "the header of a table without rows");
        }
    }

    @Test
    void textTheFontHasNoGlyphForPrintsTheRest() {
        byte[] bytes = print("Nội dung", true, t -> t.row(List.of("1", "Chuyển đổi số 中文 😀 xong")));
        try (PdfText pdf = new PdfText(bytes)) {
            String text = pdf.text(1);
            assertTrue(text.contains("Chuyển đổi số") && text.contains("xong"), text);
        }
    }

    @Test
    void eachFullPageIsWrittenOutBeforeTheTableEnds() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out));
             Document document = new Document(pdf, OfficialStyle.LANDSCAPE, true)) {
            document.setMargins(OfficialStyle.MARGIN_TOP, OfficialStyle.MARGIN_RIGHT, OfficialStyle.MARGIN_BOTTOM,
                    OfficialStyle.MARGIN_LEFT);
            OfficialTable table = new OfficialTable(PdfFonts.forOneDocument(), COLUMNS).breakingRows();
            table.header("STT").header("Nội dung");
            table.startIn(document);
            for (int i = 1; i <= 400; i++) {
                table.row(List.of(String.valueOf(i), "Nhiệm vụ số " + i + " của kế hoạch"));
            }
            int pages = pdf.getNumberOfPages();
            assertTrue(pages > 5, pages + " pages");
            for (int p = 1; p < pages; p++) {
                assertTrue(pdf.getPage(p).isFlushed(), "page " + p + " of " + pages + " still held");
            }
            table.finish();
        }
    }
}
