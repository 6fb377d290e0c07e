package vn.plandesk.app;

import java.io.File;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** With -Dplandesk.shots=DIR a window test leaves pictures of what it saw, for a person to look at. */
public final class Shots {
    private Shots() {
    }

    /** Whether pictures are asked for: a walk may then open what it only shows for them. */
    static boolean on() {
        return System.getProperty("plandesk.shots") != null;
    }

    /** Every showing window as NAME-window.png (the main one) and NAME-dialog.png; nothing without the property. */
    public static void take(String name, Stage main) throws Exception {
        String folder = System.getProperty("plandesk.shots");
        if (folder == null) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w.isShowing() && w.getScene() != null && w instanceof Stage s) {
                AtomicReference<WritableImage> image = new AtomicReference<>();
                WaitForAsyncUtils.asyncFx(() -> image.set(s.getScene().snapshot(null))).get();
                String title = s == main ? "window" : "dialog";
                ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png",
                        new File(folder, name + "-" + title + ".png"));
            }
        }
    }
}
