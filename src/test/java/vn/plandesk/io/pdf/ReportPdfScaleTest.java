package vn.plandesk.io.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.plandesk.io.report.PrintableReport;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.report.ReportAppendix;

/**
 * The report of a plan of 13,000 tasks, as bench-report prints it: the progress table over some sixteen hundred
 * landscape pages. Pins what the printing gives, so that a change made for speed cannot move a row: the number of
 * pages, the header on every page, the first rows on the first page and the last row on the last.
 */
class ReportPdfScaleTest {
    private static final int TASKS = 13_000;
    private static final int GROUPS = 7;
    private static final ReportAppendix PROGRESS = progress();
    private static PdfText pdf;
    private static int bodyPages;

    @BeforeAll
    static void print() {
        Report full = PrintableReport.full();
        Report big = full.withAppendices(List.of(PROGRESS));
        pdf = new PdfText(ReportPdfTest.print(big));
        try (PdfText body = new PdfText(ReportPdfTest.print(full.withAppendices(List.of())))) {
            bodyPages = body.pages();
        }
    }

    @AfterAll
    static void close() {
        pdf.close();
    }

    /** Seven groups of tasks whose names, units and results run to one, two or three lines, as a plan's do. */
    private static ReportAppendix progress() {
        List<ReportAppendix.Row> rows = new ArrayList<>();
        int n = 0;
        for (int g = 1; g <= GROUPS; g++) {
            rows.add(ReportAppendix.Row.group(vn.plandesk.model.RomanNumeral.format(g) + ". Nhóm nhiệm vụ " + g));
            for (int i = 0; i < TASKS / GROUPS + (g <= TASKS % GROUPS ? 1 : 0); i++) {
                n++;
                rows.add(ReportAppendix.Row.of(g + "." + (i + 1), task(n), n % 4 == 0
                        ? "Văn phòng HĐND và UBND phường; Phòng Văn hóa – Xã hội" : "Phòng Kinh tế",
                        "Kết quả quý I của nhiệm vụ " + n + (n % 3 == 0 ? ": đã tổ chức hội nghị quán triệt" : ""),
                        n % 5 == 0 ? "Chậm tiến độ" : "Hoàn thành", n % 10 == 0 ? "Quyết định số " + n
                                + "/QĐ-UBND ngày 05/01/2026 của UBND phường" : ""));
            }
        }
        return new ReportAppendix(ReportAppendix.Kind.PROGRESS, "Phụ lục I", "TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ",
                "(Tính đến 31/3/2026)", List.of("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Kết quả", "Tình trạng",
                "Minh chứng"), rows);
    }

    private static String task(int n) {
        String name = "Nhiệm vụ " + n + ": tổ chức tuyên truyền, phổ biến Nghị quyết số 57-NQ/TW";
        return switch (n % 3) {
            case 0 -> name;
            case 1 -> name + " đến cán bộ, công chức và người dân trên địa bàn phường";
            default -> name + " đến cán bộ, công chức và người dân; xây dựng chuyên mục trên cổng thông tin điện"
                    + " tử của phường, cập nhật hằng tháng";
        };
    }

    @Test
    void theProgressTableTakesThePagesItTookAndEndsWithTheLastTask() {
        int appendixPages = pdf.pages() - bodyPages;
        assertEquals(EXPECTED_APPENDIX_PAGES, appendixPages, "pages of the 13,000-task progress table");
        int first = bodyPages + 1;
        String head = ReportPdfTest.drawn(pdf, first, first);
        assertTrue(head.startsWith(PdfText.squeeze("Phụ lục I TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ (Tính đến 31/3/2026)")),
                head);
        assertTrue(head.contains(PdfText.squeeze("I. Nhóm nhiệm vụ 1 1.1 " + task(1))), head);
        assertTrue(head.contains(PdfText.squeeze("1.2 " + task(2))), head);
        String last = page(pdf.pages());
        List<String> lastRow = PROGRESS.rows().get(PROGRESS.rows().size() - 1).cells();
        assertEquals("7.1857", lastRow.get(0));
        assertTrue(last.endsWith(PdfText.squeeze(String.join(" ", lastRow))), last);
        for (int p = first + 1; p <= pdf.pages(); p += 97) {
            assertTrue(page(p).startsWith(PdfText.squeeze("STT Nhiệm vụ Đơn vị chủ trì Kết quả Tình trạng Minh chứng")),
                    "header on page " + p);
        }
    }

    /** A page of the appendix as drawn, without its number (the appendix counts its pages from 1). */
    private static String page(int p) {
        String number = String.valueOf(p - bodyPages);
        String text = ReportPdfTest.drawn(pdf, p, p);
        return text.startsWith(number) ? text.substring(number.length())
                : text.endsWith(number) ? text.substring(0, text.length() - number.length()) : text;
    }

    // 2,600 at 15.3 pt between table lines; 2,101 since they are set single-spaced, 13.8 pt, as Word sets them;
    // 1,951 since the columns are shared by counting wrapped lines rather than estimating them
    private static final int EXPECTED_APPENDIX_PAGES = 1951;
}
