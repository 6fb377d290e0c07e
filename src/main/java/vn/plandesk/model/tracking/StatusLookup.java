package vn.plandesk.model.tracking;

import vn.plandesk.model.PlanTask;

/**
 * The status of each task in one period, as whatever reads lateness (search, timeline, checks) asks for it. The plan
 * alone, without tracking, gives {@link #UNTRACKED}: the status a task has when nothing was reported.
 */
@FunctionalInterface
public interface StatusLookup {
    StatusLookup UNTRACKED = StatusRule::defaultStatus;

    ProgressStatus statusOf(PlanTask task);
}
