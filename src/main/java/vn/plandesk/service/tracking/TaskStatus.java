package vn.plandesk.service.tracking;

import vn.plandesk.model.PlanTask;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;

/**
 * One row of a period's tracking: a task with its status.
 *
 * @param group  the task's group number (I–VII)
 * @param task   the task
 * @param status its status in the period
 * @param entry  the entry the status comes from: the period's own, or for a one-off task an earlier one; null when
 *               nothing was reported and the status is the task's default
 * @param own    whether {@code entry} was recorded for this period (not carried over from an earlier one)
 * @param late   due before the end of the period (or today, if sooner) and neither finished, dropped nor waiting
 */
public record TaskStatus(int group, PlanTask task, ProgressStatus status, ProgressEntry entry, boolean own,
                         boolean late) {
}
