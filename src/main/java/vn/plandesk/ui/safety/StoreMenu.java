package vn.plandesk.ui.safety;

import javafx.stage.Modality;
import vn.plandesk.service.StoreHealth;
import vn.plandesk.ui.AppMenus;
import vn.plandesk.ui.MainWindow;
import vn.plandesk.ui.WindowContext;

/** The store's safety in the window's Công cụ menu: "Kiểm tra kho dữ liệu…". */
public final class StoreMenu {
    private StoreMenu() {
    }

    public static void install(MainWindow window, StoreHealth health) {
        WindowContext context = window.context();
        window.menus().add(AppMenus.Slot.TOOLS, AppMenus.item("menu.tools.checkStore", null, () -> {
            StoreCheckDialog dialog = new StoreCheckDialog(new StoreCheckViewModel(health, context.background()));
            dialog.stage().initOwner(context.stage());
            dialog.stage().initModality(Modality.NONE);
            dialog.stage().sceneProperty().addListener((o, old, scene) -> {
                if (scene != null) {
                    scene.getRoot().setStyle("-fx-font-size: " + context.textScaleProperty().get() + "em;");
                }
            });
            dialog.show();
        }));
    }
}
