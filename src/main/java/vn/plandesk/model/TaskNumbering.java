package vn.plandesk.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers a plan's tasks by its {@link NumberingScheme}: continuous across the groups (1 … 127), again from 1 in each
 * group, or lettered a) b) c) … in each group as the 2026 plan does. Sub-tasks take their parent's number and their own
 * place: 2.1, 2.2 (lettered: a.1, a.2).
 */
public final class TaskNumbering {
    /** The letters of the Vietnamese alphabet as documents use them for points: no f, j, w, z; đ after d. */
    private static final String[] LETTERS = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o",
            "p", "q", "r", "s", "t", "u", "v", "x", "y"};

    private TaskNumbering() {
    }

    /** The plan with every task numbered by its scheme; tasks whose number is already right stay the same objects. */
    public static Plan renumber(Plan plan) {
        int counter = 0;
        List<TaskGroup> groups = new ArrayList<>(plan.groups().size());
        boolean changed = false;
        for (TaskGroup group : plan.groups()) {
            if (plan.numbering() != NumberingScheme.CONTINUOUS) {
                counter = 0;
            }
            List<PlanTask> tasks = new ArrayList<>(group.tasks().size());
            boolean groupChanged = false;
            for (PlanTask task : group.tasks()) {
                counter++;
                String number = label(plan.numbering(), counter);
                PlanTask renumbered = numbered(task, number, plan.numbering());
                groupChanged |= renumbered != task;
                tasks.add(renumbered);
            }
            groups.add(groupChanged ? group.withTasks(tasks) : group);
            changed |= groupChanged;
        }
        return changed ? plan.withGroups(groups) : plan;
    }

    /** The printed label of the n-th point: "7", or "g)" when lettered. */
    public static String label(NumberingScheme scheme, int n) {
        if (scheme != NumberingScheme.LETTERED) {
            return String.valueOf(n);
        }
        return letters(n) + ")";
    }

    /** a … y, then aa, ab, … for more than 23 points. */
    private static String letters(int n) {
        StringBuilder b = new StringBuilder();
        int k = n;
        while (k > 0) {
            k--;
            b.insert(0, LETTERS[k % LETTERS.length]);
            k /= LETTERS.length;
        }
        return b.toString();
    }

    private static PlanTask numbered(PlanTask task, String number, NumberingScheme scheme) {
        String stem = scheme == NumberingScheme.LETTERED ? number.substring(0, number.length() - 1) : number;
        List<PlanTask> subs = new ArrayList<>(task.subTasks().size());
        boolean subsChanged = false;
        int i = 0;
        for (PlanTask sub : task.subTasks()) {
            i++;
            String subNumber = stem + "." + i;
            PlanTask s = subNumber.equals(sub.number()) ? sub : sub.withNumber(subNumber);
            subsChanged |= s != sub;
            subs.add(s);
        }
        PlanTask t = subsChanged ? task.withSubTasks(subs) : task;
        return number.equals(t.number()) ? t : t.withNumber(number);
    }
}
