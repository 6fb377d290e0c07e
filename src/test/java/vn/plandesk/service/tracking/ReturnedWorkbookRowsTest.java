package vn.plandesk.service.tracking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.io.xlsx.UnitSheetXlsx;
import vn.plandesk.io.xlsx.UnitSheetXlsx.Filled;
import vn.plandesk.io.xlsx.UnitSheetXlsx.Line;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.PlanProgress;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.Messages;
import vn.plandesk.service.SampleLibrary;

/**
 * The rows of a unit's returned workbook, read against the plan: a filled row of one of the unit's tasks is a change,
 * a blank row none; a row added by hand (no task hidden in it), a row of a task no longer in the plan or not the
 * unit's, and a row filled without its status each refuse the workbook, told with the file, the sheet and the row.
 * And the rows it is sent with: the columns to fill start with the quarter's own entry, so that a workbook returned
 * unchanged changes nothing; an earlier quarter's entry shows only as the current status and result.
 */
class ReturnedWorkbookRowsTest {
    private static final Period Q1 = Period.parse("2026-Q1");
    private static final String VHXH = "Phòng Văn hóa - Xã hội";
    private static final String FILE = "vhxh.xlsx";
    private static final String SHEET = "Tiến độ";
    private static final PlanTask LEADS = task(5L, "1", List.of(VHXH), List.of());
    private static final PlanTask COORDINATES = task(6L, "2", List.of("Phòng Kinh tế"), List.of(VHXH));
    private static final PlanTask ANOTHER_UNITS = task(7L, "3", List.of("Phòng Kinh tế"), List.of());
    private static final Plan PLAN = new SampleLibrary().plan("chon-thanh-ward-plan.json").withGroups(
            List.of(new TaskGroup(1, "Nhóm", List.of(LEADS, COORDINATES, ANOTHER_UNITS))));

    private static PlanTask task(long id, String number, List<String> lead, List<String> coordinating) {
        return new PlanTask(id, number, "Nhiệm vụ " + number, "", lead, coordinating, "", Deadline.of("Quý I/2026"),
                null, null, "", List.of(), List.of());
    }

    private static Filled row(int row, Long taskId, String status, String result) {
        return new Filled(row, taskId, status, result, "", "", "");
    }

    private static List<UnitSheets.Change> read(Filled... rows) {
        UnitSheetXlsx.Returned wb = new UnitSheetXlsx.Returned(
                new UnitSheetXlsx.Identity(1, "", Q1.toString(), VHXH), SHEET, List.of(rows));
        return UnitSheets.changes(PLAN, PlanProgress.empty(), Q1, VHXH, FILE, wb);
    }

    private static PlanDeskException refused(Filled... rows) {
        return assertThrows(PlanDeskException.class, () -> read(rows));
    }

    @Test
    void aFilledRowOfATaskTheUnitLeadsOrCoordinatesIsAChangeAndABlankRowIsNone() {
        List<UnitSheets.Change> changes = read(row(7, 5L, "Hoàn thành", "Đã tổ chức 05 hội nghị"),
                row(8, 6L, "", ""), row(9, 6L, "Đang thực hiện", ""));
        assertEquals(List.of(7, 9), changes.stream().map(UnitSheets.Change::row).toList());
        assertEquals(ProgressStatus.DONE, changes.get(0).after().status());
        assertEquals("Đã tổ chức 05 hội nghị", changes.get(0).after().result());
        assertEquals(VHXH, changes.get(0).after().unit());
    }

    @Test
    void theColumnsToFillStartWithTheQuartersOwnEntrySoAWorkbookReturnedUnchangedChangesNothing() {
        ProgressEntry reported = new ProgressEntry(5L, Q1, ProgressStatus.BEHIND, "Đã tổ chức 02 hội nghị", null,
                VHXH, "Chưa đủ kinh phí", "Tỉnh chậm cấp", "Biên bản", List.of());
        ProgressEntry earlier = new ProgressEntry(6L, Period.parse("2025-Q4"), ProgressStatus.IN_PROGRESS,
                "Đã xây dựng kế hoạch", null, VHXH, "", "", "", List.of());
        List<Line> lines = UnitSheets.lines(PLAN, List.of(
                new TaskStatus(1, LEADS, ProgressStatus.BEHIND, reported, true, true),
                new TaskStatus(1, COORDINATES, ProgressStatus.IN_PROGRESS, earlier, false, false),
                new TaskStatus(1, ANOTHER_UNITS, ProgressStatus.NOT_STARTED, null, false, false)), VHXH);
        String behind = TrackingService.label(ProgressStatus.BEHIND);
        assertEquals(List.of(5L, 6L), lines.stream().map(Line::taskId).toList(), "the unit's tasks only");
        assertEquals(List.of(behind, "Đã tổ chức 02 hội nghị", behind, "Đã tổ chức 02 hội nghị", "Chưa đủ kinh phí",
                "Tỉnh chậm cấp", "Biên bản"), fields(lines.get(0)));
        assertEquals(List.of(TrackingService.label(ProgressStatus.IN_PROGRESS), "Đã xây dựng kế hoạch", "", "", "", "",
                ""), fields(lines.get(1)), "an earlier quarter's entry is not this quarter's to correct");

        List<Filled> unchanged = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            unchanged.add(new Filled(7 + i, l.taskId(), l.status(), l.result(), l.shortcomings(), l.cause(),
                    l.evidence()));
        }
        UnitSheetXlsx.Returned wb = new UnitSheetXlsx.Returned(
                new UnitSheetXlsx.Identity(1, "", Q1.toString(), VHXH), SHEET, unchanged);
        assertEquals(List.of(), UnitSheets.changes(PLAN, PlanProgress.empty().withAll(List.of(reported, earlier)), Q1,
                VHXH, FILE, wb));
    }

    private static List<String> fields(Line l) {
        return List.of(l.currentStatus(), l.currentResult(), l.status(), l.result(), l.shortcomings(), l.cause(),
                l.evidence());
    }

    @Test
    void aRowAddedByHandIsRefusedWithItsRow() {
        PlanDeskException e = refused(row(7, 5L, "Hoàn thành", ""), row(12, null, "Hoàn thành", "Thêm"));
        assertEquals("unitSheets.badRow", e.key());
        assertArrayEquals(new Object[] {FILE, SHEET, 12}, e.args());
    }

    @Test
    void aRowOfATaskNoLongerInThePlanOrNotTheUnitsIsRefusedWithItsRow() {
        PlanDeskException gone = refused(row(7, 99L, "Hoàn thành", ""));
        assertEquals("unitSheets.noTask", gone.key());
        assertArrayEquals(new Object[] {FILE, SHEET, 7, VHXH}, gone.args());
        PlanDeskException others = refused(row(8, 7L, "", ""));
        assertEquals("unitSheets.notUnitsTask", others.key(), "even blank: the row is not of this unit's workbook");
        assertArrayEquals(new Object[] {FILE, SHEET, 8, VHXH}, others.args());
    }

    @Test
    void aRowFilledWithoutItsStatusIsRefusedNamingTheColumn() {
        PlanDeskException e = refused(row(7, 5L, "", "Đã tổ chức 05 hội nghị"));
        assertEquals("unitSheets.noStatus", e.key());
        assertArrayEquals(new Object[] {FILE, SHEET, 7, Messages.get("unitSheets.column.6")}, e.args());
    }
}
