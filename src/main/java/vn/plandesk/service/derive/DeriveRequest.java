package vn.plandesk.service.derive;

import java.util.List;
import vn.plandesk.model.Plan;

/**
 * Everything needed to derive a ward plan: the parent, the ward, the chosen tasks with their choices, and the body
 * (null: drafted from the parent by {@link WardPlanDraft}).
 */
public record DeriveRequest(Plan parent, WardIdentity ward, List<TaskChoice> choices, PlanBody body) {
    public DeriveRequest {
        choices = List.copyOf(choices);
    }
}
