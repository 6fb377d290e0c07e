package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.service.derive.WardDerivationTest.CHON_THANH;
import static vn.plandesk.service.derive.WardDerivationTest.KH92;
import static vn.plandesk.service.derive.WardDerivationTest.PLAN_2026;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.service.Messages;

/**
 * Each kind of change the one comparison finds, with its typed before and after, and the sentence the officer reads
 * for it (the same in the window and on the command line).
 */
class PlanChangeKindsTest {
    private static final PlanTask FOUR = task(KH92, "4");

    private static PlanTask task(Plan p, String number) {
        return p.group(1).orElseThrow().tasks().stream().filter(t -> t.number().equals(number)).findFirst().orElseThrow();
    }

    /** KH 92 with its task 4 changed by f. */
    private static Plan withFour(UnaryOperator<PlanTask> f) {
        List<TaskGroup> groups = new ArrayList<>(KH92.groups());
        groups.set(0, groups.get(0).withTasks(groups.get(0).tasks().stream()
                .map(t -> t.number().equals("4") ? f.apply(t) : t).toList()));
        return KH92.withGroups(groups);
    }

    private static PlanChange only(List<PlanChange> changes) {
        assertEquals(1, changes.size(), changes::toString);
        return changes.get(0);
    }

    private static PlanTask with(PlanTask t, String result, List<String> lead, List<String> coordinating) {
        return new PlanTask(t.id(), t.number(), t.name(), t.leader(), lead, coordinating, result, t.deadline(),
                t.role(), t.parentRef(), t.note(), t.flags(), t.subTasks(), t.start());
    }

    @Test
    void aTaskOnlyTheNewerPlanHasIsAdded() {
        PlanChange c = PlanComparison.between(KH92, PlanComparisonTest.editedKh92()).get(3);
        PlanChange.TaskAdded added = assertInstanceOf(PlanChange.TaskAdded.class, c);
        assertEquals(PlanChange.Kind.ADDED, added.kind());
        assertEquals("7a", added.newKey());
        assertNull(added.oldKey());
        assertEquals(1, added.group());
        assertEquals(Messages.get("change.ADDED", "7a", added.newTask().name()), ChangeText.describe(added));
    }

    @Test
    void aTaskOnlyTheOlderPlanHadIsRemovedWithItsText() {
        PlanChange c = PlanComparison.between(KH92, PlanComparisonTest.editedKh92()).get(2);
        PlanChange.TaskRemoved removed = assertInstanceOf(PlanChange.TaskRemoved.class, c);
        assertEquals("5", removed.oldKey());
        assertEquals(task(KH92, "5"), removed.oldTask());
        assertTrue(ChangeText.describe(removed.withWardTasks(List.of("4", "6"))).endsWith(
                Messages.get("change.wardTasks", "4, 6")), "the ward tasks it touches are named");
    }

    @Test
    void aRenumberedTaskIsMovedFromItsOldKeyAndGroup() {
        PlanChange c = PlanComparison.between(KH92, PlanComparisonTest.editedKh92()).get(4);
        PlanChange.TaskMoved moved = assertInstanceOf(PlanChange.TaskMoved.class, c);
        assertEquals(PlanChange.Kind.RENUMBERED, moved.kind());
        assertEquals("8", moved.oldKey());
        assertEquals("9", moved.newKey());
        assertEquals(1, moved.fromGroup());
        assertEquals(1, moved.group());
        assertEquals(task(KH92, "8").name(), moved.newTask().name());
    }

    @Test
    void aRewordedTaskCarriesItsTwoTexts() {
        String longer = FOUR.name() + " trên toàn tỉnh";
        PlanChange.NameChanged c = assertInstanceOf(PlanChange.NameChanged.class,
                only(PlanComparison.between(KH92, withFour(t -> t.withName(longer)))));
        assertEquals(FOUR.name(), c.before());
        assertEquals(longer, c.after());
        assertEquals(PlanChange.Kind.REWORDED, c.kind());
    }

    @Test
    void aNewTimeCarriesBothDeadlines() {
        PlanChange.DeadlineChanged c = assertInstanceOf(PlanChange.DeadlineChanged.class,
                only(PlanComparison.between(KH92, withFour(t -> t.withDeadline(Deadline.of("Quý IV/2026"))))));
        assertEquals(FOUR.deadline(), c.before());
        assertEquals(Deadline.of("Quý IV/2026"), c.after());
        assertEquals(Messages.get("change.DEADLINE", "4", FOUR.deadline().printed().isBlank() ? "—"
                : FOUR.deadline().printed(), "Quý IV/2026"), ChangeText.describe(c));
    }

    @Test
    void aNewResultCarriesBothResults() {
        PlanChange.ResultChanged c = assertInstanceOf(PlanChange.ResultChanged.class,
                only(PlanComparison.between(KH92, withFour(t -> with(t, "Báo cáo kết quả", t.leadUnits(),
                        t.coordinatingUnits())))));
        assertEquals(FOUR.result(), c.before());
        assertEquals("Báo cáo kết quả", c.after());
        assertTrue(ChangeText.describe(c).contains("Báo cáo kết quả"));
    }

    @Test
    void newUnitsCarryBothLeadAndCoordinatingLists() {
        PlanChange.UnitsChanged c = assertInstanceOf(PlanChange.UnitsChanged.class,
                only(PlanComparison.between(KH92, withFour(t -> with(t, t.result(), List.of("Sở Khoa học và Công nghệ"),
                        List.of("Các sở, ban, ngành"))))));
        assertEquals(new PlanChange.Units(FOUR.leadUnits(), FOUR.coordinatingUnits()), c.before());
        assertEquals(List.of("Sở Khoa học và Công nghệ"), c.after().lead());
        assertEquals(List.of("Các sở, ban, ngành"), c.after().coordinating());
        assertEquals(Messages.get("change.UNITS", "4", "Sở Khoa học và Công nghệ", "Các sở, ban, ngành"),
                ChangeText.describe(c));
    }

    @Test
    void anImportedRowThatDiffersReplacesTheStoredTaskWithItsSubTasks() {
        PlanTask sub = PlanTask.named("4.1", "Rà soát hạ tầng");
        PlanComparison cmp = PlanComparison.rows(KH92, withFour(t -> t.withSubTasks(List.of(sub))));
        PlanChange.TaskReplaced c = assertInstanceOf(PlanChange.TaskReplaced.class, only(cmp.changes()));
        assertEquals(PlanChange.Kind.CHANGED, c.kind());
        assertEquals(FOUR, c.oldTask());
        assertEquals(List.of(sub), c.newTask().subTasks());
        assertEquals("4", c.number());
        assertEquals(List.of(sub), cmp.apply(java.util.Set.of(c)).group(1).orElseThrow().tasks().stream()
                .filter(t -> t.number().equals("4")).findFirst().orElseThrow().subTasks());
        assertEquals(Messages.get("change.row", Messages.get("office.change.CHANGED"), "4", ChangeText.excerpt(FOUR.name())),
                ChangeText.describe(c));
    }

    @Test
    void aGroupTitledAnewInTheFileIsOneChangeTheOfficerMayTake() {
        Plan stored = CHON_THANH;
        TaskGroup second = stored.groups().get(1);
        List<TaskGroup> groups = new ArrayList<>(stored.groups());
        groups.set(1, new TaskGroup(second.number(), second.title() + " và đổi mới sáng tạo", second.tasks()));
        PlanComparison cmp = PlanComparison.rows(stored, stored.withGroups(groups));
        PlanChange.GroupRetitled c = assertInstanceOf(PlanChange.GroupRetitled.class, only(cmp.changes()));
        assertEquals(second.number(), c.group());
        assertEquals(second.title(), c.before());
        assertEquals(second.title() + " và đổi mới sáng tạo", c.after());
        assertEquals(PlanChange.Kind.CHANGED, c.kind());
        assertEquals(stored, cmp.apply(java.util.Set.of()), "not taken: the stored title stays");
        assertEquals(groups, cmp.apply(java.util.Set.of(c)).groups());
        assertEquals(Messages.get("change.row", Messages.get("office.change.CHANGED"),
                Messages.get("office.change.group", "II"), ChangeText.excerpt(c.after())), ChangeText.describe(c));
    }

    @Test
    void indicatorsAreAddedRemovedOrChangedWithTheirRows() {
        Plan stored = CHON_THANH;
        Indicator first = stored.indicators().get(0);
        Indicator second = stored.indicators().get(1);
        Indicator added = new Indicator(null, "99", "Tỷ lệ hồ sơ trực tuyến", "%", "", "100");
        Indicator retargeted = new Indicator(first.id(), first.number(), first.name(), first.unit(), first.section(),
                "≥ 95%");
        List<Indicator> indicators = new ArrayList<>(stored.indicators());
        indicators.set(0, retargeted);
        indicators.remove(second);
        indicators.add(added);
        List<PlanChange> changes = PlanComparison.rows(stored, stored.withIndicators(indicators)).changes();
        assertEquals(3, changes.size(), changes::toString);
        PlanChange.IndicatorChanged changed = assertInstanceOf(PlanChange.IndicatorChanged.class, changes.get(0));
        assertEquals(first, changed.before());
        assertEquals("≥ 95%", changed.after().target());
        PlanChange.IndicatorRemoved removed = assertInstanceOf(PlanChange.IndicatorRemoved.class, changes.get(1));
        assertEquals(second, removed.before());
        PlanChange.IndicatorAdded in = assertInstanceOf(PlanChange.IndicatorAdded.class, changes.get(2));
        assertEquals(added, in.after());
        assertTrue(changes.stream().allMatch(PlanChange::isIndicator));
        assertTrue(changes.stream().allMatch(c -> c.group() == 0 && c.oldTask() == null && c.newTask() == null));
    }

    @Test
    void aReplacingPlanListsRelinksUnmatchedTasksAndAtLastTheSwitchOfParent() {
        SyncSession s = new SyncSession(CHON_THANH, KH92, 1L, PLAN_2026, 2L, (ward, parent, baseline) -> ward);
        List<PlanChange> changes = s.changes();
        PlanChange.Relink relink = changes.stream().filter(PlanChange.Relink.class::isInstance)
                .map(PlanChange.Relink.class::cast).filter(c -> c.oldKey().equals("3")).findFirst().orElseThrow();
        assertEquals("1.đ)", relink.newKey());
        assertEquals(task(KH92, "3"), relink.oldTask());
        assertEquals(List.of("2"), relink.wardTasks());
        assertTrue(relink.score() > 0);
        assertTrue(ChangeText.describe(relink).startsWith(Messages.get("change.RELINK", "3", "1.đ)",
                Math.round(relink.score() * 100), ChangeText.excerpt(relink.newTask().name()))));
        PlanChange.Unmatched unmatched = changes.stream().filter(PlanChange.Unmatched.class::isInstance)
                .map(PlanChange.Unmatched.class::cast).findFirst().orElseThrow();
        assertNull(unmatched.newKey());
        assertTrue(changes.stream().noneMatch(PlanChange.ParentSwitch.class::isInstance));

        for (PlanChange c : changes) {
            if (c instanceof PlanChange.Relink || c instanceof PlanChange.Unmatched) {
                s.accept(c);
            }
        }
        PlanChange last = s.changes().get(s.changes().size() - 1);
        assertInstanceOf(PlanChange.ParentSwitch.class, last);
        assertEquals(Messages.get("change.PARENT_SWITCH"), ChangeText.describe(last));
    }
}
