package vn.plandesk.app;

import java.util.List;
import java.util.function.BiConsumer;
import vn.plandesk.ui.MainWindow;
import vn.plandesk.ui.timeline.TimelinePage;
import vn.plandesk.ui.print.FileTarget;
import vn.plandesk.ui.print.PrintDialog;

/**
 * Features that add themselves to the main window (print dialog, import and export, derive wizard, timeline): each
 * gets the window (its menus and context) and the services, once every time the window is built. Add one line per
 * feature.
 */
final class WindowExtensions {
    private WindowExtensions() {
    }

    /** The features with the platform's file dialogs (one for all, remembering its folder) and viewer. */
    static List<BiConsumer<MainWindow, Services>> all(Services services) {
        return all(FileTarget.platform(services.settings()), PrintDialog.viewer());
    }

    /** The features with the given file dialogs and viewer (fixed answers in tests). */
    static List<BiConsumer<MainWindow, Services>> all(FileTarget files, PrintDialog.Viewer viewer) {
        return List.of(
                new PrintExtension(files, viewer),
                new OfficeExtension(files, viewer),
                DeriveExtensions::wizard,
                DeriveExtensions::comparison,
                DeriveExtensions::clarity,
                DeriveExtensions::wardUnits,
                (window, services) -> TimelinePage.install(window, services.pdf()).setTarget(files));
    }
}
