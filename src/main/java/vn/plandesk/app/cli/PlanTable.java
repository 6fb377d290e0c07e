package vn.plandesk.app.cli;

import java.util.ArrayList;
import java.util.List;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.service.Messages;

/** A plan's groups and tasks as a plain-text table for the terminal (the CLI's `show`). */
public final class PlanTable {
    private static final int NAME_WIDTH = 70;

    private PlanTable() {
    }

    public static String render(Plan plan) {
        StringBuilder b = new StringBuilder();
        b.append(plan.documentType()).append(' ').append(plan.ref().citation()).append('\n');
        b.append(plan.summary()).append("\n\n");
        for (TaskGroup g : plan.groups()) {
            b.append(g.roman()).append(". ").append(g.title()).append('\n');
            b.append(String.format("  %-6s %-8s %-" + NAME_WIDTH + "s %-22s %-32s %s%n",
                    Messages.get("column.number"), Messages.get("column.parentNumber"), Messages.get("column.task"),
                    Messages.get("column.deadline"), Messages.get("column.leadUnits"), Messages.get("column.role")));
            for (PlanTask t : g.tasks()) {
                row(b, t, "");
                for (PlanTask s : t.subTasks()) {
                    row(b, s, "  ");
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static void row(StringBuilder b, PlanTask t, String indent) {
        List<String> lines = wrap(indent + t.name(), NAME_WIDTH);
        String ref = t.parentRef() == null ? "" : t.parentRef().number();
        String role = t.role() == null ? "" : t.role().printed();
        b.append(String.format("  %-6s %-8s %-" + NAME_WIDTH + "s %-22s %-32s %s%n", t.number(), ref, lines.get(0),
                clip(t.deadline().printed(), 22), clip(String.join("; ", t.leadUnits()), 32), role));
        for (int i = 1; i < lines.size(); i++) {
            b.append(String.format("  %-6s %-8s %s%n", "", "", lines.get(i)));
        }
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
