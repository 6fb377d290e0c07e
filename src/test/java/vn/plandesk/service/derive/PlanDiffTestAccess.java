package vn.plandesk.service.derive;

import vn.plandesk.model.Plan;

/** Lets tests of other packages use the edited KH 92 of {@link PlanComparisonTest}. */
public final class PlanDiffTestAccess {
    private PlanDiffTestAccess() {
    }

    public static Plan editedKh92() {
        return PlanComparisonTest.editedKh92();
    }
}
