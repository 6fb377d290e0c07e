package vn.plandesk.service.office;

import vn.plandesk.model.Indicator;
import vn.plandesk.model.PlanTask;

/**
 * One difference between a stored plan and an imported file, for the officer to accept or not. Tasks are matched by
 * group and number (their sub-tasks go with them), indicators by section and number.
 *
 * @param kind   added, removed or changed
 * @param group  the task's group 1–7; 0 for an indicator
 * @param number the task's or indicator's number as printed
 * @param before the stored row (null when added): a {@link PlanTask} or an {@link Indicator}
 * @param after  the imported row (null when removed)
 */
public record PlanChange(Kind kind, int group, String number, Object before, Object after) {
    public enum Kind {
        ADDED, REMOVED, CHANGED
    }

    public boolean isIndicator() {
        return group == 0;
    }

    /** The row's name, from the imported side when there is one. */
    public String name() {
        Object o = after != null ? after : before;
        if (o instanceof PlanTask t) {
            return t.name();
        }
        return o instanceof Indicator i ? i.name() : "";
    }
}
