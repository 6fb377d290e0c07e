package vn.plandesk.io.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.ParagraphOrphansControl;
import com.itextpdf.layout.properties.ParagraphWidowsControl;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.plandesk.io.table.ColumnBalance;
import vn.plandesk.io.table.RowBreak;

/**
 * The one way appendix tables are built (practice of the seeds): thin black borders, no shading, cells centred
 * vertically, 12 pt text, a bold centred header repeated at the top of every page, group rows bold across the row, and
 * no row split between pages unless it alone is taller than a page or, in the task appendices, keeping it whole would
 * leave much of a page empty ({@link #breakingRows}).
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
    /** Above and below a cell's text in the plan's appendices: 1.5 pt, the cell margins of the Word export's tables. */
    private static final float PADDING_TIGHT = 1.5f;
    /** The width a cell takes besides its text: the padding on both sides and a border. */
    static final float CELL_ROOM = 2 * PADDING + BORDER;
    /** A row taller than this does not fit below the title block and the header of a landscape page. */
    private static final float TALL_ROW = (OfficialStyle.LANDSCAPE.getHeight() - OfficialStyle.MARGIN_TOP
            - OfficialStyle.MARGIN_BOTTOM) * 0.7f;
    /** The height a landscape page gives its text. */
    private static final float PAGE_TEXT_HEIGHT = OfficialStyle.LANDSCAPE.getHeight() - OfficialStyle.MARGIN_TOP
            - OfficialStyle.MARGIN_BOTTOM;
    /** Rows are handed to the layout in small batches: memory stays flat and layout work stays linear. */
    private static final int ROWS_PER_FLUSH = 20;

    private final PdfFonts fonts;
    private final List<Column> columns;
    private final Table table;
    private final float[] widths;
    private int pendingRows;
    /** A group row's two cells, waiting for the row that follows it. */
    private List<Cell> pendingGroup;
    /** About the height of the pending group row, points. */
    private float pendingGroupHeight;
    /** Rows taller than this may break across pages (see {@link #breakingRows}), points; 0: only rows taller than a page. */
    private float breakRoom;
    /** Above and below each cell's text, points. */
    private float paddingVertical = PADDING;

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

    /**
     * Lets a row taller than the room a page may be left empty ({@link RowBreak}) break across pages where moving it
     * whole would leave more than that room, its STT repeated with "(tiếp)" on the next page; rows are otherwise kept
     * whole. The task appendices print so, as seed 002 does.
     */
    OfficialTable breakingRows() {
        breakRoom = RowBreak.room(PAGE_TEXT_HEIGHT);
        // and set as tight as the Word export's cells; with the rows that break, the ward appendix takes the seed's
        // 16 pages (a report's tables keep 2 pt)
        paddingVertical = PADDING_TIGHT;
        return this;
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
        pendingGroupHeight = height(title, spanWidth(1, columns.size() - 1));
    }

    /**
     * A group row of one text across the whole table, bold ("I. Hoàn thiện thể chế"), kept with the row after it as
     * {@link #groupRow} is.
     */
    void wideRow(String title) {
        flushGroup();
        pendingGroup = List.of(cell(title, fonts.bold(), TextAlignment.LEFT, 1, columns.size()));
        pendingGroupHeight = height(title, spanWidth(0, columns.size()));
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
            tallest = Math.max(tallest, height(s.text(), spanWidth(column, s.columns())));
            column += s.columns();
        }
        if (column != columns.size()) {
            throw new IllegalArgumentException("the row covers " + column + " of " + columns.size() + " columns");
        }
        boolean tall = tallest > TALL_ROW;
        boolean breaks = tall || (breakRoom > 0 && tallest > breakRoom);
        if (breaks) {
            // a row that may break starts where it falls rather than leaving much of a page empty; each later page's
            // part carries its STT with "(tiếp)". Under a group row the block below decides for both, so the row
            // itself breaks wherever its part ends.
            ContinuedRowCell.Row continued = new ContinuedRowCell.Row(spans.get(0).text(), fonts.regular(),
                    OfficialStyle.TABLE_SIZE, offsets(), widths[0], PADDING)
                    .breakingBeyond(tall || pendingGroup != null ? 0 : breakRoom);
            cells.forEach(c -> {
                c.setKeepTogether(false);
                // two lines at least on either side of the break: the part on the next page has room for its mark
                // ("12" over "(tiếp)" in a narrow STT column)
                Paragraph text = (Paragraph) c.getChildren().get(0);
                text.setOrphansControl(new ParagraphOrphansControl(2));
                text.setWidowsControl(new ParagraphWidowsControl(2, 1, true));
                c.setNextRenderer(new ContinuedRowCell(c, continued));
            });
            if (tall) {
                // a row taller than any page: its group row stands right above it
                flushGroup();
            }
        }
        if (pendingGroup == null) {
            cells.forEach(table::addCell);
        } else {
            // the group row and its first task in one block that moves to the next page whole (or, when the task
            // may break, only where little room is left)
            float groupHeight = pendingGroupHeight;
            Table block = new Table(UnitValue.createPointArray(widths)).setFixedLayout()
                    .setWidth(UnitValue.createPercentValue(100));
            // the holder draws the block's outer rules where the table's other rows draw theirs; the block's own
            // cells draw only the rules inside it (drawn by the block too, its rules lay beside the table's, a hair
            // to the right and doubled above and below)
            // laid out half a rule to the right of the table's columns, inside the holder's left rule
            block.setRelativePosition(-BORDER / 2, 0, 0, 0);
            inside(pendingGroup, true).forEach(block::addCell);
            inside(cells, false).forEach(block::addCell);
            pendingGroup = null;
            Cell holder = new Cell(1, columns.size()).add(block).setPadding(0)
                    .setBorder(new SolidBorder(ColorConstants.BLACK, BORDER)).setKeepTogether(true);
            if (breaks) {
                // the group row and the start of its task, or the two go over together: under four lines a cell of
                // three cannot break (two lines on either side) and would leave the group row alone
                holder.setNextRenderer(new ContinuedRowCell.Block(holder,
                        Math.max(breakRoom, groupHeight + 4 * LINE + 2 * paddingVertical)));
            }
            table.addCell(holder);
        }
        rowAdded();
    }

    /**
     * The cells of one row of the group-and-task block without the rules its holder draws: the block's outer edges
     * (its top for the group row, its bottom for the task's row, and the first and last column's sides).
     */
    private List<Cell> inside(List<Cell> row, boolean first) {
        int column = 0;
        for (Cell c : row) {
            if (first) {
                c.setBorderTop(Border.NO_BORDER);
            } else {
                c.setBorderBottom(Border.NO_BORDER);
            }
            if (column == 0) {
                c.setBorderLeft(Border.NO_BORDER);
            }
            column += c.getColspan();
            if (column == columns.size()) {
                c.setBorderRight(Border.NO_BORDER);
            }
        }
        return row;
    }

    /** The inner width of a cell spanning {@code count} columns from {@code first}, points. */
    private float spanWidth(int first, int count) {
        float width = -CELL_ROOM;
        for (int c = first; c < first + count && c < widths.length; c++) {
            width += widths[c];
        }
        return width;
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
        return lines * LINE + 2 * paddingVertical;
    }

    private Cell cell(String text, PdfFont font, TextAlignment alignment, int rows, int cols) {
        Cell cell = new Cell(rows, cols)
                .add(OfficialStyle.line(text, font, OfficialStyle.TABLE_SIZE, alignment).setFixedLeading(LINE))
                .setVerticalAlignment(VerticalAlignment.MIDDLE)
                .setPaddingLeft(PADDING).setPaddingRight(PADDING)
                .setPaddingTop(paddingVertical).setPaddingBottom(paddingVertical)
                .setBorder(new SolidBorder(ColorConstants.BLACK, BORDER));
        // a row moves whole to the next page; iText still splits one taller than a page
        cell.setKeepTogether(true);
        return cell;
    }
}
