package vn.plandesk.ui;

import javafx.scene.control.Label;
import javafx.scene.text.TextAlignment;

/**
 * A table column's title that wraps within its column instead of ending in "…" ("STT (KH cấp trên)" on two lines).
 * The table header asks its graphic for a height without a width; a wrapping label would then answer with one line
 * and its second line would lose the bottom of its letters, so the height is measured at the label's own width.
 */
final class ColumnHeaderLabel extends Label {
    ColumnHeaderLabel(String text) {
        super(text);
        setWrapText(true);
        setTextAlignment(TextAlignment.CENTER);
        getStyleClass().add("column-header-label");
        setMinHeight(USE_PREF_SIZE);
    }

    /** The width of the title's longest word in the label's font: a column narrower than that breaks the word. */
    double longestWordWidth() {
        javafx.scene.text.Text word = new javafx.scene.text.Text();
        word.setFont(getFont());
        double widest = 0;
        for (String w : getText().split("\\s+")) {
            word.setText(w);
            widest = Math.max(widest, word.getLayoutBounds().getWidth());
        }
        return widest;
    }

    @Override
    protected double computePrefHeight(double width) {
        return super.computePrefHeight(width < 0 && getPrefWidth() > 0 ? getPrefWidth() : width);
    }
}
