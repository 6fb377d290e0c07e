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
import vn.plandesk.model.tracking.Period;
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
        return build(plan, scale, collapsed, starts, today, statuses, null);
    }

    /**
     * As above, with the plan's tracking drawn: each task's status in the period (done, late, waiting for the
     * province) as a mark at the period and in its bar's colour, and where it differs from the plan as issued.
     */
    public static TimelineChart build(Plan plan, TimelineScale scale, Set<Integer> collapsed,
                                      Map<Long, LocalDate> starts, LocalDate today, TimelineTracking tracking) {
        return build(plan, scale, collapsed, starts, today, tracking.statuses(), tracking);
    }

    private static TimelineChart build(Plan plan, TimelineScale scale, Set<Integer> collapsed,
                                       Map<Long, LocalDate> starts, LocalDate today, StatusLookup statuses,
                                       TimelineTracking tracking) {
        List<TimelineRow> rows = new ArrayList<>();
        LocalDate planStart = plan.issueDate() != null ? plan.issueDate() : scale.from();
        for (TaskGroup g : plan.groups()) {
            boolean folded = collapsed.contains(g.number());
            rows.add(TimelineRow.group(g, folded));
            if (folded) {
                continue;
            }
            for (PlanTask t : g.tasks()) {
                rows.add(tracked(taskRow(g, t, 0, start(t, starts, planStart), scale, today, statuses),
                        start(t, starts, planStart), scale, statuses, tracking));
                for (PlanTask sub : t.subTasks()) {
                    rows.add(tracked(taskRow(g, sub, 1, start(sub, starts, planStart), scale, today, statuses),
                            start(sub, starts, planStart), scale, statuses, tracking));
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

    /**
     * A task's row with its tracking: done or waiting recolours a one-off task's drawing (a recurring task's status is
     * the period's only, so only its mark says it); the status mark at the period's middle; the deadline as issued
     * behind a moved one; the badge of a task added since issue.
     */
    private static TimelineRow tracked(TimelineRow row, LocalDate start, TimelineScale scale, StatusLookup statuses,
                                       TimelineTracking tracking) {
        if (tracking == null) {
            return row;
        }
        PlanTask t = row.task();
        ProgressStatus status = statuses.statusOf(t);
        TimelineStyle state = row.overdue() ? TimelineStyle.OVERDUE
                : status == ProgressStatus.DONE || status == ProgressStatus.DONE_LATE ? TimelineStyle.DONE
                : status == ProgressStatus.WAITING ? TimelineStyle.WAITING : null;
        Deadline.Kind kind = t.deadline().kind();
        boolean recurring = kind == Deadline.Kind.CONTINUOUS || kind == Deadline.Kind.RECURRING;
        List<TimelineShape> shapes = new ArrayList<>(row.shapes().size() + 3);
        for (TimelineShape shape : row.shapes()) {
            boolean recolour = state == TimelineStyle.WAITING || state == TimelineStyle.DONE && !recurring;
            shapes.add(recolour ? restyled(shape, state) : shape);
        }
        Deadline issued = t.id() == null ? null : tracking.issuedDeadlines().get(t.id());
        if (issued != null) {
            TimelineShape b = baseline(issued, start, scale);
            if (b != null) {
                shapes.add(b); // over the bar: an outline under it and a tick that a bar would hide
            }
        }
        if (t.id() != null && tracking.addedSinceIssue().contains(t.id())) {
            shapes.add(new TimelineShape.Added(x(scale, start), TimelineStyle.BASELINE));
        }
        Period p = tracking.period();
        if (state != null && p != null && !p.end().isBefore(scale.from()) && !p.start().isAfter(scale.to())) {
            shapes.add(new TimelineShape.StatusMark((x(scale, p.start()) + xEnd(scale, p.end())) / 2, state));
        }
        return new TimelineRow(row.group(), t, row.depth(), row.collapsed(), row.overdue(), shapes);
    }

    /**
     * The deadline as issued: a span from the start to its due date; work issued as ongoing or yearly spans to the
     * end of the range; nothing for a deadline with no date to draw.
     */
    private static TimelineShape baseline(Deadline issued, LocalDate start, TimelineScale scale) {
        if (issued.kind() == Deadline.Kind.CONTINUOUS || issued.kind() == Deadline.Kind.RECURRING) {
            return new TimelineShape.Baseline(x(scale, start), scale.width(), TimelineStyle.BASELINE);
        }
        LocalDate due = issued.dueDate();
        if (due == null) {
            return null;
        }
        LocalDate from = start.isAfter(due) ? due : start;
        if (issued.kind() == Deadline.Kind.YEAR_GRID && !issued.markedYears().isEmpty()) {
            from = LocalDate.of(issued.markedYears().get(0), 1, 1);
        }
        return new TimelineShape.Baseline(x(scale, from), xEnd(scale, due), TimelineStyle.BASELINE);
    }

    private static TimelineShape restyled(TimelineShape shape, TimelineStyle st) {
        if (shape instanceof TimelineShape.Bar b) {
            return new TimelineShape.Bar(b.x0(), b.x1(), st);
        } else if (shape instanceof TimelineShape.Band b) {
            return new TimelineShape.Band(b.x0(), b.x1(), st);
        } else if (shape instanceof TimelineShape.Diamond d) {
            return new TimelineShape.Diamond(d.x(), d.date(), d.movable(), st);
        } else if (shape instanceof TimelineShape.Arrow a) {
            return new TimelineShape.Arrow(a.x(), st);
        } else if (shape instanceof TimelineShape.Mark m) {
            return new TimelineShape.Mark(m.x0(), m.x1(), st);
        }
        return shape; // a warning or a check keeps its own sign
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
