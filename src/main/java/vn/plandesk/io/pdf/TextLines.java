package vn.plandesk.io.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.plandesk.io.pdf.PageGlyphs.Glyph;
import vn.plandesk.model.Text;

/**
 * Glyphs into lines of words. Words are told apart by the spaces the PDF draws and by the gap between glyphs measured
 * against the font size, so that kerning does not split a word ("Thán g 6") and words set without space glyphs are
 * not run together.
 */
final class TextLines {
    /** Glyphs whose baselines differ by less than this share of the font size stand on one line. */
    private static final float SAME_LINE = 0.4f;
    /**
     * A gap between glyphs this wide (share of the font size) separates words even without a space glyph: some writers
     * position each word instead of drawing spaces. A space of the serif fonts is a quarter of the size; kerning and
     * the spacing inside a word stay well below this.
     */
    private static final float WORD_GAP = 0.17f;

    /** A line: its text and extent. */
    record Line(String text, float left, float right, float baseline, float size, List<Glyph> glyphs) {
        /** The width of the line's first word, to tell a wrapped line from a line ended by hand. */
        float firstWordWidth() {
            float end = left;
            for (Glyph g : glyphs) {
                if (g.space()) {
                    break;
                }
                end = g.right();
            }
            return end - left;
        }

        /** The advance of the line's first letter. */
        float firstGlyphWidth() {
            for (Glyph g : glyphs) {
                if (!g.space()) {
                    return g.width();
                }
            }
            return 0;
        }

        /** Whether the line ends in a space glyph: writers that draw spaces keep the one where they wrapped a line. */
        boolean endsWithSpace() {
            return !glyphs.isEmpty() && glyphs.get(glyphs.size() - 1).space();
        }

        /** The width of the line's last word. */
        float lastWordWidth() {
            float start = right;
            for (int i = glyphs.size() - 1; i >= 0; i--) {
                Glyph g = glyphs.get(i);
                if (g.space()) {
                    if (start < right) {
                        break;
                    }
                    continue;
                }
                start = g.x();
            }
            return right - start;
        }
    }

    private TextLines() {
    }

    static List<Line> of(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y));
        List<List<Glyph>> rows = new ArrayList<>();
        List<Glyph> row = null;
        float base = 0;
        for (Glyph g : sorted) {
            if (row == null || Math.abs(g.y() - base) > SAME_LINE * Math.max(g.size(), 4)) {
                row = new ArrayList<>();
                rows.add(row);
                base = g.y();
            }
            row.add(g);
        }
        List<Line> out = new ArrayList<>();
        for (List<Glyph> r : rows) {
            r.sort(Comparator.comparingDouble(Glyph::x));
            Line l = line(r);
            if (!l.text().isEmpty()) {
                out.add(l);
            }
        }
        return out;
    }

    /** Splits a line where the gap is wider than {@code gapEm} font sizes: columns side by side. */
    static List<Line> segments(Line line, float gapEm) {
        List<Line> out = new ArrayList<>();
        List<Glyph> part = new ArrayList<>();
        Glyph last = null;
        for (Glyph g : line.glyphs()) {
            if (!g.space()) {
                if (last != null && g.x() - last.right() > gapEm * Math.max(g.size(), 4)) {
                    out.add(line(part));
                    part = new ArrayList<>();
                }
                last = g;
            }
            part.add(g);
        }
        if (!part.isEmpty()) {
            out.add(line(part));
        }
        out.removeIf(l -> l.text().isEmpty());
        return out;
    }

    private static Line line(List<Glyph> r) {
        StringBuilder s = new StringBuilder();
        Glyph prev = null;
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float size = 0;
        float baseline = 0;
        List<Glyph> kept = new ArrayList<>();
        for (Glyph g : r) {
            if (g.space()) {
                if (s.length() > 0 && s.charAt(s.length() - 1) != ' ') {
                    s.append(' ');
                }
                kept.add(g);
                continue;
            }
            if (prev != null && s.length() > 0 && s.charAt(s.length() - 1) != ' ') {
                float gap = g.x() - prev.right();
                if (gap > WORD_GAP * Math.max(g.size(), 4)) {
                    s.append(' ');
                }
            }
            s.append(g.text());
            left = Math.min(left, g.x());
            right = Math.max(right, g.right());
            size = Math.max(size, g.size());
            baseline = g.y();
            kept.add(g);
            prev = g;
        }
        String text = Text.nfc(s.toString()).replace('\u00A0', ' ').strip();
        return new Line(text, left, right, baseline, size, kept);
    }
}
