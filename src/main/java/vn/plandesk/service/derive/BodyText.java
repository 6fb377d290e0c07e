package vn.plandesk.service.derive;

import java.util.ArrayList;
import java.util.List;
import vn.plandesk.model.BodySection;

/**
 * The plan's sections as one editable text: a line "# …" starts a section, "## …" a section inside it, any other
 * non-blank line is a paragraph. The wizard shows the drafted body so and reads the officer's edits back.
 */
public final class BodyText {
    private BodyText() {
    }

    public static String format(List<BodySection> sections) {
        StringBuilder b = new StringBuilder();
        for (BodySection s : sections) {
            b.append("# ").append(s.heading()).append('\n');
            s.paragraphs().forEach(p -> b.append(p).append('\n'));
            for (BodySection sub : s.sections()) {
                b.append("## ").append(sub.heading()).append('\n');
                sub.paragraphs().forEach(p -> b.append(p).append('\n'));
            }
        }
        return b.toString();
    }

    public static List<BodySection> parse(String text) {
        List<BodySection> out = new ArrayList<>();
        String heading = null;
        List<String> paragraphs = new ArrayList<>();
        List<BodySection> subs = new ArrayList<>();
        String subHeading = null;
        List<String> subParagraphs = new ArrayList<>();
        for (String raw : (text == null ? "" : text).split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("## ") || line.equals("##")) {
                if (subHeading != null) {
                    subs.add(new BodySection(subHeading, subParagraphs));
                }
                subHeading = line.substring(2).strip();
                subParagraphs = new ArrayList<>();
            } else if (line.startsWith("# ") || line.equals("#")) {
                if (subHeading != null) {
                    subs.add(new BodySection(subHeading, subParagraphs));
                    subHeading = null;
                }
                if (heading != null) {
                    out.add(new BodySection(heading, paragraphs, subs));
                }
                heading = line.substring(1).strip();
                paragraphs = new ArrayList<>();
                subs = new ArrayList<>();
                subParagraphs = new ArrayList<>();
            } else if (subHeading != null) {
                subParagraphs.add(line);
            } else {
                if (heading == null) {
                    heading = "";
                }
                paragraphs.add(line);
            }
        }
        if (subHeading != null) {
            subs.add(new BodySection(subHeading, subParagraphs));
        }
        if (heading != null) {
            out.add(new BodySection(heading, paragraphs, subs));
        }
        return out;
    }
}
