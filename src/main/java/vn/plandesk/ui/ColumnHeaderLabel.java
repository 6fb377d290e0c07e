package vn.plandesk.ui;

import javafx.scene.control.Label;
import javafx.scene.text.TextAlignment;

/**
 * A table column's title that wraps within its column instead of ending in "…" ("STT (KH cấp trên)" on two lines).
 * The table header asks its graphic for a height without a width; a wrapping label would then answer with one line
 * and its second line would lose the bottom of its letters, so the height is measured at the label's own width.
 */
public final class ColumnHeaderLabel extends Label {
    ColumnHeaderLabel(String text) {
        super(text);
        setWrapText(true);
        setTextAlignment(TextAlignment.CENTER);
        getStyleClass().add("column-header-label");
        setMinHeight(USE_PREF_SIZE);
    }

    /** Puts the title at the head of a column, as wide as the column. */
    public static ColumnHeaderLabel on(javafx.scene.control.TableColumnBase<?, ?> column, String text) {
        ColumnHeaderLabel header = new ColumnHeaderLabel(text);
        header.prefWidthProperty().bind(column.widthProperty().subtract(6));
        column.setGraphic(header);
        return header;
    }

    @Override
    protected double computePrefHeight(double width) {
        return super.computePrefHeight(width < 0 && getPrefWidth() > 0 ? getPrefWidth() : width);
    }
}
