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
 * <p>Heights are estimated from the measured width of each line of text divided by the cell's inner width, which
 * is close to what a word-wrapping layout gives and cheap enough to try every column at every step. Large tables are
 * sampled (see {@link #sample}): the widths depend on the kind of text in each column, not on every row.
 */
public final class ColumnBalance {
    /** The width of a text set in the table's type, in points; bold for header cells. */
    public interface TextWidth {
        float of(String text, boolean bold);
    }

    /** Rows beyond this many are sampled evenly; enough to see what each column holds. */
    public static final int SAMPLE_ROWS = 400;
    /** A word-wrapped line fills its cell only to about this share, the rest is the gap a word too long leaves. */
    private static final float FILL = 0.9f;
    /** A single column never needs to be wider than this share of the table to keep its longest word whole. */
    private static final float WIDEST_WORD_SHARE = 0.3f;
    /** Slices of the spare width; each step tries every column, so this bounds the work (the widths settle well before). */
    private static final int STEPS = 64;

    private final int columns;
    private final TextWidth width;
    private final float padding;
    private final float[] floor;
    private final List<Cell[]> rows = new ArrayList<>();
    private final List<Boolean> headers = new ArrayList<>();
    private int bodyRows;
    private int allRows;
    private float linesPerPage = Float.MAX_VALUE;

    /** A measured cell: the columns it covers and the width of each of its lines. */
    private record Cell(int column, int span, float[] lines) {
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
        for (int i = 0; i < at.length; i++) {
            String text = texts[i] == null ? "" : texts[i];
            String[] lines = text.split("\n", -1);
            float[] measured = new float[lines.length];
            for (int l = 0; l < lines.length; l++) {
                measured[l] = lines[l].isBlank() ? 0 : width.of(lines[l].strip(), bold);
            }
            cells[i] = new Cell(at[i], spans[i], measured);
            if (spans[i] == 1) {
                for (String word : text.split("\\s+")) {
                    if (!word.isEmpty()) {
                        floor[at[i]] = Math.max(floor[at[i]], width.of(word, bold) + padding);
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
                w[c] += slice;
                double h = height(w);
                w[c] -= slice;
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
        return w;
    }

    private void spread(float[] w, float rest) {
        double[] text = new double[columns];
        double sum = 0;
        for (Cell[] row : rows) {
            for (Cell cell : row) {
                if (cell.span() == 1) {
                    for (float l : cell.lines()) {
                        text[cell.column()] += l;
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
            for (Cell cell : rows.get(r)) {
                float inner = -padding;
                for (int c = cell.column(); c < cell.column() + cell.span(); c++) {
                    inner += w[c];
                }
                tallest = Math.max(tallest, lines(cell.lines(), inner * FILL));
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

    private static double lines(float[] measured, float inner) {
        double n = 0;
        for (float m : measured) {
            n += Math.max(1, m / Math.max(inner, 1));
        }
        return n;
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
