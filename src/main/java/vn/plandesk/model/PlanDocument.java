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
        return presentIn(this, plan);
    }

    /**
     * The body section a plan's tasks are the text of, or null when they go into an appendix. The 2026 plan (seed 004)
     * letters its tasks a), b) … and they are section II "NHIỆM VỤ CỤ THỂ", grouped 1–7: its body has that heading
     * with nothing under it, and the tasks are printed there.
     */
    public static BodySection tasksSection(Plan plan) {
        if (plan.numbering() != NumberingScheme.LETTERED || plan.taskCount() == 0) {
            return null;
        }
        for (BodySection s : plan.sections()) {
            if (s.paragraphs().isEmpty() && s.sections().isEmpty()
                    && s.heading().toUpperCase(java.util.Locale.forLanguageTag("vi")).contains("NHIỆM VỤ")) {
                return s;
            }
        }
        return null;
    }

    private static boolean presentIn(PlanDocument document, Plan plan) {
        return switch (document) {
            case BODY -> !plan.legalBases().isEmpty() || !plan.introduction().isEmpty() || !plan.sections().isEmpty();
            case TASKS -> plan.taskCount() > 0 && tasksSection(plan) == null;
            case INDICATORS -> !plan.indicators().isEmpty();
        };
    }
}
