package vn.plandesk.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Text as PlanDesk keeps it: every string that enters the model is Unicode NFC, because text pasted from PDFs or Word
 * may be decomposed and iText, which has no shaping, would print decomposed marks misplaced.
 */
public final class Text {
    private Text() {
    }

    /** NFC, never null; line endings unified to \n. */
    public static String nfc(String s) {
        if (s == null) {
            return "";
        }
        String n = s.indexOf('\r') >= 0 ? s.replace("\r\n", "\n").replace('\r', '\n') : s;
        // the JDK returns the very string when it is already NFC, without a copy
        return Normalizer.normalize(n, Normalizer.Form.NFC);
    }

    /** NFC copy of a list, never null, nulls and blank entries dropped. */
    public static List<String> nfcList(Collection<String> list) {
        if (list == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(list.size());
        for (String s : list) {
            String n = nfc(s).strip();
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return List.copyOf(out);
    }

    public static <T> List<T> copy(Collection<T> list) {
        if (list == null) {
            return List.of();
        }
        return List.copyOf(list.stream().filter(Objects::nonNull).toList());
    }

    /**
     * The search key of a text: no diacritics, lower case, đ→d, white space folded, so that "chuyen doi so" finds
     * "Chuyển đổi số".
     */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String folded = folded(c);
            for (int k = 0; k < folded.length(); k++) {
                char f = folded.charAt(k);
                if (Character.isWhitespace(f)) {
                    if (!space && b.length() > 0) {
                        b.append(' ');
                    }
                    space = true;
                    continue;
                }
                space = false;
                b.append(f);
            }
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        return b.substring(0, end);
    }

    /**
     * The fold of each character of the Latin, Latin Extended and Vietnamese blocks, worked out once, when the
     * character is first met: searching a big plan folds megabytes of text, and decomposing each string anew was most
     * of the time of opening one. Working out all 8,192 when the class was first used cost every command and the
     * window's start about 9 ms, for the hundred or so characters a plan uses.
     */
    private static final String[] FOLDED = new String[0x2000];

    /** A character's fold, from the table when it is there. */
    @OnlySavesTime
    private static String folded(char c) {
        if (c >= FOLDED.length) {
            return foldChar(c);
        }
        String fold = FOLDED[c];
        if (fold == null) {
            fold = foldChar(c);
            // two threads may both work it out and store the same fold; a String is safe to share without a lock
            FOLDED[c] = fold;
        }
        return fold;
    }

    /** One character decomposed, its marks dropped, lower-cased, đ read as d. */
    private static String foldChar(char c) {
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char x = d.charAt(i);
            if (Character.getType(x) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (x == 'đ' || x == 'Đ') {
                x = 'd';
            }
            b.append(Character.toLowerCase(x));
        }
        return b.toString();
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
