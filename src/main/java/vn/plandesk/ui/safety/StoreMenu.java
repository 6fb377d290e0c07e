package vn.plandesk.ui.safety;

import javafx.concurrent.Task;
import javafx.stage.Modality;
import javafx.stage.Stage;
import vn.plandesk.service.StoreBackups;
import vn.plandesk.service.StoreHealth;
import vn.plandesk.ui.AppMenus;
import vn.plandesk.ui.MainWindow;
import vn.plandesk.ui.WindowContext;

/**
 * The store's safety in the window: "Kiểm tra kho dữ liệu…" and "Bản sao lưu…" in the Công cụ menu, and the day's
 * rolling backup taken in the background when the window opens.
 */
public final class StoreMenu {
    private StoreMenu() {
    }

    public static void install(MainWindow window, StoreHealth health, StoreBackups backups) {
        WindowContext context = window.context();
        window.menus().add(AppMenus.Slot.TOOLS, AppMenus.item("menu.tools.checkStore", null, () -> {
            StoreCheckDialog dialog = new StoreCheckDialog(new StoreCheckViewModel(health, context.background()));
            ownedBy(dialog.stage(), context);
            dialog.show();
        }));
        window.menus().add(AppMenus.Slot.TOOLS, AppMenus.item("menu.tools.backups", null, () -> {
            BackupsDialog dialog = new BackupsDialog(new BackupsViewModel(backups, context.background()));
            ownedBy(dialog.stage(), context);
            dialog.show();
        }));
        // a failure is logged by the worker and not shown: the officer's work goes on, and check-store names it
        context.background().run(new Task<>() {
            @Override
            protected Object call() {
                return backups.daily();
            }
        }, failure -> { });
    }

    private static void ownedBy(Stage stage, WindowContext context) {
        stage.initOwner(context.stage());
        stage.initModality(Modality.NONE);
        // the dialogs take the text size chosen for the window
        stage.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                vn.plandesk.ui.TextSize.apply(scene, context.textScaleProperty().get());
            }
        });
    }
}
