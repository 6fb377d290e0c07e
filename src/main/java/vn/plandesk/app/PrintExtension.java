package vn.plandesk.app;

import java.util.function.BiConsumer;
import javafx.scene.control.MenuItem;
import vn.plandesk.ui.AppMenus;
import vn.plandesk.ui.MainWindow;
import vn.plandesk.ui.WindowContext;
import vn.plandesk.ui.print.FileTarget;
import vn.plandesk.ui.print.PrintDialog;

/** "In / Xuất PDF…" (Ctrl+P) in the File menu: the print dialog for the open plan. */
final class PrintExtension implements BiConsumer<MainWindow, Services> {
    private final FileTarget files;
    private final PrintDialog.Viewer viewer;

    PrintExtension(FileTarget files, PrintDialog.Viewer viewer) {
        this.files = files;
        this.viewer = viewer;
    }

    @Override
    public void accept(MainWindow window, Services services) {
        WindowContext context = window.context();
        MenuItem print = AppMenus.item("menu.file.print", "Shortcut+P", () -> {
            if (context.plan() != null) {
                new PrintDialog(services.pdf(), context.plan().id(), files, viewer, context.background())
                        .show(context.stage());
            }
        });
        print.disableProperty().bind(context.planProperty().isNull());
        window.menus().add(AppMenus.Slot.FILE, print);
    }
}
