package vn.plandesk.service.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.PlanRef;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskFlag;
import vn.plandesk.model.TaskRef;
import vn.plandesk.model.WardRole;

/** Each field the officer edits in the table changes that field alone; a new deadline drops the "year guessed" mark. */
class TaskFieldsTest {
    private static final PlanRef KH92 = new PlanRef("92", "KH-UBND", LocalDate.of(2025, 9, 15), "UBND tỉnh Đồng Nai");
    private static final Map<Integer, String> GRID = new TreeMap<>(Map.of(2025, "Tháng 4", 2026, "x"));
    private final PlanTask task = new PlanTask(7L, "3", "Tên", "Chủ tịch", List.of("Phòng A"), List.of("Phòng B"),
            "Kết quả", Deadline.of("Tháng 5", GRID), WardRole.LEAD, new TaskRef(KH92, "12"), "Ghi chú",
            List.of(TaskFlag.YEAR_INFERRED), List.of(PlanTask.named("3.1", "Con")));

    /** The task as a list of its fields, to compare all but the one edited. */
    private static List<Object> fields(PlanTask t) {
        return List.of(t.id(), t.number(), t.name(), t.leader(), t.leadUnits(), t.coordinatingUnits(), t.result(),
                t.deadline(), String.valueOf(t.role()), String.valueOf(t.parentRef()), t.note(), t.flags(),
                t.subTasks(), String.valueOf(t.start()));
    }

    private void assertOnlyChanged(PlanTask edited, int field, Object value) {
        List<Object> before = fields(task);
        List<Object> after = fields(edited);
        for (int i = 0; i < before.size(); i++) {
            if (i == field) {
                assertEquals(value, after.get(i), "field " + i);
            } else {
                assertEquals(before.get(i), after.get(i), "field " + i);
            }
        }
    }

    @Test
    void eachTextFieldChangesAlone() {
        assertOnlyChanged(TaskFields.name(task, "Tên mới"), 2, "Tên mới");
        assertOnlyChanged(TaskFields.leader(task, "Phó Chủ tịch"), 3, "Phó Chủ tịch");
        assertOnlyChanged(TaskFields.leadUnits(task, List.of("Phòng C")), 4, List.of("Phòng C"));
        assertOnlyChanged(TaskFields.coordinatingUnits(task, List.of()), 5, List.of());
        assertOnlyChanged(TaskFields.result(task, "Báo cáo"), 6, "Báo cáo");
        assertOnlyChanged(TaskFields.role(task, WardRole.COORDINATE), 8, "COORDINATE");
        assertOnlyChanged(TaskFields.note(task, "Mới"), 10, "Mới");
        assertOnlyChanged(TaskFields.start(task, LocalDate.of(2026, 3, 1)), 13, "2026-03-01");
    }

    @Test
    void theParentNumberKeepsTheParentPlanAndABlankOneClearsIt() {
        PlanTask t = TaskFields.parentNumber(task, "15");
        assertEquals(new TaskRef(KH92, "15"), t.parentRef());
        assertNull(TaskFields.parentNumber(task, " ").parentRef());
        assertNull(TaskFields.parentNumber(task, null).parentRef());
        PlanTask noParent = TaskFields.parentNumber(task, null);
        assertNull(TaskFields.parentNumber(noParent, "4").parentRef().plan());
        assertEquals("4", TaskFields.parentNumber(noParent, "4").parentRef().number());
    }

    @Test
    void aNewDeadlineIsReadWithTheYearGridAndDropsTheGuessedYearMark() {
        PlanTask t = TaskFields.deadlineText(task, "Quý III/2026");
        assertEquals(Deadline.Kind.QUARTER, t.deadline().kind());
        assertEquals(GRID, t.deadline().years());
        assertFalse(t.has(TaskFlag.YEAR_INFERRED));
        assertEquals(task.name(), t.name());
        Deadline d = Deadline.of("Tháng 6/2027");
        assertEquals(d, TaskFields.deadline(task, d).deadline());
        assertFalse(TaskFields.deadline(task, d).has(TaskFlag.YEAR_INFERRED));
    }

    @Test
    void aYearMarkIsSetOrClearedAndATypedCellKeepsItsText() {
        PlanTask marked = TaskFields.yearMark(task, 2027, true);
        assertEquals("x", marked.deadline().years().get(2027));
        assertEquals("Tháng 4", TaskFields.yearMark(task, 2025, true).deadline().years().get(2025), "kept");
        assertFalse(TaskFields.yearMark(task, 2026, false).deadline().years().containsKey(2026));
        assertEquals(task.deadline().raw(), marked.deadline().raw());

        assertEquals("Quý 3", TaskFields.yearCell(task, 2028, "  Quý 3 ").deadline().years().get(2028));
        assertFalse(TaskFields.yearCell(task, 2025, " ").deadline().years().containsKey(2025));
        assertFalse(TaskFields.yearCell(task, 2025, null).deadline().years().containsKey(2025));
        assertTrue(TaskFields.yearCell(task, 2025, "x").deadline().years().containsKey(2026));
        assertFalse(TaskFields.yearCell(task, 2025, "x").has(TaskFlag.YEAR_INFERRED));
    }
}
