package vn.plandesk.ui.print;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import vn.plandesk.model.PlanDeskException;

/** Opens a saved PDF in the system's viewer, where the officer prints it. Refuses politely where there is none. */
final class SystemViewer implements PrintDialog.Viewer {
    @Override
    public void open(Path file) {
        if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
                || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            throw new PlanDeskException("print.noViewer", file.toString());
        }
        try {
            Desktop.getDesktop().open(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new PlanDeskException(e, "print.noViewer", file.toString());
        }
    }
}
