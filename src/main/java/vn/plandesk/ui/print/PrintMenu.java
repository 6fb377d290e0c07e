package vn.plandesk.ui.print;

import java.util.function.Consumer;
import javafx.scene.control.MenuItem;
import vn.plandesk.service.PdfExportService;
import vn.plandesk.ui.AppMenus;
import vn.plandesk.ui.MainWindow;
import vn.plandesk.ui.WindowContext;

/** "In / Xuất PDF…" (Ctrl+P) in the File menu: the print dialog for the open plan, on the window's worker. */
public final class PrintMenu implements Consumer<MainWindow> {
    private final PdfExportService pdf;
    private final FileTarget files;
    private final PrintDialog.Viewer viewer;

    public PrintMenu(PdfExportService pdf, FileTarget files, PrintDialog.Viewer viewer) {
        this.pdf = pdf;
        this.files = files;
        this.viewer = viewer;
    }

    @Override
    public void accept(MainWindow window) {
        WindowContext context = window.context();
        MenuItem print = AppMenus.item("menu.file.print", "Shortcut+P", () -> {
            if (context.plan() != null) {
                new PrintDialog(pdf, context.plan().id(), files, viewer, context.background())
                        .show(context.stage());
            }
        });
        print.disableProperty().bind(context.planProperty().isNull());
        window.menus().add(AppMenus.Slot.FILE, print);
    }
}
