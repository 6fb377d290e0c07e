package vn.plandesk.service.timeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.StatusLookup;
import vn.plandesk.service.derive.PlanChange;

/**
 * What the timeline shows of the plan's tracking: the statuses of one period (the current quarter by default), and,
 * once the plan has been issued, where each task differs from the baseline: its deadline as issued when it moved, and
 * whether it was added since.
 *
 * @param period             the period the status marks are for
 * @param statuses           each task's status in that period
 * @param issuedDeadlines    by task id, the deadline as issued of a task whose deadline moved since
 * @param addedSinceIssue    ids of the tasks added since the plan was issued
 */
public record TimelineTracking(Period period, StatusLookup statuses, Map<Long, Deadline> issuedDeadlines,
                               Set<Long> addedSinceIssue) {

    public TimelineTracking {
        issuedDeadlines = Map.copyOf(issuedDeadlines);
        addedSinceIssue = Set.copyOf(addedSinceIssue);
    }

    /** The statuses of a period and the changes since the baseline (empty when the plan has none). */
    public static TimelineTracking of(Period period, StatusLookup statuses, List<PlanChange> sinceBaseline) {
        Map<Long, Deadline> issued = new HashMap<>();
        Set<Long> added = new HashSet<>();
        for (PlanChange c : sinceBaseline) {
            if (c instanceof PlanChange.DeadlineChanged d && d.pair().newTask().id() != null) {
                issued.put(d.pair().newTask().id(), d.before());
            } else if (c instanceof PlanChange.TaskAdded a && a.newTask().id() != null) {
                added.add(a.newTask().id());
            }
        }
        return new TimelineTracking(period, statuses, issued, added);
    }

    /** Whether the chart shows a baseline difference, and so the legend its entries. */
    public boolean differsFromBaseline() {
        return !issuedDeadlines.isEmpty() || !addedSinceIssue.isEmpty();
    }
}
