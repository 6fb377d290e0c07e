package vn.plandesk.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableColumnBase;
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

    /** The width of the cell's column, which the cell has before it is first laid out. */
    private final DoubleProperty columnWidth = new SimpleDoubleProperty();

    /**
     * @param column the cell's column: until the cell is laid out (width 0) the text wraps to the column's width.
     *               Unwrapped, a new row measured one line high: the table made as many rows as one-line rows fill
     *               the view (21 on the laptop's screen, where 4 wrapped rows show), styled and laid out the 17 it
     *               then hid, at every start of the window.
     */
    CellWrap(IndexedCell<?> cell, Text text, ObservableValue<? extends TableColumnBase<?, ?>> column) {
        this.cell = cell;
        this.text = text;
        column.addListener((o, old, now) -> follow(now));
        follow(column.getValue());
        text.wrappingWidthProperty().bind(Bindings.createDoubleBinding(
                () -> (cell.getWidth() > 0 ? cell.getWidth() : columnWidth.get()) - taken.get(),
                cell.widthProperty(), columnWidth, taken));
    }

    private void follow(TableColumnBase<?, ?> column) {
        columnWidth.unbind();
        if (column != null) {
            columnWidth.bind(column.widthProperty());
        } else {
            columnWidth.set(0);
        }
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
