package vn.plandesk.service.derive;

import vn.plandesk.model.RomanNumeral;
import vn.plandesk.service.Messages;

/** A change or a "6 rõ" gap as one sentence for the officer, the same in the window and on the command line. */
public final class ChangeText {
    private static final int EXCERPT = 90;

    private ChangeText() {
    }

    public static String describe(PlanChange c) {
        String text = sentence(c);
        return c.wardTasks().isEmpty() ? text : text + " " + Messages.get("change.wardTasks", String.join(", ", c.wardTasks()));
    }

    private static String sentence(PlanChange c) {
        if (c instanceof PlanChange.TaskAdded a) {
            return Messages.get("change.ADDED", a.newKey(), excerpt(a.newTask().name()));
        } else if (c instanceof PlanChange.TaskRemoved r) {
            return Messages.get("change.REMOVED", r.oldKey(), excerpt(r.oldTask().name()));
        } else if (c instanceof PlanChange.TaskMoved m) {
            return Messages.get("change.RENUMBERED", m.oldKey(), m.newKey(), excerpt(m.newTask().name()));
        } else if (c instanceof PlanChange.NameChanged n) {
            return Messages.get("change.REWORDED", n.oldKey(), excerpt(n.after()));
        } else if (c instanceof PlanChange.DeadlineChanged d) {
            return Messages.get("change.DEADLINE", d.oldKey(), blank(d.before().printed()), blank(d.after().printed()));
        } else if (c instanceof PlanChange.ResultChanged r) {
            return Messages.get("change.RESULT", r.oldKey(), blank(r.before()), blank(r.after()));
        } else if (c instanceof PlanChange.UnitsChanged u) {
            return Messages.get("change.UNITS", u.oldKey(), blank(String.join("; ", u.after().lead())),
                    blank(String.join("; ", u.after().coordinating())));
        } else if (c instanceof PlanChange.Relink r) {
            return Messages.get("change.RELINK", r.oldKey(), r.newKey(), Math.round(r.score() * 100),
                    excerpt(r.newTask().name()));
        } else if (c instanceof PlanChange.Unmatched u) {
            return Messages.get("change.UNMATCHED", u.oldKey(), excerpt(u.oldTask().name()));
        } else if (c instanceof PlanChange.ParentSwitch) {
            return Messages.get("change.PARENT_SWITCH");
        }
        if (c instanceof PlanChange.GroupRetitled g) {
            return Messages.get("change.row", Messages.get("office.change." + g.kind().name()),
                    Messages.get("office.change.group", RomanNumeral.format(g.group())), excerpt(g.after()));
        }
        // a row of an imported file (task or indicator): its kind and name
        return Messages.get("change.row", Messages.get("office.change." + c.kind().name()), c.number(), excerpt(c.name()));
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
