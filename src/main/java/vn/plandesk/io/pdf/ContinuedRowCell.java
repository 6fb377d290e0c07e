package vn.plandesk.io.pdf;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.renderer.CellRenderer;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import java.util.HashSet;
import java.util.Set;
import vn.plandesk.io.table.RowBreak;

/**
 * A cell of a row that may break across pages: one taller than a page, or one taller than the room a page may be left
 * empty (see {@link RowBreak}), which breaks only when moving it whole would leave more than that room. iText splits
 * such a row over pages but leaves the continuation's STT cell empty, so a continuation page could not be tied to its
 * task: the part of the row on each later page prints the STT with "(tiếp)" in the STT column, the way a clerk marks a
 * continued row by hand.
 */
final class ContinuedRowCell extends CellRenderer {
    /** What the cells of one row share: the mark, where the STT column lies, and the pages already marked. */
    static final class Row {
        private final String number;
        private final PdfFont font;
        private final float size;
        private final float sttWidth;
        private final float[] columnOffsets;
        private final float padding;
        private final Set<Integer> marked = new HashSet<>();
        /** The page the row's first part is drawn on; 0 until then. */
        private int firstPage;
        /** The row is kept whole where no more than this is left on the page, points; 0: it always breaks. */
        private float room;

        /**
         * @param columnOffsets each column's left edge from the table's left edge, points
         * @param sttWidth      the STT column's width, points
         */
        Row(String number, PdfFont font, float size, float[] columnOffsets, float sttWidth, float padding) {
            this.number = number;
            this.font = font;
            this.size = size;
            this.columnOffsets = columnOffsets.clone();
            this.sttWidth = sttWidth;
            this.padding = padding;
        }

        /** The row breaks only where more than {@code points} are left on the page; below that it moves whole. */
        Row breakingBeyond(float points) {
            this.room = points;
            return this;
        }

        /** The lines of the mark: "12 (tiếp)" on one line where the column is wide enough, else two. */
        String[] lines() {
            String one = number + " " + OfficialText.CONTINUED;
            if (number.isEmpty()) {
                return new String[] {OfficialText.CONTINUED};
            }
            return font.getWidth(one, size) <= sttWidth - 2 * padding ? new String[] {one}
                    : new String[] {number, OfficialText.CONTINUED};
        }
    }

    private final Row row;

    ContinuedRowCell(Cell cell, Row row) {
        super(cell);
        this.row = row;
    }

    @Override
    public IRenderer getNextRenderer() {
        return new ContinuedRowCell((Cell) getModelElement(), row);
    }

    @Override
    public LayoutResult layout(LayoutContext layoutContext) {
        keepTogetherUnlessRoom(this, layoutContext, row.room);
        return super.layout(layoutContext);
    }

    /**
     * Keeps the cell whole (iText then moves its row to the next page) when no more than {@code room} points are left
     * where it falls; a room of 0 lets it break anywhere. Every cell of a row is offered the same area, so all decide
     * alike.
     */
    static void keepTogetherUnlessRoom(CellRenderer cell, LayoutContext layoutContext, float room) {
        boolean whole = room > 0 && layoutContext.getArea().getBBox().getHeight() <= room;
        cell.setProperty(Property.KEEP_TOGETHER, whole);
    }

    /**
     * The cell that holds a group row and its first task when that task may break: the two move to the next page
     * together where little room is left, and start where they fall otherwise.
     */
    static final class Block extends CellRenderer {
        private final float room;

        Block(Cell cell, float room) {
            super(cell);
            this.room = room;
        }

        @Override
        public IRenderer getNextRenderer() {
            return new Block((Cell) getModelElement(), room);
        }

        @Override
        public LayoutResult layout(LayoutContext layoutContext) {
            keepTogetherUnlessRoom(this, layoutContext, room);
            return super.layout(layoutContext);
        }
    }

    @Override
    public void draw(DrawContext drawContext) {
        super.draw(drawContext);
        // pages are drawn in order: a part drawn after the page of the row's first part is a continuation (a row
        // moved whole to the next page is first drawn there, and is not marked)
        int page = getOccupiedArea().getPageNumber();
        if (row.firstPage == 0) {
            row.firstPage = page;
        } else if (page > row.firstPage) {
            mark(drawContext);
        }
    }

    /** Prints the mark at the top of the STT column, once a page whichever of the row's cells goes on there. */
    private void mark(DrawContext drawContext) {
        Rectangle box = getOccupiedArea().getBBox();
        if (!row.marked.add(getOccupiedArea().getPageNumber())) {
            return;
        }
        int column = ((Cell) getModelElement()).getCol();
        float left = box.getLeft() - row.columnOffsets[column];
        float baseline = box.getTop() - row.padding - row.size;
        PdfCanvas canvas = drawContext.getCanvas();
        String[] lines = row.lines();
        // smaller where "(tiếp)" is wider than a narrow STT column inside its padding: it would touch the rules, and
        // the PDF import takes the cells' padding from the text nearest a rule
        float size = row.size;
        float inner = row.sttWidth - 2 * row.padding - 1;
        for (String line : lines) {
            size = Math.min(size, row.size * inner / Math.max(1, row.font.getWidth(line, row.size)));
        }
        canvas.saveState().beginText().setFontAndSize(row.font, size);
        for (String line : lines) {
            float x = left + (row.sttWidth - row.font.getWidth(line, size)) / 2;
            canvas.setTextMatrix(x, baseline).showText(line);
            baseline -= OfficialTable.LINE;
        }
        canvas.endText().restoreState();
    }
}
