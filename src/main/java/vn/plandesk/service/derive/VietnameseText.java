package vn.plandesk.service.derive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.plandesk.model.Text;

/**
 * Task text as the replacement mapping compares it, the way Vietnamese reads: a text is a run of syllables ("chuyển
 * đổi số"), so single syllables and the pairs of neighbouring syllables within one clause are its terms. Tone marks
 * stay ("số", "sở" and "sổ" are different words); the old and new placement of the tone ("hoá", "hóa") are one.
 */
final class VietnameseText {
    /**
     * Syllables that carry grammar rather than meaning. They weigh little on their own, and a pair with one of them
     * ("của địa", "các tổ") is no term at all: such pairs made wrong proposals out of many small hits.
     */
    static final Set<String> FUNCTION_WORDS = Set.of(
            "các", "của", "và", "với", "về", "cho", "để", "trong", "trên", "tại", "theo", "từ", "đến", "là", "có",
            "được", "những", "một", "mỗi", "này", "đó", "như", "nhất", "hoặc", "hay", "đã", "sẽ", "thì", "mà", "bằng",
            "vào", "ra", "nhằm", "đối", "việc", "sự", "cả", "mọi", "giữa", "qua", "nếu", "khi", "còn", "nhiều");

    /**
     * Words every task of a plan is written with ("triển khai", "xây dựng", "cơ quan, đơn vị"): they tell what kind of
     * sentence a task is, not what it is about. Two tasks sharing only these are not alike, so as terms they weigh
     * little, like function words.
     */
    static final Set<String> PLAN_WORDS = Set.of(
            "triển khai", "thực hiện", "xây dựng", "tổ chức", "cơ quan", "đơn vị", "địa bàn", "đẩy mạnh", "tăng cường",
            "nâng cao", "hiệu quả", "đảm bảo", "bảo đảm", "thúc đẩy", "trên địa", "phát triển", "hoàn thiện",
            "rà soát", "kịp thời", "hằng năm", "định kỳ", "ủy ban", "ban nhân", "dân tỉnh");

    private VietnameseText() {
    }

    /** Lower case, NFC, the tone of "oa", "oe", "uy" on the first vowel ("hoá" → "hóa", "thuỷ" → "thủy"). */
    static String lower(String s) {
        String t = Text.nfc(s).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            char next = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
            boolean wordEnd = !Character.isLetter(i + 2 < t.length() ? t.charAt(i + 2) : ' ');
            int tone = toneOf(next);
            if (wordEnd && tone >= 0 && (c == 'o' && (base(next) == 'a' || base(next) == 'e') || c == 'u' && base(next) == 'y')) {
                b.append(withTone(c, tone)).append(base(next));
                i++;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The clauses of a text: what a sentence or a ";" closes. */
    static List<String> clauses(String lower) {
        List<String> out = new ArrayList<>();
        for (String c : lower.split("[;.](?=\\s|$)|\\R")) {
            if (!c.isBlank()) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * A text that enumerates short names ("… trong các lĩnh vực trọng điểm như nông nghiệp, y tế, giao thông, du
     * lịch,…") read once for each name, the rest of the text kept ("… trọng điểm như y tế"). A point that lists sectors
     * stands for each of them, and a task about one sector is lost among the others when the whole list is compared;
     * where the list is a small part of a long point, the rest still weighs. A text without a list gives none.
     */
    static List<String> listVariants(String text) {
        String[] parts = text.split(",");
        int[] run = enumeration(parts);
        if (run.length == 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        List<String> all = Arrays.asList(parts);
        String lead = String.join(",", all.subList(0, run[0]));
        String first = parts[run[0]];
        int like = first.lastIndexOf(LIKE);
        String intro = like >= 0 ? first.substring(0, like + LIKE.length()) : "";
        String rest = String.join(",", all.subList(run[1], parts.length));
        for (int i = run[0]; i < run[1]; i++) {
            out.add(lead + (lead.isEmpty() ? "" : ",") + intro + " " + listItem(parts[i]) + "," + rest);
        }
        return out;
    }

    /** The names a text enumerates (see {@link #listVariants}), or none. */
    static List<String> listNames(String text) {
        String[] parts = text.split(",");
        int[] run = enumeration(parts);
        List<String> out = new ArrayList<>();
        for (int i = run.length == 0 ? 0 : run[0]; run.length > 0 && i < run[1]; i++) {
            out.add(listItem(parts[i]));
        }
        return out;
    }

    private static final String LIKE = " như ";

    /**
     * The longest run of four or more comma-separated parts that each name one thing of one or two syllables, as
     * {start, end} (end exclusive), or an empty array. A part with "như" ("… lĩnh vực như y tế") starts a run.
     */
    private static int[] enumeration(String[] parts) {
        int[] best = {};
        int start = -1;
        for (int i = 0; i <= parts.length; i++) {
            int n = i < parts.length ? syllables(listItem(parts[i])) : 0;
            boolean item = n >= 1 && n <= 2;
            boolean like = i < parts.length && parts[i].contains(LIKE);
            if (start >= 0 && (!item || like)) {
                if (i - start >= 4 && (best.length == 0 || i - start > best[1] - best[0])) {
                    best = new int[] {start, i};
                }
                start = -1;
            }
            if (item && start < 0) {
                start = i;
            }
        }
        return best;
    }

    /** What a comma-separated part names when it is an item of a list: the words after "như", without dots. */
    private static String listItem(String part) {
        int like = part.lastIndexOf(LIKE);
        return (like >= 0 ? part.substring(like + LIKE.length()) : part).replace("...", " ").replace('…', ' ').strip();
    }

    private static int syllables(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    /** The words of each phrase of a clause (commas, colons, brackets and quotes end a phrase; pairs stay inside). */
    static List<List<String>> phrases(String clause) {
        List<List<String>> out = new ArrayList<>();
        for (String p : clause.split("[,:()\\[\\]“”\"'‘’/–\\-]|\\.\\.\\.|…")) {
            List<String> words = new ArrayList<>();
            for (String w : p.split("[^\\p{L}\\p{N}&]+")) {
                if (!w.isEmpty() && !w.chars().allMatch(Character::isDigit)) {
                    words.add(w);
                }
            }
            if (!words.isEmpty()) {
                out.add(words);
            }
        }
        return out;
    }

    private static final String TONED_A = "áàảãạ";
    private static final String TONED_E = "éèẻẽẹ";
    private static final String TONED_Y = "ýỳỷỹỵ";
    private static final String TONED_O = "óòỏõọ";
    private static final String TONED_U = "úùủũụ";

    private static int toneOf(char c) {
        for (String s : new String[] {TONED_A, TONED_E, TONED_Y}) {
            int k = s.indexOf(c);
            if (k >= 0) {
                return k;
            }
        }
        return -1;
    }

    private static char base(char c) {
        if (TONED_A.indexOf(c) >= 0) {
            return 'a';
        }
        if (TONED_E.indexOf(c) >= 0) {
            return 'e';
        }
        if (TONED_Y.indexOf(c) >= 0) {
            return 'y';
        }
        return c;
    }

    private static char withTone(char vowel, int tone) {
        return (vowel == 'o' ? TONED_O : TONED_U).charAt(tone);
    }
}
