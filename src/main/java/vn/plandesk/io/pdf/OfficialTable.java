package vn.plandesk.io.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.plandesk.io.table.ColumnBalance;

/**
 * The one way appendix tables are built (practice of the seeds): thin black borders, no shading, cells centred
 * vertically, 12 pt text, a bold centred header repeated at the top of every page, group rows bold across the row, and
 * no row split between pages unless it alone is taller than a page.
 *
 * <p>The table is iText's "large table": rows are laid out and written to the page as they come, so the memory taken
 * does not grow with the number of tasks. Use: declare the columns, add the header cells, {@link #startIn} the
 * document, add rows, {@link #finish}.
 */
final class OfficialTable {
    /** A column: its share of the text width (in millimetres of the landscape page) and how its cells align. */
    record Column(float widthMm, TextAlignment alignment) {
        static Column centred(float widthMm) {
            return new Column(widthMm, TextAlignment.CENTER);
        }

        static Column left(float widthMm) {
            return new Column(widthMm, TextAlignment.LEFT);
        }
    }

    /** A body cell: its text and how many columns it spans. */
    record Span(String text, int columns) {
    }

    private static final float BORDER = 0.5f;
    /**
     * A table line, single-spaced as a word processor sets Times/Liberation Serif (1.15 em, 13.8 pt): as the Word
     * export's tables and as the row heights are estimated. iText's multiplied leading counts from the font's ascent
     * and descent and came to 15.3 pt, which made the ward appendix five pages longer than the same table in Word.
     */
    static final float LINE = OfficialStyle.TABLE_SIZE * OfficialStyle.SINGLE_LEADING;
    private static final float PADDING = 2f;
    /** The width a cell takes besides its text: the padding on both sides and a border. */
    static final float CELL_ROOM = 2 * PADDING + BORDER;
    /** A row taller than this does not fit below the title block and the header of a landscape page. */
    private static final float TALL_ROW = (OfficialStyle.LANDSCAPE.getHeight() - OfficialStyle.MARGIN_TOP
            - OfficialStyle.MARGIN_BOTTOM) * 0.7f;
    /** Rows are handed to the layout in small batches: memory stays flat and layout work stays linear. */
    private static final int ROWS_PER_FLUSH = 20;

    private final PdfFonts fonts;
    private final List<Column> columns;
    private final Table table;
    private final float[] widths;
    private int pendingRows;
    /** A group row's two cells, waiting for the row that follows it. */
    private List<Cell> pendingGroup;

    OfficialTable(PdfFonts fonts, List<Column> columns) {
        this.fonts = fonts;
        this.columns = List.copyOf(columns);
        this.widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = OfficialStyle.mm(columns.get(i).widthMm());
        }
        this.table = new Table(UnitValue.createPointArray(widths), true);
        table.setFixedLayout();
        table.setWidth(UnitValue.createPercentValue(100));
    }

    /** A header cell, bold and centred; the header is repeated on every page. */
    OfficialTable header(String text, int rows, int cols) {
        table.addHeaderCell(cell(text, fonts.bold(), TextAlignment.CENTER, rows, cols));
        return this;
    }

    OfficialTable header(String text) {
        return header(text, 1, 1);
    }

    /**
     * The columns of a table on a page of the given size, their widths shared by what they hold (see
     * {@link ColumnBalance}): {@code measure} gives the balance the header cells and a sample of the rows.
     */
    static List<Column> balanced(PdfFonts fonts, List<TextAlignment> alignments, PageSize page,
                                 Consumer<ColumnBalance> measure) {
        ColumnBalance balance = new ColumnBalance(alignments.size(), (text, bold) ->
                (bold ? fonts.bold() : fonts.regular()).getWidth(text, OfficialStyle.TABLE_SIZE), CELL_ROOM);
        // a page less its margins and the appendix's title block, in table lines
        float height = page.getHeight() - OfficialStyle.MARGIN_TOP - OfficialStyle.MARGIN_BOTTOM;
        balance.linesPerPage(height / (OfficialStyle.TABLE_SIZE * OfficialStyle.SINGLE_LEADING) - 2);
        measure.accept(balance);
        float[] widths = balance.widths(OfficialStyle.textWidth(page));
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            columns.add(new Column(widths[i] / OfficialStyle.POINTS_PER_MM, alignments.get(i)));
        }
        return columns;
    }

    /** Puts the table into the document; rows added from now on are laid out as they come. */
    void startIn(Document document) {
        document.add(table);
    }

    /**
     * A group or section row: the label ("I") in the first column, the title bold across all the others. It is held
     * back until the row after it comes, so that the two go onto a page together: a group row never stands alone at
     * the foot of a page.
     */
    void groupRow(String label, String title) {
        flushGroup();
        pendingGroup = List.of(cell(label, fonts.bold(), TextAlignment.CENTER, 1, 1),
                cell(title, fonts.bold(), TextAlignment.LEFT, 1, columns.size() - 1));
    }

    /**
     * A group row of one text across the whole table, bold ("I. Hoàn thiện thể chế"), kept with the row after it as
     * {@link #groupRow} is.
     */
    void wideRow(String title) {
        flushGroup();
        pendingGroup = List.of(cell(title, fonts.bold(), TextAlignment.LEFT, 1, columns.size()));
    }

    /** A row with one text per column. */
    void row(List<String> texts) {
        if (texts.size() != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + texts.size());
        }
        List<Span> spans = new ArrayList<>();
        texts.forEach(t -> spans.add(new Span(t, 1)));
        spannedRow(spans);
    }

    /** A row whose cells may span several columns; each cell aligns as the first column it covers. */
    void spannedRow(List<Span> spans) {
        List<Cell> cells = new ArrayList<>();
        int column = 0;
        float tallest = 0;
        for (Span s : spans) {
            cells.add(cell(s.text(), fonts.regular(), columns.get(column).alignment(), 1, s.columns()));
            float width = -CELL_ROOM;
            for (int c = column; c < column + s.columns() && c < widths.length; c++) {
                width += widths[c];
            }
            tallest = Math.max(tallest, height(s.text(), width));
            column += s.columns();
        }
        if (column != columns.size()) {
            throw new IllegalArgumentException("the row covers " + column + " of " + columns.size() + " columns");
        }
        if (tallest > TALL_ROW) {
            // a row that cannot fit on any page starts where it falls rather than leaving a page almost empty; its
            // group row stands right above it; each later page's part carries its STT with "(tiếp)"
            ContinuedRowCell.Row continued = new ContinuedRowCell.Row(spans.get(0).text(), fonts.regular(),
                    OfficialStyle.TABLE_SIZE, offsets(), widths[0], PADDING);
            cells.forEach(c -> {
                c.setKeepTogether(false);
                c.setNextRenderer(new ContinuedRowCell(c, continued, false));
            });
            flushGroup();
        }
        if (pendingGroup == null) {
            cells.forEach(table::addCell);
        } else {
            // the group row and its first task in one block that moves to the next page whole
            Table block = new Table(UnitValue.createPointArray(widths)).setFixedLayout()
                    .setWidth(UnitValue.createPercentValue(100));
            pendingGroup.forEach(block::addCell);
            cells.forEach(block::addCell);
            pendingGroup = null;
            table.addCell(new Cell(1, columns.size()).add(block).setPadding(0).setBorder(Border.NO_BORDER)
                    .setKeepTogether(true));
        }
        rowAdded();
    }

    /** Each column's left edge from the table's left edge, points. */
    private float[] offsets() {
        float[] offsets = new float[widths.length];
        for (int i = 1; i < widths.length; i++) {
            offsets[i] = offsets[i - 1] + widths[i - 1];
        }
        return offsets;
    }

    /** A group row with no row after it is printed on its own. */
    private void flushGroup() {
        if (pendingGroup != null) {
            pendingGroup.forEach(table::addCell);
            pendingGroup = null;
            rowAdded();
        }
    }

    /** Lays out the last rows and closes the table. */
    void finish() {
        flushGroup();
        table.complete();
    }

    private void rowAdded() {
        if (++pendingRows >= ROWS_PER_FLUSH) {
            table.flush();
            pendingRows = 0;
        }
    }

    /** About the height a text takes wrapped in a cell of the given inner width. */
    private float height(String text, float width) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            float w = fonts.regular().getWidth(line, OfficialStyle.TABLE_SIZE);
            lines += Math.max(1, (int) Math.ceil(w / Math.max(1, width * 0.9f)));
        }
        return lines * LINE + 2 * PADDING;
    }

    private static Cell cell(String text, PdfFont font, TextAlignment alignment, int rows, int cols) {
        Cell cell = new Cell(rows, cols)
                .add(OfficialStyle.line(text, font, OfficialStyle.TABLE_SIZE, alignment).setFixedLeading(LINE))
                .setVerticalAlignment(VerticalAlignment.MIDDLE)
                .setPadding(PADDING)
                .setBorder(new SolidBorder(ColorConstants.BLACK, BORDER));
        // a row moves whole to the next page; iText still splits one taller than a page
        cell.setKeepTogether(true);
        return cell;
    }
}
