package vn.plandesk.ui.office;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.stage.Modality;
import javafx.stage.Stage;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.service.Messages;
import vn.plandesk.service.PlanService;
import vn.plandesk.service.edit.PlanEditors;
import vn.plandesk.service.office.ImportXlsxService;
import vn.plandesk.service.office.OfficeExportService;
import vn.plandesk.ui.AppMenus;
import vn.plandesk.ui.MainWindow;
import vn.plandesk.ui.WindowContext;
import vn.plandesk.ui.print.FileTarget;
import vn.plandesk.ui.print.PrintDialog;

/**
 * Excel and Word from the File menu: "Nhập từ Excel…" (as a new plan, or into a stored plan change by change, through
 * the plan's editor so the window shows it and Ctrl+Z takes it back), "Xuất Excel (.xlsx)…" and "Xuất Word (.docx)…"
 * of the open plan, written on the window's worker.
 */
public final class OfficeMenu implements Consumer<MainWindow> {
    /** The two export formats: file extension and the menu text's key. */
    private enum Format {
        XLSX("menu.file.exportXlsx"), DOCX("menu.file.exportDocx");

        final String menuKey;

        Format(String menuKey) {
            this.menuKey = menuKey;
        }

        String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final ImportXlsxService importXlsx;
    private final PlanService plans;
    private final PlanEditors editors;
    private final OfficeExportService officeExport;
    private final FileTarget files;
    private final PrintDialog.Viewer viewer;

    public OfficeMenu(ImportXlsxService importXlsx, PlanService plans, PlanEditors editors,
                      OfficeExportService officeExport, FileTarget files, PrintDialog.Viewer viewer) {
        this.importXlsx = importXlsx;
        this.plans = plans;
        this.editors = editors;
        this.officeExport = officeExport;
        this.files = files;
        this.viewer = viewer;
    }

    @Override
    public void accept(MainWindow window) {
        WindowContext context = window.context();
        window.menus().add(AppMenus.Slot.FILE_IMPORT,
                AppMenus.item("menu.file.importXlsx", null,
                        () -> importAppendix(context, "office.import.title", "xlsx", "xls")));
        // Word and PDF go through the same import: the kind is told by the file's content
        window.menus().add(AppMenus.Slot.FILE_IMPORT, AppMenus.item("menu.file.importDocument", null,
                () -> importAppendix(context, "office.import.title.document", "docx", "pdf", "xlsx", "xls")));
        for (Format f : Format.values()) {
            MenuItem item = AppMenus.item(f.menuKey, null, () -> export(context, f));
            item.disableProperty().bind(context.planProperty().isNull());
            window.menus().add(AppMenus.Slot.FILE_EXPORT, item);
        }
    }

    // ---- import

    private void importAppendix(WindowContext context, String titleKey, String... extensions) {
        files.open(context.stage(), extensions).ifPresent(file -> {
            ImportXlsxView view = new ImportXlsxView(importXlsx, plans, context.background());
            view.setFiles(files);
            view.setOnNewPlan(id -> {
                context.plansChanged();
                context.openPlan(id);
            });
            Stage stage = new Stage();
            // through the plan's editor: the window shows the changes at once and Ctrl+Z takes them back as one edit
            view.setIntoPlan((planId, comparison, accepted) -> editors.open(planId)
                    .replaceContent("edit.importXlsx", comparison.apply(accepted)));
            // once written the window has done its work: the officer is back at the plan, told in the status bar
            view.setOnFinished(message -> {
                stage.close();
                context.statusProperty().set(message);
            });
            stage.initOwner(context.stage());
            stage.initModality(Modality.WINDOW_MODAL);
            stage.setTitle(Messages.get(titleKey));
            stage.setScene(new Scene(view.root()));
            stage.show();
            view.open(file);
        });
    }

    // ---- export

    private void export(WindowContext context, Format format) {
        if (context.plan() == null) {
            return;
        }
        long planId = context.plan().id();
        String suggested = officeExport.suggestedName(planId, format.extension());
        files.file(context.stage(), suggested).ifPresent(file -> {
            Task<Path> task = new Task<>() {
                @Override
                protected Path call() {
                    updateProgress(-1, 1);
                    if (format == Format.XLSX) {
                        officeExport.exportXlsx(planId, file);
                    } else {
                        officeExport.exportDocx(planId, file);
                    }
                    return file;
                }
            };
            task.setOnSucceeded(e -> {
                context.statusProperty().set(Messages.get("office.export.done", file.getFileName()));
                saved(context, file);
            });
            context.statusProperty().set(Messages.get("office.export.working", file.getFileName()));
            context.runInBackground(task);
        });
    }

    /** Tells the officer where the file is, and opens it or its folder if they wish. */
    private void saved(WindowContext context, Path file) {
        ButtonType openFile = new ButtonType(Messages.get("office.export.openFile"), ButtonBar.ButtonData.YES);
        ButtonType openFolder = new ButtonType(Messages.get("office.export.openFolder"), ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType(Messages.get("office.export.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION,
                Messages.get("office.export.inFolder", file.toAbsolutePath().getParent()), openFile, openFolder, close);
        alert.initOwner(context.stage());
        alert.setTitle(Messages.get("office.export.title"));
        alert.setHeaderText(Messages.get("office.export.saved", file.getFileName()));
        alert.getDialogPane().setMinWidth(560);
        alert.setOnHidden(e -> {
            ButtonType chosen = alert.getResult();
            Path target = chosen == openFile ? file : chosen == openFolder ? file.toAbsolutePath().getParent() : null;
            if (target != null) {
                try {
                    viewer.open(target);
                } catch (PlanDeskException x) {
                    context.showError(new PlanDeskException(x, "office.export.noViewer", target.toString()));
                }
            }
        });
        alert.show();
    }
}
