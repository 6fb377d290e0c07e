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
        return Normalizer.isNormalized(n, Normalizer.Form.NFC) ? n : Normalizer.normalize(n, Normalizer.Form.NFC);
    }

    /** NFC copy of a list, never null, nulls and blank entries dropped. */
    public static List<String> nfcList(Collection<String> list) {
        if (list == null || list.isEmpty()) {
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
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        return List.copyOf(list.stream().filter(Objects::nonNull).toList());
    }

    /**
     * The search key of a text: no diacritics, lower case, đ→d, white space folded, so that "chuyen doi so" finds
     * "Chuyển đổi số".
     */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            if (Character.isWhitespace(c)) {
                if (!space && b.length() > 0) {
                    b.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            b.append(Character.toLowerCase(c));
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        return b.substring(0, end);
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
