package vn.plandesk.service.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.plandesk.draw.timeline.LegendItem;
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
import vn.plandesk.service.InVietnamese;
import vn.plandesk.service.SampleLibrary;

/**
 * The timeline at its edges, read from the display list: year-grid cells that name a month or a quarter, years
 * outside the range, open-ended work due at the range's end, a task that starts after its deadline, a task not yet
 * stored; with tracking, every shape of a task waiting for the province in its colour, the deadline as issued of
 * ongoing work and of a year grid; the legend and the print's heading of a plan without roles or number.
 */
@ExtendWith(InVietnamese.class)
class TimelineEdgesTest {
    private static final TimelineScale DAYS = TimelineScale.plan(1.0);
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);
    private static final LocalDate ISSUED = LocalDate.of(2025, 10, 20);
    private static final Plan BASE = PlanBuilder.from(new SampleLibrary().plan("chon-thanh-ward-plan.json"))
            .issueDate(ISSUED).build();


    private static PlanTask task(Long id, Deadline deadline, WardRole role) {
        return new PlanTask(id, "1", "Nhiệm vụ", "", List.of("Phòng Văn hóa - Xã hội"), List.of(), "", deadline, role,
                null, "", List.of(), List.of());
    }

    private static Plan plan(PlanTask... tasks) {
        return BASE.withGroups(List.of(new TaskGroup(1, "Nhóm", List.of(tasks))));
    }

    private static List<TimelineShape> shapes(PlanTask t) {
        return row(TimelineLayout.build(plan(t), DAYS, Set.of(), Map.of(), TODAY).rows()).shapes();
    }

    private static List<TimelineShape> tracked(PlanTask t, TimelineTracking tracking) {
        return row(TimelineLayout.build(plan(t), DAYS, Set.of(), Map.of(), TODAY, tracking).rows()).shapes();
    }

    private static TimelineRow row(List<TimelineRow> rows) {
        return rows.get(1); // after the group's band
    }

    private static TimelineShape.Bar bar(LocalDate from, LocalDate due, TimelineStyle st) {
        return new TimelineShape.Bar(DAYS.x(from), DAYS.xEnd(due), st);
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void aYearGridCellNamingAMonthOrAQuarterEndsItsBarThere() {
        Deadline grid = Deadline.of("", Map.of(2026, "Tháng 7", 2027, "Quý 3", 2028, "x"));
        assertEquals(List.of(bar(d(2026, 1, 1), d(2026, 7, 31), TimelineStyle.LEAD),
                bar(d(2027, 1, 1), d(2027, 9, 30), TimelineStyle.LEAD),
                bar(d(2028, 1, 1), d(2028, 12, 31), TimelineStyle.LEAD)), shapes(task(1L, grid, WardRole.LEAD)));
    }

    @Test
    void aMarkedYearOutsideTheRangeIsNotDrawnAndAPastGridIsLate() {
        Deadline grid = Deadline.of("", Map.of(2024, "x", 2026, "x", 2031, "x"));
        assertEquals(List.of(bar(d(2026, 1, 1), d(2026, 12, 31), TimelineStyle.COORDINATE)),
                shapes(task(1L, grid, WardRole.COORDINATE)));
        Deadline past = Deadline.of("", Map.of(2025, "x"));
        assertEquals(List.of(bar(d(2025, 1, 1), d(2025, 12, 31), TimelineStyle.OVERDUE)),
                shapes(task(1L, past, WardRole.COORDINATE)), "due end of 2025, today is May 2026");
    }

    @Test
    void openEndedWorkDueAtTheRangesEndHasNoArrowBeyondIt() {
        assertEquals(List.of(bar(ISSUED, d(2030, 12, 31), TimelineStyle.LEAD),
                new TimelineShape.Diamond(DAYS.width(), d(2030, 12, 31), true, TimelineStyle.LEAD)),
                shapes(task(1L, Deadline.of("Năm 2030 và các năm tiếp theo"), WardRole.LEAD)));
        List<TimelineShape> goesOn = shapes(task(1L, Deadline.of("Năm 2029 và các năm tiếp theo"), WardRole.LEAD));
        assertEquals(List.of(TimelineShape.Bar.class, TimelineShape.Band.class, TimelineShape.Arrow.class,
                TimelineShape.Diamond.class), goesOn.stream().map(Object::getClass).toList());
    }

    @Test
    void aTaskStartingAfterItsDeadlineIsDrawnOverTheDeadlinesPeriod() {
        LocalDate late = d(2027, 3, 1);
        assertEquals(bar(d(2026, 1, 1), d(2026, 3, 31), TimelineStyle.OVERDUE),
                shapes(task(1L, Deadline.of("Quý I/2026"), WardRole.LEAD).withStart(late)).get(0));
        assertEquals(bar(d(2026, 10, 1), d(2026, 12, 31), TimelineStyle.LEAD),
                shapes(task(1L, Deadline.of("Quý IV/2026"), WardRole.LEAD).withStart(late)).get(0));
        assertEquals(bar(d(2026, 1, 1), d(2026, 12, 31), TimelineStyle.LEAD),
                shapes(task(1L, Deadline.of("Năm 2026"), WardRole.LEAD).withStart(late)).get(0));
        assertEquals(bar(d(2026, 2, 1), d(2026, 2, 28), TimelineStyle.OVERDUE),
                shapes(task(1L, Deadline.of("Tháng 2/2026"), WardRole.LEAD).withStart(late)).get(0));
    }

    @Test
    void aTaskNotYetStoredStartsWithThePlan() {
        PlanTask unsaved = task(null, Deadline.of("Năm 2027"), WardRole.LEAD);
        List<TimelineRow> rows = TimelineLayout.build(plan(unsaved), DAYS, Set.of(), Map.of(9L, d(2026, 6, 1)),
                TODAY).rows();
        assertEquals(bar(ISSUED, d(2027, 12, 31), TimelineStyle.LEAD), row(rows).shapes().get(0));
    }

    @Test
    void aStoredTaskWithoutAStartOfItsOwnStartsOnTheDayGivenForIt() {
        List<TimelineRow> rows = TimelineLayout.build(plan(task(1L, Deadline.of("Năm 2027"), WardRole.LEAD)), DAYS,
                Set.of(), Map.of(1L, d(2026, 6, 1)), TODAY).rows();
        assertEquals(bar(d(2026, 6, 1), d(2027, 12, 31), TimelineStyle.LEAD), row(rows).shapes().get(0));
    }

    @Test
    void everyShapeOfATaskWaitingForTheProvinceTakesItsColour() {
        StatusLookup waiting = t -> ProgressStatus.WAITING;
        TimelineTracking tracking = new TimelineTracking(Period.parse("2026-Q2"), waiting, Map.of(), Set.of());
        List<TimelineShape> open = tracked(task(1L, Deadline.of("Năm 2027 và các năm tiếp theo"), WardRole.LEAD),
                tracking);
        assertEquals(5, open.size(), open::toString);
        assertTrue(open.stream().allMatch(s -> style(s) == TimelineStyle.WAITING), open::toString);
        List<TimelineShape> yearly = tracked(task(1L, Deadline.of("Hằng năm"), WardRole.LEAD), tracking);
        assertTrue(yearly.stream().allMatch(s -> style(s) == TimelineStyle.WAITING), yearly::toString);

        StatusLookup done = t -> ProgressStatus.DONE;
        List<TimelineShape> yearlyDone = tracked(task(1L, Deadline.of("Hằng năm"), WardRole.LEAD),
                new TimelineTracking(Period.parse("2026-Q2"), done, Map.of(), Set.of()));
        assertEquals(TimelineStyle.LEAD, style(yearlyDone.get(0)), "a year done is not the work done");
        assertEquals(TimelineStyle.DONE, style(yearlyDone.get(yearlyDone.size() - 1)), "its status mark says done");
        List<TimelineShape> doneLate = tracked(task(1L, Deadline.of("Năm 2027"), WardRole.LEAD),
                new TimelineTracking(Period.parse("2026-Q2"), t -> ProgressStatus.DONE_LATE, Map.of(), Set.of()));
        assertEquals(TimelineStyle.DONE, style(doneLate.get(0)), "finished late is finished");
    }

    @Test
    void theDeadlineAsIssuedSpansFromTheTasksStartOrIsItsDueDateAloneForATaskStartedAfterIt() {
        TimelineTracking issuedJune = new TimelineTracking(Period.parse("2026-Q2"), t -> ProgressStatus.IN_PROGRESS,
                Map.of(1L, Deadline.of("Tháng 6/2026")), Set.of());
        LocalDate due = d(2026, 6, 30);
        PlanTask early = task(1L, Deadline.of("Năm 2027"), WardRole.LEAD).withStart(d(2026, 2, 1));
        assertEquals(new TimelineShape.Baseline(DAYS.x(d(2026, 2, 1)), DAYS.xEnd(due), TimelineStyle.BASELINE),
                baseline(tracked(early, issuedJune)));
        PlanTask late = task(1L, Deadline.of("Năm 2027"), WardRole.LEAD).withStart(d(2026, 9, 1));
        assertEquals(new TimelineShape.Baseline(DAYS.x(due), DAYS.xEnd(due), TimelineStyle.BASELINE),
                baseline(tracked(late, issuedJune)));
    }

    @Test
    void theDeadlineAsIssuedOfOngoingWorkAndOfAYearGridIsDrawnBehindTheMovedOne() {
        StatusLookup going = t -> ProgressStatus.IN_PROGRESS;
        PlanTask moved = task(1L, Deadline.of("Năm 2027"), WardRole.LEAD);
        TimelineShape.Baseline ongoing = baseline(tracked(moved, new TimelineTracking(Period.parse("2026-Q2"), going,
                Map.of(1L, Deadline.of("Thường xuyên")), Set.of())));
        assertEquals(new TimelineShape.Baseline(DAYS.x(ISSUED), DAYS.width(), TimelineStyle.BASELINE), ongoing);
        TimelineShape.Baseline yearly = baseline(tracked(moved, new TimelineTracking(Period.parse("2026-Q2"), going,
                Map.of(1L, Deadline.of("Hằng năm")), Set.of())));
        assertEquals(ongoing, yearly, "work issued as yearly spans to the end of the range too");
        TimelineShape.Baseline grid = baseline(tracked(moved, new TimelineTracking(Period.parse("2026-Q2"), going,
                Map.of(1L, Deadline.of("", Map.of(2026, "x", 2027, "x"))), Set.of())));
        assertEquals(new TimelineShape.Baseline(DAYS.x(d(2026, 1, 1)), DAYS.xEnd(d(2027, 12, 31)),
                TimelineStyle.BASELINE), grid);
        List<TimelineShape> unreadable = tracked(moved, new TimelineTracking(Period.parse("2026-Q2"), going,
                Map.of(1L, Deadline.of("khi có chỉ đạo")), Set.of()));
        assertTrue(unreadable.stream().noneMatch(TimelineShape.Baseline.class::isInstance),
                "an issued deadline with no date has nothing to draw");
        List<TimelineShape> unsaved = tracked(task(null, Deadline.of("Năm 2027"), WardRole.LEAD),
                new TimelineTracking(Period.parse("2026-Q2"), going, Map.of(1L, Deadline.of("Năm 2026")), Set.of(1L)));
        assertTrue(unsaved.stream().noneMatch(s -> s instanceof TimelineShape.Baseline
                || s instanceof TimelineShape.Added), "a task not yet stored has no issued deadline nor badge");
    }

    private static TimelineShape.Baseline baseline(List<TimelineShape> shapes) {
        return shapes.stream().filter(TimelineShape.Baseline.class::isInstance).map(TimelineShape.Baseline.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError(shapes.toString()));
    }

    private static TimelineStyle style(TimelineShape s) {
        if (s instanceof TimelineShape.Bar b) {
            return b.style();
        } else if (s instanceof TimelineShape.Band b) {
            return b.style();
        } else if (s instanceof TimelineShape.Arrow a) {
            return a.style();
        } else if (s instanceof TimelineShape.Diamond dm) {
            return dm.style();
        } else if (s instanceof TimelineShape.Mark m) {
            return m.style();
        } else if (s instanceof TimelineShape.StatusMark m) {
            return m.style();
        }
        return null;
    }

    @Test
    void aPlanWithoutRolesHasOneColourAndAPlanWithoutAPeriodItsLateColour() {
        Plan noRoles = plan(task(1L, Deadline.of("Năm 2027"), null));
        List<String> labels = TimelineLegend.of(noRoles).stream().map(LegendItem::label).toList();
        assertEquals("Đơn vị chủ trì thực hiện", labels.get(0));
        assertFalse(labels.contains("Chủ trì thực hiện"));
        assertTrue(labels.contains("Quá hạn"));
        List<String> withRoles = TimelineLegend.of(plan(task(1L, Deadline.of("Năm 2027"), WardRole.COORDINATE)),
                new TimelineTracking(null, t -> ProgressStatus.IN_PROGRESS, Map.of(), Set.of())).stream()
                .map(LegendItem::label).toList();
        assertEquals(List.of("Chủ trì thực hiện", "Phối hợp thực hiện", "Quá hạn"), withRoles.subList(0, 3),
                "no period: the late colour, no statuses");
        assertFalse(withRoles.contains("Thời hạn khi ban hành"), "nothing moved: no baseline in the legend");
        List<String> oneAdded = TimelineLegend.of(noRoles, new TimelineTracking(null, t -> ProgressStatus.IN_PROGRESS,
                Map.of(), Set.of(1L))).stream().map(LegendItem::label).toList();
        assertTrue(oneAdded.contains("Bổ sung sau khi ban hành"), "a task added since issue is a difference too");
    }

    /** The legend's samples of each kind of deadline are drawn in the colour the plan's bars have. */
    @Test
    void theLegendsSamplesTakeTheLeadsColourInAPlanWithRolesAndTheUnitsWithout() {
        assertEquals(Set.of(TimelineStyle.LEAD),
                sampleStyles(TimelineLegend.of(plan(task(1L, Deadline.of("Năm 2027"), WardRole.COORDINATE)))));
        assertEquals(Set.of(TimelineStyle.UNIT),
                sampleStyles(TimelineLegend.of(plan(task(1L, Deadline.of("Năm 2027"), null)))));
    }

    /** The styles of the legend's due, ongoing, yearly and open-ended samples. */
    private static Set<TimelineStyle> sampleStyles(List<LegendItem> legend) {
        List<String> samples = List.of("Thời hạn hoàn thành", "Thường xuyên", "Hằng năm", "Và các năm tiếp theo");
        return legend.stream().filter(i -> samples.contains(i.label())).flatMap(i -> i.shapes().stream())
                .map(TimelineEdgesTest::style).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void thePrintOfAPlanWithoutNumberOrDateLeavesDotsToFillIn() {
        Plan draft = PlanBuilder.from(BASE).number("").symbol("").issueDate(null).build();
        assertEquals("(Kèm theo Kế hoạch số ……/KH-UBND ngày …… của " + BASE.issuer() + ")",
                TimelineService.pdfText(draft).identity());
        Plan issued = PlanBuilder.from(BASE).number("145").symbol("KH-UBND").build();
        assertEquals("(Kèm theo Kế hoạch số 145/KH-UBND ngày 20/10/2025 của " + BASE.issuer() + ")",
                TimelineService.pdfText(issued).identity());
        var axis = TimelineService.axisLabels();
        assertEquals("Quý III", axis.quarter().apply(3));
        assertEquals("T7", axis.shortMonth().apply(7));
        assertEquals("Tháng 7", axis.longMonth().apply(7));
    }
}
