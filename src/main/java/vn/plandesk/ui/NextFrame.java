package vn.plandesk.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work run once a scene's next frame is drawn. */
public final class NextFrame {
    private NextFrame() {
    }

    /**
     * Runs {@code then} on the FX thread once the scene's next frame is drawn: after the pulse that lays the scene
     * out, then one more, whose copy of the scene for the renderer waits for the earlier frame's drawing to end. A
     * {@code runLater} alone finds the frame drawn only if a pulse happens to fall in between.
     */
    public static void drawn(Scene scene, Runnable then) {
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (++pulses[0] < 2) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
