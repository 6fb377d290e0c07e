package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.PlanTask;

/**
 * What every line of the comparison shows whatever its kind: the number and name from the newer side (the older
 * side for a removed task), its kind's label, and the ward tasks it touches; a row of an imported file, an
 * indicator and the switch of parent touch no ward task.
 */
class ChangeSidesTest {
    private static final PlanTask OLD = PlanTask.named("3", "Xây dựng chính quyền số");
    private static final PlanTask NEW = PlanTask.named("4", "Xây dựng chính quyền số và đô thị thông minh");
    private static final PlanChange.TaskPair PAIR = new PlanChange.TaskPair(2, "3", "4", OLD, NEW, 0.8);
    private static final Indicator INDICATOR = new Indicator(null, "2", "Tỷ lệ hồ sơ trực tuyến", "%", "", "80");
    private static final List<String> WARD = List.of("2", "5");

    @Test
    void aTaskChangeCarriesTheWardTasksItTouchesAndKeepsEverythingElse() {
        List<PlanChange> changes = List.of(
                new PlanChange.TaskAdded(2, "4", NEW, null),
                new PlanChange.TaskRemoved(2, "3", OLD, null),
                new PlanChange.TaskMoved(PAIR, 1, null),
                new PlanChange.NameChanged(PAIR, OLD.name(), NEW.name(), null),
                new PlanChange.DeadlineChanged(PAIR, Deadline.none(), Deadline.of("Quý II/2026"), null),
                new PlanChange.ResultChanged(PAIR, "", "Báo cáo", null),
                new PlanChange.UnitsChanged(PAIR, PlanChange.Units.of(OLD), PlanChange.Units.of(NEW), null),
                new PlanChange.Relink(PAIR, null),
                new PlanChange.Unmatched(2, "3", OLD, null));
        List<PlanChange.Kind> kinds = List.of(PlanChange.Kind.ADDED, PlanChange.Kind.REMOVED,
                PlanChange.Kind.RENUMBERED, PlanChange.Kind.REWORDED, PlanChange.Kind.DEADLINE, PlanChange.Kind.RESULT,
                PlanChange.Kind.UNITS, PlanChange.Kind.RELINK, PlanChange.Kind.UNMATCHED);
        for (int i = 0; i < changes.size(); i++) {
            PlanChange c = changes.get(i);
            assertEquals(List.of(), c.wardTasks(), "no ward tasks given: none");
            PlanChange touching = c.withWardTasks(WARD);
            assertEquals(WARD, touching.wardTasks(), c::toString);
            assertEquals(kinds.get(i), touching.kind());
            assertEquals(c.group(), touching.group());
            assertEquals(c.oldKey(), touching.oldKey());
            assertEquals(c.newKey(), touching.newKey());
            assertSame(c.oldTask(), touching.oldTask());
            assertSame(c.newTask(), touching.newTask());
            assertEquals(c.withWardTasks(List.of()), c, "the same change with the same ward tasks is equal");
        }
    }

    @Test
    void aLineShowsTheNewerSidesNumberAndNameAndARemovedTaskItsOwn() {
        assertEquals("4", new PlanChange.TaskMoved(PAIR, 1, List.of()).number());
        assertEquals(NEW.name(), new PlanChange.TaskMoved(PAIR, 1, List.of()).name());
        assertEquals("3", new PlanChange.TaskRemoved(2, "3", OLD, List.of()).number());
        assertEquals(OLD.name(), new PlanChange.TaskRemoved(2, "3", OLD, List.of()).name());
        assertEquals("", new PlanChange.ParentSwitch().number(), "the switch of parent is no task");
        assertEquals("", new PlanChange.ParentSwitch().name());
        assertEquals(0, new PlanChange.ParentSwitch().group());
    }

    @Test
    void rowsOfAnImportedFileIndicatorsAndTheSwitchTouchNoWardTask() {
        List<PlanChange> rows = List.of(new PlanChange.TaskReplaced(PAIR),
                new PlanChange.GroupRetitled(2, "Nhóm cũ", "Nhóm mới"),
                new PlanChange.IndicatorAdded(INDICATOR), new PlanChange.IndicatorRemoved(INDICATOR),
                new PlanChange.IndicatorChanged(INDICATOR, INDICATOR), new PlanChange.ParentSwitch());
        for (PlanChange c : rows) {
            assertSame(c, c.withWardTasks(WARD), c::toString);
            assertEquals(List.of(), c.wardTasks());
        }
        PlanChange.GroupRetitled retitled = new PlanChange.GroupRetitled(2, "Nhóm cũ", "Nhóm mới");
        assertEquals("Nhóm mới", retitled.name());
        assertEquals("", retitled.number());
        PlanChange.IndicatorRemoved removed = new PlanChange.IndicatorRemoved(INDICATOR);
        assertEquals(PlanChange.Kind.REMOVED, removed.kind());
        assertSame(INDICATOR, removed.row());
        assertEquals("2", removed.number());
        assertEquals(INDICATOR.name(), removed.name());
        assertNull(removed.oldKey());
        assertEquals(PlanChange.Kind.CHANGED, new PlanChange.TaskReplaced(PAIR).kind());
        assertEquals(PlanChange.Kind.PARENT_SWITCH, new PlanChange.ParentSwitch().kind());
    }
}
