package vn.plandesk.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;

/**
 * The size of a window that fits the officer's screen. Many officers work on a 1366×768 laptop, where a dialog made
 * 800 px high would put its buttons (Tiếp, Hủy, Đóng) below the screen's edge, out of reach.
 */
public final class ScreenFit {
    /** Room kept for the window's title bar and frame, which the screen's visual bounds do not count. */
    static final double FRAME = 40;

    private ScreenFit() {
    }

    /** A scene of the wanted size, made smaller where the primary screen is smaller. */
    public static Scene scene(Parent root, double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new Scene(root, fit(width, screen.getWidth()), fit(height, screen.getHeight() - FRAME));
    }

    /** The wanted length, or the room there is when that is less. */
    static double fit(double wanted, double room) {
        return Math.max(0, Math.min(wanted, room));
    }
}
