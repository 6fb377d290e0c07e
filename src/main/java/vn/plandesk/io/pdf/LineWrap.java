package vn.plandesk.io.pdf;

import com.itextpdf.kernel.font.PdfFont;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.plandesk.model.Text;

/**
 * A cell's text set in one face and size, broken into the lines of a given width as a word processor breaks them: at
 * the spaces, after a hyphen that joins two words ("57-" | "NQ/TW", not "16-18"), and inside a word only where that
 * word alone is wider than the line. A line typed by hand ("\n") is kept. A space at the end of a line takes no room,
 * so it never pushes the line's last word onto the next, and is kept at the line's end (see {@link #visible}). Widths are the font's advances, as {@link PdfFont#getWidth}
 * sums them (and {@link vn.plandesk.io.table.ColumnBalance} measures the columns with), so a word the columns were made
 * wide enough for is never broken.
 */
final class LineWrap {
    /** Advances of the characters below this code are kept in an array; others are asked of the font. */
    private static final int CACHED = 0x2000;

    private final PdfFont font;
    private final float size;
    private final int[] advances = new int[CACHED];
    /** The font's ascent above and descent below the baseline at this size, points. */
    private final float ascent;
    private final float descent;

    LineWrap(PdfFont font, float size) {
        this.font = font;
        this.size = size;
        Arrays.fill(advances, -1);
        var metrics = font.getFontProgram().getFontMetrics();
        this.ascent = metrics.getAscender() * size / 1000f;
        this.descent = -metrics.getDescender() * size / 1000f;
    }

    /** From the top of a line {@code line} points high to its baseline: ascent and descent centred in the line. */
    float baselineBelowTop(float line) {
        return (line - ascent - descent) / 2 + ascent;
    }

    PdfFont font() {
        return font;
    }

    float size() {
        return size;
    }

    /** The width of a text on one line, points. */
    float width(String text) {
        long units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += advance(text, i);
        }
        return units * size / 1000f;
    }

    /** The lines of the text within {@code width} points; at least one (an empty text is one empty line). */
    List<String> lines(String text, float width) {
        // composed, and a typed "\r\n" one line break, as the model stores text
        String t = Text.nfc(text);
        List<String> out = new ArrayList<>();
        // half a unit of slack: the columns were made wide enough for their longest word, give or take rounding
        long room = (long) Math.floor(width * 1000f / size + 0.5f);
        int start = 0;
        while (true) {
            int end = t.indexOf('\n', start);
            String paragraph = t.substring(start, end < 0 ? t.length() : end);
            wrap(paragraph, room, out);
            if (end < 0) {
                return out;
            }
            start = end + 1;
        }
    }

    /** One paragraph's lines, greedily: each line takes as many words as fit. */
    private void wrap(String p, long room, List<String> out) {
        int n = p.length();
        int lineStart = 0;
        long used = 0;
        // where the line may end (exclusive) and where the next then starts; -1 while the line has no such place
        int breakEnd = -1;
        int breakNext = -1;
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            int a = advance(p, i);
            if (c == ' ' || c == '\t') {
                if (i > lineStart) {
                    breakEnd = i;
                    breakNext = i + 1;
                }
                used += a;
                continue;
            }
            if (used + a > room && i > lineStart) {
                int end;
                int next;
                if (breakEnd > lineStart) {
                    end = breakEnd;
                    next = breakNext;
                } else {
                    // a word wider than the line: it breaks where the line is full
                    end = i;
                    next = i;
                }
                String line = stripTrailing(p.substring(lineStart, end));
                // the space the line broke at is kept at its end, unseen, as iText and most writers keep it: the
                // PDF import reads a line ending in a hyphen without one as a word broken there ("57-" | "NQ/TW")
                out.add(next > end ? line + " " : line);
                while (next < n && (p.charAt(next) == ' ' || p.charAt(next) == '\t')) {
                    next++;
                }
                lineStart = next;
                breakEnd = -1;
                breakNext = -1;
                used = 0;
                for (int k = lineStart; k < i; k++) {
                    used += advance(p, k);
                }
            }
            used += a;
            if (c == '-' && joinsWords(p, i)) {
                breakEnd = i + 1;
                breakNext = i + 1;
            }
        }
        out.add(stripTrailing(p.substring(Math.min(lineStart, n))));
    }

    /** A hyphen written between a letter or digit and a letter: the line may break after it. */
    private static boolean joinsWords(String p, int i) {
        return i > 0 && i + 1 < p.length() && Character.isLetterOrDigit(p.charAt(i - 1))
                && Character.isLetter(p.charAt(i + 1));
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return s.substring(0, end);
    }

    /** A line as it takes room: without the space it broke at. */
    static String visible(String line) {
        return stripTrailing(line);
    }

    /** The advance of the character at {@code i} in thousandths of the size; the low half of a pair takes none. */
    private int advance(String s, int i) {
        char c = s.charAt(i);
        if (c < CACHED) {
            int a = advances[c];
            if (a < 0) {
                a = font.getWidth(c);
                advances[c] = a;
            }
            return a;
        }
        if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) {
            return 0;
        }
        return font.getWidth(Character.codePointAt(s, i));
    }
}
