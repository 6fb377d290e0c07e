package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.service.Messages;
import vn.plandesk.ui.MainWindow;

/** The store's check and its backups, reached from the Công cụ menu as the officer would. */
class StoreSafetyInWindowTest extends FxRobot {
    @TempDir
    Path dir;
    Services services;
    MainWindow window;
    Stage stage;

    @AfterEach
    void stop() throws Exception {
        if (services != null) {
            FxToolkit.setupFixture(() -> {
                for (Window w : List.copyOf(Window.getWindows())) {
                    if (w != stage && w instanceof Stage s) {
                        s.close();
                    }
                }
                stage.hide();
                services.close();
                services = null;
            });
        }
    }

    private void tools(String key) {
        clickOn("#menu-tools");
        clickOn(Messages.get(key).replace("_", ""), org.testfx.robot.Motion.VERTICAL_FIRST);
    }

    @Test
    void theCheckSaysTheStoreIsWholeAndTheDaysBackupsAreListed() throws Exception {
        Messages.setLocale(Messages.VIETNAMESE);
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            services = Services.open(dir);
            window = DesktopApp.showWindow(stage, services);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.context().plan() != null);

        tools("menu.tools.checkStore");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#checkLines").tryQuery().isPresent()
                && lookup("#checkLines").queryAs(ListView.class).getItems().stream()
                        .anyMatch(l -> String.valueOf(l).startsWith("Kho dữ liệu nguyên vẹn")));
        clickOn("#closeCheck");

        tools("menu.tools.backups");
        // the day's and the week's, taken in the background when the window opened
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#backupsTable").tryQuery().isPresent()
                && lookup("#backupsTable").queryAs(TableView.class).getItems().size() >= 2);
        assertTrue(lookup("#restoreBackup").query().isDisabled(), "nothing chosen, nothing to restore");
        clickOn("#closeBackups");
    }
}
