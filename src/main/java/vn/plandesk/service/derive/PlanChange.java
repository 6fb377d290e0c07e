package vn.plandesk.service.derive;

import java.util.List;
import vn.plandesk.model.PlanTask;

/**
 * One change of a parent plan as the ward sees it, with the ward tasks it touches.
 *
 * @param kind      what changed
 * @param group     the group (1–7) of the task in the newer plan, or in the older one when it was removed
 * @param oldKey    the task's key in the older plan (null when added)
 * @param newKey    the task's key in the newer plan (null when removed; the proposed target of a relink)
 * @param oldTask   the task as it was (null when added)
 * @param newTask   the task as it is (null when removed)
 * @param score     for matched tasks, how alike the texts are (0–1)
 * @param wardTasks the numbers of the ward tasks derived from the older task
 */
public record PlanChange(Kind kind, int group, String oldKey, String newKey, PlanTask oldTask, PlanTask newTask,
                         double score, List<String> wardTasks) {

    public enum Kind {
        /** The parent has a task it did not have. */
        ADDED,
        /** A task of the parent is gone. */
        REMOVED,
        /** The task is the same but its number (or group) changed. */
        RENUMBERED,
        /** The task's text changed. */
        REWORDED,
        /** Its time changed. */
        DEADLINE,
        /** Its expected result changed. */
        RESULT,
        /** Its lead or coordinating units changed. */
        UNITS,
        /** The parent was replaced: the ward task is proposed to follow this task of the new plan. */
        RELINK,
        /** The parent was replaced and no task of the new plan resembles the ward task's. */
        UNMATCHED,
        /** The parent was replaced and every ward task follows the new plan: the ward plan now derives from it. */
        PARENT_SWITCH
    }

    public PlanChange {
        wardTasks = wardTasks == null ? List.of() : List.copyOf(wardTasks);
    }

    public PlanChange withWardTasks(List<String> numbers) {
        return new PlanChange(kind, group, oldKey, newKey, oldTask, newTask, score, numbers);
    }
}
