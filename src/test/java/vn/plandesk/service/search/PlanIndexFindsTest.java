package vn.plandesk.service.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanRef;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.TaskRef;
import vn.plandesk.model.WardRole;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.SampleLibrary;

/**
 * What the search box, the filters and the status bar find in the Chơn Thành plan: exactly the tasks a unit leads or
 * coordinates, the plan's first task as well as the others, a task not yet stored, the ward tasks that follow a
 * parent's point by its number, every unit once in the filter's list, the count of each role; statuses that go back
 * to the plan's own when the tracking is dropped; an index after an edit that folds only what changed.
 */
class PlanIndexFindsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private final Plan ward = withIds(new SampleLibrary().plan("chon-thanh-ward-plan.json"));
    private final PlanIndex index = PlanIndex.of(ward, TODAY);

    private static Plan withIds(Plan p) {
        long[] next = {1};
        return p.withGroups(p.groups().stream().map(g -> g.withTasks(g.tasks().stream()
                .map(t -> t.withId(next[0]++).withSubTasks(t.subTasks().stream().map(s -> s.withId(next[0]++)).toList()))
                .toList())).toList());
    }

    private static TaskQuery unit(String unit) {
        return new TaskQuery("", unit, null, null, null, false, false);
    }

    @Test
    void theUnitFilterFindsEveryTaskTheUnitLeadsAndEveryOneItCoordinates() {
        String unit = "Phòng Văn hóa - Xã hội";
        Set<Long> leads = ward.allTasks().stream().filter(t -> t.leadUnits().contains(unit)).map(PlanTask::id)
                .collect(Collectors.toSet());
        Set<Long> coordinates = ward.allTasks().stream().filter(t -> t.coordinatingUnits().contains(unit))
                .map(PlanTask::id).collect(Collectors.toSet());
        assertFalse(leads.isEmpty());
        assertFalse(coordinates.isEmpty());
        Set<Long> expected = Stream.concat(leads.stream(), coordinates.stream()).collect(Collectors.toSet());
        assertEquals(expected, index.ids(unit(unit)));
        assertEquals(expected, index.ids(unit("phong van hoa - xa hoi")), "typed without diacritics");
    }

    @Test
    void thePlansFirstTaskIsFoundLikeAnyOther() {
        PlanTask first = ward.allTasks().get(0);
        List<PlanIndex.Hit> hits = index.find(TaskQuery.text(first.name()));
        assertEquals(new PlanIndex.Hit(first.id(), ward.groups().get(0).number()), hits.get(0));
        assertEquals(ward.allTasks().size(), index.find(TaskQuery.ALL).size(), "no filter: every task");
    }

    @Test
    void aTaskNotYetStoredIsFoundWithoutAnIdAndAPointsNumberFindsTheTasksThatFollowIt() {
        PlanRef kh92 = ward.parentPlan();
        PlanTask following = new PlanTask(7L, "1", "Tuyên truyền về chuyển đổi số", "", List.of("Công an phường"),
                List.of(), "", Deadline.of("Năm 2026"), WardRole.LEAD, new TaskRef(kh92, "9.ư)"), "", List.of(),
                List.of());
        PlanTask unsaved = new PlanTask(null, "2", "Số hóa hồ sơ hộ tịch", "", List.of(), List.of(), "",
                Deadline.of("Năm 2027"), null, null, "", List.of(), List.of());
        Plan small = ward.withGroups(List.of(new TaskGroup(3, "Nhóm", List.of(following, unsaved))));
        PlanIndex i = PlanIndex.of(small);
        assertEquals(List.of(new PlanIndex.Hit(7L, 3)), i.find(TaskQuery.text("9.ư)")));
        assertEquals(List.of(new PlanIndex.Hit(-1, 3)), i.find(TaskQuery.text("ho tich")));
        assertEquals(1, i.count(WardRole.LEAD));
        assertEquals(0, i.count(WardRole.COORDINATE));
        assertEquals(1, i.count(null), "a task whose role is not said yet");
    }

    @Test
    void theUnitListNamesEachUnitOnceInOrder() {
        TreeSet<String> all = new TreeSet<>();
        ward.allTasks().forEach(t -> {
            all.addAll(t.leadUnits());
            all.addAll(t.coordinatingUnits());
        });
        assertEquals(List.copyOf(all), index.unitNames());
        assertTrue(all.size() > 3);
    }

    @Test
    void theStatusBarCountsEachRole() {
        assertEquals(ward.allTasks().stream().filter(t -> t.role() == WardRole.LEAD).count(),
                index.count(WardRole.LEAD));
        assertEquals(ward.allTasks().stream().filter(t -> t.role() == WardRole.COORDINATE).count(),
                index.count(WardRole.COORDINATE));
        assertTrue(index.count(WardRole.LEAD) > 0 && index.count(WardRole.COORDINATE) > 0);
    }

    @Test
    void droppingTheTrackingGoesBackToThePlansOwnStatuses() {
        long late = index.overdueCount();
        assertTrue(late > 0);
        index.useStatuses(t -> ProgressStatus.DONE);
        assertEquals(0, index.overdueCount(), "every task reported done");
        assertEquals(0, index.updated(ward, TODAY).overdueCount(), "an index after an edit keeps the period's statuses");
        index.useStatuses(null);
        assertEquals(late, index.overdueCount());
    }

    @Test
    void aTaskAddedAtTheEndOrEditedWithoutAnIdIsTheOnlyOneFoldedAgain() {
        List<TaskGroup> groups = new ArrayList<>(ward.groups());
        TaskGroup last = groups.get(groups.size() - 1);
        List<PlanTask> tasks = new ArrayList<>(last.tasks());
        tasks.add(PlanTask.named("99", "Nhiệm vụ mới thêm"));
        groups.set(groups.size() - 1, last.withTasks(tasks));
        PlanIndex added = index.updated(ward.withGroups(groups), TODAY);
        assertEquals(1, added.refolded());
        assertEquals(index.size() + 1, added.size());

        Plan noIds = new SampleLibrary().plan("chon-thanh-ward-plan.json");
        PlanIndex before = PlanIndex.of(noIds, TODAY);
        List<TaskGroup> edited = new ArrayList<>(noIds.groups());
        List<PlanTask> firstGroup = new ArrayList<>(edited.get(0).tasks());
        firstGroup.set(0, firstGroup.get(0).withName("Nhiệm vụ đổi tên"));
        edited.set(0, edited.get(0).withTasks(firstGroup));
        PlanIndex after = before.updated(noIds.withGroups(edited));
        assertEquals(1, after.refolded(), "the others are taken over where they stand");
        assertEquals(1, after.find(TaskQuery.text("doi ten")).size());
    }

    @Test
    void aQueryFiltersOnlyWithAFilterAndKeepsItsFiltersWithoutItsWords() {
        assertTrue(TaskQuery.ALL.isEmpty());
        assertFalse(TaskQuery.ALL.filters());
        assertFalse(TaskQuery.text("xã").isEmpty());
        assertFalse(TaskQuery.text("xã").filters(), "words mark hits, they do not filter");
        List<TaskQuery> each = List.of(unit("Công an phường"),
                new TaskQuery("", "", WardRole.LEAD, null, null, false, false),
                new TaskQuery("", "", null, 2026, null, false, false),
                new TaskQuery("", "", null, null, 2, false, false),
                new TaskQuery("", "", null, null, null, true, false),
                new TaskQuery("", "", null, null, null, false, true));
        for (TaskQuery q : each) {
            assertTrue(q.filters(), q::toString);
            assertFalse(q.isEmpty(), q::toString);
            TaskQuery withWords = q.withText("chuyển đổi số");
            assertEquals(q, withWords.filtersOnly());
        }
    }
}
