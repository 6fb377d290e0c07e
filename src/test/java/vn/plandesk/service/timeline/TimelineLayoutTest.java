package vn.plandesk.service.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.WardRole;
import vn.plandesk.draw.timeline.TimelineChart;
import vn.plandesk.draw.timeline.TimelineRow;
import vn.plandesk.draw.timeline.TimelineScale;
import vn.plandesk.draw.timeline.TimelineShape;
import vn.plandesk.draw.timeline.TimelineShape.Arrow;
import vn.plandesk.draw.timeline.TimelineShape.Band;
import vn.plandesk.draw.timeline.TimelineShape.Bar;
import vn.plandesk.draw.timeline.TimelineShape.Diamond;
import vn.plandesk.draw.timeline.TimelineShape.Mark;
import vn.plandesk.draw.timeline.TimelineShape.Warning;
import vn.plandesk.draw.timeline.TimelineStyle;
import vn.plandesk.service.SampleLibrary;

/** The shapes each deadline form of the seeds is drawn with, at one unit a day so x counts days from 01/01/2025. */
class TimelineLayoutTest {
    private static final TimelineScale DAYS = TimelineScale.plan(1.0);
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final TaskGroup G = new TaskGroup(1, "Nhóm", List.of());

    private static double day(int y, int m, int d) {
        return DAYS.x(LocalDate.of(y, m, d));
    }

    /** x at the end of a day: where a deadline on it stands. */
    private static double end(int y, int m, int d) {
        return DAYS.xEnd(LocalDate.of(y, m, d));
    }

    private static TimelineRow row(String text, WardRole role) {
        return row(Deadline.of(text), role, START);
    }

    private static TimelineRow row(Deadline d, WardRole role, LocalDate start) {
        PlanTask t = PlanTask.named("1", "Nhiệm vụ").withDeadline(d);
        t = new PlanTask(1L, t.number(), t.name(), "", List.of("Phòng Văn hóa - Xã hội"), List.of(), "", d, role,
                null, "", List.of(), List.of());
        return TimelineLayout.taskRow(G, t, 0, start, DAYS, TODAY);
    }

    @Test
    void monthDeadlineIsABarFromTheStartToTheMonthsEndWithADiamond() {
        TimelineRow r = row("Tháng 9/2026", WardRole.LEAD);
        assertEquals(List.of(new Bar(0, end(2026, 9, 30), TimelineStyle.LEAD),
                new Diamond(end(2026, 9, 30), LocalDate.of(2026, 9, 30), true, TimelineStyle.LEAD)), r.shapes());
        assertFalse(r.overdue());
    }

    @Test
    void quarterDeadlineEndsAtTheQuartersLastDay() {
        TimelineRow r = row("Quý II/2030", WardRole.COORDINATE);
        assertEquals(new Bar(0, end(2030, 6, 30), TimelineStyle.COORDINATE), r.shapes().get(0));
        assertEquals(LocalDate.of(2030, 6, 30), ((Diamond) r.shapes().get(1)).date());
    }

    @Test
    void aPastDeadlineNotDoneIsOverdueAndRed() {
        TimelineRow r = row("Quý IV/2025", WardRole.LEAD);
        assertTrue(r.overdue());
        assertTrue(r.shapes().stream().allMatch(s -> s.style() == TimelineStyle.OVERDUE));
        assertEquals(end(2025, 12, 31), ((Diamond) r.shapes().get(1)).x());
    }

    @Test
    void theBarStartsAtTheStartTheOfficerSetOrAtTheDuePeriodWhenTheStartIsLater() {
        Deadline d = Deadline.of("Tháng 3/2026");
        TimelineRow set = row(d, WardRole.LEAD, LocalDate.of(2025, 10, 1));
        assertEquals(day(2025, 10, 1), ((Bar) set.shapes().get(0)).x0());
        TimelineRow late = row(d, WardRole.LEAD, LocalDate.of(2026, 5, 1));
        assertEquals(day(2026, 3, 1), ((Bar) late.shapes().get(0)).x0());
    }

    @Test
    void continuousWorkIsAThinBandToTheEndOf2030() {
        TimelineRow r = row("Thường xuyên", WardRole.COORDINATE);
        assertEquals(List.of(new Band(0, DAYS.width(), TimelineStyle.COORDINATE)), r.shapes());
        assertEquals(end(2030, 12, 31), DAYS.width());
        assertFalse(r.overdue());
    }

    @Test
    void yearlyWorkHasAMarkAtEachYearsEnd() {
        TimelineRow r = row("Hàng năm", WardRole.LEAD);
        assertEquals(6, r.shapes().size());
        for (int i = 0; i < 6; i++) {
            int y = 2025 + i;
            assertEquals(new Mark(day(y, 12, 31), end(y, 12, 31), TimelineStyle.LEAD), r.shapes().get(i));
        }
    }

    @Test
    void aQuarterEveryYearIsMarkedOverThatQuarterOfEachYear() {
        TimelineRow r = row("Quý I hằng năm", WardRole.LEAD);
        assertEquals(6, r.shapes().size());
        assertEquals(new Mark(day(2027, 1, 1), end(2027, 3, 31), TimelineStyle.LEAD), r.shapes().get(2));
    }

    @Test
    void openEndedDeadlinesGoOnAsABandEndingInAnArrowAndAreNeverOverdue() {
        for (String text : List.of("2025 và những năm tiếp theo", "Năm 2026 và các năm tiếp theo",
                "Quý II/2026 và các năm tiếp theo")) {
            TimelineRow r = row(text, WardRole.LEAD);
            Diamond due = (Diamond) r.shapes().stream().filter(s -> s instanceof Diamond).findFirst().orElseThrow();
            assertTrue(r.shapes().contains(new Band(due.x(), DAYS.width(), TimelineStyle.LEAD)), text);
            assertTrue(r.shapes().contains(new Arrow(DAYS.width(), TimelineStyle.LEAD)), text);
            assertFalse(r.overdue(), text);
        }
        TimelineRow q = row("Quý II/2026 và các năm tiếp theo", WardRole.LEAD);
        assertEquals(end(2026, 6, 30), ((Bar) q.shapes().get(0)).x1());
    }

    @Test
    void aYearGridIsABarOverEachMarkedYear() {
        Deadline d = Deadline.of("", Map.of(2025, "x", 2026, "x", 2028, "x"));
        TimelineRow r = row(d, null, START);
        assertEquals(List.of(new Bar(day(2025, 1, 1), end(2025, 12, 31), TimelineStyle.UNIT),
                new Bar(day(2026, 1, 1), end(2026, 12, 31), TimelineStyle.UNIT),
                new Bar(day(2028, 1, 1), end(2028, 12, 31), TimelineStyle.UNIT)), r.shapes());
        assertFalse(r.overdue(), "the last marked year is still to come");
        TimelineRow past = row(Deadline.of("", Map.of(2025, "x")), null, START);
        assertTrue(past.overdue());
    }

    @Test
    void aGridCellNamingAMonthEndsThatYearsBarAtTheMonth() {
        // seed 000: "Tháng 7 x x x x x"
        Deadline d = Deadline.of("", Map.of(2025, "Tháng 7", 2026, "x", 2027, "x", 2028, "x", 2029, "x", 2030, "x"));
        TimelineRow r = row(d, null, START);
        assertEquals(new Bar(0, end(2025, 7, 31), TimelineStyle.UNIT), r.shapes().get(0));
        assertEquals(6, r.shapes().size());
    }

    @Test
    void aLoneMonthOrQuarterInAYearColumnIsADatedDeadlineOfThatYear() {
        // seed 000: "Tháng 4" and "Quý 3" stand in the 2025 column
        TimelineRow month = row(Deadline.of("", Map.of(2025, "Tháng 4")), null, START);
        assertEquals(new Diamond(end(2025, 4, 30), LocalDate.of(2025, 4, 30), true, TimelineStyle.OVERDUE),
                month.shapes().get(1));
        TimelineRow quarter = row(Deadline.of("", Map.of(2026, "Quý 3")), null, START);
        assertEquals(LocalDate.of(2026, 9, 30), ((Diamond) quarter.shapes().get(1)).date());
    }

    @Test
    void aDateIsABarToThatDay() {
        TimelineRow r = row("trước 31/12/2025", WardRole.LEAD);
        assertEquals(end(2025, 12, 31), ((Diamond) r.shapes().get(1)).x());
    }

    @Test
    void unreadableOrYearlessDeadlinesHaveNoBarButAWarning() {
        for (Deadline d : List.of(Deadline.of("chưa xác định"), Deadline.of("Quý 3"))) {
            TimelineRow r = row(d, WardRole.LEAD, START);
            assertEquals(List.of(new Warning(0, TimelineStyle.WARNING)), r.shapes(), d.raw());
        }
    }

    @Test
    void doneWorkIsCheckedAndAnEmptyDeadlineDrawsNothing() {
        assertEquals(List.of(new TimelineShape.Check(0, TimelineStyle.DONE)), row("Đã thực hiện", WardRole.LEAD).shapes());
        assertEquals(List.of(), row(Deadline.none(), WardRole.LEAD, START).shapes());
    }

    @Test
    void zoomScalesEveryX() {
        TimelineScale months = TimelineScale.plan(4.0);
        Plan plan = new SampleLibrary().plan("chon-thanh-ward-plan.json");
        TimelineChart a = TimelineLayout.build(plan, DAYS, Set.of(), Map.of(), TODAY);
        TimelineChart b = TimelineLayout.build(plan, months, Set.of(), Map.of(), TODAY);
        for (int i = 0; i < a.rows().size(); i++) {
            List<TimelineShape> sa = a.rows().get(i).shapes();
            List<TimelineShape> sb = b.rows().get(i).shapes();
            for (int k = 0; k < sa.size(); k++) {
                if (sa.get(k) instanceof Bar x && sb.get(k) instanceof Bar y) {
                    assertEquals(x.x1() * 4, y.x1(), 1e-9);
                }
            }
        }
    }

    @Test
    void everySeedTaskHasARowUnderItsGroupAndOnlyUnreadableDeadlinesWarn() {
        for (Plan plan : new SampleLibrary().plans()) {
            TimelineChart chart = TimelineLayout.build(plan, DAYS, Set.of(), Map.of(), TODAY);
            assertEquals(plan.taskCount() + plan.groups().size(), chart.rows().size());
            for (TimelineRow r : chart.rows()) {
                if (r.isGroup()) {
                    continue;
                }
                boolean warns = r.shapes().stream().anyMatch(s -> s instanceof Warning);
                Deadline d = r.task().deadline();
                assertEquals(!d.isReadable() || (d.dueDate() == null && isDated(d)), warns, d.printed());
                // every shape lies on the axis
                for (TimelineShape s : r.shapes()) {
                    double x = s instanceof Bar b ? b.x1() : s instanceof Diamond dm ? dm.x() : 0;
                    assertTrue(x >= 0 && x <= DAYS.width());
                }
            }
        }
    }

    private static boolean isDated(Deadline d) {
        return Set.of(Deadline.Kind.MONTH, Deadline.Kind.QUARTER, Deadline.Kind.YEAR, Deadline.Kind.DATE)
                .contains(d.kind());
    }

    @Test
    void theWardPlanDrawsEachOfItsDeadlineFormsByItsRule() {
        Plan plan = new SampleLibrary().plan("chon-thanh-ward-plan.json");
        TimelineChart chart = TimelineLayout.build(plan, DAYS, Set.of(), Map.of(), TODAY);
        Set<Deadline.Kind> seen = new HashSet<>();
        for (TimelineRow r : chart.rows()) {
            if (r.isGroup()) {
                continue;
            }
            Deadline d = r.task().deadline();
            seen.add(d.kind());
            switch (d.kind()) {
                case CONTINUOUS -> assertInstanceOf(Band.class, r.shapes().get(0));
                case RECURRING -> assertTrue(r.shapes().stream().allMatch(s -> s instanceof Mark));
                case MONTH, QUARTER, YEAR -> assertEquals(d.dueDate(), r.shapes().stream()
                        .filter(s -> s instanceof Diamond).map(s -> ((Diamond) s).date()).findFirst().orElseThrow());
                case DONE -> assertInstanceOf(TimelineShape.Check.class, r.shapes().get(0));
                default -> fail("no other form in the ward plan: " + d.kind());
            }
        }
        assertEquals(Set.of(Deadline.Kind.CONTINUOUS, Deadline.Kind.RECURRING, Deadline.Kind.MONTH,
                Deadline.Kind.QUARTER, Deadline.Kind.YEAR, Deadline.Kind.DONE), seen);
    }

    @Test
    void aFoldedGroupKeepsItsBandAndHidesItsTasks() {
        Plan plan = new SampleLibrary().plan("chon-thanh-ward-plan.json");
        TimelineChart chart = TimelineLayout.build(plan, DAYS, Set.of(1, 3), Map.of(), TODAY);
        int hidden = plan.group(1).orElseThrow().taskCount() + plan.group(3).orElseThrow().taskCount();
        assertEquals(plan.taskCount() + 7 - hidden, chart.rows().size());
        assertTrue(chart.rows().get(0).isGroup() && chart.rows().get(0).collapsed());
        assertTrue(chart.rows().get(1).isGroup(), "group II follows group I's band at once");
    }

    @Test
    void aStartSetOnTheTaskBeginsItsBarAndOtherTasksStartWithThePlan() {
        Plan plan = new SampleLibrary().plan("chon-thanh-ward-plan.json");
        TaskGroup g = plan.groups().get(0);
        PlanTask dated = g.tasks().stream().filter(t -> t.deadline().kind() == Deadline.Kind.MONTH
                || t.deadline().kind() == Deadline.Kind.QUARTER).findFirst().orElseThrow();
        int at = g.tasks().indexOf(dated);
        LocalDate due = dated.deadline().dueDate();
        LocalDate start = due.minusMonths(2).withDayOfMonth(1);
        java.util.List<PlanTask> tasks = new java.util.ArrayList<>(g.tasks());
        tasks.set(at, dated.withStart(start));
        Plan withStart = plan.withGroups(java.util.stream.Stream.concat(java.util.stream.Stream.of(g.withTasks(tasks)),
                plan.groups().stream().skip(1)).toList());

        TimelineChart chart = TimelineLayout.build(withStart, DAYS, Set.of(), Map.of(), TODAY);
        TimelineRow row = chart.rows().get(1 + at);
        assertEquals(DAYS.x(start), ((Bar) row.shapes().get(0)).x0(), "the bar begins at the task's start");
        TimelineRow other = chart.rows().get(1 + (at == 0 ? 1 : 0));
        TimelineChart without = TimelineLayout.build(plan, DAYS, Set.of(), Map.of(), TODAY);
        assertEquals(without.rows().get(1 + (at == 0 ? 1 : 0)).shapes(), other.shapes(), "the others are drawn as before");
        assertTrue(((Bar) without.rows().get(1 + at).shapes().get(0)).x0() < DAYS.x(start),
                "without the start the bar begins with the plan");
    }
}
