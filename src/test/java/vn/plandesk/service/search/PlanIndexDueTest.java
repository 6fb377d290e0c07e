package vn.plandesk.service.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.service.SampleLibrary;

/** The year, quarter and overdue filters over tasks whose deadlines are known, one of each form. */
class PlanIndexDueTest {
    private static final String[] DEADLINES = {
        "Quý II/2026", "Tháng 5/2027", "Quý III/2026", "Quý I hằng năm", "Thường xuyên", "Tháng 12/2025",
        "khi có chỉ đạo của tỉnh", "Đã thực hiện", "Quý II/2026 và các năm tiếp theo"};
    private final PlanIndex index = PlanIndex.of(plan(), LocalDate.of(2026, 8, 1));

    /** Task i + 1 has deadline i; all in group 2 of the ward plan, the other groups emptied. */
    private static Plan plan() {
        Plan ward = new SampleLibrary().plan("chon-thanh-ward-plan.json");
        List<PlanTask> tasks = new ArrayList<>();
        for (int i = 0; i < DEADLINES.length; i++) {
            tasks.add(PlanTask.named(String.valueOf(i + 1), "Nhiệm vụ " + (i + 1))
                    .withDeadline(Deadline.of(DEADLINES[i])).withId((long) i + 1));
        }
        return ward.withGroups(ward.groups().stream().map(g -> g.withTasks(g.number() == 2 ? tasks : List.of()))
                .toList());
    }

    private Set<Long> due(Integer year, Integer quarter) {
        return index.ids(new TaskQuery("", "", null, year, quarter, false, false));
    }

    @Test
    void aQuarterWithoutAYearFindsWhatIsDueInThatQuarterOfAnyYear() {
        assertEquals(Set.of(1L, 2L, 9L), due(null, 2));
        assertEquals(Set.of(3L), due(null, 3));
        assertEquals(Set.of(4L), due(null, 1));
        assertEquals(Set.of(5L, 6L, 9L), due(null, 4), "continuing work is due at each year's end");
    }

    @Test
    void aYearAndQuarterFindOnlyThatQuarter() {
        assertEquals(Set.of(1L, 9L), due(2026, 2));
        assertEquals(Set.of(2L), due(2027, 2));
        assertEquals(Set.of(), due(2025, 2));
        assertEquals(Set.of(1L, 3L, 4L, 5L, 9L), due(2026, null));
        assertEquals(Set.of(4L, 5L, 6L), due(2025, null));
    }

    @Test
    void overdueIsWhatWasDueBeforeTodayAndNotDoneNorOngoing() {
        assertEquals(Set.of(1L, 6L), index.ids(new TaskQuery("", "", null, null, null, true, false)));
        assertEquals(Set.of(7L), index.ids(new TaskQuery("", "", null, null, null, false, true)));
        assertEquals(1, index.flaggedCount());
    }

    @Test
    void theGroupOfEachHitIsKept() {
        assertEquals(List.of(new PlanIndex.Hit(3, 2)), index.find(new TaskQuery("", "", null, null, 3, false, false)));
    }
}
