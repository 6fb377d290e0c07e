package vn.plandesk.draw.timeline;

import java.util.List;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;

/**
 * A row of the timeline: a group's band, or a task (depth 1 for a sub-task) with its shapes.
 *
 * @param group     the group of the row (for a task row, the group it is in)
 * @param task      the task, null for a group row
 * @param depth     0 for top-level tasks, 1 for sub-tasks
 * @param collapsed for a group row: its tasks are hidden
 * @param overdue   the task is due before today and not done
 * @param shapes    what is drawn in the row, back to front
 */
public record TimelineRow(TaskGroup group, PlanTask task, int depth, boolean collapsed, boolean overdue,
                          List<TimelineShape> shapes) {

    public TimelineRow {
        shapes = List.copyOf(shapes);
    }

    public static TimelineRow group(TaskGroup group, boolean collapsed) {
        return new TimelineRow(group, null, 0, collapsed, false, List.of());
    }

    public boolean isGroup() {
        return task == null;
    }

    /** The first movable diamond of the row, if any. */
    public TimelineShape.Diamond movableDiamond() {
        for (TimelineShape s : shapes) {
            if (s instanceof TimelineShape.Diamond d && d.movable()) {
                return d;
            }
        }
        return null;
    }
}
