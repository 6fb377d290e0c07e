package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.service.AppVersion;

/** Help → About tells which version is installed, so the officer can say it when asking for help. */
class AboutBoxTest extends WindowTestBase {
    @Test
    void f1ShowsTheVersionOfTheProgram() throws Exception {
        start();
        push(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().contains(AppVersion.get()), pane.getContentText());
        assertTrue(pane.getContentText().contains(dir.toAbsolutePath().normalize().toString()), pane.getContentText());
        interact(() -> ((javafx.stage.Stage) pane.getScene().getWindow()).close());
    }
}
