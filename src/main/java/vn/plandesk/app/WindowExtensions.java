package vn.plandesk.app;

import java.util.List;
import java.util.function.BiConsumer;
import vn.plandesk.ui.MainWindow;
import vn.plandesk.ui.timeline.TimelinePage;

/**
 * Features that add themselves to the main window (print dialog, import and export, derive wizard, timeline): each
 * gets the window (its menus and context) and the services, once every time the window is built. Add one line per
 * feature.
 */
final class WindowExtensions {
    private WindowExtensions() {
    }

    static List<BiConsumer<MainWindow, Services>> all() {
        return List.of(
                DeriveExtensions::wizard,
                DeriveExtensions::comparison,
                DeriveExtensions::clarity,
                DeriveExtensions::wardUnits,
                (window, services) -> TimelinePage.install(window));
    }
}
