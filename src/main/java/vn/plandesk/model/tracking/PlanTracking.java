package vn.plandesk.model.tracking;

import java.util.List;
import vn.plandesk.model.Plan;

/**
 * What a plan carries besides itself once it is tracked, as the exchange format moves it between stores: progress
 * entries and indicator results (by the store keys of the plan they go with) and the plan as issued.
 *
 * @param progress   every progress entry
 * @param results    every indicator result
 * @param baseline   the plan as issued, null when it has not been
 */
public record PlanTracking(List<ProgressEntry> progress, List<IndicatorResult> results, Plan baseline) {
    public PlanTracking {
        progress = progress == null ? List.of() : List.copyOf(progress);
        results = results == null ? List.of() : List.copyOf(results);
    }

    public static PlanTracking none() {
        return new PlanTracking(List.of(), List.of(), null);
    }

    public boolean isEmpty() {
        return progress.isEmpty() && results.isEmpty() && baseline == null;
    }
}
