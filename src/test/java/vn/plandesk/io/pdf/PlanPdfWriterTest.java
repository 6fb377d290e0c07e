package vn.plandesk.io.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.itextpdf.kernel.geom.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import vn.plandesk.io.json.PlanJson;
import vn.plandesk.io.table.RowBreak;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDocument;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;

/** The printed documents read back with iText's text extraction. */
class PlanPdfWriterTest {
    private static final Plan WARD = sample("chon-thanh-ward-plan.json");
    private static final Plan PROVINCE = sample("province-2025-appendix-ii.json");
    private static final Plan PLAN_2026 = sample("province-2026-plan.json");
    private static final int YEAR = 2026;

    @Test
    void wardAppendixIsLandscapeWithEveryTaskInOrderExactlyAsStored() {
        try (PdfText pdf = new PdfText(print(WARD, PlanDocument.TASKS))) {
            assertTrue(pdf.pages() > 5);
            for (int p = 1; p <= pdf.pages(); p++) {
                assertLandscape(pdf, p);
            }
            assertInOrder(underHeader(pdf, columns(new WardAppendixPdf(WARD, YEAR)), 2, "Tên nhiệm vụ"), names(WARD));
        }
    }

    @Test
    void wardAppendixHeadingAndHeaderCiteThePlans() {
        try (PdfText pdf = new PdfText(print(WARD, PlanDocument.TASKS))) {
            String first = pdf.text(1);
            assertTrue(first.contains("Phụ lục I\n"), "two appendices are numbered: " + first);
            assertTrue(first.contains("DANH MỤC CÁC NHIỆM VỤ GIAO CÁC CƠ QUAN, ĐƠN VỊ"));
            // the draft has no number or date yet: blanks to fill by hand, the year it belongs to (drawn up after
            // KH 92 of 15/9/2025, as seed 002 prints "/2025", whatever the year of printing), the issuer from the plan
            String attached = PdfText.squeeze(first);
            assertTrue(attached.contains("(KèmtheoKếhoạchsố/KH-UBNDngày//2025củaUBNDphườngChơnThành)"), first);
            List<OfficialTable.Column> c = columns(new WardAppendixPdf(WARD, YEAR));
            for (int p = 1; p <= pdf.pages(); p++) {
                assertTrue(cell(pdf, p, c, 2, 2).contains("Tênnhiệmvụ"), "header on page " + p);
                // seed 002 cites the parent by the issuer's level: "… của UBND tỉnh)"
                String citation = "(theoKếhoạchsố92/KH-UBNDngày15/9/2025củaUBNDtỉnh)";
                assertTrue(cell(pdf, p, c, 1, 1).contains("STT" + citation), "parent plan in the header on page " + p);
                assertTrue(cell(pdf, p, c, 3, 3).contains("Nhiệmvụ" + citation), "parent plan on page " + p);
                assertTrue(cell(pdf, p, c, 7, 7).contains("Thờigianhoànthành") && cell(pdf, p, c, 8, 8).contains("Ghichú"));
            }
        }
    }

    @Test
    void everyGroupTitleIsPrintedAcrossTheRow() {
        assertGroupTitles(WARD, columns(new WardAppendixPdf(WARD, YEAR)));
        assertGroupTitles(PROVINCE, columns(new ProvinceAppendixPdf(PROVINCE, YEAR)));
    }

    private static void assertGroupTitles(Plan plan, List<OfficialTable.Column> columns) {
        try (PdfText pdf = new PdfText(print(plan, PlanDocument.TASKS))) {
            StringBuilder labels = new StringBuilder();
            StringBuilder titles = new StringBuilder();
            for (int p = 1; p <= pdf.pages(); p++) {
                labels.append(cell(pdf, p, columns, 0, 0));
                titles.append(cell(pdf, p, columns, 1, columns.size() - 1));
            }
            List<String> roman = new ArrayList<>();
            for (TaskGroup g : plan.groups()) {
                assertTrue(titles.toString().contains(PdfText.squeeze(g.title())), g.title());
                roman.add(g.roman());
            }
            assertInOrder(labels.toString(), roman);
        }
    }

    @Test
    void aRowBreaksOnlyWhereKeepingItWholeWouldLeaveMuchOfAPageEmptyAndItsContinuationCarriesItsStt() {
        List<OfficialTable.Column> c = columns(new WardAppendixPdf(WARD, YEAR));
        try (PdfText pdf = new PdfText(print(WARD, PlanDocument.TASKS))) {
            List<String> names = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            for (int p = 1; p <= pdf.pages(); p++) {
                names.add(PdfText.squeeze(pdf.textIn(p, column(pdf, p, c, 2))));
                numbers.add(PdfText.squeeze(pdf.textIn(p, column(pdf, p, c, 0))));
                if (p < pdf.pages()) {
                    // what is left under the last line of text: the cell's padding and border, and no more than the
                    // room keeping a row whole may leave
                    float lowest = (float) pdf.chunks(p).stream().mapToDouble(PdfText.Chunk::y).min().orElseThrow();
                    float room = RowBreak.room(pdf.size(p).getHeight() - OfficialStyle.MARGIN_TOP
                            - OfficialStyle.MARGIN_BOTTOM);
                    assertTrue(lowest - OfficialStyle.MARGIN_BOTTOM < room + OfficialTable.LINE,
                            "page " + p + " left empty below " + lowest);
                }
            }
            int broken = 0;
            for (PlanTask t : WARD.allTasks()) {
                String n = PdfText.squeeze(t.name());
                if (names.stream().anyMatch(page -> page.contains(n))) {
                    continue;
                }
                broken++;
                String start = n.substring(0, Math.min(30, n.length()));
                int page = -1;
                for (int p = 0; p < names.size(); p++) {
                    if (names.get(p).contains(start)) {
                        page = p;
                    }
                }
                assertTrue(page >= 0 && page + 1 < names.size(), "task " + t.number() + " not found");
                assertTrue(numbers.get(page + 1).startsWith("STT" + PdfText.squeeze(t.number() + " (tiếp)")),
                        "task " + t.number() + " goes on to page " + (page + 2) + " without its STT: "
                                + numbers.get(page + 1));
            }
            assertTrue(broken > 0, "tall rows start where they fall");
        }
    }

    @Test
    void noWordOrSyllableIsBrokenInTheTaskNames() {
        java.util.Set<String> words = new java.util.HashSet<>();
        WARD.allTasks().forEach(t -> words.addAll(List.of(t.name().split("\\s+"))));
        // group titles run across the row, over the names' column
        WARD.groups().forEach(g -> words.addAll(List.of(g.title().split("\\s+"))));
        // a line may break after a hyphen, never inside a syllable: "57-" | "NQ/TW"
        for (String w : List.copyOf(words)) {
            words.addAll(List.of(w.split("(?<=\\p{L}-|\\d-)(?=\\p{L})")));
        }
        List<OfficialTable.Column> c = columns(new WardAppendixPdf(WARD, YEAR));
        try (PdfText pdf = new PdfText(print(WARD, PlanDocument.TASKS))) {
            for (int p = 1; p <= pdf.pages(); p++) {
                String text = pdf.textIn(p, column(pdf, p, c, 2));
                // below the header (and, on page 1, the title block above it)
                text = text.substring(text.indexOf("Tên nhiệm vụ") + "Tên nhiệm vụ".length());
                for (String token : text.split("\\s+")) {
                    assertTrue(token.isEmpty() || words.contains(token), "a broken word on page " + p + ": " + token);
                }
            }
        }
    }

    @Test
    void pageCountsOfTheBundledPlans() {
        // seed 002's appendix takes 16 pages; kept whole, rows left up to a third of some pages empty: 18
        assertTrue(pageCount(print(WARD, PlanDocument.TASKS)) <= 16, "ward appendix");
        // 21 before rows broke across pages
        assertTrue(pageCount(print(PROVINCE, PlanDocument.TASKS)) <= 19, "province appendix (seed 000)");
        assertEquals(11, pageCount(print(PLAN_2026, PlanDocument.BODY)), "the 2026 plan");
    }

    @Test
    void columnsAreSharedByWhatTheyHoldAndNoWordIsBroken() {
        try (PdfText pdf = new PdfText(print(PROVINCE, PlanDocument.TASKS))) {
            // 29 pages with fixed columns, where "Kết quả" broke "Nghị quyết/Q | uyết định"
            // 24 with table lines 15.3 pt apart
            assertTrue(pdf.pages() <= 19, pdf.pages() + " pages");
            StringBuilder raw = new StringBuilder();
            for (int p = 1; p <= pdf.pages(); p++) {
                raw.append(pdf.text(p)).append('\n');
            }
            assertTrue(raw.toString().contains("quyết/Quyết"), "a word broken across lines");
            List<OfficialTable.Column> c = columns(new ProvinceAppendixPdf(PROVINCE, YEAR));
            float result = c.get(c.size() - 1).widthMm();
            for (int y = 2; y < 8; y++) {
                assertTrue(c.get(y).widthMm() < result / 1.5, "year column " + y + " beside the result");
            }
        }
        try (PdfText pdf = new PdfText(print(WARD, PlanDocument.TASKS))) {
            // 26 pages with fixed columns, 21 with table lines 15.3 pt apart, 18 with every row kept whole; seed 002
            // takes 16
            assertTrue(pdf.pages() <= 16, pdf.pages() + " pages");
            // table lines single-spaced as Word sets them: 1.15 em, 13.8 pt at 12 pt
            Rectangle names = column(pdf, 2, columns(new WardAppendixPdf(WARD, YEAR)), 2);
            List<Float> baselines = pdf.chunks(2).stream()
                    .filter(c -> c.x() > names.getLeft() && c.x() < names.getRight()).map(PdfText.Chunk::y)
                    .distinct().sorted().toList();
            float pitch = Float.MAX_VALUE;
            for (int i = 1; i < baselines.size(); i++) {
                float d = baselines.get(i) - baselines.get(i - 1);
                pitch = d > 1 ? Math.min(pitch, d) : pitch;
            }
            assertEquals(13.8f, pitch, 0.05f, "table line pitch");
        }
    }

    @Test
    void bodyLinesAre18Point5ApartAndAHeadingStaysWithItsText() {
        try (PdfText pdf = new PdfText(print(WARD, PlanDocument.BODY))) {
            java.util.Map<Long, Integer> gaps = new java.util.TreeMap<>();
            List<Float> ys = pdf.chunks(2).stream().map(PdfText.Chunk::y).distinct().sorted().toList();
            for (int i = 1; i < ys.size(); i++) {
                gaps.merge((long) Math.round((ys.get(i) - ys.get(i - 1)) * 10), 1, Integer::sum);
            }
            long usual = gaps.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
            // 1.15 lines of 14 pt type, as docs/printing.md and the Word export have it
            assertEquals(185, usual, 2, "line spacing " + gaps);
        }
        try (PdfText pdf = new PdfText(print(PLAN_2026, PlanDocument.BODY))) {
            int seen = 0;
            for (int p = 1; p <= pdf.pages(); p++) {
                String page = PdfText.squeeze(pdf.text(p));
                if (page.contains("2.BanChỉđạo") || page.contains("Đềán06tỉnh")) {
                    seen++;
                    assertTrue(page.contains("2.BanChỉđạovềpháttriểnkhoahọc") && page.contains("Đềán06tỉnh")
                            && page.contains("-Trựctiếplãnhđạo"), "heading cut from its text on page " + p);
                }
            }
            assertEquals(1, seen, "the heading on one page");
        }
    }

    @Test
    void theBodyPointsToTheIndicatorsTableOnlyWhenThereIsOne() {
        String pointer = "Gửikèmbảngtổnghợpcácchỉtiêu";
        try (PdfText pdf = new PdfText(print(WARD, PlanDocument.BODY))) {
            assertTrue(allText(pdf).contains(pointer));
            assertTrue(allText(pdf).contains("ngàythángnăm2025"), "a draft takes the year of its document");
        }
        try (PdfText pdf = new PdfText(print(WARD.withIndicators(List.of()), PlanDocument.BODY))) {
            String text = allText(pdf);
            assertTrue(!text.contains(pointer), "points to an indicators table that is not printed");
            assertTrue(text.contains("chođếnnăm2045."), "the sentence still ends");
        }
    }

    @Test
    void appendixHeadingsAndTheBodysCitationAgree() {
        // two appendices, numbered in the order printed
        try (PdfText pdf = new PdfText(print(WARD, PlanDocument.TASKS, PlanDocument.INDICATORS))) {
            assertTrue(pdf.text(1).strip().startsWith("Phụ lục I\n"), pdf.text(1));
            String indicators = "";
            for (int p = 2; p <= pdf.pages() && indicators.isEmpty(); p++) {
                if (pdf.text(p).contains("BẢNG TỔNG HỢP")) {
                    indicators = pdf.text(p).replaceFirst("^\\s*\\d+\\s*\\n", "").strip();
                }
            }
            assertTrue(indicators.startsWith("Phụ lục II\n"), indicators);
        }
        // seed 004 cites "(Đính kèm Phụ lục I, II)" but prints its tasks in its body and has no indicators: it cites
        // none and its text still closes with "/."
        try (PdfText pdf = new PdfText(print(PLAN_2026, PlanDocument.BODY))) {
            String text = allText(pdf);
            assertTrue(!text.contains("ĐínhkèmPhụlục"), "cites appendices that are not printed");
            assertTrue(text.contains("tỉnhĐồngNai./."), "the text's closing mark");
        }
        // with an indicators table it prints one appendix, "PHỤ LỤC", and cites that one
        Plan withIndicators = PLAN_2026.withIndicators(WARD.indicators());
        try (PdfText pdf = new PdfText(print(withIndicators, PlanDocument.BODY, PlanDocument.INDICATORS))) {
            String text = allText(pdf);
            assertTrue(text.contains("(ĐínhkèmPhụlục)/.") && !text.contains("PhụlụcI,II"), "cites the one appendix");
            assertTrue(text.contains("PHỤLỤCBẢNGTỔNGHỢP"), "the one appendix's label");
        }
    }

    @Test
    void aGroupRowIsOnThePageOfItsFirstTask() {
        for (Plan plan : List.of(WARD, PROVINCE)) {
            List<OfficialTable.Column> c = plan == WARD ? columns(new WardAppendixPdf(WARD, YEAR))
                    : columns(new ProvinceAppendixPdf(PROVINCE, YEAR));
            try (PdfText pdf = new PdfText(print(plan, PlanDocument.TASKS))) {
                int nameColumn = plan == WARD ? 2 : 1;
                List<String> pages = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (int p = 1; p <= pdf.pages(); p++) {
                    pages.add(cell(pdf, p, c, 1, c.size() - 1));
                    names.add(cell(pdf, p, c, nameColumn, nameColumn));
                }
                for (TaskGroup g : plan.groups()) {
                    String title = PdfText.squeeze(g.title());
                    title = title.substring(0, Math.min(30, title.length()));
                    String first = PdfText.squeeze(g.tasks().get(0).name());
                    first = first.substring(0, Math.min(40, first.length()));
                    int page = -1;
                    for (int p = 0; p < pages.size(); p++) {
                        if (pages.get(p).contains(title)) {
                            page = p;
                        }
                    }
                    assertTrue(page >= 0, g.title());
                    assertTrue(names.get(page).contains(first), "group " + g.roman() + " alone at the foot of page "
                            + (page + 1));
                }
            }
        }
    }

    @Test
    void aRowTallerThanAPageStartsOnThePageItFallsOnAndRepeatsItsSttOnEachContinuation() {
        TaskGroup first = WARD.groups().get(0);
        String name = "Nhiệm vụ dài " + "triển khai chuyển đổi số trong cơ quan nhà nước, ".repeat(30);
        List<String> units = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            units.add("Phòng chuyên môn số " + i);
        }
        // some 1,500 characters and 30 units: taller than a landscape page
        PlanTask t = first.tasks().get(1);
        PlanTask longTask = new PlanTask(t.id(), t.number(), name, t.leader(), units, t.coordinatingUnits(),
                t.result(), t.deadline(), t.role(), t.parentRef(), t.note(), t.flags(), t.subTasks(), t.start());
        Plan plan = WARD.withGroups(List.of(first.withTasks(List.of(first.tasks().get(0), longTask))));
        List<OfficialTable.Column> columns = columns(new WardAppendixPdf(plan, YEAR));
        try (PdfText pdf = new PdfText(print(plan, PlanDocument.TASKS))) {
            String page1 = PdfText.squeeze(pdf.text(1));
            assertTrue(page1.contains("Nhiệmvụdàitriểnkhai"), "page 1 left almost empty: " + page1);
            assertTrue(pdf.pages() >= 2, pdf.pages() + " pages");
            String continued = PdfText.squeeze(longTask.number() + " (tiếp)");
            assertTrue(!PdfText.squeeze(pdf.textIn(1, column(pdf, 1, columns, 0))).contains("(tiếp)"),
                    "page 1 holds the row's start");
            for (int p = 2; p <= pdf.pages(); p++) {
                String stt = PdfText.squeeze(pdf.textIn(p, column(pdf, p, columns, 0)));
                // under the repeated header, at the top of the row's part on this page
                assertTrue(stt.startsWith("STT" + continued), "page " + p + " STT column: " + stt);
                assertEquals(stt.indexOf("(tiếp)"), stt.lastIndexOf("(tiếp)"), "marked twice on page " + p);
            }
        }
    }

    @Test
    void emptyGroupsAreLeftOutAndAOneTaskPlanTakesOnePage() {
        TaskGroup third = WARD.groups().get(2);
        Plan oneTask = WARD.withGroups(WARD.groups().stream()
                .map(g -> g == third ? g.withTasks(List.of(g.tasks().get(0))) : g.withTasks(List.of())).toList());
        try (PdfText pdf = new PdfText(print(oneTask, PlanDocument.TASKS))) {
            assertEquals(1, pdf.pages());
            String text = allText(pdf);
            assertTrue(text.contains(PdfText.squeeze(third.title())));
            for (TaskGroup g : WARD.groups()) {
                if (g != third) {
                    assertTrue(!text.contains(PdfText.squeeze(g.title())), "empty group printed: " + g.title());
                }
            }
        }
    }

    @Test
    void provinceAppendixHasTheYearGridAndSubTasksUnderTheirParent() {
        try (PdfText pdf = new PdfText(print(PROVINCE, PlanDocument.TASKS))) {
            assertInOrder(underHeader(pdf, columns(new ProvinceAppendixPdf(PROVINCE, YEAR)), 1, "Nhiệm vụ"),
                    names(PROVINCE));
            String first = pdf.text(1);
            // seed 000 is its plan's Phụ lục II and prints itself so
            assertTrue(first.startsWith("Phụ lục II\n"), "a single appendix: " + first);
            List<OfficialTable.Column> c = columns(new ProvinceAppendixPdf(PROVINCE, YEAR));
            for (int p = 1; p <= pdf.pages(); p++) {
                assertLandscape(pdf, p);
                assertTrue(cell(pdf, p, c, 2, 7).contains("Thờigian"), "header on page " + p);
                for (int y = 0; y < 6; y++) {
                    assertTrue(cell(pdf, p, c, 2 + y, 2 + y).contains(String.valueOf(2025 + y)), "year on page " + p);
                }
                assertTrue(cell(pdf, p, c, 8, 8).contains("Lãnhđạophụtrách"), "header on page " + p);
                assertTrue(cell(pdf, p, c, 9, 9).contains("Đơnvịchủtrì,thựchiện"), "header on page " + p);
                assertTrue(cell(pdf, p, c, 10, 10).contains("Đơnvịphốihợp"), "header on page " + p);
                assertTrue(cell(pdf, p, c, 11, 11).contains("Kếtquả"), "header on page " + p);
            }
            // the first task's time is "Tháng 4" in the 2025 column
            String year2025 = PdfText.squeeze(columnText(pdf, columns(new ProvinceAppendixPdf(PROVINCE, YEAR)), 2));
            assertTrue(year2025.contains("Tháng4"), year2025);
            PlanTask parent = PROVINCE.group(3).orElseThrow().tasks().stream()
                    .filter(t -> !t.subTasks().isEmpty()).findFirst().orElseThrow();
            assertEquals(5, parent.subTasks().size());
            // the repeated header's "STT" may stand between them where a page turns
            String numbers = PdfText.squeeze(columnText(pdf, columns(new ProvinceAppendixPdf(PROVINCE, YEAR)), 0)
                    .replaceAll("\\S+\\s+\\(tiếp\\)", "")).replace("STT", "");
            assertTrue(numbers.contains(parent.number() + "2.12.22.32.42.5"), numbers);
        }
    }

    @Test
    void indicatorsHaveTheirSectionsAndSubRows() {
        try (PdfText pdf = new PdfText(print(WARD, PlanDocument.INDICATORS))) {
            String first = pdf.text(1);
            assertTrue(first.startsWith("Phụ lục II\n"), first);
            assertTrue(PdfText.squeeze(first).contains("BẢNGTỔNGHỢPCÁCCHỈTIÊUĐỀRATỪNAYCHOĐẾNNĂM2045"));
            List<String> rows = new ArrayList<>();
            for (Indicator i : WARD.indicators()) {
                rows.add(i.name());
            }
            assertInOrder(columnText(pdf, columns(new IndicatorsPdf(WARD, YEAR)), 1), rows);
            String sections = PdfText.squeeze(columnText(pdf, columns(new IndicatorsPdf(WARD, YEAR)), 1));
            assertTrue(sections.indexOf("Đếnnăm2030") < sections.indexOf("Đếnnăm2045"));
            assertInOrder(columnText(pdf, columns(new IndicatorsPdf(WARD, YEAR)), 0), List.of("I", "1", "2", "II", "37"));
            List<String> numbers = new ArrayList<>();
            for (int n = 1; n <= 10; n++) {
                numbers.add("12." + n);
            }
            assertInOrder(columnText(pdf, columns(new IndicatorsPdf(WARD, YEAR)), 0), numbers);
            for (int p = 1; p <= pdf.pages(); p++) {
                assertLandscape(pdf, p);
                List<OfficialTable.Column> c = columns(new IndicatorsPdf(WARD, YEAR));
                assertTrue(cell(pdf, p, c, 0, 0).contains("STT") && cell(pdf, p, c, 1, 1).contains("Chỉtiêu")
                        && cell(pdf, p, c, 2, 2).contains("Đơnvịtính") && cell(pdf, p, c, 3, 3).contains("Kếtquả"),
                        "header on page " + p);
            }
        }
    }

    @Test
    void bodyIsPortraitWithTheOfficialHeaderAndClosing() {
        try (PdfText pdf = new PdfText(print(WARD, PlanDocument.BODY))) {
            for (int p = 1; p <= pdf.pages(); p++) {
                Rectangle size = pdf.size(p);
                assertTrue(size.getHeight() > size.getWidth(), "portrait page " + p);
            }
            String first = pdf.text(1);
            for (String s : List.of("ỦY BAN NHÂN DÂN", "PHƯỜNG CHƠN THÀNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "KẾ HOẠCH")) {
                assertTrue(first.contains(s), s);
            }
            // "Số" and the place and date stand on one line
            List<PdfText.Chunk> chunks = pdf.chunks(1);
            float numberY = chunks.stream().filter(c -> c.text().startsWith("Số:")).findFirst().orElseThrow().y();
            float dateY = chunks.stream().filter(c -> c.text().startsWith("Chơn Thành, ngày")).findFirst()
                    .orElseThrow().y();
            assertEquals(numberY, dateY, 0.5);
            String all = allText(pdf);
            for (String basis : WARD.legalBases()) {
                assertTrue(all.contains(PdfText.squeeze(basis)), basis);
            }
            assertTrue(all.contains("I.MỤCĐÍCH,YÊUCẦU"));
            assertTrue(all.contains("(ChitiếttheoPhụlụckèmtheoKếhoạchnày)"));
            assertTrue(all.contains("Nơinhận:"));
            assertTrue(all.contains("-Lưu:VT."), all);
            assertTrue(all.contains("CHỦTỊCH") && all.contains("NguyễnAnhTài"));
        }
    }

    @Test
    void numberAndDateWhenThePlanHasThem() {
        Plan issued = withNumberAndDate(WARD, "5", LocalDate.of(2026, 1, 5));
        try (PdfText pdf = new PdfText(print(issued, PlanDocument.BODY, PlanDocument.TASKS))) {
            String first = pdf.text(1);
            assertTrue(first.contains("Số: 05/KH-UBND"), first);
            assertTrue(first.contains("Chơn Thành, ngày 05 tháng 01 năm 2026"), first);
            String all = allText(pdf);
            assertTrue(all.contains("(KèmtheoKếhoạchsố05/KH-UBNDngày05/01/2026củaUBNDphườngChơnThành)"));
        }
    }

    @Test
    void pageNumbersFromPageTwoRestartingForEachDocument() {
        int body = pageCount(print(WARD, PlanDocument.BODY));
        int tasks = pageCount(print(WARD, PlanDocument.TASKS));
        int indicators = pageCount(print(WARD, PlanDocument.INDICATORS));
        try (PdfText pdf = new PdfText(print(WARD, PlanDocument.BODY, PlanDocument.TASKS, PlanDocument.INDICATORS))) {
            assertEquals(body + tasks + indicators, pdf.pages());
            List<String> expected = new ArrayList<>();
            for (int count : List.of(body, tasks, indicators)) {
                for (int n = 1; n <= count; n++) {
                    expected.add(n == 1 ? "" : String.valueOf(n));
                }
            }
            for (int p = 1; p <= pdf.pages(); p++) {
                Rectangle size = pdf.size(p);
                Rectangle topMargin = new Rectangle(0, size.getHeight() - OfficialStyle.MARGIN_TOP, size.getWidth(),
                        OfficialStyle.MARGIN_TOP);
                assertEquals(expected.get(p - 1), pdf.textIn(p, topMargin).strip(), "number on page " + p);
            }
            // body pages are portrait, the appendices landscape
            assertTrue(pdf.size(body).getHeight() > pdf.size(body).getWidth());
            assertLandscape(pdf, body + 1);
            assertLandscape(pdf, pdf.pages());
        }
    }

    @Test
    void everyFontIsEmbeddedAsIdentityHWithToUnicode() {
        try (PdfText pdf = new PdfText(print(WARD, PlanDocument.BODY, PlanDocument.TASKS, PlanDocument.INDICATORS))) {
            assertEquals(List.of(), pdf.fontsNotEmbedded());
        }
    }

    @Test
    void bundledFontsCoverVietnamese() {
        PdfFonts fonts = PdfFonts.forOneDocument();
        String letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
        assertTrue(fonts.covers(letters + letters.toUpperCase() + "“”–≥≤"));
    }

    @Test
    void decomposedInputPrintsComposed() {
        String nfd = Normalizer.normalize("Ứng dụng chuyển đổi số ở phường Chơn Thành", Normalizer.Form.NFD);
        TaskGroup g = WARD.groups().get(0);
        Plan plan = WARD.withGroups(List.of(g.withTasks(List.of(g.tasks().get(0).withName(nfd)))));
        try (PdfText pdf = new PdfText(print(plan, PlanDocument.TASKS))) {
            String text = PdfText.squeeze(columnText(pdf, columns(new WardAppendixPdf(plan, YEAR)), 2));
            assertTrue(text.contains("Ứngdụngchuyểnđổisốởphường"), text);
        }
    }

    @Test
    void the2026PlanPrintsItsLetteredTasksInItsBodyGroupedOneToSeven() {
        assertEquals(TaskAppendixStyle.PROVINCE, TaskAppendixStyle.of(PLAN_2026));
        assertEquals(TaskAppendixStyle.WARD, TaskAppendixStyle.of(WARD));
        // seed 004: the lettered tasks are the text of section II, not an appendix
        assertTrue(!PlanDocument.TASKS.presentIn(PLAN_2026));
        try (PdfText pdf = new PdfText(print(PLAN_2026, PlanDocument.BODY))) {
            String all = allText(pdf);
            assertTrue(all.contains("TM.ỦYBANNHÂNDÂN") && all.contains("KT.CHỦTỊCH") && all.contains("PHÓCHỦTỊCH"));
            List<String> expected = new ArrayList<>(List.of("II.NHIỆMVỤCỤTHỂ"));
            for (TaskGroup g : PLAN_2026.groups()) {
                expected.add(g.number() + ". " + g.title());
                for (PlanTask t : g.tasks()) {
                    expected.add(t.number() + t.name());
                }
            }
            expected.add("III.TỔCHỨCTHỰCHIỆN");
            // paragraphs run on across pages: read past the page numbers at the top
            StringBuilder running = new StringBuilder();
            for (int p = 1; p <= pdf.pages(); p++) {
                running.append(pdf.text(p).replaceFirst("^\\s*\\d+\\s*\\n", ""));
            }
            assertInOrder(running.toString(), expected);
            assertTrue(!all.contains("PHỤLỤC"), "no appendix page in the body");
        }
    }

    // --- helpers ---

    /** The columns as the appendix shares them out for its plan. */
    static List<OfficialTable.Column> columns(AppendixPdf appendix) {
        return appendix.columns(PdfFonts.forOneDocument());
    }

    /** What the tests print, printed once: several tests read the same appendix, and printing costs more than reading. */
    private static final Map<List<Object>, byte[]> PRINTED = new ConcurrentHashMap<>();

    static byte[] print(Plan plan, PlanDocument... documents) {
        return PRINTED.computeIfAbsent(List.of(plan, List.of(documents)), k -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PlanPdfWriter(YEAR).write(plan, List.of(documents), out);
            return out.toByteArray();
        }).clone();
    }

    private static int pageCount(byte[] pdf) {
        try (PdfText t = new PdfText(pdf)) {
            return t.pages();
        }
    }

    private static List<String> names(Plan plan) {
        return plan.allTasks().stream().map(PlanTask::name).toList();
    }

    private static String allText(PdfText pdf) {
        StringBuilder b = new StringBuilder();
        for (int p = 1; p <= pdf.pages(); p++) {
            b.append(pdf.text(p));
        }
        return PdfText.squeeze(b.toString());
    }

    /** The squeezed text of the columns from..to (inclusive) of one page, top to bottom. */
    private static String cell(PdfText pdf, int page, List<OfficialTable.Column> columns, int from, int to) {
        Rectangle first = column(pdf, page, columns, from);
        Rectangle last = column(pdf, page, columns, to);
        Rectangle span = new Rectangle(first.getX(), first.getY(), last.getRight() - first.getX(), first.getHeight());
        return PdfText.squeeze(pdf.textIn(page, span));
    }

    /**
     * The text of one table column under its header on every page, squeezed, top to bottom: a row that goes on over a
     * page reads on without the repeated header between its parts.
     */
    private static String underHeader(PdfText pdf, List<OfficialTable.Column> columns, int index, String header) {
        String h = PdfText.squeeze(header);
        StringBuilder b = new StringBuilder();
        for (int p = 1; p <= pdf.pages(); p++) {
            String page = PdfText.squeeze(pdf.textIn(p, column(pdf, p, columns, index)));
            int at = page.indexOf(h);
            b.append(at < 0 ? page : page.substring(at + h.length()));
        }
        return b.toString();
    }

    /** The text of one table column over all pages, top to bottom. */
    private static String columnText(PdfText pdf, List<OfficialTable.Column> columns, int index) {
        StringBuilder b = new StringBuilder();
        for (int p = 1; p <= pdf.pages(); p++) {
            b.append(pdf.textIn(p, column(pdf, p, columns, index))).append('\n');
        }
        return b.toString();
    }

    private static Rectangle column(PdfText pdf, int page, List<OfficialTable.Column> columns, int index) {
        float x = OfficialStyle.MARGIN_LEFT;
        for (int i = 0; i < index; i++) {
            x += OfficialStyle.mm(columns.get(i).widthMm());
        }
        float w = OfficialStyle.mm(columns.get(index).widthMm());
        Rectangle size = pdf.size(page);
        return new Rectangle(x + 1.5f, OfficialStyle.MARGIN_BOTTOM, w - 3f,
                size.getHeight() - OfficialStyle.MARGIN_TOP - OfficialStyle.MARGIN_BOTTOM);
    }

    /** Each expected text occurs, whitespace aside, after the previous one. */
    private static void assertInOrder(String text, List<String> expected) {
        String s = PdfText.squeeze(text);
        int from = 0;
        for (String e : expected) {
            String n = PdfText.squeeze(e);
            int at = s.indexOf(n, from);
            if (at < 0) {
                fail("not found in order: " + e + (s.contains(n) ? " (found out of order)" : ""));
            }
            from = at + n.length();
        }
    }

    private static void assertLandscape(PdfText pdf, int page) {
        Rectangle size = pdf.size(page);
        assertEquals(842, Math.round(size.getWidth()), "A4 landscape page " + page);
        assertEquals(595, Math.round(size.getHeight()), "A4 landscape page " + page);
    }

    private static Plan withNumberAndDate(Plan p, String number, LocalDate date) {
        return new Plan(p.id(), p.kind(), p.parentOrgan(), p.issuingOrgan(), p.issuer(), p.locality(), number,
                p.symbol(), date, p.documentType(), p.summary(), p.legalBases(), p.introduction(), p.sections(),
                p.recipients(), p.signer(), p.parentPlan(), p.replacesPlan(), p.numbering(), p.appendixTitles(),
                p.groups(), p.indicators(), p.partial());
    }

    static Plan sample(String file) {
        try (InputStream in = PlanPdfWriterTest.class.getResourceAsStream("/samples/" + file)) {
            return new PlanJson().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
