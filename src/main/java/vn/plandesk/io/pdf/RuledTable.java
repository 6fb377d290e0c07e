package vn.plandesk.io.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.plandesk.io.pdf.PageContent.Line;
import vn.plandesk.io.pdf.PageGlyphs.Glyph;

/**
 * The table ruled on one page, rebuilt from the lines drawn and the glyphs' positions: the rows are the bands between
 * horizontal rules, the columns the gaps between vertical rules; where a rule is missing between two bands or two
 * columns the cells are one (merged down or across). Rules that cross no others (the short rule under a title) are not
 * part of the table. Nothing depends on the widths or positions of a particular layout.
 */
final class RuledTable {
    private static final float SNAP = 1.6f;
    /** Lines of a cell are joined by a space unless the first ended before the cell's edge: a break typed by hand. */
    private static final float SPACE_EM = 0.3f;

    /** A row: the cells' texts left to right, and which of them go on into the next row. */
    record Row(List<String> cells, boolean[] mergedDown) {
    }

    final float top;
    final float bottom;
    final List<Row> rows;

    private RuledTable(float top, float bottom, List<Row> rows) {
        this.top = top;
        this.bottom = bottom;
        this.rows = rows;
    }

    /** The page's table, or null when its rules make none. */
    static RuledTable of(List<Line> rulings, List<Glyph> glyphs) {
        List<Line> h = merge(rulings.stream().filter(Line::horizontal).toList());
        List<Line> v = merge(rulings.stream().filter(l -> !l.horizontal()).toList());
        List<Line> hs = h.stream().filter(a -> crossings(a, v) >= 2).toList();
        List<Line> vs = v.stream().filter(a -> crossings(a, h) >= 2).toList();
        if (hs.size() < 2 || vs.size() < 2) {
            return null;
        }
        float[] ys = positions(hs);
        float[] xs = positions(vs);
        int bands = ys.length - 1;
        int cols = xs.length - 1;
        if (bands < 1 || cols < 1) {
            return null;
        }
        int[] parent = new int[bands * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int b = 0; b < bands; b++) {
            float mid = (ys[b] + ys[b + 1]) / 2;
            for (int c = 0; c < cols; c++) {
                float cmid = (xs[c] + xs[c + 1]) / 2;
                if (c > 0 && !covered(vs, xs[c], mid)) {
                    union(parent, b * cols + c, b * cols + c - 1);
                }
                if (b > 0 && !covered(hs, ys[b], cmid)) {
                    union(parent, b * cols + c, (b - 1) * cols + c);
                }
            }
        }
        List<List<Glyph>> inCell = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            inCell.add(null);
        }
        for (Glyph g : glyphs) {
            int b = index(ys, g.cellY());
            int c = index(xs, g.cellX());
            if (b < 0 || c < 0) {
                continue;
            }
            int root = find(parent, b * cols + c);
            if (inCell.get(root) == null) {
                inCell.set(root, new ArrayList<>());
            }
            inCell.get(root).add(g);
        }
        // the cells' padding, from the cells whose text starts at their left edge: centred text would overstate it
        List<List<TextLines.Line>> lines = new ArrayList<>();
        float pad = 8f;
        for (int i = 0; i < parent.length; i++) {
            List<TextLines.Line> ls = inCell.get(i) == null ? null : TextLines.of(inCell.get(i));
            lines.add(ls);
            if (ls != null) {
                for (TextLines.Line l : ls) {
                    pad = Math.min(pad, l.left() - xs[i % cols]);
                }
            }
        }
        pad = Math.max(0.5f, pad);
        // writers that keep the space where they wrapped a line do so at most line ends of the table's cells
        int wrapped = 0;
        int withSpace = 0;
        for (List<TextLines.Line> ls : lines) {
            for (int i = 0; ls != null && i < ls.size() - 1; i++) {
                wrapped++;
                withSpace += ls.get(i).endsWithSpace() ? 1 : 0;
            }
        }
        boolean spaces = withSpace * 2 > wrapped;
        String[] texts = new String[parent.length];
        List<Row> rows = new ArrayList<>();
        for (int b = 0; b < bands; b++) {
            List<String> cells = new ArrayList<>();
            boolean[] down = new boolean[cols];
            for (int c = 0; c < cols; c++) {
                int root = find(parent, b * cols + c);
                int firstCol = root % cols;
                int lastBand = b;
                while (lastBand + 1 < bands && find(parent, (lastBand + 1) * cols + c) == root) {
                    lastBand++;
                }
                down[c] = lastBand > b;
                if (firstCol != c) {
                    cells.add("");
                    continue;
                }
                if (texts[root] == null) {
                    int lastCol = c;
                    while (lastCol + 1 < cols && find(parent, b * cols + lastCol + 1) == root) {
                        lastCol++;
                    }
                    texts[root] = cellText(lines.get(root), xs[lastCol + 1] - xs[c] - 2 * pad, spaces);
                }
                cells.add(texts[root]);
            }
            rows.add(new Row(cells, down));
        }
        return new RuledTable(ys[0], ys[ys.length - 1], rows);
    }

    /** The cell's lines: a wrapped line goes on with a space, a line ended early (by hand) with a line break. */
    private static String cellText(List<TextLines.Line> lines, float inner, boolean spaces) {
        if (lines == null || lines.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder(lines.get(0).text());
        // a line starting "- " is an item of a list the cell holds, or, in a cell that starts otherwise, where a
        // narrow column wrapped "Phòng Văn hóa" | "- Xã hội"
        boolean list = lines.get(0).text().matches("^[-+•–]\\s.*");
        for (int i = 1; i < lines.size(); i++) {
            TextLines.Line prev = lines.get(i - 1);
            TextLines.Line next = lines.get(i);
            boolean hard = list && next.text().matches("^[-+•–]\\s.*")
                    || prev.right() - prev.left() + SPACE_EM * next.size() + next.firstWordWidth() < inner - 1;
            s.append(hard ? "\n" : joinedWord(prev, next, inner, spaces) ? "" : " ").append(next.text());
        }
        return s.toString();
    }

    /**
     * Whether a line break fell inside a word: after a hyphen written against the word before it ("57-" and "NQ/TW"),
     * or, where the writer keeps the space at which it wrapped a line, in a word too wide for the cell: a line of that
     * one word, where the next line's first letter would not have fitted but the space would, yet none was drawn. A
     * line merely ending without its space says nothing more: LibreOffice drops the space that would stand past the
     * cell's edge, and every one in centred text.
     */
    private static boolean joinedWord(TextLines.Line prev, TextLines.Line next, float inner, boolean spaces) {
        String p = prev.text();
        if (next.text().isEmpty() || spaces && prev.endsWithSpace()) {
            return false;
        }
        if (p.length() >= 2 && "-–".indexOf(p.charAt(p.length() - 1)) >= 0 && p.charAt(p.length() - 2) != ' ') {
            return true;
        }
        float width = prev.right() - prev.left();
        return spaces && !prev.endsWithSpace() && p.indexOf(' ') < 0 && width + next.firstGlyphWidth() > inner
                && width + SPACE_EM * prev.size() <= inner;
    }

    private static int index(float[] edges, float v) {
        if (v < edges[0] || v > edges[edges.length - 1]) {
            return -1;
        }
        int i = Arrays.binarySearch(edges, v);
        if (i >= 0) {
            return Math.min(i, edges.length - 2);
        }
        return Math.min(-i - 2, edges.length - 2);
    }

    private static boolean covered(List<Line> lines, float at, float point) {
        for (Line l : lines) {
            if (Math.abs(l.at() - at) <= SNAP && l.from() - SNAP <= point && point <= l.to() + SNAP) {
                return true;
            }
        }
        return false;
    }

    private static int crossings(Line a, List<Line> others) {
        int n = 0;
        for (Line o : others) {
            if (o.from() - SNAP <= a.at() && a.at() <= o.to() + SNAP && a.from() - SNAP <= o.at()
                    && o.at() <= a.to() + SNAP) {
                n++;
            }
        }
        return n;
    }

    /** Distinct positions of the lines, those closer than the snap taken as one. */
    private static float[] positions(List<Line> lines) {
        float[] all = new float[lines.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = lines.get(i).at();
        }
        Arrays.sort(all);
        float[] out = new float[all.length];
        int n = 0;
        for (float p : all) {
            if (n == 0 || p - out[n - 1] > SNAP) {
                out[n++] = p;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Collinear segments that touch or overlap, as one line: writers draw a rule cell by cell. */
    private static List<Line> merge(List<Line> lines) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort((a, b) -> Float.compare(a.at(), b.at()));
        List<Line> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            float at = sorted.get(i).at();
            int j = i;
            while (j < sorted.size() && sorted.get(j).at() - at <= SNAP / 2) {
                j++;
            }
            List<Line> same = new ArrayList<>(sorted.subList(i, j));
            same.sort((a, b) -> Float.compare(a.from(), b.from()));
            Line run = null;
            for (Line l : same) {
                if (run != null && l.from() <= run.to() + SNAP) {
                    run = new Line(l.horizontal(), run.at(), run.from(), Math.max(run.to(), l.to()));
                } else {
                    if (run != null) {
                        out.add(run);
                    }
                    run = l;
                }
            }
            out.add(run);
            i = j;
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
