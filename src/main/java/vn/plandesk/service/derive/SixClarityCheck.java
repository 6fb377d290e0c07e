package vn.plandesk.service.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.tracking.ProgressEntry;

/**
 * The "6 rõ" of the 2026 plan (rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ sản phẩm, rõ thẩm quyền), read as
 * what a task row must state:
 * <ul>
 *   <li>rõ người — a lead unit;</li>
 *   <li>rõ việc — a name one can act on: not empty and at least {@value #MIN_WORDS} words;</li>
 *   <li>rõ thời gian — a deadline that reads as a time (not blank, not unreadable);</li>
 *   <li>rõ trách nhiệm — in a ward plan the ward's role ("Chủ trì" / "Phối hợp"); in a province plan the leader in
 *       charge ("Lãnh đạo phụ trách");</li>
 *   <li>rõ sản phẩm — an expected result or product;</li>
 *   <li>rõ thẩm quyền — in a ward plan the parent task it carries out (the authority that assigned it).</li>
 * </ul>
 */
public final class SixClarityCheck {
    static final int MIN_WORDS = 4;

    /** The six. */
    public enum Clarity {
        PERSON, WORK, TIME, RESPONSIBILITY, PRODUCT, AUTHORITY,
        /**
         * "Rõ sản phẩm" once the plan is tracked: the task is reported finished but with no result and no evidence,
         * so there is nothing to check the product by ("đối chiếu, kiểm chứng").
         */
        PRODUCT_UNPROVEN
    }

    /** One missing "rõ" of one task. */
    public record Gap(int group, String taskNumber, PlanTask task, Clarity clarity) {
    }

    private SixClarityCheck() {
    }

    public static List<Gap> check(Plan plan) {
        return check(plan, t -> null);
    }

    /**
     * As {@link #check(Plan)}, with "rõ sản phẩm" also read against what was reported: {@code reported} gives the
     * entry a task's status in the period comes from (null when nothing was reported).
     */
    public static List<Gap> check(Plan plan, Function<PlanTask, ProgressEntry> reported) {
        List<Gap> gaps = new ArrayList<>();
        boolean ward = plan.kind() == PlanKind.WARD;
        for (TaskGroup g : plan.groups()) {
            for (PlanTask t : g.tasks()) {
                check(g.number(), t, ward, gaps);
                unproven(g.number(), t, reported.apply(t), gaps);
                for (PlanTask s : t.subTasks()) {
                    check(g.number(), s, ward, gaps);
                    unproven(g.number(), s, reported.apply(s), gaps);
                }
            }
        }
        return gaps;
    }

    private static void unproven(int group, PlanTask t, ProgressEntry e, List<Gap> gaps) {
        if (e != null && e.status().finished() && e.result().isEmpty() && !e.hasEvidence()) {
            gaps.add(new Gap(group, t.number(), t, Clarity.PRODUCT_UNPROVEN));
        }
    }

    private static void check(int group, PlanTask t, boolean ward, List<Gap> gaps) {
        if (t.leadUnits().isEmpty()) {
            gaps.add(new Gap(group, t.number(), t, Clarity.PERSON));
        }
        if (t.name().isBlank() || t.name().strip().split("\\s+").length < MIN_WORDS) {
            gaps.add(new Gap(group, t.number(), t, Clarity.WORK));
        }
        Deadline d = t.deadline();
        if (d.kind() == Deadline.Kind.NONE || d.kind() == Deadline.Kind.UNREADABLE) {
            gaps.add(new Gap(group, t.number(), t, Clarity.TIME));
        }
        if (ward ? t.role() == null : t.leader().isBlank()) {
            gaps.add(new Gap(group, t.number(), t, Clarity.RESPONSIBILITY));
        }
        if (t.result().isBlank()) {
            gaps.add(new Gap(group, t.number(), t, Clarity.PRODUCT));
        }
        if (ward && t.parentRef() == null) {
            gaps.add(new Gap(group, t.number(), t, Clarity.AUTHORITY));
        }
    }
}
