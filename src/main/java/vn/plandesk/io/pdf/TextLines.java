package vn.plandesk.io.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.plandesk.io.pdf.PageGlyphs.Glyph;
import vn.plandesk.model.Text;

/**
 * Glyphs into lines of words. Words are told apart by the spaces the PDF draws and, where it draws none, by the gap
 * between glyphs measured against the font size, so that kerning or justified spacing does not split a word ("Thán g 6")
 * and words set without space glyphs are not run together.
 */
final class TextLines {
    /** Glyphs whose baselines differ by less than this share of the font size stand on one line. */
    private static final float SAME_LINE = 0.4f;
    /** With space glyphs present, a gap must be this wide (share of the font size) to count as a space anyway. */
    private static final float GAP_WITH_SPACES = 0.45f;
    /** Without space glyphs, the gap that separates words. */
    private static final float GAP_WITHOUT_SPACES = 0.16f;

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
        boolean spaces = glyphs.stream().anyMatch(Glyph::space);
        List<Line> out = new ArrayList<>();
        for (List<Glyph> r : rows) {
            r.sort(Comparator.comparingDouble(Glyph::x));
            Line l = line(r, spaces);
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
                    out.add(line(part, true));
                    part = new ArrayList<>();
                }
                last = g;
            }
            part.add(g);
        }
        if (!part.isEmpty()) {
            out.add(line(part, true));
        }
        out.removeIf(l -> l.text().isEmpty());
        return out;
    }

    private static Line line(List<Glyph> r, boolean spaces) {
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
                if (gap > (spaces ? GAP_WITH_SPACES : GAP_WITHOUT_SPACES) * Math.max(g.size(), 4)) {
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
