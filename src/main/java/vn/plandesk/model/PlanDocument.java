package vn.plandesk.model;

/**
 * The documents a plan is printed as: its body and its two appendices. When several go into one file they go in this
 * order, the order in which they are signed and stapled.
 */
public enum PlanDocument {
    /** The Kế hoạch itself, A4 portrait. */
    BODY,
    /** The task appendix (Danh mục các nhiệm vụ), A4 landscape. */
    TASKS,
    /** The indicators appendix (Bảng tổng hợp các chỉ tiêu), A4 landscape. */
    INDICATORS;

    /** Whether the plan has anything to print as this document (an appendix transcribed alone has no body). */
    public boolean presentIn(Plan plan) {
        return switch (this) {
            case BODY -> !plan.legalBases().isEmpty() || !plan.introduction().isEmpty() || !plan.sections().isEmpty();
            case TASKS -> plan.taskCount() > 0;
            case INDICATORS -> !plan.indicators().isEmpty();
        };
    }
}
