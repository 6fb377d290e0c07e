package vn.plandesk.io.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.properties.TextAlignment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.plandesk.io.table.ColumnBalance;
import vn.plandesk.io.table.RowBreak;

/**
 * The one way appendix tables are built (practice of the seeds): thin black rules, no shading, cells centred
 * vertically, 12 pt text, a bold centred header repeated at the top of every page, group rows bold across the row, and
 * no row split between pages unless it alone is taller than a page or, in the task appendices, keeping it whole would
 * leave much of a page empty ({@link #breakingRows}). A row's part on a later page carries its STT with "(tiếp)".
 *
 * <p>The table sets its own lines and pages rather than going through iText's layout of a {@code Table}: each cell is
 * wrapped once ({@link LineWrap}), a row is as tall as its tallest cell, and the row is drawn straight onto the page.
 * iText's layout looked every property up through a tree of renderers and laid out each breaking row's paragraphs
 * again for orphans and widows: 1.2–1.6 ms a row, most of printing an appendix. Rows are drawn as they come and each
 * page is written out when full, so the memory taken does not grow with the number of tasks. Use: declare the
 * columns, add the header cells, {@link #startIn} the document, add rows, {@link #finish}.
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
     * export's tables and as the row heights are estimated.
     */
    static final float LINE = OfficialStyle.TABLE_SIZE * OfficialStyle.SINGLE_LEADING;
    private static final float PADDING = 2f;
    /** Above and below a cell's text in the plan's appendices: 1.5 pt, the cell margins of the Word export's tables. */
    private static final float PADDING_TIGHT = 1.5f;
    /** The width a cell takes besides its text: the padding on both sides and a rule. */
    static final float CELL_ROOM = 2 * PADDING + BORDER;
    /** A row taller than this share of a page's text height does not fit below the title block and the header. */
    private static final float TALL_SHARE = 0.7f;
    /** The least a part of a broken cell keeps on either side of the break (orphans and widows). */
    private static final int LEAST_LINES = 2;
    /** A row that may break is kept whole wherever this is the room: it never breaks. */
    private static final float NEVER = Float.MAX_VALUE;
    private static final float EPSILON = 0.01f;

    /** A cell set into lines: the first column it covers, how many, its lines, face and alignment. */
    private record Cell(int column, int span, List<String> lines, LineWrap face, TextAlignment alignment) {
    }

    /** A row: its cells left to right, and its STT for the mark on a later page's part. */
    private record Row(List<Cell> cells, String number) {
        int lines() {
            int most = 1;
            for (Cell c : cells) {
                most = Math.max(most, c.lines().size());
            }
            return most;
        }
    }

    /** The lines of each cell of a row shown in one band of the table, and whether it goes on from a page before. */
    private record Part(Row row, int[] from, int[] to, boolean continued) {
        static Part whole(Row row) {
            int[] to = new int[row.cells().size()];
            for (int i = 0; i < to.length; i++) {
                to[i] = row.cells().get(i).lines().size();
            }
            return new Part(row, new int[to.length], to, false);
        }

        int lines() {
            int most = 0;
            for (int i = 0; i < from.length; i++) {
                most = Math.max(most, to[i] - from[i]);
            }
            return most;
        }
    }

    /** A header cell as declared: its text and how many rows and columns it spans. */
    private record HeaderCell(String text, int rows, int columns) {
    }

    /** A header cell placed in the header's grid: its first row and column, its spans, its lines. */
    private record PlacedHeader(int row, int column, int rows, int columns, List<String> lines) {
    }

    private final List<Column> columns;
    private final List<HeaderCell> headerCells = new ArrayList<>();
    private final LineWrap regular;
    private final LineWrap bold;
    /** Each column's left edge from the table's left edge, and the table's width last; points. */
    private float[] edges;
    /** A group row, waiting for the row that follows it. */
    private Row pendingGroup;
    /** Rows taller than this may break across pages (see {@link #breakingRows}), points; 0: only rows taller than a page. */
    private float breakRoom;
    private boolean breaking;
    /** Above and below each cell's text, points. */
    private float paddingVertical = PADDING;

    // set when the table starts in its document
    private PdfDocument pdf;
    private PageSize pageSize;
    private float left;
    private float pageTop;
    private float pageBottom;
    private float tallRow;
    private List<PlacedHeader> placedHeader;
    private float[] headerRowHeights;
    private float headerHeight;
    /** The page being drawn, the top of what comes next on it, and whether it shows its header and any row yet. */
    private TablePage page;
    private float y;
    private boolean headed;
    private boolean fresh;

    OfficialTable(PdfFonts fonts, List<Column> columns) {
        this.columns = List.copyOf(columns);
        this.regular = new LineWrap(fonts.regular(), OfficialStyle.TABLE_SIZE);
        this.bold = new LineWrap(fonts.bold(), OfficialStyle.TABLE_SIZE);
    }

    /** A header cell, bold and centred, spanning rows and columns; the header is repeated on every page. */
    OfficialTable header(String text, int rows, int cols) {
        headerCells.add(new HeaderCell(text, rows, cols));
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
        LineWrap regular = new LineWrap(fonts.regular(), OfficialStyle.TABLE_SIZE);
        LineWrap bold = new LineWrap(fonts.bold(), OfficialStyle.TABLE_SIZE);
        ColumnBalance balance = new ColumnBalance(alignments.size(),
                (text, inBold) -> (inBold ? bold : regular).width(text), CELL_ROOM);
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
        breaking = true;
        // and set as tight as the Word export's cells; with the rows that break, the ward appendix takes the seed's
        // 16 pages (a report's tables keep 2 pt)
        paddingVertical = PADDING_TIGHT;
        return this;
    }

    /** Starts the table below what the document holds on its current page; rows added from now on are drawn. */
    void startIn(Document document) {
        pdf = document.getPdfDocument();
        LayoutArea area = document.getRenderer().getCurrentArea();
        Rectangle box = area.getBBox();
        pageSize = new PageSize(pdf.getPage(area.getPageNumber()).getPageSize());
        left = box.getLeft();
        pageTop = pageSize.getTop() - document.getTopMargin();
        pageBottom = document.getBottomMargin();
        float textHeight = pageTop - pageBottom;
        tallRow = textHeight * TALL_SHARE;
        breakRoom = breaking ? RowBreak.room(textHeight) : 0;
        edges = edges(box.getWidth());
        layOutHeader();
        page = new TablePage(pdf, pdf.getPage(area.getPageNumber()), BORDER);
        y = box.getTop();
        headed = false;
        fresh = true;
    }

    /** The columns' edges, their widths scaled to fill the width the page gives the table. */
    private float[] edges(float width) {
        float sum = 0;
        for (Column c : columns) {
            sum += OfficialStyle.mm(c.widthMm());
        }
        float[] e = new float[columns.size() + 1];
        for (int i = 0; i < columns.size(); i++) {
            e[i + 1] = e[i] + OfficialStyle.mm(columns.get(i).widthMm()) * width / sum;
        }
        e[columns.size()] = width;
        return e;
    }

    /**
     * Places the header cells in the grid as a table places cells: each at the next free place, row by row, below the
     * cells of earlier rows that span down into it; then each header row is as tall as its tallest cell, a cell
     * spanning rows making the last of them taller where it needs more.
     */
    private void layOutHeader() {
        List<boolean[]> taken = new ArrayList<>();
        placedHeader = new ArrayList<>();
        int row = 0;
        int col = 0;
        int rowCount = 0;
        for (HeaderCell h : headerCells) {
            int cols = Math.min(h.columns(), columns.size());
            while (true) {
                if (col + cols > columns.size()) {
                    row++;
                    col = 0;
                    continue;
                }
                if (free(taken, row, col, h.rows(), cols)) {
                    break;
                }
                col++;
            }
            for (int r = row; r < row + h.rows(); r++) {
                while (taken.size() <= r) {
                    taken.add(new boolean[columns.size()]);
                }
                for (int c = col; c < col + cols; c++) {
                    taken.get(r)[c] = true;
                }
            }
            placedHeader.add(new PlacedHeader(row, col, h.rows(), cols, bold.lines(h.text(), inner(col, cols))));
            rowCount = Math.max(rowCount, row + h.rows());
            col += cols;
        }
        headerRowHeights = new float[rowCount];
        for (int pass = 0; pass < 2; pass++) {
            for (PlacedHeader h : placedHeader) {
                if ((h.rows() == 1) != (pass == 0)) {
                    continue;
                }
                float need = height(h.lines().size());
                float have = 0;
                for (int r = h.row(); r < h.row() + h.rows(); r++) {
                    have += headerRowHeights[r];
                }
                if (need > have) {
                    headerRowHeights[h.row() + h.rows() - 1] += need - have;
                }
            }
        }
        headerHeight = 0;
        for (float h : headerRowHeights) {
            headerHeight += h;
        }
    }

    private static boolean free(List<boolean[]> taken, int row, int col, int rows, int cols) {
        for (int r = row; r < row + rows && r < taken.size(); r++) {
            for (int c = col; c < col + cols; c++) {
                if (taken.get(r)[c]) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A group or section row: the label ("I") in the first column, the title bold across all the others. It is held
     * back until the row after it comes, so that the two go onto a page together: a group row never stands alone at
     * the foot of a page.
     */
    void groupRow(String label, String title) {
        flushGroup();
        pendingGroup = new Row(List.of(cell(label, bold, TextAlignment.CENTER, 0, 1),
                cell(title, bold, TextAlignment.LEFT, 1, columns.size() - 1)), label);
    }

    /**
     * A group row of one text across the whole table, bold ("I. Hoàn thiện thể chế"), kept with the row after it as
     * {@link #groupRow} is.
     */
    void wideRow(String title) {
        flushGroup();
        pendingGroup = new Row(List.of(cell(title, bold, TextAlignment.LEFT, 0, columns.size())), "");
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
        int covered = spans.stream().mapToInt(Span::columns).sum();
        if (covered != columns.size()) {
            throw new IllegalArgumentException("the row covers " + covered + " of " + columns.size() + " columns");
        }
        List<Cell> cells = new ArrayList<>();
        int column = 0;
        for (Span s : spans) {
            cells.add(cell(s.text(), regular, columns.get(column).alignment(), column, s.columns()));
            column += s.columns();
        }
        Row row = new Row(cells, spans.get(0).text());
        float text = row.lines() * LINE + 2 * paddingVertical;
        boolean tall = text > tallRow;
        boolean breaks = tall || (breakRoom > 0 && text > breakRoom);
        if (pendingGroup == null) {
            // a row that may break starts where it falls rather than leaving much of a page empty
            place(Part.whole(row), breaks ? (tall ? 0 : breakRoom) : NEVER);
            return;
        }
        if (tall) {
            // a row taller than any page: its group row stands right above it
            flushGroup();
            place(Part.whole(row), 0);
            return;
        }
        Part group = Part.whole(pendingGroup);
        pendingGroup = null;
        Part task = Part.whole(row);
        if (height(group) + height(task) <= room() + EPSILON) {
            draw(group);
            draw(task);
            return;
        }
        // the group row and its first task go over together; where the task may break, the two start where they
        // fall unless little room is left: under four lines a cell of three cannot break (two lines on either side)
        // and would leave the group row alone
        float keep = breaks ? Math.max(breakRoom, group.lines() * LINE + 2 * paddingVertical + 4 * LINE
                + 2 * paddingVertical) : NEVER;
        if (!fresh && room() <= keep) {
            newPage();
        }
        draw(group);
        place(task, breaks ? 0 : NEVER);
    }

    /** A group row with no row after it is printed on its own. */
    private void flushGroup() {
        if (pendingGroup != null) {
            Row group = pendingGroup;
            pendingGroup = null;
            place(Part.whole(group), NEVER);
        }
    }

    /** Draws the last rows, the header alone if there were none, and writes the last page out. */
    void finish() {
        flushGroup();
        head();
        page.horizontal(y, left, left + edges[columns.size()]);
        page.done();
        page = null;
    }

    /**
     * Puts a row (or the rest of one) on the pages: where it fits; else on the next page, unless it may break and
     * more than {@code keepWithin} points are left, or the page holds no row yet, when it breaks here and goes on
     * over the next pages.
     */
    private void place(Part part, float keepWithin) {
        Part rest = part;
        while (true) {
            float room = room();
            if (height(rest) <= room + EPSILON) {
                draw(rest);
                return;
            }
            if (!fresh && (keepWithin == NEVER || room <= keepWithin)) {
                newPage();
                continue;
            }
            Part[] split = split(rest, room, fresh);
            if (split == null) {
                if (fresh) {
                    // not even a line fits below the header: drawn all the same, past the margin, not lost
                    draw(rest);
                    return;
                }
                newPage();
                continue;
            }
            draw(split[0]);
            newPage();
            rest = split[1];
        }
    }

    /**
     * A part broken where the room ends: each cell keeps the lines that fit, at least two on either side of its
     * break, and the rest goes on with the row's STT marked. Null when no cell taller than the room would keep a line
     * here; where the page holds no row yet ({@code force}) the cells break all the same.
     */
    private Part[] split(Part part, float room, boolean force) {
        int fit = (int) Math.floor((room - BORDER - 2 * paddingVertical + EPSILON) / LINE);
        if (fit < 1) {
            return null;
        }
        int n = part.from().length;
        int[] middle = new int[n];
        boolean broken = false;
        for (int i = 0; i < n; i++) {
            int lines = part.to()[i] - part.from()[i];
            int keep = lines;
            if (lines > fit) {
                keep = fit;
                if (lines - keep < LEAST_LINES) {
                    keep = lines - LEAST_LINES;
                }
                if (keep < LEAST_LINES) {
                    keep = force ? Math.min(fit, lines - 1) : 0;
                }
                broken |= keep > 0;
            }
            middle[i] = part.from()[i] + keep;
        }
        if (!broken) {
            return null;
        }
        return new Part[] {new Part(part.row(), part.from(), middle, part.continued()),
                new Part(part.row(), middle, part.to(), true)};
    }

    /** What is left on the page for rows, points: below the header when it is not drawn yet. */
    private float room() {
        return y - (headed ? 0 : headerHeight) - pageBottom;
    }

    private void newPage() {
        if (headed) {
            // the rule under the page's last row
            page.horizontal(y, left, left + edges[columns.size()]);
        }
        page.done();
        page = new TablePage(pdf, pdf.addNewPage(pageSize), BORDER);
        y = pageTop;
        headed = false;
        fresh = true;
    }

    /** The header at the top of the page's table, once. */
    private void head() {
        if (headed) {
            return;
        }
        headed = true;
        float[] rowTops = new float[headerRowHeights.length + 1];
        rowTops[0] = y;
        for (int r = 0; r < headerRowHeights.length; r++) {
            rowTops[r + 1] = rowTops[r] - headerRowHeights[r];
        }
        for (PlacedHeader h : placedHeader) {
            float top = rowTops[h.row()];
            float bottom = rowTops[h.row() + h.rows()];
            float x0 = left + edges[h.column()];
            float x1 = left + edges[h.column() + h.columns()];
            page.horizontal(top, x0, x1);
            page.horizontal(bottom, x0, x1);
            page.vertical(x0, top, bottom);
            page.vertical(x1, top, bottom);
            setLines(h.lines(), 0, h.lines().size(), bold, TextAlignment.CENTER, x0, x1, top, bottom);
        }
        y -= headerHeight;
    }

    /** Draws a part of a row as the next band of the page. */
    private void draw(Part part) {
        head();
        float top = y;
        float bottom = top - height(part);
        float right = left + edges[columns.size()];
        page.horizontal(top, left, right);
        List<Cell> cells = part.row().cells();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            float x0 = left + edges[c.column()];
            float x1 = left + edges[Math.min(columns.size(), c.column() + c.span())];
            page.vertical(x0, top, bottom);
            setLines(c.lines(), part.from()[i], part.to()[i], c.face(), c.alignment(), x0, x1, top, bottom);
        }
        page.vertical(right, top, bottom);
        Cell first = cells.get(0);
        if (part.continued() && part.to()[0] == part.from()[0]) {
            mark(part.row().number(), top, left + edges[first.column()], spanWidth(first));
        }
        y = bottom;
        fresh = false;
    }

    /** Lines {@code from} to {@code to} of a cell, centred between its top and bottom and aligned across it. */
    private void setLines(List<String> lines, int from, int to, LineWrap face, TextAlignment alignment, float x0,
                          float x1, float top, float bottom) {
        int count = to - from;
        if (count <= 0) {
            return;
        }
        float inside = top - bottom - BORDER - 2 * paddingVertical;
        float lineTop = top - BORDER / 2 - paddingVertical - (inside - count * LINE) / 2;
        float baselineDrop = face.baselineBelowTop(LINE);
        for (int l = from; l < to; l++) {
            String line = lines.get(l);
            float x = switch (alignment) {
                case CENTER -> (x0 + x1 - face.width(LineWrap.visible(line))) / 2;
                case RIGHT -> x1 - BORDER / 2 - PADDING - face.width(LineWrap.visible(line));
                default -> x0 + BORDER / 2 + PADDING;
            };
            page.text(face.font(), face.size(), line, x, lineTop - baselineDrop);
            lineTop -= LINE;
        }
    }

    /**
     * The STT with "(tiếp)" at the top of a row's part on a later page, the way a clerk marks a continued row by hand:
     * on one line where the column is wide enough, else the number over the mark; smaller where "(tiếp)" alone is
     * wider than a narrow column inside its padding (it would touch the rules, and the PDF import takes the cells'
     * padding from the text nearest a rule).
     */
    private void mark(String number, float top, float x0, float width) {
        String[] lines = markLines(number, width);
        float size = OfficialStyle.TABLE_SIZE;
        float inner = width - 2 * PADDING - 1;
        for (String line : lines) {
            size = Math.min(size, OfficialStyle.TABLE_SIZE * inner / Math.max(1, regular.width(line)));
        }
        float baseline = top - PADDING - OfficialStyle.TABLE_SIZE;
        for (String line : lines) {
            float lineWidth = regular.width(line) * size / OfficialStyle.TABLE_SIZE;
            page.text(regular.font(), size, line, x0 + (width - lineWidth) / 2, baseline);
            baseline -= LINE;
        }
    }

    private String[] markLines(String number, float width) {
        if (number.isEmpty()) {
            return new String[] {OfficialText.CONTINUED};
        }
        String one = number + " " + OfficialText.CONTINUED;
        return regular.width(one) <= width - 2 * PADDING ? new String[] {one}
                : new String[] {number, OfficialText.CONTINUED};
    }

    /** How tall a part is drawn: its most lines (and the mark's on a later page), the padding and a rule. */
    private float height(Part part) {
        int lines = part.lines();
        if (part.continued()) {
            lines = Math.max(lines, markLines(part.row().number(), spanWidth(part.row().cells().get(0))).length);
        }
        return height(lines);
    }

    private float height(int lines) {
        return Math.max(1, lines) * LINE + 2 * paddingVertical + BORDER;
    }

    private Cell cell(String text, LineWrap face, TextAlignment alignment, int column, int span) {
        return new Cell(column, span, face.lines(text, inner(column, span)), face, alignment);
    }

    private float spanWidth(Cell c) {
        return edges[Math.min(columns.size(), c.column() + c.span())] - edges[c.column()];
    }

    /** The inner width of a cell spanning {@code count} columns from {@code first}, points. */
    private float inner(int first, int count) {
        int last = Math.min(columns.size(), first + count);
        return edges[last] - edges[first] - CELL_ROOM;
    }
}
