package vn.plandesk.io.xlsx;

import vn.plandesk.io.table.AppendixImport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.service.SyntheticPlan;

/** Export to .xlsx and import the file back: the tables give the same plan, read from the cells alone. */
public class AppendixXlsxRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {"province-2025-appendix-ii.json", "kh92-2025-partial.json", "chon-thanh-ward-plan.json"})
    void samplePlansComeBackFromTheirCells(String sample) {
        Plan plan = new SampleLibrary().plan(sample);
        byte[] xlsx = new AppendixXlsxWriter().write(plan, null);
        AppendixImport back = new AppendixXlsxReader().read(xlsx, sample + ".xlsx");

        assertTrue(back.sure(), () -> "mapping not sure: " + back.mappings());
        assertEquals(List.of(), back.warnings());
        assertSameTables(plan, back.plan());
        assertEquals(plan.appendixTitles(), back.plan().appendixTitles());
        assertEquals(plan.kind(), back.plan().kind());
        assertEquals(plan.numbering(), back.plan().numbering());
        if (plan.parentPlan() != null) {
            assertTrue(plan.parentPlan().sameIdentity(back.plan().parentPlan()));
        }
    }

    @Test
    void aSyntheticPlanOfFiveHundredTasksComesBack() {
        Plan plan = SyntheticPlan.generate(500, 7L);
        AppendixImport back = new AppendixXlsxReader().read(new AppendixXlsxWriter().write(plan, null), "s.xlsx");
        assertSameTables(plan, back.plan());
    }

    @Test
    void rowsAreAsTallAsTheirWrappedTextAndPagesAreNumbered() throws Exception {
        Plan plan = new SampleLibrary().plan("province-2025-appendix-ii.json");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new AppendixXlsxWriter().write(plan, null)))) {
            org.apache.poi.xssf.usermodel.XSSFSheet s = wb.getSheetAt(0);
            // the two header rows hold "Đơn vị chủ trì, thực hiện" wrapped in its column
            assertTrue(s.getRow(4).getHeightInPoints() + s.getRow(5).getHeightInPoints() > 2 * 13.8,
                    "header rows one line high");
            int taskRow = 7;
            String name = s.getRow(taskRow).getCell(1).getStringCellValue();
            assertEquals(plan.groups().get(0).tasks().get(0).name(), name);
            double column = s.getColumnWidthInPixels(1) * 0.75;
            double needed = vn.plandesk.io.table.TableFont.width(name, false, 12) / column * 13.8;
            assertTrue(s.getRow(taskRow).getHeightInPoints() >= needed,
                    "row " + s.getRow(taskRow).getHeightInPoints() + " pt for " + needed + " pt of text");
            for (int r = taskRow; r <= s.getLastRowNum(); r++) {
                assertTrue(s.getRow(r).getHeightInPoints() >= 13.8, "row " + r);
            }
            assertTrue(s.getHeader().getCenter().contains("&P"), "page number in the header");
            assertTrue(s.getCTWorksheet().getHeaderFooter().getDifferentFirst(), "no number on the first page");
        }
    }

    /**
     * Dates as the rule writes them, as the PDF and Word print them: "15/9/2025", a leading 0 only for days below 10
     * and months 1–2; a draft's blanks carry the year of its document (2025 for the ward plan), not the year of
     * printing.
     */
    @Test
    void datesAreWrittenAsThePrintedDocumentsWriteThem() throws Exception {
        Plan ward = new SampleLibrary().plan("chon-thanh-ward-plan.json");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new AppendixXlsxWriter().write(ward, null)))) {
            List<String> texts = new java.util.ArrayList<>();
            for (Sheet sheet : wb) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("STT (theo Kế hoạch số 92/KH-UBND ngày 15/9/2025 của ")),
                    "the parent plan's date");
            assertTrue(texts.contains(
                    "(Kèm theo Kế hoạch số       /KH-UBND ngày       /     /2025 của UBND phường Chơn Thành)"),
                    "the draft's year");
            List<String> padded = texts.stream().filter(t -> t.matches("(?s).*\\b\\d{1,2}/0[3-9]/\\d{4}.*")).toList();
            assertEquals(List.of(), padded, "a month from 3 on with a leading 0");
        }
    }

    /**
     * Printed, no page ends on a group row: where a group row would stand alone at a page's foot, a page break goes
     * before it (KH 92's group IV did at the foot of page 5 in LibreOffice's print). Pages are counted as the sheet
     * prints: at 100 %, the rows at their heights, the header repeated, a new page at each break or when a row does
     * not fit.
     */
    @ParameterizedTest
    @ValueSource(strings = {"province-2025-appendix-ii.json", "kh92-2025-partial.json", "chon-thanh-ward-plan.json"})
    void noPrintedPageEndsOnAGroupRow(String sample) throws Exception {
        Plan plan = new SampleLibrary().plan(sample);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new AppendixXlsxWriter().write(plan, null)))) {
            org.apache.poi.xssf.usermodel.XSSFSheet s = wb.getSheetAt(0);
            org.apache.poi.ss.util.CellRangeAddress repeated = s.getRepeatingRows();
            double header = 0;
            for (int r = repeated.getFirstRow(); r <= repeated.getLastRow(); r++) {
                header += s.getRow(r).getHeightInPoints();
            }
            java.util.Set<Integer> breaks = new java.util.HashSet<>();
            for (int b : s.getRowBreaks()) {
                breaks.add(b);
            }
            double used = 0;
            int first = repeated.getLastRow() + 1;
            for (int r = 0; r < first; r++) {
                used += s.getRow(r) == null ? s.getDefaultRowHeightInPoints() : s.getRow(r).getHeightInPoints();
            }
            List<Integer> lastRowsOfPages = new java.util.ArrayList<>();
            for (int r = first; r <= s.getLastRowNum(); r++) {
                double h = s.getRow(r).getHeightInPoints();
                if (breaks.contains(r - 1) || used + h > AppendixXlsxWriter.PAGE_ROWS_HEIGHT) {
                    lastRowsOfPages.add(r - 1);
                    used = header;
                }
                used += h;
            }
            assertFalse(lastRowsOfPages.isEmpty(), "more than one page");
            for (int last : lastRowsOfPages) {
                assertFalse(s.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() == last && m.getFirstColumn() == 1),
                        sample + ": page ends on group row " + s.getRow(last).getCell(0).getStringCellValue());
            }
        }
    }

    @Test
    void theSheetIsLaidOutForPrinting() throws Exception {
        Plan plan = new SampleLibrary().plan("province-2025-appendix-ii.json");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new AppendixXlsxWriter().write(plan, null)))) {
            Sheet s = wb.getSheetAt(0);
            assertTrue(s.getPrintSetup().getLandscape());
            assertEquals(1, s.getPrintSetup().getFitWidth());
            assertEquals(0, s.getPrintSetup().getFitHeight());
            assertEquals("5:6", s.getRepeatingRows().formatAsString().replace("$", ""));
            // columns are measured in digits of the default font: Times New Roman 12 (6 pt a digit), which every
            // office suite has or matches, so that the table prints at 12 pt across the 252 mm of the page's text
            // rather than scaled down where Calibri is missing
            assertEquals("Times New Roman", wb.getFontAt(0).getFontName());
            assertEquals(12, wb.getFontAt(0).getFontHeightInPoints());
            double points = 0;
            for (int c = 0; c < s.getRow(4).getLastCellNum(); c++) {
                points += s.getColumnWidth(c) / 256.0 * 6;
            }
            assertEquals(252 * 72 / 25.4, points, 2, "table width in points");
            // group row I is merged from the name column to the last and bold
            int groupRow = 6;
            assertEquals("I", s.getRow(groupRow).getCell(0).getStringCellValue());
            assertTrue(s.getMergedRegions().stream().anyMatch(r -> r.getFirstRow() == groupRow
                    && r.getFirstColumn() == 1 && r.getLastColumn() == s.getRow(groupRow).getLastCellNum() - 1));
            assertTrue(wb.getFontAt(s.getRow(groupRow).getCell(1).getCellStyle().getFontIndex()).getBold());
            assertTrue(s.getRow(groupRow + 1).getCell(1).getCellStyle().getWrapText());
        }
    }

    @Test
    void theWardsRoleAndCompletionTimeAreCentredAsInThePdf() throws Exception {
        Plan plan = new SampleLibrary().plan("chon-thanh-ward-plan.json");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new AppendixXlsxWriter().write(plan, null)))) {
            Sheet s = wb.getSheetAt(0);
            PlanTask first = plan.groups().get(0).tasks().get(0);
            org.apache.poi.ss.usermodel.Row row = null;
            for (int r = 0; r <= s.getLastRowNum() && row == null; r++) {
                var cell = s.getRow(r) == null ? null : s.getRow(r).getCell(2);
                if (cell != null && first.name().equals(cell.getStringCellValue())) {
                    row = s.getRow(r);
                }
            }
            assertTrue(row != null, "the first task's row");
            assertEquals(first.role().printed(), row.getCell(3).getStringCellValue());
            assertEquals(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER,
                    row.getCell(3).getCellStyle().getAlignment(), "role");
            assertEquals(first.deadline().printed(), row.getCell(7).getStringCellValue());
            assertEquals(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER,
                    row.getCell(7).getCellStyle().getAlignment(), "completion time");
            assertEquals(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT,
                    row.getCell(2).getCellStyle().getAlignment(), "task name");
        }
    }

    /** Task by task, so that a failure names the first row that differs. */
    public static void assertSameTables(Plan expected, Plan actual) {
        List<PlanTask> e = unflagged(expected).allTasks();
        List<PlanTask> a = unflagged(actual).allTasks();
        for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
            assertEquals(e.get(i).withSubTasks(List.of()), a.get(i).withSubTasks(List.of()), "task " + i);
        }
        assertEquals(e.size(), a.size(), "task count");
        assertEquals(tables(expected), tables(actual));
    }

    private static Plan unflagged(Plan p) {
        return p.withoutIds().withGroups(p.groups().stream().map(AppendixXlsxRoundTripTest::unflagged).toList());
    }

    /** What the appendix tables carry: groups with tasks (flags are PlanDesk's notes, not printed) and indicators. */
    static Object tables(Plan plan) {
        return List.of(plan.withoutIds().groups().stream().map(AppendixXlsxRoundTripTest::unflagged).toList(),
                plan.withoutIds().indicators());
    }

    private static TaskGroup unflagged(TaskGroup g) {
        return g.withTasks(g.tasks().stream().map(AppendixXlsxRoundTripTest::unflagged).toList());
    }

    private static PlanTask unflagged(PlanTask t) {
        return new PlanTask(null, t.number(), t.name(), t.leader(), t.leadUnits(), t.coordinatingUnits(), t.result(),
                t.deadline(), t.role(), t.parentRef(), t.note(), List.of(),
                t.subTasks().stream().map(AppendixXlsxRoundTripTest::unflagged).toList());
    }
}
