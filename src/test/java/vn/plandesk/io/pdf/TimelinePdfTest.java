package vn.plandesk.io.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.draw.timeline.TimelinePaper;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.service.SyntheticPlan;
import vn.plandesk.service.timeline.TimelineService;

/** The seed 000 timeline read back from the PDF: every task's name, the axis and the headers on every page. */
class TimelinePdfTest {
    private static Plan seed000;
    private static List<String> pages;
    private static PdfDocument pdf;

    @BeforeAll
    static void write() throws Exception {
        seed000 = new SampleLibrary().plan("province-2025-appendix-ii.json");
        byte[] bytes = pdf(seed000, TimelinePaper.A4);
        pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)));
        pages = new ArrayList<>();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            pages.add(PdfTextExtractor.getTextFromPage(pdf.getPage(p), new LocationTextExtractionStrategy()));
        }
    }

    private static byte[] pdf(Plan plan, TimelinePaper paper) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TimelineService.writePdf(plan, paper, LocalDate.of(2026, 6, 15), out);
        return out.toByteArray();
    }

    /** Wrapped names come back with line breaks where spaces were. */
    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @Test
    void everyTaskNameIsInTheText() {
        String all = flat(String.join(" ", pages));
        List<String> missing = new ArrayList<>();
        for (PlanTask t : seed000.allTasks()) {
            if (!all.contains(flat(t.name()))) {
                missing.add(t.number() + " " + t.name());
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(109, seed000.allTasks().size());
    }

    @Test
    void theTitleAndIdentityStandOnTheFirstPage() {
        String first = flat(pages.get(0));
        assertTrue(first.contains("TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ GIAI ĐOẠN 2025 - 2030"), first);
        assertTrue(first.contains("của UBND tỉnh Đồng Nai"), first);
    }

    /** Dates as the PDF, Word and Excel print them: "15/9/2025", a leading 0 only for days below 10 and months 1–2. */
    @Test
    void datesArePrintedAsTheRuleWritesThem() throws Exception {
        Plan kh92 = new SampleLibrary().plan("kh92-2025-partial.json");
        StringBuilder text = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf(kh92, TimelinePaper.A4))))) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                text.append(PdfTextExtractor.getTextFromPage(doc.getPage(p))).append(' ');
            }
        }
        String all = flat(text.toString());
        assertTrue(all.contains("15/9/2025"), "KH 92's date");
        java.util.regex.Matcher padded = java.util.regex.Pattern.compile("\\b\\d{1,2}/0[3-9]/\\d{4}").matcher(all);
        assertTrue(!padded.find(), () -> "a month from 3 on with a leading 0: " + padded.group());
    }

    @Test
    void everyPageRepeatsTheAxisTheHeadersAndTheLegend() {
        assertTrue(pages.size() > 1, "a long plan continues over pages rather than shrinking");
        for (int p = 0; p < pages.size(); p++) {
            String page = flat(pages.get(p));
            for (int y = 2025; y <= 2030; y++) {
                assertTrue(page.contains(String.valueOf(y)), "page " + (p + 1) + " lacks " + y);
            }
            assertTrue(page.contains("Quý I") && page.contains("Quý IV"), "page " + (p + 1));
            assertTrue(page.contains("STT") && page.contains("Nhiệm vụ"), "page " + (p + 1));
            assertTrue(page.contains("Thời hạn hoàn thành") && page.contains("Quá hạn"), "page " + (p + 1));
            assertTrue(page.contains("Trang " + (p + 1) + "/" + pages.size()), "page " + (p + 1));
        }
    }

    @Test
    void pagesAreLandscapeA4OrA3() throws Exception {
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            assertEquals(841.89, pdf.getPage(p).getPageSize().getWidth(), 0.1);
            assertEquals(595.28, pdf.getPage(p).getPageSize().getHeight(), 0.1);
        }
        try (PdfDocument a3 = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf(seed000, TimelinePaper.A3))))) {
            assertEquals(1190.55, a3.getPage(1).getPageSize().getWidth(), 0.1);
            assertTrue(a3.getNumberOfPages() < pdf.getNumberOfPages(), "A3 holds more rows a page");
        }
    }

    @Test
    void aBigPlanGoesOnOverManyPagesAtTheSameRowSize() throws Exception {
        // big enough for several pages; more tasks only make more of the same pages
        int size = 150;
        Plan big = SyntheticPlan.generate(size, 57L);
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf(big, TimelinePaper.A4))))) {
            assertTrue(doc.getNumberOfPages() >= size / 25, "pages: " + doc.getNumberOfPages());
            String last = PdfTextExtractor.getTextFromPage(doc.getPage(doc.getNumberOfPages()));
            List<PlanTask> tasks = big.allTasks();
            String lastName = flat(tasks.get(tasks.size() - 1).name());
            assertTrue(flat(last).contains(lastName), "the last task is printed on the last page");
        }
    }

    @Test
    void theFontsCoverVietnamese() throws Exception {
        PdfFonts fonts = PdfFonts.forOneDocument();
        assertTrue(fonts.covers("ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸđĐơưƠƯ"));
    }
}
