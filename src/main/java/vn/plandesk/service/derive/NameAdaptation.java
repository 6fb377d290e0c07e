package vn.plandesk.service.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rewordings a ward makes when it takes a province task as its own, as the Chơn Thành plan did: "toàn tỉnh" →
 * "toàn phường", "của tỉnh" → "của địa phương", "trên địa bàn tỉnh" → "trên địa bàn phường". They are suggestions: the
 * wizard shows them and the officer accepts or edits the result. "của tỉnh Đồng Nai" (a name follows) and "Tỉnh ủy"
 * are left alone.
 */
public final class NameAdaptation {
    /** One suggested rewording found in a text. */
    public record Suggestion(String from, String to) {
    }

    private record Rule(Pattern pattern, String replacement) {
    }

    private final List<Rule> rules;

    /** @param level "phường" or "xã": the word the ward's own tasks use for itself */
    public NameAdaptation(String level) {
        String self = level == null || level.isBlank() ? WardIdentity.WARD : level.strip();
        // a lower-case "tỉnh" not followed by a capitalised name ("tỉnh Đồng Nai") nor part of "Tỉnh ủy"
        String province = "tỉnh(?![\\p{L}\\p{M}])(?!\\s+\\p{Lu})";
        rules = List.of(
                new Rule(Pattern.compile("trên địa bàn " + province), "trên địa bàn " + self),
                new Rule(Pattern.compile("toàn " + province), "toàn " + self),
                new Rule(Pattern.compile("(?<![\\p{L}])của " + province), "của địa phương"));
    }

    /** The rewordings that apply to a text, in the order they occur; empty when the text needs none. */
    public List<Suggestion> suggestions(String text) {
        List<Suggestion> out = new ArrayList<>();
        for (Rule r : rules) {
            Matcher m = r.pattern.matcher(text == null ? "" : text);
            while (m.find()) {
                Suggestion s = new Suggestion(m.group(), r.replacement);
                if (!out.contains(s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** The text with every suggested rewording applied. */
    public String adapt(String text) {
        String out = text == null ? "" : text;
        for (Rule r : rules) {
            out = r.pattern.matcher(out).replaceAll(Matcher.quoteReplacement(r.replacement));
        }
        return out;
    }

    /**
     * A group title as the ward prints it: the province's name at the end is dropped ("… chuyển đổi số của tỉnh Đồng
     * Nai" → "… chuyển đổi số"), as in the Chơn Thành plan.
     */
    public static String groupTitle(String title) {
        return title == null ? "" : title.replaceFirst("\\s*(của\\s+)?tỉnh\\s+\\p{Lu}[\\p{L}\\p{M}]*(\\s+\\p{Lu}[\\p{L}\\p{M}]*)*\\s*$", "");
    }
}
