package vn.plandesk.io.docx;

import java.util.ArrayList;
import java.util.List;
import vn.plandesk.io.table.AppendixTable.HeaderCell;
import vn.plandesk.io.table.AppendixTable.Row;
import vn.plandesk.io.table.RowBreak;
import vn.plandesk.io.table.TableFont;

/**
 * Lays an appendix table out on the landscape pages ahead of Word, by the PDF's rules ({@link RowBreak}): a row is
 * kept whole unless that would leave more than the allowed room of a page empty, or it is taller than a page; then it
 * starts where it falls and goes on over the next pages. Word cannot repeat a cell on the page a row runs onto, so such
 * a row is written as several rows, one a page, each after the first with its STT and "(tiếp)", split between wrapped
 * lines; every row is then kept whole in the file. A group row goes onto the page of its first task: with it when four
 * lines of the task (or all of a shorter one) do not fit below it.
 *
 * <p>Heights are counted as the file sets the table: lines of exactly {@link #LINE} (set on every cell), the cell
 * margins above and below and a rule a row, text wrapped at words in the bundled fonts at the cell's inner width, as
 * the column sharing counts them (LibreOffice's rows came out within half a point of the count). Each page is planned a
 * little shorter than it is: a page planned fuller than Word fills it would push its last row over, and every page
 * after it would start a row late.
 */
final class TablePages {
    /** A table line, exact in the file: 12 pt single-spaced as Word sets Times New Roman, as the PDF's tables. */
    static final double LINE = 13.8;
    /** A row's height besides its lines: the cell margins above and below ({@link Tables}) and a rule. */
    static final double ROW_ROOM = 2 * 1.5 + 0.5;
    /** Plan each page this much shorter than it is, points: see the class note. */
    private static final double PAGE_SLACK = 2;
    /** Lines at least on either side of a break, as the PDF keeps them. */
    private static final int LEAST_LINES = 2;
    /** Lines of its first task that a group row needs below it on its page. */
    private static final int GROUP_KEEPS = 4;

    /** A row as written: the table's row it prints, its cells' texts, and whether it continues the row above. */
    record Part(Row row, List<String> cells, boolean continued) {
    }

    private final double[] inner;
    private final float points;
    private final double page;
    private final double header;
    private double used;

    /**
     * @param widths      the columns' widths, twips
     * @param points      the table's type size
     * @param pageHeight  the height a page gives the table and what stands above it, points
     * @param header      the header rows, repeated at the top of every page
     * @param headerRows  how many rows the header takes
     * @param aboveTable  what the first page holds above the table (the appendix's title block), points
     */
    TablePages(int[] widths, float points, double pageHeight, List<HeaderCell> header, int headerRows,
               double aboveTable) {
        this.inner = new double[widths.length];
        for (int c = 0; c < widths.length; c++) {
            inner[c] = widths[c] / 20.0 - Tables.APPENDIX_CELL_ROOM;
        }
        this.points = points;
        this.page = pageHeight - PAGE_SLACK;
        this.header = headerHeight(header, headerRows);
        this.used = aboveTable + this.header;
    }

    private double headerHeight(List<HeaderCell> cells, int rows) {
        double[] own = new double[rows];
        double spanning = 0;
        for (HeaderCell h : cells) {
            double height = lines(h.text(), span(h.column(), h.columnSpan()), true) * LINE + ROW_ROOM;
            if (h.rowSpan() == 1) {
                own[h.row()] = Math.max(own[h.row()], height);
            } else {
                spanning = Math.max(spanning, height);
            }
        }
        double sum = 0;
        for (double h : own) {
            sum += h;
        }
        return Math.max(sum, spanning);
    }

    /** The rows as written, in order. */
    List<Part> lay(List<Row> rows) {
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.spansColumns()) {
                double height = lines(row.cells().get(1), span(1, inner.length - 1), true) * LINE + ROW_ROOM;
                double below = 0;
                if (i + 1 < rows.size() && !rows.get(i + 1).spansColumns()) {
                    below = Math.min(height(wrapped(rows.get(i + 1))), GROUP_KEEPS * LINE + ROW_ROOM);
                }
                if (used + height + below > page) {
                    newPage();
                }
                out.add(new Part(row, row.cells(), false));
                used += height;
            } else {
                task(row, out);
            }
        }
        return out;
    }

    private void task(Row row, List<Part> out) {
        List<List<TableFont.Line>> cells = wrapped(row);
        double height = height(cells);
        if (used + height <= page) {
            out.add(new Part(row, row.cells(), false));
            used += height;
            return;
        }
        boolean tall = height > page - header;
        if (!tall && (height <= RowBreak.room((float) page) || page - used <= RowBreak.room((float) page))) {
            // moved whole to the next page
            newPage();
            out.add(new Part(row, row.cells(), false));
            used += height;
            return;
        }
        int[] at = new int[cells.size()];
        boolean first = true;
        while (true) {
            int left = linesLeft(cells, at);
            int fit = (int) Math.floor((page - used - ROW_ROOM) / LINE);
            if (left <= fit) {
                out.add(part(row, cells, at, left, !first));
                used += left * LINE + ROW_ROOM;
                return;
            }
            // two lines at least on either side of the break
            int take = Math.min(fit, left - LEAST_LINES);
            if (take < LEAST_LINES) {
                if (used > header) {
                    newPage();
                    continue;
                }
                // a page below a header that leaves less than that: a line a part rather than none
                take = Math.max(1, Math.min(fit, left - 1));
            }
            out.add(part(row, cells, at, take, !first));
            first = false;
            newPage();
        }
    }

    private void newPage() {
        used = header;
    }

    /** The next part of the row: at most {@code lines} lines of each cell from where its last part ended. */
    private Part part(Row row, List<List<TableFont.Line>> cells, int[] at, int lines, boolean continued) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            List<TableFont.Line> cell = cells.get(c);
            StringBuilder text = new StringBuilder();
            int taken = 0;
            while (at[c] < cell.size() && (taken == 0 || taken + cell.get(at[c]).height() <= lines)) {
                TableFont.Line l = cell.get(at[c]);
                if (taken > 0) {
                    text.append(cell.get(at[c] - 1).endsParagraph() ? "\n" : " ");
                }
                text.append(l.text());
                taken += l.height();
                at[c]++;
            }
            texts.add(text.toString());
        }
        if (continued) {
            texts.set(0, row.cells().get(0));
        }
        return new Part(row, texts, continued);
    }

    private static int linesLeft(List<List<TableFont.Line>> cells, int[] at) {
        int most = 0;
        for (int c = 0; c < cells.size(); c++) {
            int n = 0;
            for (int i = at[c]; i < cells.get(c).size(); i++) {
                n += cells.get(c).get(i).height();
            }
            most = Math.max(most, n);
        }
        return Math.max(1, most);
    }

    private List<List<TableFont.Line>> wrapped(Row row) {
        List<List<TableFont.Line>> cells = new ArrayList<>();
        for (int c = 0; c < inner.length && c < row.cells().size(); c++) {
            cells.add(TableFont.wrap(row.cells().get(c), inner[c], false, points));
        }
        return cells;
    }

    private static double height(List<List<TableFont.Line>> cells) {
        return linesLeft(cells, new int[cells.size()]) * LINE + ROW_ROOM;
    }

    private int lines(String text, double width, boolean bold) {
        return TableFont.lines(text, width, bold, points);
    }

    /** The inner width of a cell spanning {@code count} columns from {@code first}, points. */
    private double span(int first, int count) {
        double w = 0;
        for (int c = first; c < first + count && c < inner.length; c++) {
            w += inner[c] + Tables.APPENDIX_CELL_ROOM;
        }
        return w - Tables.APPENDIX_CELL_ROOM;
    }
}
