package vn.plandesk.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.Text;

/**
 * A section of a document's body (a plan's, a report's) and where it stands: indexes from the top level down. The
 * editors list the sections flat, each after its parent, and write a change back into the tree by its path.
 */
record SectionRef(List<Integer> path, BodySection section) {
    SectionRef {
        path = List.copyOf(path);
    }

    /** The heading indented by its depth, as the list shows it. */
    String indented() {
        return "  ".repeat(path.size() - 1) + section.heading();
    }

    /** Every section of a body, each after its parent. */
    static List<SectionRef> flatten(List<BodySection> list) {
        List<SectionRef> out = new ArrayList<>();
        flatten(list, List.of(), out);
        return out;
    }

    private static void flatten(List<BodySection> list, List<Integer> path, List<SectionRef> out) {
        for (int i = 0; i < list.size(); i++) {
            List<Integer> p = new ArrayList<>(path);
            p.add(i);
            out.add(new SectionRef(p, list.get(i)));
            flatten(list.get(i).sections(), p, out);
        }
    }

    /** The sections with one inserted at a path (or, given null, the one at the path removed). */
    static List<BodySection> insert(List<BodySection> list, List<Integer> path, BodySection what) {
        return insert(list, path, 0, what);
    }

    private static List<BodySection> insert(List<BodySection> list, List<Integer> path, int depth, BodySection what) {
        List<BodySection> out = new ArrayList<>(list);
        int i = path.get(depth);
        if (depth == path.size() - 1) {
            if (what == null) {
                out.remove(i);
            } else {
                out.add(Math.min(i, out.size()), what);
            }
        } else {
            BodySection s = out.get(i);
            out.set(i, new BodySection(s.heading(), s.paragraphs(), insert(s.sections(), path, depth + 1, what)));
        }
        return out;
    }

    /** The sections with the one at a path replaced. */
    static List<BodySection> replace(List<BodySection> list, List<Integer> path, BodySection with) {
        return replace(list, path, 0, with);
    }

    private static List<BodySection> replace(List<BodySection> list, List<Integer> path, int depth, BodySection with) {
        List<BodySection> out = new ArrayList<>(list);
        int i = path.get(depth);
        if (depth == path.size() - 1) {
            out.set(i, with);
        } else {
            BodySection s = out.get(i);
            out.set(i, new BodySection(s.heading(), s.paragraphs(), replace(s.sections(), path, depth + 1, with)));
        }
        return out;
    }

    /** Lines of a list as one text, one a line, as a text area shows them. */
    static String lines(List<String> list) {
        return String.join("\n", list);
    }

    /** A text area's text as its lines. */
    static List<String> split(String text) {
        return Arrays.asList(Text.nfc(text == null ? "" : text).split("\n"));
    }
}
