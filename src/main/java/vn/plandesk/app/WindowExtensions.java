package vn.plandesk.app;

import java.util.List;
import java.util.function.BiConsumer;
import vn.plandesk.ui.MainWindow;
import vn.plandesk.ui.ReportsView;
import vn.plandesk.ui.TrackingView;
import vn.plandesk.ui.derive.DeriveMenu;
import vn.plandesk.ui.office.OfficeMenu;
import vn.plandesk.ui.print.FileTarget;
import vn.plandesk.ui.print.PrintDialog;
import vn.plandesk.ui.print.PrintMenu;
import vn.plandesk.ui.safety.StoreMenu;
import vn.plandesk.ui.timeline.TimelinePage;

/**
 * Features that add themselves to the main window (print dialog, import and export, derive wizard, timeline): each
 * gets the window (its menus and context) and the services, once every time the window is built. Add one line per
 * feature. The features' menus and dialogs live in {@code ui}; this only hands them their services.
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
                (window, services) -> new PrintMenu(services.pdf(), files, viewer).accept(window),
                (window, services) -> new OfficeMenu(services.importXlsx(), services.plans(), services.editors(),
                        services.officeExport(), files, viewer).accept(window),
                (window, services) -> derive(services).wizard(window),
                (window, services) -> derive(services).comparison(window),
                (window, services) -> derive(services).clarity(window),
                (window, services) -> derive(services).wardUnits(window),
                (window, services) -> TimelinePage.install(window, services.pdf(), services.tracking())
                        .setTarget(files),
                (window, services) -> TrackingView.install(window, services.tracking(), services.documents()),
                (window, services) -> ReportsView.install(window, services.reports(), files,
                        services.reportExport()::export),

                (window, services) -> StoreMenu.install(window, services.storeHealth(), services.backups()));
    }

    private static DeriveMenu derive(Services services) {
        return new DeriveMenu(services.derivations(), services.wardUnits());
    }
}
