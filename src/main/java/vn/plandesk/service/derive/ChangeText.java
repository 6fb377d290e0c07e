package vn.plandesk.service.derive;

import vn.plandesk.model.PlanTask;
import vn.plandesk.model.RomanNumeral;
import vn.plandesk.service.Messages;

/** A change or a "6 rõ" gap as one sentence for the officer, the same in the window and on the command line. */
public final class ChangeText {
    private static final int EXCERPT = 90;

    private ChangeText() {
    }

    public static String describe(PlanChange c) {
        PlanTask o = c.oldTask();
        PlanTask n = c.newTask();
        String text = switch (c.kind()) {
            case ADDED -> Messages.get("change.ADDED", c.newKey(), excerpt(n.name()));
            case REMOVED -> Messages.get("change.REMOVED", c.oldKey(), excerpt(o.name()));
            case RENUMBERED -> Messages.get("change.RENUMBERED", c.oldKey(), c.newKey(), excerpt(n.name()));
            case REWORDED -> Messages.get("change.REWORDED", c.oldKey(), excerpt(n.name()));
            case DEADLINE -> Messages.get("change.DEADLINE", c.oldKey(), blank(o.deadline().printed()),
                    blank(n.deadline().printed()));
            case RESULT -> Messages.get("change.RESULT", c.oldKey(), blank(o.result()), blank(n.result()));
            case UNITS -> Messages.get("change.UNITS", c.oldKey(), blank(String.join("; ", n.leadUnits())),
                    blank(String.join("; ", n.coordinatingUnits())));
            case RELINK -> Messages.get("change.RELINK", c.oldKey(), c.newKey(), Math.round(c.score() * 100),
                    excerpt(n.name()));
            case UNMATCHED -> Messages.get("change.UNMATCHED", c.oldKey(), excerpt(o.name()));
            case PARENT_SWITCH -> Messages.get("change.PARENT_SWITCH");
        };
        return c.wardTasks().isEmpty() ? text : text + " " + Messages.get("change.wardTasks", String.join(", ", c.wardTasks()));
    }

    public static String describe(SixClarityCheck.Gap gap) {
        return Messages.get("clarity.line", RomanNumeral.format(gap.group()), gap.taskNumber(),
                Messages.get("clarity." + gap.clarity().name()), excerpt(gap.task().name()));
    }

    /** A task name cut to fit one line. */
    public static String excerpt(String s) {
        return s.length() <= EXCERPT ? s : s.substring(0, EXCERPT - 1).stripTrailing() + "…";
    }

    private static String blank(String s) {
        return s.isBlank() ? "—" : s;
    }
}
