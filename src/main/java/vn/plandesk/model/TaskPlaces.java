package vn.plandesk.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tasks named by their place in a plan, "group/task" or "group/task/sub-task" counted from 1 ("3/2", "3/2/1"): the
 * number a printed plan gives a task in its group, and what stays true of a task between two stores, where its
 * key does not. The exchange format and the command line name tasks so.
 */
public final class TaskPlaces {
    private TaskPlaces() {
    }

    /** Every task by its place, in the plan's order (a task, then its sub-tasks). */
    public static Map<String, PlanTask> of(Plan plan) {
        Map<String, PlanTask> out = new LinkedHashMap<>();
        for (TaskGroup g : plan.groups()) {
            for (int i = 0; i < g.tasks().size(); i++) {
                PlanTask t = g.tasks().get(i);
                String place = g.number() + "/" + (i + 1);
                out.put(place, t);
                for (int j = 0; j < t.subTasks().size(); j++) {
                    out.put(place + "/" + (j + 1), t.subTasks().get(j));
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
