package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.service.SampleLibrary;

/**
 * A workbook read back against the stored plan: each task or indicator added, removed or changed is one change the
 * officer accepts or not; what is not accepted stays as stored, added rows land after their neighbour in the file.
 */
class PlanComparisonRowsTest {
    private final Plan stored = new SampleLibrary().plan("chon-thanh-ward-plan.json");
    private final PlanTask renamed = stored.group(2).orElseThrow().tasks().get(0);
    private final PlanTask removed = stored.group(3).orElseThrow().tasks().get(1);
    private final PlanTask after = stored.group(1).orElseThrow().tasks().get(0);
    private final PlanTask added = PlanTask.named(after.number() + "a", "Xây dựng bản đồ số wifi công cộng");
    private final Indicator changedIndicator = stored.indicators().get(0);
    private final Indicator newIndicator = new Indicator(null, "99", "Tỷ lệ hồ sơ trực tuyến", "%", "", "100");
    private final Plan imported = imported();

    private Plan imported() {
        List<TaskGroup> groups = new ArrayList<>(stored.groups());
        List<PlanTask> g1 = new ArrayList<>(groups.get(0).tasks());
        g1.add(1, added);
        groups.set(0, groups.get(0).withTasks(g1));
        List<PlanTask> g2 = new ArrayList<>(groups.get(1).tasks());
        g2.set(0, renamed.withName(renamed.name() + " trên toàn phường"));
        groups.set(1, groups.get(1).withTasks(g2));
        List<PlanTask> g3 = new ArrayList<>(groups.get(2).tasks());
        g3.remove(1);
        groups.set(2, groups.get(2).withTasks(g3));
        List<Indicator> indicators = new ArrayList<>(stored.indicators());
        Indicator i = changedIndicator;
        indicators.set(0, new Indicator(i.id(), i.number(), i.name(), i.unit(), i.section(), "≥ 95%"));
        indicators.add(newIndicator);
        return stored.withGroups(groups).withIndicators(indicators);
    }

    private static String line(PlanChange c) {
        return c.kind() + " " + c.group() + " " + c.number();
    }

    @Test
    void eachAddedRemovedOrChangedRowIsOneChangeInGroupOrder() {
        PlanComparison cmp = PlanComparison.rows(stored, imported);
        assertEquals(List.of(
                "ADDED 1 " + added.number(),
                "CHANGED 2 " + renamed.number(),
                "REMOVED 3 " + removed.number(),
                "CHANGED 0 " + changedIndicator.number(),
                "ADDED 0 99"), cmp.changes().stream().map(PlanComparisonRowsTest::line).toList());
        PlanChange indicator = cmp.changes().get(4);
        assertTrue(indicator.isIndicator());
        assertEquals("Tỷ lệ hồ sơ trực tuyến", indicator.name());
        assertFalse(cmp.changes().get(0).isIndicator());
        assertEquals(removed.name(), cmp.changes().get(2).name(), "a removed row is named from the stored side");
        assertEquals(renamed.name() + " trên toàn phường", cmp.changes().get(1).name());
    }

    @Test
    void aPlanComparedWithItselfHasNoChanges() {
        assertTrue(PlanComparison.rows(stored, stored).changes().isEmpty());
        assertTrue(PlanComparison.rows(stored, stored.withoutIds()).changes().isEmpty(), "store ids do not count");
    }

    @Test
    void acceptingNothingKeepsTheStoredPlanAndEverythingGivesTheFile() {
        PlanComparison cmp = PlanComparison.rows(stored, imported);
        assertEquals(stored, cmp.apply(Set.of()));
        Plan all = cmp.apply(new HashSet<>(cmp.changes()));
        assertEquals(imported.groups(), all.groups());
        assertEquals(imported.indicators(), all.indicators());
        assertEquals(stored.summary(), all.summary());
    }

    @Test
    void onlyTheAcceptedChangesAreApplied() {
        PlanComparison cmp = PlanComparison.rows(stored, imported);
        Plan onlyAdded = cmp.apply(Set.of(cmp.changes().get(0)));
        List<PlanTask> g1 = onlyAdded.group(1).orElseThrow().tasks();
        assertEquals(after.name(), g1.get(0).name());
        assertEquals(added.name(), g1.get(1).name(), "after its neighbour in the file");
        assertEquals(stored.group(2), onlyAdded.group(2));
        assertEquals(stored.group(3), onlyAdded.group(3));
        assertEquals(stored.indicators(), onlyAdded.indicators());

        Plan onlyRemoved = cmp.apply(Set.of(cmp.changes().get(2)));
        assertEquals(stored.group(3).orElseThrow().tasks().size() - 1, onlyRemoved.group(3).orElseThrow().tasks().size());
        assertTrue(onlyRemoved.group(3).orElseThrow().tasks().stream().noneMatch(t -> t.name().equals(removed.name())));

        Plan onlyIndicator = cmp.apply(Set.of(cmp.changes().get(4)));
        assertEquals(stored.indicators().size() + 1, onlyIndicator.indicators().size());
        assertEquals(stored.indicators().get(0), onlyIndicator.indicators().get(0));
        assertEquals(newIndicator, onlyIndicator.indicators().get(onlyIndicator.indicators().size() - 1));
    }

    @Test
    void aGroupOnlyTheFileHasComesWithItsTitle() {
        Plan fewer = stored.withGroups(stored.groups().subList(0, 6));
        PlanComparison cmp = PlanComparison.rows(fewer, stored);
        Plan all = cmp.apply(new HashSet<>(cmp.changes()));
        assertEquals(stored.group(7), all.group(7));
        assertEquals(fewer, cmp.apply(Set.of()));
        assertEquals(7, all.groups().size());
    }

    @Test
    void aGroupTheFileLacksKeepsItsTitleAndLosesOnlyTheTasksWhoseRemovalIsAccepted() {
        Plan fewer = stored.withGroups(stored.groups().subList(0, 6));
        PlanComparison cmp = PlanComparison.rows(stored, fewer);
        assertEquals(stored, cmp.apply(Set.of()));
        TaskGroup seven = cmp.apply(new HashSet<>(cmp.changes())).group(7).orElseThrow();
        assertEquals(stored.group(7).orElseThrow().title(), seven.title());
        assertEquals(List.of(), seven.tasks());
    }

    @Test
    void aChangedRowKeepsTheStoredIdsSoWhatIsRecordedUnderThemStaysItsOwn() {
        PlanTask parent = new PlanTask(7L, "1", "Chuyển đổi số", "", List.of(), List.of(), "", null, null, null, "",
                List.of(), List.of(PlanTask.named("1.1", "Số hóa hồ sơ").withId(8L),
                PlanTask.named("1.2", "Cấp chữ ký số").withId(9L)));
        Indicator indicator = new Indicator(5L, "1", "Tỷ lệ hồ sơ trực tuyến", "%", "", "≥ 80%");
        Plan withIds = stored.withGroups(List.of(new TaskGroup(1, "Nhóm 1", List.of(parent))))
                .withIndicators(List.of(indicator));
        PlanTask changed = parent.withoutIds().withName("Chuyển đổi số toàn diện").withSubTasks(List.of(
                PlanTask.named("1.1", "Số hóa toàn bộ hồ sơ"), PlanTask.named("1.3", "Nhiệm vụ mới")));
        Plan file = withIds.withoutIds().withGroups(List.of(new TaskGroup(1, "Nhóm 1", List.of(changed))))
                .withIndicators(List.of(new Indicator(null, "1", "Tỷ lệ hồ sơ trực tuyến", "%", "", "≥ 90%")));
        PlanComparison cmp = PlanComparison.rows(withIds, file);
        Plan applied = cmp.apply(new HashSet<>(cmp.changes()));

        PlanTask task = applied.group(1).orElseThrow().tasks().get(0);
        assertEquals(7L, task.id());
        assertEquals("Chuyển đổi số toàn diện", task.name());
        assertEquals(8L, task.subTasks().get(0).id(), "a sub-task whose number stayed");
        assertEquals("Số hóa toàn bộ hồ sơ", task.subTasks().get(0).name());
        assertEquals(null, task.subTasks().get(1).id(), "a new sub-task is new to the store");
        assertEquals(5L, applied.indicators().get(0).id());
        assertEquals("≥ 90%", applied.indicators().get(0).target());
    }
}
