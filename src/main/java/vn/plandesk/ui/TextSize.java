package vn.plandesk.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The officer's text size (View ▸ Text size) on a window: a style class of the window's root ("text-size-150"), set
 * by the rules of text-size.css. It used to be an inline style on the root ("-fx-font-size: 1.0em"), which JavaFX's CSS
 * takes into account for every node below it apart: the window's first styling took about 75 ms longer with it, at
 * every start, even at 100 %.
 */
public final class TextSize {
    /** The sizes the View menu offers. */
    static final double[] SIZES = {1.0, 1.25, 1.5};
    private static final String PREFIX = "text-size-";
    private static final String STYLESHEET = TextSize.class.getResource("text-size.css").toExternalForm();

    private TextSize() {
    }

    /** Sets a window's text size: the offered size nearest {@code scale}; 100 % is JavaFX's own, set by no rule. */
    public static void apply(Scene scene, double scale) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        Parent root = scene.getRoot();
        root.getStyleClass().removeIf(c -> c.startsWith(PREFIX));
        long percent = Math.round(nearest(scale) * 100);
        if (percent != 100) {
            root.getStyleClass().add(PREFIX + percent);
        }
    }

    /** A dialog takes the text size of the window it was opened from. */
    static void follow(Scene owner, Scene dialog) {
        if (!dialog.getStylesheets().contains(STYLESHEET)) {
            dialog.getStylesheets().add(STYLESHEET);
        }
        dialog.getRoot().getStyleClass().removeIf(c -> c.startsWith(PREFIX));
        owner.getRoot().getStyleClass().stream().filter(c -> c.startsWith(PREFIX))
                .forEach(dialog.getRoot().getStyleClass()::add);
    }

    /** The offered size nearest a scale read from the settings. */
    static double nearest(double scale) {
        double best = SIZES[0];
        for (double s : SIZES) {
            if (Math.abs(s - scale) < Math.abs(best - scale)) {
                best = s;
            }
        }
        return best;
    }
}
