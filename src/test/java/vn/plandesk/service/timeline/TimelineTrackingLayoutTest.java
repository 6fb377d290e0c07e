package vn.plandesk.service.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.plandesk.draw.timeline.LegendItem;
import vn.plandesk.draw.timeline.TimelineChart;
import vn.plandesk.draw.timeline.TimelineRow;
import vn.plandesk.draw.timeline.TimelineScale;
import vn.plandesk.draw.timeline.TimelineShape;
import vn.plandesk.draw.timeline.TimelineStyle;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanBuilder;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.WardRole;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.model.tracking.StatusLookup;
import vn.plandesk.service.Messages;
import vn.plandesk.service.derive.PlanComparison;

/**
 * The timeline with the plan's tracking, read from its display list: each task's status in the period (done, late,
 * waiting) as a mark at the period's middle and in its bar, and the plan as issued behind a moved deadline, a badge on
 * a task added since.
 */
class TimelineTrackingLayoutTest {
    private static final TimelineScale DAYS = TimelineScale.plan(1.0);
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);
    private static final Period Q2 = Period.parse("2026-Q2");
    private static final double Q2_MIDDLE = (DAYS.x(LocalDate.of(2026, 4, 1)) + DAYS.xEnd(LocalDate.of(2026, 6, 30))) / 2;

    private static PlanTask task(long id, String number, String deadline) {
        return new PlanTask(id, number, "Nhiệm vụ " + number, "", List.of("Phòng Văn hóa - Xã hội"), List.of(), "",
                Deadline.of(deadline), WardRole.LEAD, null, "", List.of(), List.of());
    }

    private static final PlanTask DONE = task(1, "1", "Quý IV/2025");
    private static final PlanTask LATE = task(2, "2", "Quý I/2026");
    private static final PlanTask WAITING = task(3, "3", "Năm 2027");
    private static final PlanTask GOING = task(4, "4", "Năm 2027");
    private static final PlanTask RECURRING = task(5, "5", "Thường xuyên");
    private static final Plan PLAN = PlanBuilder.from(new vn.plandesk.service.SampleLibrary().plan("chon-thanh-ward-plan.json")).number("145").issueDate(LocalDate.of(2025, 10, 20))
            .build().withGroups(List.of(new TaskGroup(1, "Nhóm", List.of(DONE, LATE, WAITING, GOING, RECURRING))));

    private static final StatusLookup STATUSES = t -> switch ((int) (long) t.id()) {
        case 1, 5 -> ProgressStatus.DONE;
        case 2 -> ProgressStatus.IN_PROGRESS;
        case 3 -> ProgressStatus.WAITING;
        default -> ProgressStatus.IN_PROGRESS;
    };

    private static TimelineChart chart(TimelineTracking tracking) {
        return TimelineLayout.build(PLAN, DAYS, Set.of(), Map.of(), TODAY, tracking);
    }

    private static TimelineRow row(TimelineChart chart, PlanTask t) {
        return chart.rows().get(chart.indexOf(t));
    }

    private static <T extends TimelineShape> List<T> shapes(TimelineRow row, Class<T> kind) {
        return row.shapes().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @Test
    void aDoneOrWaitingTaskWithoutADatedDeadlineKeepsItsCheckOrWarningSign() {
        // the status colours a task's bars and marks; a check ("Đã thực hiện") or a warning (a deadline no one can
        // read) keeps its own sign
        PlanTask doneBefore = task(6, "6", "Đã thực hiện");
        PlanTask unreadable = task(7, "7", "Khi có hướng dẫn của tỉnh");
        Plan plan = PLAN.withGroups(List.of(new TaskGroup(1, "Nhóm", List.of(doneBefore, unreadable))));
        StatusLookup statuses = t -> t.id() == 6 ? ProgressStatus.DONE : ProgressStatus.WAITING;
        TimelineChart chart = TimelineLayout.build(plan, DAYS, Set.of(), Map.of(), TODAY,
                TimelineTracking.of(Q2, statuses, List.of()));
        assertEquals(List.of(new TimelineShape.Check(0, TimelineStyle.DONE)),
                shapes(row(chart, doneBefore), TimelineShape.Check.class));
        assertEquals(List.of(new TimelineShape.Warning(0, TimelineStyle.WARNING)),
                shapes(row(chart, unreadable), TimelineShape.Warning.class));
    }

    @Test
    void eachStatusIsAMarkAtThePeriodsMiddleAndTheColourOfItsBar() {
        TimelineChart chart = chart(TimelineTracking.of(Q2, STATUSES, List.of()));

        TimelineRow done = row(chart, DONE);
        assertEquals(List.of(new TimelineShape.StatusMark(Q2_MIDDLE, TimelineStyle.DONE)),
                shapes(done, TimelineShape.StatusMark.class));
        assertEquals(TimelineStyle.DONE, shapes(done, TimelineShape.Bar.class).get(0).style(), "done is not red");
        assertFalse(done.overdue());

        TimelineRow late = row(chart, LATE);
        assertTrue(late.overdue(), "due in Quý I/2026, still in progress");
        assertEquals(List.of(new TimelineShape.StatusMark(Q2_MIDDLE, TimelineStyle.OVERDUE)),
                shapes(late, TimelineShape.StatusMark.class));
        assertEquals(TimelineStyle.OVERDUE, shapes(late, TimelineShape.Bar.class).get(0).style());

        TimelineRow waiting = row(chart, WAITING);
        assertEquals(List.of(new TimelineShape.StatusMark(Q2_MIDDLE, TimelineStyle.WAITING)),
                shapes(waiting, TimelineShape.StatusMark.class));
        assertTrue(waiting.shapes().stream().filter(s -> !(s instanceof TimelineShape.StatusMark))
                .allMatch(s -> s.style() == TimelineStyle.WAITING), "its bar and diamond are hatched grey");

        TimelineRow going = row(chart, GOING);
        assertEquals(List.of(), shapes(going, TimelineShape.StatusMark.class), "in progress, on time: no mark");
        assertEquals(TimelineStyle.LEAD, shapes(going, TimelineShape.Bar.class).get(0).style());

        TimelineRow recurring = row(chart, RECURRING);
        assertEquals(TimelineStyle.DONE, shapes(recurring, TimelineShape.StatusMark.class).get(0).style());
        assertEquals(TimelineStyle.LEAD, shapes(recurring, TimelineShape.Band.class).get(0).style(),
                "done this quarter says nothing of the next: the band keeps its colour");
    }

    @Test
    void withoutTrackingTheChartIsAsBefore() {
        TimelineChart plain = TimelineLayout.build(PLAN, DAYS, Set.of(), Map.of(), TODAY, STATUSES);
        assertTrue(plain.rows().stream().flatMap(r -> r.shapes().stream())
                .noneMatch(s -> s instanceof TimelineShape.StatusMark || s instanceof TimelineShape.Baseline));
    }

    @Test
    void aMovedDeadlineShowsTheDeadlineAsIssuedAndAnAddedTaskItsBadge() {
        PlanTask moved = task(4, "4", "Quý III/2028");
        PlanTask added = task(6, "6", "Năm 2029");
        Plan issued = PLAN.withoutIds();
        Plan now = PLAN.withGroups(List.of(new TaskGroup(1, "Nhóm", List.of(DONE, LATE, WAITING, moved, RECURRING,
                added))));
        TimelineTracking tracking = TimelineTracking.of(Q2, STATUSES, PlanComparison.between(issued, now));
        assertTrue(tracking.differsFromBaseline());
        TimelineChart chart = TimelineLayout.build(now, DAYS, Set.of(), Map.of(), TODAY, tracking);

        TimelineRow row = row(chart, moved);
        List<TimelineShape.Baseline> baseline = shapes(row, TimelineShape.Baseline.class);
        assertEquals(1, baseline.size(), row.shapes().toString());
        assertEquals(DAYS.xEnd(LocalDate.of(2027, 12, 31)), baseline.get(0).x1(), 1e-9, "the deadline as issued");
        assertEquals(DAYS.x(LocalDate.of(2025, 10, 20)), baseline.get(0).x0(), 1e-9, "from the plan's start");
        assertTrue(row.shapes().indexOf(baseline.get(0)) > row.shapes().indexOf(
                shapes(row, TimelineShape.Bar.class).get(0)), "drawn over the bar, so its tick shows");
        assertEquals(DAYS.xEnd(LocalDate.of(2028, 9, 30)),
                shapes(row, TimelineShape.Diamond.class).get(0).x(), 1e-9, "the deadline now");

        PlanTask dated = task(5, "5", "Quý III/2028");
        Plan datedNow = PLAN.withGroups(List.of(new TaskGroup(1, "Nhóm", List.of(DONE, LATE, WAITING, GOING,
                dated))));
        TimelineChart fromOngoing = TimelineLayout.build(datedNow, DAYS, Set.of(), Map.of(), TODAY,
                TimelineTracking.of(Q2, STATUSES, PlanComparison.between(issued, datedNow)));
        assertEquals(List.of(new TimelineShape.Baseline(DAYS.x(LocalDate.of(2025, 10, 20)), DAYS.width(),
                TimelineStyle.BASELINE)), shapes(row(fromOngoing, dated), TimelineShape.Baseline.class),
                "issued as ongoing: to the end of the range");

        TimelineRow addedRow = row(chart, added);
        assertEquals(List.of(new TimelineShape.Added(DAYS.x(LocalDate.of(2025, 10, 20)), TimelineStyle.BASELINE)),
                shapes(addedRow, TimelineShape.Added.class));
        for (PlanTask same : List.of(DONE, LATE, WAITING, RECURRING)) {
            TimelineRow r = row(chart, same);
            assertEquals(List.of(), shapes(r, TimelineShape.Baseline.class), same.number());
            assertEquals(List.of(), shapes(r, TimelineShape.Added.class), same.number());
        }
    }

    @Test
    void theLegendNamesThePeriodEachStatusAndTheBaselineOnlyWhenItDiffers() {
        List<String> plain = TimelineLegend.of(PLAN, TimelineTracking.of(Q2, STATUSES, List.of())).stream()
                .map(LegendItem::label).toList();
        assertTrue(plain.contains(Messages.get("timeline.legend.statusOf", "Quý II/2026")), plain.toString());
        assertTrue(plain.contains(Messages.get("timeline.legend.statusDone")));
        assertTrue(plain.contains(Messages.get("timeline.legend.statusLate")));
        assertTrue(plain.contains(Messages.get("timeline.legend.statusWaiting")));
        assertFalse(plain.contains(Messages.get("timeline.legend.baseline")));

        Plan now = PLAN.withGroups(List.of(new TaskGroup(1, "Nhóm", List.of(DONE, task(2, "2", "Quý II/2026")))));
        List<String> moved = TimelineLegend.of(now, TimelineTracking.of(Q2, STATUSES,
                PlanComparison.between(PLAN.withoutIds(), now))).stream().map(LegendItem::label).toList();
        assertTrue(moved.contains(Messages.get("timeline.legend.baseline")), moved.toString());
        assertTrue(moved.contains(Messages.get("timeline.legend.added")));
    }
}
