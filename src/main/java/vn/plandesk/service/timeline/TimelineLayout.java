package vn.plandesk.service.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.WardRole;
import vn.plandesk.draw.timeline.TimelineChart;
import vn.plandesk.draw.timeline.TimelineRow;
import vn.plandesk.draw.timeline.TimelineScale;
import vn.plandesk.draw.timeline.TimelineShape;
import vn.plandesk.draw.timeline.TimelineStyle;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.model.tracking.StatusLookup;
import vn.plandesk.model.tracking.StatusRule;

/**
 * Turns a plan into its timeline: one row per group band and per task, each task's deadline drawn by the rule of its
 * kind. Pure: the same plan, scale, folded groups, starts and today give the same chart.
 *
 * <ul>
 * <li>year grid → a bar over each marked year;</li>
 * <li>a dated deadline (month, quarter, year, date) → a bar from the task's start to the due date, a diamond at the
 * due date; open-ended ones go on as a band to the end of the range and end in an arrow;</li>
 * <li>"Thường xuyên" → a thin band from the start to the end of the range;</li>
 * <li>"Hàng năm", "Quý I hằng năm" → a mark in each year's period;</li>
 * <li>"Đã thực hiện" → a check; unreadable (or a month without a year) → no bar, a warning.</li>
 * </ul>
 */
public final class TimelineLayout {

    private TimelineLayout() {
    }

    /**
     * @param collapsed group numbers whose tasks are hidden
     * @param starts    starts by task id for tasks that have no {@link PlanTask#start()} of their own; other tasks
     *                  start at the plan's date, or at the range's start when the plan has none
     */
    public static TimelineChart build(Plan plan, TimelineScale scale, Set<Integer> collapsed,
                                      Map<Long, LocalDate> starts, LocalDate today) {
        return build(plan, scale, collapsed, starts, today, StatusLookup.UNTRACKED);
    }

    /** As above, a task's red read from its status: a finished task, or one waiting for the province, is not late. */
    public static TimelineChart build(Plan plan, TimelineScale scale, Set<Integer> collapsed,
                                      Map<Long, LocalDate> starts, LocalDate today, StatusLookup statuses) {
        List<TimelineRow> rows = new ArrayList<>(plan.taskCount() + plan.groups().size());
        LocalDate planStart = plan.issueDate() != null ? plan.issueDate() : scale.from();
        for (TaskGroup g : plan.groups()) {
            boolean folded = collapsed.contains(g.number());
            rows.add(TimelineRow.group(g, folded));
            if (folded) {
                continue;
            }
            for (PlanTask t : g.tasks()) {
                rows.add(taskRow(g, t, 0, start(t, starts, planStart), scale, today, statuses));
                for (PlanTask sub : t.subTasks()) {
                    rows.add(taskRow(g, sub, 1, start(sub, starts, planStart), scale, today, statuses));
                }
            }
        }
        return new TimelineChart(scale, rows, today);
    }

    /** The task's own start when the officer set one; else one given by id; else the plan's. */
    private static LocalDate start(PlanTask t, Map<Long, LocalDate> starts, LocalDate planStart) {
        if (t.start() != null) {
            return t.start();
        }
        LocalDate s = t.id() == null ? null : starts.get(t.id());
        return s != null ? s : planStart;
    }

    /** The row of one task, its deadline drawn by its kind's rule. */
    static TimelineRow taskRow(TaskGroup g, PlanTask t, int depth, LocalDate start, TimelineScale scale,
                               LocalDate today) {
        return taskRow(g, t, depth, start, scale, today, StatusLookup.UNTRACKED);
    }

    static TimelineRow taskRow(TaskGroup g, PlanTask t, int depth, LocalDate start, TimelineScale scale,
                               LocalDate today, StatusLookup statuses) {
        ProgressStatus status = statuses.statusOf(t);
        Deadline d = t.deadline();
        TimelineStyle role = roleStyle(t.role());
        List<TimelineShape> shapes = new ArrayList<>(4);
        boolean overdue = false;
        double end = scale.width();
        switch (d.kind()) {
            case YEAR_GRID -> {
                LocalDate due = d.dueDate();
                overdue = StatusRule.late(status, due != null && due.isBefore(today));
                TimelineStyle st = overdue ? TimelineStyle.OVERDUE : role;
                for (int y : d.markedYears()) {
                    LocalDate first = LocalDate.of(y, 1, 1);
                    LocalDate last = endInYear(y, d.years().get(y));
                    if (last.isBefore(scale.from()) || first.isAfter(scale.to())) {
                        continue;
                    }
                    shapes.add(new TimelineShape.Bar(x(scale, first), xEnd(scale, last), st));
                }
            }
            case DATE, MONTH, QUARTER, YEAR -> {
                LocalDate due = d.dueDate();
                if (due == null) { // "Quý 3" with no year anywhere: nothing to place it by
                    shapes.add(new TimelineShape.Warning(0, TimelineStyle.WARNING));
                    break;
                }
                overdue = StatusRule.late(status, !d.openEnded() && due.isBefore(today));
                TimelineStyle st = overdue ? TimelineStyle.OVERDUE : role;
                LocalDate from = start.isAfter(due) ? periodStart(d, due) : start;
                double xDue = xEnd(scale, due);
                shapes.add(new TimelineShape.Bar(x(scale, from), xDue, st));
                if (d.openEnded() && xDue < end) {
                    shapes.add(new TimelineShape.Band(xDue, end, st));
                    shapes.add(new TimelineShape.Arrow(end, st));
                }
                shapes.add(new TimelineShape.Diamond(xDue, due, scale.contains(due), st));
            }
            case CONTINUOUS -> shapes.add(new TimelineShape.Band(x(scale, start), end, role));
            case RECURRING -> {
                for (int y = Math.max(start.getYear(), scale.from().getYear()); y <= scale.to().getYear(); y++) {
                    LocalDate due = d.dueDateIn(y);
                    LocalDate first = d.quarter() == null ? due : YearMonth.of(y, d.quarter() * 3 - 2).atDay(1);
                    shapes.add(new TimelineShape.Mark(x(scale, first), xEnd(scale, due), role));
                }
            }
            case DONE -> shapes.add(new TimelineShape.Check(0, TimelineStyle.DONE));
            case UNREADABLE -> shapes.add(new TimelineShape.Warning(0, TimelineStyle.WARNING));
            case NONE -> {
                // nothing written, nothing drawn: the table shows the empty cell
            }
        }
        return new TimelineRow(g, t, depth, false, overdue, shapes);
    }

    /** The end of a marked year: its last day, or the month's or quarter's end when the cell names one ("Tháng 7"). */
    private static LocalDate endInYear(int year, String cell) {
        if (cell.equalsIgnoreCase("x")) { // the common mark: no need to parse it
            return LocalDate.of(year, 12, 31);
        }
        Deadline c = Deadline.of(cell);
        if (c.kind() == Deadline.Kind.MONTH && c.year() == null) {
            return YearMonth.of(year, c.month()).atEndOfMonth();
        }
        if (c.kind() == Deadline.Kind.QUARTER && c.year() == null) {
            return YearMonth.of(year, c.quarter() * 3).atEndOfMonth();
        }
        return LocalDate.of(year, 12, 31);
    }

    static TimelineStyle roleStyle(WardRole role) {
        if (role == null) {
            return TimelineStyle.UNIT;
        }
        return role == WardRole.LEAD ? TimelineStyle.LEAD : TimelineStyle.COORDINATE;
    }

    /** The first day of the period a deadline names: its month, quarter or year. */
    private static LocalDate periodStart(Deadline d, LocalDate due) {
        return switch (d.kind()) {
            case QUARTER -> YearMonth.of(due.getYear(), d.quarter() * 3 - 2).atDay(1);
            case YEAR -> LocalDate.of(due.getYear(), 1, 1);
            default -> due.withDayOfMonth(1);
        };
    }

    private static double x(TimelineScale scale, LocalDate d) {
        return clamp(scale.x(d), scale);
    }

    private static double xEnd(TimelineScale scale, LocalDate d) {
        return clamp(scale.xEnd(d), scale);
    }

    private static double clamp(double x, TimelineScale scale) {
        return Math.max(0, Math.min(x, scale.width()));
    }
}
