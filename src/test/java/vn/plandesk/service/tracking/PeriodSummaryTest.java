package vn.plandesk.service.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.model.tracking.StatusLookup;
import vn.plandesk.model.tracking.StatusRule;
import vn.plandesk.service.SampleLibrary;

/**
 * A period's summary on the Chơn Thành plan before anything is reported (a plan not yet stored, so nothing is read):
 * the rows in the plan's order, the counts per status, group and lead unit, the status filter, and lateness judged at
 * the end of the period viewed, or today if that comes first.
 */
class PeriodSummaryTest {
    private static final Plan PLAN = new SampleLibrary().plan("chon-thanh-ward-plan.json");
    private static final TrackingService TRACKING = new TrackingService(null);

    /** The first task due in December 2025 that does not wait for the province. */
    private static PlanTask dueEnd2025() {
        return PLAN.allTasks().stream().filter(t -> t.deadline().printed().equals("Tháng 12/2025")
                && !StatusRule.waitsForProvince(t)).findFirst().orElseThrow();
    }

    private static TaskStatus row(List<TaskStatus> rows, PlanTask t) {
        return rows.stream().filter(r -> r.task() == t).findFirst().orElseThrow();
    }

    @Test
    void everyTaskIsARowInThePlansOrderUnderItsGroup() {
        List<TaskStatus> rows = TRACKING.entries(PLAN, Period.parse("2026-Q1"), LocalDate.of(2026, 4, 15));
        assertEquals(PLAN.allTasks(), rows.stream().map(TaskStatus::task).toList());
        for (TaskGroup g : PLAN.groups()) {
            for (PlanTask t : g.tasks()) {
                assertEquals(g.number(), row(rows, t).group(), t.number());
            }
        }
        for (TaskStatus r : rows) {
            assertNull(r.entry(), "nothing reported");
            assertFalse(r.own());
            assertEquals(StatusRule.defaultStatus(r.task()), r.status());
        }
        assertEquals(StatusLookup.UNTRACKED, TRACKING.lookup(PLAN, Period.parse("2026-Q1")),
                "a plan not stored has no progress of its own");
    }

    @Test
    void theCountsAddUpPerStatusPerGroupAndPerLeadUnit() {
        List<TaskStatus> rows = TRACKING.entries(PLAN, Period.parse("2026-Q1"), LocalDate.of(2026, 4, 15));
        StatusCounts counts = TrackingService.counts(rows);
        assertEquals(76, counts.total().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(57, counts.count(ProgressStatus.WAITING));
        assertEquals(0, counts.count(ProgressStatus.IN_PROGRESS), "a status no task has counts 0");
        for (ProgressStatus s : ProgressStatus.values()) {
            assertEquals(rows.stream().filter(r -> r.status() == s).count(), counts.count(s), s.name());
        }
        for (TaskGroup g : PLAN.groups()) {
            Map<ProgressStatus, Integer> inGroup = counts.byGroup().get(g.number());
            long tasks = rows.stream().filter(r -> r.group() == g.number()).count();
            assertEquals(tasks, inGroup.values().stream().mapToInt(Integer::intValue).sum(), "group " + g.number());
        }
        PlanTask twoUnits = PLAN.allTasks().stream().filter(t -> t.leadUnits().size() > 1).findFirst().orElseThrow();
        for (String unit : twoUnits.leadUnits()) {
            long led = PLAN.allTasks().stream().filter(t -> t.leadUnits().contains(unit)).count();
            assertEquals(led, counts.byUnit().get(unit).values().stream().mapToInt(Integer::intValue).sum(),
                    "a task led by two units counts for each: " + unit);
        }
        assertEquals(rows.stream().filter(TaskStatus::late).count(), counts.late());
        assertTrue(counts.late() > 0, "tasks due in 2025 and not reported are late in 2026");
    }

    @Test
    void lateIsJudgedAtTheEndOfThePeriodViewedOrTodayIfSooner() {
        PlanTask t = dueEnd2025();
        LocalDate later = LocalDate.of(2026, 4, 15);
        assertFalse(row(TRACKING.entries(PLAN, Period.parse("2025-Q4"), later), t).late(),
                "viewed in its own quarter it was due on the quarter's last day, not before");
        assertTrue(row(TRACKING.entries(PLAN, Period.parse("2026-Q1"), later), t).late());
        assertFalse(row(TRACKING.entries(PLAN, Period.parse("2026-Q1"), LocalDate.of(2025, 12, 20)), t).late(),
                "a quarter viewed before its end is judged on today");
        assertTrue(row(TRACKING.entries(PLAN, Period.parse("2026"), LocalDate.of(2026, 1, 2)), t).late());
    }

    @Test
    void theStatusFilterKeepsTheRowsOfTheChosenStatusesInOrder() {
        List<TaskStatus> rows = TRACKING.entries(PLAN, Period.parse("2026-Q1"), LocalDate.of(2026, 4, 15));
        assertEquals(rows, TrackingService.withStatus(rows, Set.of()), "no status chosen: every row");
        Set<ProgressStatus> chosen = EnumSet.of(ProgressStatus.DONE, ProgressStatus.WAITING);
        List<TaskStatus> expected = new ArrayList<>();
        for (TaskStatus r : rows) {
            if (chosen.contains(r.status())) {
                expected.add(r);
            }
        }
        assertEquals(expected, TrackingService.withStatus(rows, chosen));
        assertEquals(57, TrackingService.withStatus(rows, EnumSet.of(ProgressStatus.WAITING)).size());
        assertTrue(TrackingService.withStatus(rows, EnumSet.of(ProgressStatus.BEHIND)).isEmpty());
    }

    @Test
    void aRecurringTaskHasNoDueDayToPassAndAOneOffTaskWithNoneReadableIsNeverLate() {
        List<TaskStatus> rows = TRACKING.entries(PLAN, Period.parse("2030-Q4"), LocalDate.of(2031, 1, 10));
        for (TaskStatus r : rows) {
            Deadline d = r.task().deadline();
            if (d.recurs() || d.dueDate() == null) {
                assertFalse(r.late(), r.task().number() + " " + d.printed());
            }
        }
    }
}
