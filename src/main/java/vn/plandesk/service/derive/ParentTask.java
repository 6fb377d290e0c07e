package vn.plandesk.service.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.plandesk.model.NumberingScheme;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.RomanNumeral;
import vn.plandesk.model.TaskGroup;

/**
 * A task of a parent plan with the key a ward row cites it by ("STT theo Kế hoạch số …"). A plan numbered on across
 * its groups (KH 92) is cited by the number alone ("17"); a plan that starts again in each group is cited with the
 * group, because "3" alone would name seven tasks: "III.3" for seed 000, "3.b)" for the lettered 2026 plan, whose
 * groups are printed 1.–7.
 *
 * @param group the group number 1–7
 * @param key   the cited number, unique in the plan
 * @param task  the task itself
 * @param sub   whether it is a sub-task (2.1 … 2.5 under a row)
 */
public record ParentTask(int group, String key, PlanTask task, boolean sub) {

    /** Every task and sub-task of a plan, in order, with its key. */
    public static List<ParentTask> of(Plan plan) {
        List<ParentTask> out = new ArrayList<>();
        for (TaskGroup g : plan.groups()) {
            for (PlanTask t : g.tasks()) {
                out.add(new ParentTask(g.number(), key(plan.numbering(), g.number(), t.number()), t, false));
                for (PlanTask s : t.subTasks()) {
                    out.add(new ParentTask(g.number(), key(plan.numbering(), g.number(), s.number()), s, true));
                }
            }
        }
        return out;
    }

    public static Optional<ParentTask> find(List<ParentTask> tasks, String key) {
        return tasks.stream().filter(t -> t.key.equals(key)).findFirst();
    }

    static String key(NumberingScheme numbering, int group, String number) {
        return switch (numbering) {
            case CONTINUOUS -> number;
            case PER_GROUP -> RomanNumeral.format(group) + "." + number;
            case LETTERED -> group + "." + number;
        };
    }
}
