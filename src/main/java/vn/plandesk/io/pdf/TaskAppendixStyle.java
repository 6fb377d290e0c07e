package vn.plandesk.io.pdf;

import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanTask;

/** Which columns a plan's task appendix prints (docs/official-layout.md, "Column sets seen in the seeds"). */
public enum TaskAppendixStyle {
    /** Seed 002: the parent plan's numbers, the ward's role, units, result, time, note. */
    WARD,
    /** Seed 000: a year grid 2025–2030 under "Thời gian", the leader, units, result. */
    PROVINCE;

    /** A ward's plan, or any plan whose tasks point into a parent plan or carry a ward's role, prints ward style. */
    public static TaskAppendixStyle of(Plan plan) {
        if (plan.kind() == PlanKind.WARD) {
            return WARD;
        }
        for (PlanTask t : plan.allTasks()) {
            if (t.role() != null || t.parentRef() != null) {
                return WARD;
            }
        }
        return PROVINCE;
    }
}
