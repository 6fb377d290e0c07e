package vn.plandesk.ui;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.IndexedCell;
import javafx.scene.text.Text;

/**
 * Wraps a table cell's text to the room the cell really gives it: its width less its padding, which grows with the
 * text size, and, in a tree's column, less the indentation and the disclosure arrow of a sub-task. Wrapped to the
 * cell's whole width the text ran past the column's edge and lost the ends of its lines ("xây dự", "Long Thàn" in
 * the province plan's task names).
 */
final class CellWrap {
    /** What the cell takes from its width on the text's left and right, as measured at its last layout. */
    private final DoubleProperty taken = new SimpleDoubleProperty(10);
    private final IndexedCell<?> cell;
    private final Text text;

    CellWrap(IndexedCell<?> cell, Text text) {
        this.cell = cell;
        this.text = text;
        text.wrappingWidthProperty().bind(cell.widthProperty().subtract(taken));
    }

    /**
     * Called after the cell is laid out: where its skin put the text tells the room on its left. A changed room
     * wraps the text again, and the row takes the new height at the next layout.
     */
    void laidOut() {
        if (cell.getGraphic() != text || cell.getWidth() <= 0) {
            return;
        }
        double now = text.getLayoutX() + cell.snappedRightInset() + 1;
        if (Math.abs(now - taken.get()) > 0.5) {
            taken.set(now);
        }
    }
}
