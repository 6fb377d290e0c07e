package vn.plandesk.service.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.draw.timeline.TimelineChart;
import vn.plandesk.draw.timeline.TimelineRow;
import vn.plandesk.draw.timeline.TimelineScale;
import vn.plandesk.draw.timeline.TimelineZoom;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.PlanProgress;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.model.tracking.StatusLookup;
import vn.plandesk.model.tracking.StatusRule;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.service.derive.SixClarityCheck;
import vn.plandesk.service.derive.SixClarityCheck.Clarity;
import vn.plandesk.service.search.PlanIndex;
import vn.plandesk.service.search.TaskQuery;
import vn.plandesk.service.timeline.TimelineLayout;

/**
 * "Overdue" means overdue: the search's overdue filter, the status bar's counts, the timeline's red and the "6 rõ"
 * check read the status, on the Chơn Thành plan with ids given as the store would.
 */
class LatenessReadsTheStatusTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);
    private static final Period Q1 = Period.parse("2026-Q1");
    private static final TaskQuery OVERDUE = new TaskQuery("", "", null, null, null, true, false);
    private static final Plan PLAN = withIds(new SampleLibrary().plan("chon-thanh-ward-plan.json"));

    private static Plan withIds(Plan p) {
        AtomicLong next = new AtomicLong(1);
        List<TaskGroup> groups = new ArrayList<>();
        for (TaskGroup g : p.groups()) {
            groups.add(g.withTasks(g.tasks().stream().map(t -> t.withId(next.getAndIncrement())
                    .withSubTasks(t.subTasks().stream().map(s -> s.withId(next.getAndIncrement())).toList()))
                    .toList()));
        }
        return p.withGroups(groups).withId(1L);
    }

    /** A one-off task due before today that does not wait for the province: late until reported. */
    private static PlanTask dueAndOwn() {
        return PLAN.allTasks().stream().filter(t -> StatusRule.duePassed(t.deadline(), TODAY)
                && !StatusRule.waitsForProvince(t)).findFirst().orElseThrow();
    }

    @Test
    void theOverdueFilterAndTheCountsReadTheStatus() {
        PlanIndex index = PlanIndex.of(PLAN, TODAY);
        Set<Long> before = index.ids(OVERDUE);
        PlanTask task = dueAndOwn();
        assertTrue(before.contains(task.id()));
        assertEquals(before.size(), index.overdueCount());
        assertTrue(PLAN.allTasks().stream().filter(t -> before.contains(t.id()))
                .noneMatch(StatusRule::waitsForProvince), "a task waiting for the province is not overdue");
        assertEquals(PLAN.allTasks().stream().filter(StatusRule::waitsForProvince).count(), index.waitingCount());
        assertEquals(57, index.waitingCount());

        PlanProgress done = PlanProgress.of(List.of(ProgressEntry.of(task.id(), Period.parse("2025-Q4"),
                ProgressStatus.DONE)));
        index.useStatuses(done.lookup(Q1));
        assertFalse(index.ids(OVERDUE).contains(task.id()), "a finished task is not late");
        assertEquals(before.size() - 1, index.overdueCount());
        PlanIndex after = index.updated(PLAN, TODAY);
        assertEquals(before.size() - 1, after.ids(OVERDUE).size(), "an index made after an edit keeps the statuses");

        PlanTask onTime = PLAN.allTasks().stream().filter(t -> t.deadline().printed().equals("Quý IV/2026"))
                .findFirst().orElseThrow();
        index.useStatuses(PlanProgress.of(List.of(ProgressEntry.of(onTime.id(), Q1, ProgressStatus.BEHIND)))
                .lookup(Q1));
        assertTrue(index.ids(OVERDUE).contains(onTime.id()), "reported behind schedule is late before its date");
    }

    @Test
    void theTimelinesRedReadsTheStatus() {
        PlanTask task = dueAndOwn();
        TimelineScale scale = TimelineScale.plan(TimelineZoom.QUARTER);
        assertTrue(row(TimelineLayout.build(PLAN, scale, Set.of(), Map.of(), TODAY), task).overdue());
        StatusLookup done = PlanProgress.of(List.of(ProgressEntry.of(task.id(), Q1, ProgressStatus.DONE_LATE)))
                .lookup(Q1);
        TimelineChart chart = TimelineLayout.build(PLAN, scale, Set.of(), Map.of(), TODAY, done);
        assertFalse(row(chart, task).overdue());
        PlanIndex index = PlanIndex.of(PLAN, TODAY);
        index.useStatuses(done);
        Set<Long> red = new java.util.HashSet<>();
        for (TimelineRow r : chart.rows()) {
            if (!r.isGroup() && r.overdue()) {
                red.add(r.task().id());
            }
        }
        assertEquals(index.ids(OVERDUE), red, "the timeline and the overdue filter agree");
    }

    @Test
    void aTaskReportedDoneWithNothingToCheckItByLacksItsProduct() {
        PlanTask task = dueAndOwn();
        PlanProgress bare = PlanProgress.of(List.of(ProgressEntry.of(task.id(), Q1, ProgressStatus.DONE)));
        List<SixClarityCheck.Gap> gaps = SixClarityCheck.check(PLAN, t -> bare.entryFor(t, Q1).orElse(null));
        assertEquals(List.of(task.id()), gaps.stream().filter(g -> g.clarity() == Clarity.PRODUCT_UNPROVEN)
                .map(g -> g.task().id()).toList());
        PlanProgress proven = PlanProgress.of(List.of(new ProgressEntry(task.id(), Q1, ProgressStatus.DONE, "", null,
                "", "", "", "", List.of(12L))));
        assertTrue(SixClarityCheck.check(PLAN, t -> proven.entryFor(t, Q1).orElse(null)).stream()
                .noneMatch(g -> g.clarity() == Clarity.PRODUCT_UNPROVEN), "a document of the register proves it");
        assertEquals(SixClarityCheck.check(PLAN).size(), SixClarityCheck.check(PLAN, t -> null).size());
    }

    private static TimelineRow row(TimelineChart chart, PlanTask t) {
        return chart.rows().stream().filter(r -> !r.isGroup() && r.task().id().equals(t.id())).findFirst()
                .orElseThrow();
    }
}
