package vn.plandesk.io.pdf;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.renderer.AbstractRenderer;
import com.itextpdf.layout.renderer.CellRenderer;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import java.util.HashSet;
import java.util.Set;

/**
 * A cell of a row taller than a page. iText splits such a row over pages but leaves the continuation's STT cell empty,
 * so a continuation page could not be tied to its task: the part of the row on each later page prints the STT with
 * "(tiếp)" in the STT column, the way a clerk marks a continued row by hand.
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
    /** Whether this renderer draws a later page's part of the row. */
    private boolean continuation;

    ContinuedRowCell(Cell cell, Row row, boolean continuation) {
        super(cell);
        this.row = row;
        this.continuation = continuation;
    }

    @Override
    public IRenderer getNextRenderer() {
        return new ContinuedRowCell((Cell) getModelElement(), row, continuation);
    }

    @Override
    protected AbstractRenderer createOverflowRenderer(int layoutResult) {
        AbstractRenderer overflow = super.createOverflowRenderer(layoutResult);
        // the part that goes on to the next page (made through getNextRenderer, so of this class)
        if (overflow instanceof ContinuedRowCell c) {
            c.continuation = true;
        }
        return overflow;
    }

    @Override
    public void draw(DrawContext drawContext) {
        super.draw(drawContext);
        if (continuation) {
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
        canvas.saveState().beginText().setFontAndSize(row.font, row.size);
        for (String line : row.lines()) {
            float x = left + (row.sttWidth - row.font.getWidth(line, row.size)) / 2;
            canvas.setTextMatrix(x, baseline).showText(line);
            baseline -= OfficialTable.LINE;
        }
        canvas.endText().restoreState();
    }
}
