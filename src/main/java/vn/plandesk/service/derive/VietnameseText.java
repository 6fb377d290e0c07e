package vn.plandesk.service.derive;

import java.util.ArrayList;
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

    private VietnameseText() {
    }

    /** Lower case, NFC, the tone of "oa", "oe", "uy" on the first vowel ("hoá" → "hóa", "thuỷ" → "thủy"). */
    static String lower(String s) {
        String t = Text.nfc(s == null ? "" : s).toLowerCase(Locale.ROOT);
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
