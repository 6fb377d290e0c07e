package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
        assertFalse(lookup("#salvageStore").query().isVisible(), "a whole store is not offered salvage");
        clickOn("#closeCheck");

        tools("menu.tools.backups");
        // the day's and the week's, taken in the background when the window opened
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#backupsTable").tryQuery().isPresent()
                && lookup("#backupsTable").queryAs(TableView.class).getItems().size() >= 2);
        assertTrue(lookup("#restoreBackup").query().isDisabled(), "nothing chosen, nothing to restore");
        clickOn("#closeBackups");
    }

    @Test
    void aCheckThatFindsAChangedPlanOffersSalvageIntoANewStore() throws Exception {
        Messages.setLocale(Messages.VIETNAMESE);
        stage = FxToolkit.registerPrimaryStage();
        services = Services.open(dir);
        // a task's text of the province's plan (not the ward plan the window opens) changed behind PlanDesk's back,
        // as a flipped bit in the file does
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().normalize().resolve("plandesk") + ";FILE_LOCK=NO";
        try (var c = java.sql.DriverManager.getConnection(url, "sa", ""); var s = c.createStatement()) {
            s.executeUpdate("UPDATE task SET leader = leader || 'x' WHERE id = (SELECT MIN(id) FROM task"
                    + " WHERE plan_id = 1)");
        }
        FxToolkit.setupFixture(() -> {
            window = DesktopApp.showWindow(stage, services);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.context().plan() != null);

        tools("menu.tools.checkStore");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#checkLines").tryQuery().isPresent()
                && lookup("#checkLines").queryAs(ListView.class).getItems().stream()
                        .anyMatch(l -> String.valueOf(l).startsWith("Kiểm tra kho dữ liệu thấy 1 vấn đề")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#salvageStore").query().isVisible());
        assertTrue(lookup("#salvageStore").queryButton().getText().startsWith("Cứu dữ liệu sang kho mới"));
        clickOn("#closeCheck");
    }
}
