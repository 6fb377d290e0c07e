package vn.plandesk.ui;

import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.ListCell;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ComboBoxListViewSkin;

/**
 * A ComboBox whose list of choices joins the window when the officer first opens it. JavaFX's skin keeps that list
 * among the box's children from the start (its fix for RT-21207, so that the list is styled before it first pops up):
 * a hidden list view with its flow, two scroll bars and a few cells, 24 nodes a box, styled and laid out at every
 * start. The plan's page made five of them before its first frame (the four filters and the form's progress status).
 * Measured on the window's start on the samples (runs interleaved, medians of 11 to 15): 1,124 → 1,084 ms,
 * 1,129 → 1,094 ms for the filters.
 *
 * <p>The list is made and styled when the popup first opens, in the popup's scene, as JavaFX does for a box whose
 * list it moved there; the popup sizes itself again once shown (JavaFX's own second sizing), so it opens at its
 * right size.
 */
public class ListOnOpenComboBox<T> extends ComboBox<T> {
    public ListOnOpenComboBox() {
    }

    public ListOnOpenComboBox(ObservableList<T> items) {
        super(items);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ListOnOpenSkin<>(this);
    }

    /** JavaFX's skin with the list taken out of the box's children, and the box as wide as its widest choice. */
    static final class ListOnOpenSkin<T> extends ComboBoxListViewSkin<T> {
        private final ComboBox<T> box;

        ListOnOpenSkin(ComboBox<T> box) {
            super(box);
            this.box = box;
            getChildren().remove(getPopupContent());
        }

        /**
         * As wide as the widest choice, as JavaFX makes a box that cannot be typed in. JavaFX measures every choice in
         * the button cell; while the list has no skin (it is made when the popup first opens), every choice measured
         * as wide as the one shown, and the unit filter came out as wide as "(mọi đơn vị)" instead of its longest
         * unit. Until then each choice is measured here, after its cell is told to lay out again; once the list is
         * made, JavaFX's own measure is right (the test compares both with JavaFX's box).
         */
        @Override
        protected double computePrefWidth(double height, double topInset, double rightInset, double bottomInset,
                                          double leftInset) {
            double pref = super.computePrefWidth(height, topInset, rightInset, bottomInset, leftInset);
            if (box.isEditable() || !(getDisplayNode() instanceof ListCell<?> cell)
                    || ((Control) getPopupContent()).getSkin() != null) {
                return pref;
            }
            int shown = cell.getIndex();
            // JavaFX's own floor for the display area
            double measured = Math.max(50, cell.prefWidth(height));
            double widest = measured;
            for (int i = 0; i < box.getItems().size(); i++) {
                cell.updateIndex(i);
                cell.requestLayout();
                widest = Math.max(widest, cell.prefWidth(height));
            }
            cell.updateIndex(shown);
            cell.requestLayout();
            return pref - measured + widest;
        }
    }
}
