package vn.plandesk.io.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A body paragraph as it is printed with the appendices the plan actually has. */
public final class BodyText {
    /** "(Gửi kèm bảng tổng hợp các chỉ tiêu …)", the seed's pointer to its indicators table. */
    private static final Pattern INDICATORS_ATTACHED = Pattern.compile("\\s*\\(Gửi kèm bảng tổng hợp[^()]*\\)");
    /** "(Đính kèm Phụ lục I, II)", seed 004's pointer to its appendices by number. */
    private static final Pattern APPENDICES_ATTACHED =
            Pattern.compile("\\s*\\((Đính kèm|Kèm theo) Phụ lục [IVX]+(?:\\s*(?:,|và)\\s*[IVX]+)*\\)");
    /** The mark that closes a document's text. */
    private static final String END = "/.";

    private BodyText() {
    }

    /** The paragraph, without its pointer to an indicators table when the plan prints none. */
    public static String printed(String paragraph, boolean hasIndicators) {
        return hasIndicators ? paragraph : INDICATORS_ATTACHED.matcher(paragraph).replaceAll("");
    }

    /**
     * A section's paragraphs as printed: each as {@link #printed(String, boolean)}, and a pointer to appendices by
     * number ("(Đính kèm Phụ lục I, II)") citing exactly the appendices printed, by their labels; when none is
     * printed the pointer goes, and a paragraph left holding only the closing "/." gives it to the one before.
     *
     * @param labels the printed appendices' labels in order ("Phụ lục I", "Phụ lục II"; or "PHỤ LỤC" alone)
     */
    public static List<String> printed(List<String> paragraphs, boolean hasIndicators, List<String> labels) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            String text = printed(p, hasIndicators);
            Matcher m = APPENDICES_ATTACHED.matcher(text);
            if (m.find()) {
                String cited = cited(labels);
                String replacement = cited.isEmpty() ? "" : (m.start() == 0 ? "" : " ") + "(" + m.group(1) + " "
                        + cited + ")";
                text = text.substring(0, m.start()) + replacement + text.substring(m.end());
            }
            if (text.strip().equals(END) && !out.isEmpty() && !out.get(out.size() - 1).endsWith(END)) {
                out.set(out.size() - 1, out.get(out.size() - 1) + END);
            } else if (!text.isBlank()) {
                out.add(text);
            }
        }
        return out;
    }

    /** "Phụ lục I, II" for several, "Phụ lục II" or "Phụ lục" for one, "" for none. */
    private static String cited(List<String> labels) {
        if (labels.isEmpty()) {
            return "";
        }
        if (labels.size() == 1) {
            return labels.get(0).equals("PHỤ LỤC") ? "Phụ lục" : labels.get(0);
        }
        List<String> numerals = new ArrayList<>();
        for (String label : labels) {
            numerals.add(label.substring(label.lastIndexOf(' ') + 1));
        }
        return "Phụ lục " + String.join(", ", numerals);
    }
}
