package vn.plandesk.draw.timeline;

import java.time.LocalDate;
import java.util.List;
import vn.plandesk.model.PlanTask;

/** A plan's timeline as primitives: the axis, the rows in order and today's date. Painted on screen and on paper. */
public record TimelineChart(TimelineScale scale, List<TimelineRow> rows, LocalDate today) {

    public TimelineChart {
        rows = List.copyOf(rows);
    }

    /** The row index of a task (matched by store key, else by value), or -1. */
    public int indexOf(PlanTask task) {
        if (task == null) {
            return -1;
        }
        for (int i = 0; i < rows.size(); i++) {
            PlanTask t = rows.get(i).task();
            if (t != null && (task.id() != null ? task.id().equals(t.id()) : task.equals(t))) {
                return i;
            }
        }
        return -1;
    }
}
