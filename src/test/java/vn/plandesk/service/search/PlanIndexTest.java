package vn.plandesk.service.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.Text;
import vn.plandesk.model.WardRole;
import vn.plandesk.service.SampleLibrary;

class PlanIndexTest {
    private final Plan ward = withIds(new SampleLibrary().plan("chon-thanh-ward-plan.json"));
    private final PlanIndex index = PlanIndex.of(ward, LocalDate.of(2026, 6, 1));

    /** Sample plans carry no store ids; number the tasks so hits can be told apart. */
    private static Plan withIds(Plan p) {
        long[] next = {1};
        return p.withGroups(p.groups().stream().map(g -> g.withTasks(g.tasks().stream()
                .map(t -> t.withId(next[0]++).withSubTasks(t.subTasks().stream().map(s -> s.withId(next[0]++)).toList()))
                .toList())).toList());
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        List<PlanIndex.Hit> hits = index.find(TaskQuery.text("chuyen doi so"));
        long expected = ward.allTasks().stream().filter(t -> Text.fold(t.searchText()).contains("chuyen doi so")).count();
        assertTrue(expected > 5);
        assertEquals(expected, hits.size());
        assertEquals(hits, index.find(TaskQuery.text("CHUYỂN ĐỔI SỐ")));
    }

    @Test
    void unitFilterMatchesLeadAndCoordinatingUnits() {
        TaskQuery q = TaskQuery.ALL;
        q = new TaskQuery("", "Phòng Văn hóa - Xã hội", null, null, null, false, false);
        for (long id : index.ids(q)) {
            PlanTask t = ward.allTasks().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
            assertTrue(t.leadUnits().contains("Phòng Văn hóa - Xã hội") || t.coordinatingUnits().contains("Phòng Văn hóa - Xã hội"));
        }
        assertFalse(index.ids(q).isEmpty());
    }

    @Test
    void roleYearQuarterAndOverdueFilters() {
        long leads = ward.allTasks().stream().filter(t -> t.role() == WardRole.LEAD).count();
        assertEquals(leads, index.find(new TaskQuery("", "", WardRole.LEAD, null, null, false, false)).size());
        for (long id : index.ids(new TaskQuery("", "", null, 2025, 4, false, false))) {
            PlanTask t = ward.allTasks().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
            LocalDate due = t.deadline().dueDateIn(2025);
            assertTrue(due.getMonthValue() >= 10, t.deadline().printed());
        }
        for (long id : index.ids(new TaskQuery("", "", null, null, null, true, false))) {
            PlanTask t = ward.allTasks().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
            assertTrue(t.deadline().dueDate().isBefore(LocalDate.of(2026, 6, 1)));
        }
        assertFalse(index.ids(new TaskQuery("", "", null, null, null, true, false)).isEmpty());
    }

    @Test
    void afterAnEditOnlyTheChangedTaskIsFoldedAgainAndSearchesAgreeWithAFreshIndex() {
        assertEquals(index.size(), index.refolded(), "a first index folds everything");
        PlanTask renamed = ward.groups().get(1).tasks().get(0);
        List<TaskGroup> g1 = new ArrayList<>(ward.groups());
        g1.set(1, g1.get(1).withTasks(replaceFirst(g1.get(1).tasks(), renamed.withName("Nhiệm vụ đổi tên Zebra"))));
        Plan edited = ward.withGroups(g1);
        PlanIndex updated = index.updated(edited, LocalDate.of(2026, 6, 1));
        assertEquals(1, updated.refolded());
        assertEquals(List.of(renamed.id()), updated.find(TaskQuery.text("doi ten zebra")).stream().map(PlanIndex.Hit::taskId).toList());
        // a deleted task shifts every later entry: they are found again by id, not folded
        List<TaskGroup> g2 = new ArrayList<>(edited.groups());
        g2.set(0, g2.get(0).withTasks(g2.get(0).tasks().subList(1, g2.get(0).tasks().size())));
        Plan deleted = edited.withGroups(g2);
        PlanIndex shifted = updated.updated(deleted, LocalDate.of(2026, 6, 1));
        assertEquals(0, shifted.refolded());
        PlanIndex fresh = PlanIndex.of(deleted, LocalDate.of(2026, 6, 1));
        for (TaskQuery q : List.of(TaskQuery.text("chuyen doi so"), TaskQuery.text("zebra"),
                new TaskQuery("", "Phòng Văn hóa - Xã hội", null, null, null, false, false),
                new TaskQuery("", "", null, 2025, 4, false, false))) {
            assertEquals(fresh.find(q), shifted.find(q), q.toString());
        }
        assertEquals(fresh.unitNames(), shifted.unitNames());
    }

    private static List<PlanTask> replaceFirst(List<PlanTask> tasks, PlanTask first) {
        List<PlanTask> out = new ArrayList<>(tasks);
        out.set(0, first);
        return out;
    }
}
