package vn.plandesk.io.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Shares a table's width among its columns by what they hold, so that the table is as short as it can be: the height
 * of the table is the paper the officer pays for. Each column is at least as wide as its longest word (a word, or a
 * Vietnamese syllable, is never broken inside), then the rest of the width goes, a slice at a time, to the column
 * whose widening shortens the rows the most. A row is as tall as its tallest cell, so a column of short texts beside
 * long ones gets little, and a long "Kết quả" gets what the year marks do not need.
 *
 * <p>Heights are counted by wrapping each cell's words at the cell's inner width, as the PDF, Word and a spreadsheet
 * wrap them: a narrow column of short words wraps far worse than its text's width divided by the column's suggests,
 * and a mere estimate gave "Kết quả" too little. After the slices, width is moved from one column to another while
 * that shortens the table. Large tables are sampled (see {@link #sample}): the widths depend on the kind of text in
 * each column, not on every row. A word may break after a hyphen ("92/KH-" | "UBND", as seed 002's header does and
 * as the layouts do), never inside a syllable.
 */
public final class ColumnBalance {
    /** The width of a text set in the table's type, in points; bold for header cells. */
    public interface TextWidth {
        float of(String text, boolean bold);
    }

    /** Rows beyond this many are sampled evenly; enough to see what each column holds. */
    public static final int SAMPLE_ROWS = 400;
    /** A single column never needs to be wider than this share of the table to keep its longest word whole. */
    private static final float WIDEST_WORD_SHARE = 0.3f;
    /** Slices of the spare width; each step tries every column, so this bounds the work (the widths settle well before). */
    private static final int STEPS = 64;
    /** Rounds of moving a slice between two columns; each tries every pair, so this bounds the work. */
    private static final int MOVES = 24;

    private final int columns;
    private final TextWidth width;
    private final float padding;
    private final float[] floor;
    private final List<Cell[]> rows = new ArrayList<>();
    private final List<Boolean> headers = new ArrayList<>();
    private int bodyRows;
    private int allRows;
    private float linesPerPage = Float.MAX_VALUE;

    /**
     * A measured cell: the columns it covers, the width of each of its lines, the widths of each line's words and the
     * width of a space between them; and the lines it took at the last few inner widths it was wrapped at. A trial
     * widens or narrows one or two columns by one slice, so each cell is asked again and again for the same few
     * widths: remembering them makes the balance several times cheaper.
     */
    private static final class Cell {
        private static final int REMEMBERED = 3;
        final int column;
        final int span;
        final float[] lines;
        final float[][] words;
        final float space;
        private final float[] widthsSeen = {Float.NaN, Float.NaN, Float.NaN};
        private final int[] linesSeen = new int[REMEMBERED];
        private int next;

        Cell(int column, int span, float[] lines, float[][] words, float space) {
            this.column = column;
            this.span = span;
            this.lines = lines;
            this.words = words;
            this.space = space;
        }

        /** The lines the text takes at this inner width. */
        int linesAt(float inner) {
            for (int i = 0; i < REMEMBERED; i++) {
                if (widthsSeen[i] == inner) {
                    return linesSeen[i];
                }
            }
            int n = wrapped(this, inner);
            widthsSeen[next] = inner;
            linesSeen[next] = n;
            next = (next + 1) % REMEMBERED;
            return n;
        }
    }

    /**
     * @param columns the number of columns
     * @param width   measures text in the table's type
     * @param padding the horizontal room a cell takes besides its text (both paddings and the border), points
     */
    public ColumnBalance(int columns, TextWidth width, float padding) {
        this.columns = columns;
        this.width = width;
        this.padding = padding;
        this.floor = new float[columns];
    }

    /** A column that must be at least this wide whatever it holds (points). */
    public ColumnBalance atLeast(int column, float points) {
        floor[column] = Math.max(floor[column], points);
        return this;
    }

    /**
     * The header is printed again on every page, so it weighs once a page: the pages are estimated from the rows'
     * lines and the lines a page holds. Rows beyond the sample are counted through {@link #rowsInAll}.
     */
    public ColumnBalance linesPerPage(float lines) {
        this.linesPerPage = lines;
        return this;
    }

    /** The number of rows of the whole table, when the rows given are a sample of it. */
    public ColumnBalance rowsInAll(int rows) {
        this.allRows = rows;
        return this;
    }

    /** A header cell: bold; its words set the column's least width; it is printed on every page. */
    public ColumnBalance header(int column, int span, String text) {
        add(new int[] {column}, new int[] {span}, new String[] {text}, true);
        return this;
    }

    /** A body row of one text a column. */
    public ColumnBalance row(List<String> texts) {
        int[] at = new int[texts.size()];
        int[] spans = new int[texts.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = i;
            spans[i] = 1;
        }
        add(at, spans, texts.toArray(String[]::new), false);
        return this;
    }

    /** A body row whose cells may span columns: first column, span and text of each cell. */
    public ColumnBalance spannedRow(int[] firstColumns, int[] spans, String[] texts) {
        add(firstColumns, spans, texts, false);
        return this;
    }

    private void add(int[] at, int[] spans, String[] texts, boolean bold) {
        Cell[] cells = new Cell[at.length];
        float space = width.of(" ", bold);
        for (int i = 0; i < at.length; i++) {
            String text = texts[i] == null ? "" : texts[i];
            String[] lines = text.split("\n", -1);
            float[] measured = new float[lines.length];
            float[][] words = new float[lines.length][];
            for (int l = 0; l < lines.length; l++) {
                String line = lines[l].strip();
                measured[l] = line.isEmpty() ? 0 : width.of(line, bold);
                String[] w = line.isEmpty() ? new String[0] : line.split("\\s+");
                words[l] = new float[w.length];
                for (int k = 0; k < w.length; k++) {
                    words[l][k] = width.of(w[k], bold);
                }
            }
            cells[i] = new Cell(at[i], spans[i], measured, words, space);
            if (spans[i] == 1) {
                for (String word : text.split("\\s+")) {
                    // the header's words stay whole: broken, they made it a third of each page
                    for (String piece : bold ? new String[] {word} : HYPHEN.split(word)) {
                        if (!piece.isEmpty()) {
                            floor[at[i]] = Math.max(floor[at[i]], width.of(piece, bold) + padding);
                        }
                    }
                }
            }
        }
        rows.add(cells);
        headers.add(bold);
        if (!bold) {
            bodyRows++;
        }
    }

    /** Where a word may break: after a hyphen not before a digit ("92/KH-" | "UBND", but "16-18" whole). */
    private static final java.util.regex.Pattern HYPHEN = java.util.regex.Pattern.compile("(?<=\\p{L}-)(?=\\p{L})");

    /** The widths of the columns, in points, adding up to {@code total}. */
    public float[] widths(float total) {
        float[] w = new float[columns];
        float least = 0;
        for (int c = 0; c < columns; c++) {
            w[c] = Math.min(Math.max(floor[c], padding + 1), total * WIDEST_WORD_SHARE);
            least += w[c];
        }
        if (least >= total) {
            // the words alone need more than the page: shrink all alike, the layout will break the longest
            for (int c = 0; c < columns; c++) {
                w[c] = w[c] * total / least;
            }
            return w;
        }
        float slice = (total - least) / STEPS;
        for (int step = 0; step < STEPS; step++) {
            int best = -1;
            double bestHeight = height(w);
            for (int c = 0; c < columns; c++) {
                float kept = w[c];
                w[c] += slice;
                double h = height(w);
                w[c] = kept;
                if (h < bestHeight - 1e-9) {
                    bestHeight = h;
                    best = c;
                }
            }
            if (best < 0) {
                // no slice shortens any row: share what is left by the text each column holds
                spread(w, slice * (STEPS - step));
                break;
            }
            w[best] += slice;
        }
        // large moves first: a row shortens by whole lines, so a small slice often changes nothing
        for (int pass = 0; pass < 2; pass++) {
            for (float move = slice * 16; move >= slice / 2; move /= 2) {
                refine(w, move);
            }
        }
        return w;
    }

    /** Moves a slice of width from one column to another while that shortens the table. */
    private void refine(float[] w, float slice) {
        double current = height(w);
        for (int round = 0; round < MOVES; round++) {
            int from = -1;
            int to = -1;
            double best = current;
            for (int a = 0; a < columns; a++) {
                if (w[a] - slice < Math.min(floor[a], w[a])) {
                    continue;
                }
                for (int b = 0; b < columns; b++) {
                    if (a == b) {
                        continue;
                    }
                    float keptA = w[a];
                    float keptB = w[b];
                    w[a] -= slice;
                    w[b] += slice;
                    double h = height(w);
                    w[a] = keptA;
                    w[b] = keptB;
                    if (h < best - 1e-9) {
                        best = h;
                        from = a;
                        to = b;
                    }
                }
            }
            if (from < 0) {
                return;
            }
            w[from] -= slice;
            w[to] += slice;
            current = best;
        }
    }

    private void spread(float[] w, float rest) {
        double[] text = new double[columns];
        double sum = 0;
        for (Cell[] row : rows) {
            for (Cell cell : row) {
                if (cell.span == 1) {
                    for (float l : cell.lines) {
                        text[cell.column] += l;
                        sum += l;
                    }
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            w[c] += (float) (sum == 0 ? rest / columns : rest * text[c] / sum);
        }
    }

    /** The estimated height of the table, in lines of text: the body, and the header once a page. */
    private double height(float[] w) {
        double body = 0;
        // header cells stand in one or two rows; the tallest cell gives their height
        double header = 0;
        for (int r = 0; r < rows.size(); r++) {
            double tallest = 1;
            Cell[] row = rows.get(r);
            for (Cell cell : row) {
                tallest = Math.max(tallest, cell.linesAt(inner(cell, w)));
            }
            if (headers.get(r)) {
                header = Math.max(header, tallest);
            } else {
                body += tallest;
            }
        }
        if (bodyRows > 0 && allRows > bodyRows) {
            body = body * allRows / bodyRows;
        }
        double pages = Math.max(1, body / Math.max(1, linesPerPage - header));
        return body + header * pages;
    }

    private float inner(Cell cell, float[] w) {
        if (cell.span == 1) {
            return w[cell.column] - padding;
        }
        float inner = -padding;
        for (int c = cell.column; c < cell.column + cell.span && c < columns; c++) {
            inner += w[c];
        }
        return inner;
    }

    /** The lines the cell's text takes wrapped at its words in the inner width; a word too wide takes the lines it needs. */
    private static int wrapped(Cell cell, float inner) {
        float room = Math.max(inner, 1);
        int n = 0;
        for (float[] line : cell.words) {
            n++;
            float used = 0;
            for (float word : line) {
                if (used > 0 && used + cell.space + word > room) {
                    n++;
                    used = 0;
                }
                float w = word;
                while (w > room) {
                    n++;
                    w -= room;
                }
                used += (used > 0 ? cell.space : 0) + w;
            }
        }
        return Math.max(1, n);
    }

    /** At most {@link #SAMPLE_ROWS} of the items, evenly spread, in order. */
    public static <T> List<T> sample(List<T> items) {
        if (items.size() <= SAMPLE_ROWS) {
            return items;
        }
        List<T> out = new ArrayList<>(SAMPLE_ROWS);
        double stride = (double) items.size() / SAMPLE_ROWS;
        for (int i = 0; i < SAMPLE_ROWS; i++) {
            out.add(items.get((int) (i * stride)));
        }
        return out;
    }
}
