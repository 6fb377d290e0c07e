package vn.plandesk.io.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.Text;

/**
 * A plan's tasks where its body writes them instead of an appendix, as the 2026 plan (seed 004) does: under the section
 * "II. NHIỆM VỤ CỤ THỂ" the groups as numbered headings "1. …" to "7. …", and under each its lettered points "a) …",
 * "b) …", "đ) …", sub-points "a.1 …" under a point. Word gives each of these as one paragraph; a PDF may cut one at a
 * page break, so a paragraph that starts neither a group nor a point goes on with the one before.
 */
public final class BodyTasks {
    private static final Pattern SECTION = Pattern.compile("^[IVX]{1,4}\\.\\s+\\S.*");
    private static final Pattern GROUP = Pattern.compile("^([1-7])\\.\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern POINT = Pattern.compile("^([a-zđ]\\))\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern SUB_POINT = Pattern.compile("^([a-zđ]\\.\\d{1,2})\\s+(\\S.*)$", Pattern.DOTALL);

    private BodyTasks() {
    }

    /**
     * The groups with their tasks from the body's paragraphs in reading order; empty when the body has no section of
     * tasks (a plan whose tasks are in its appendix).
     */
    public static List<TaskGroup> read(List<String> paragraphs) {
        int from = start(paragraphs);
        if (from < 0) {
            return List.of();
        }
        List<Integer> numbers = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<List<PlanTask>> tasks = new ArrayList<>();
        PlanTask point = null;
        List<PlanTask> subs = new ArrayList<>();
        // what the last paragraph read went into: 'g' a group's title, 'p' a point, 's' a sub-point
        char last = ' ';
        for (String raw : paragraphs.subList(from, paragraphs.size())) {
            String p = oneLine(raw);
            if (p.isEmpty()) {
                continue;
            }
            if (SECTION.matcher(p).matches()) {
                break;
            }
            Matcher g = GROUP.matcher(p);
            Matcher t = POINT.matcher(p);
            Matcher s = SUB_POINT.matcher(p);
            if (g.matches() && (numbers.isEmpty() || Integer.parseInt(g.group(1)) > numbers.get(numbers.size() - 1))) {
                close(tasks, point, subs);
                point = null;
                numbers.add(Integer.parseInt(g.group(1)));
                titles.add(g.group(2));
                tasks.add(new ArrayList<>());
                last = 'g';
            } else if (t.matches() && !numbers.isEmpty()) {
                close(tasks, point, subs);
                point = PlanTask.named(t.group(1), t.group(2));
                last = 'p';
            } else if (s.matches() && point != null) {
                subs.add(PlanTask.named(s.group(1), s.group(2)));
                last = 's';
            } else if (last == 'g') {
                titles.set(titles.size() - 1, titles.get(titles.size() - 1) + " " + p);
            } else if (last == 'p') {
                point = point.withName(point.name() + " " + p);
            } else if (last == 's') {
                PlanTask sub = subs.remove(subs.size() - 1);
                subs.add(sub.withName(sub.name() + " " + p));
            } else {
                break;
            }
        }
        close(tasks, point, subs);
        List<TaskGroup> groups = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            groups.add(new TaskGroup(numbers.get(i), titles.get(i), tasks.get(i)));
        }
        return groups.stream().anyMatch(gr -> !gr.tasks().isEmpty()) ? groups : List.of();
    }

    /** The paragraph after the heading of the tasks' section ("II. NHIỆM VỤ CỤ THỂ"); -1 when there is none. */
    private static int start(List<String> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = oneLine(paragraphs.get(i));
            if (SECTION.matcher(p).matches() && Text.fold(p).contains("nhiem vu")) {
                for (int j = i + 1; j < paragraphs.size(); j++) {
                    String next = oneLine(paragraphs.get(j));
                    if (!next.isEmpty()) {
                        if (GROUP.matcher(next).matches()) {
                            return j;
                        }
                        break;
                    }
                }
            }
        }
        return -1;
    }

    private static void close(List<List<PlanTask>> tasks, PlanTask point, List<PlanTask> subs) {
        if (point != null) {
            tasks.get(tasks.size() - 1).add(point.withSubTasks(List.copyOf(subs)));
        }
        subs.clear();
    }

    /** A paragraph as one line: a PDF gives a paragraph's lines joined, a Word file may break a line inside one. */
    private static String oneLine(String paragraph) {
        return Text.nfc(paragraph).replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
