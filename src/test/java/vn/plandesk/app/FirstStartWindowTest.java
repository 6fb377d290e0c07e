package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.service.Messages;

/**
 * The officer's very first start, on an empty store: the window is there at once and says one thing, that the sample
 * plans are loading, with a progress bar; then the ward plan opens.
 */
class FirstStartWindowTest extends WindowTestBase {
    @Test
    void theWindowShowsAtOnceAndLoadsTheSamplesInTheBackgroundWithOneMessage() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        AtomicReference<String> message = new AtomicReference<>();
        AtomicReference<String> counts = new AtomicReference<>();
        AtomicReference<Boolean> progressShown = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            services = Services.open(dir, false);
            assertTrue(services.isNew());
            window = DesktopApp.showWindow(stage, services, WindowExtensions.all(services), services.isNew());
            // the FX thread is back from showing the window: the samples are still on their way
            message.set(lookup("#status-message").queryAs(Label.class).getText());
            counts.set(lookup("#status-counts").queryAs(Label.class).getText());
            progressShown.set(lookup(".status-bar .progress-bar").queryAs(ProgressBar.class).isVisible());
        });
        assertEquals(Messages.get("status.loadingSamples", 0, 4), message.get());
        assertEquals("", counts.get(), "no second message beside the loading one");
        assertTrue(progressShown.get(), "a progress bar while the samples load");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.context().plan() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, services.plans().list().size());
        assertEquals(76, plan().taskCount(), "the Chơn Thành ward plan opens first");
        assertEquals(Messages.get("status.opened", 76), lookup("#status-message").queryAs(Label.class).getText());
        String statusCounts = lookup("#status-counts").queryAs(Label.class).getText();
        assertTrue(statusCounts.startsWith(Messages.get("status.tasks", 76)));
        assertTrue(statusCounts.endsWith(Messages.get("status.waiting", 57)),
                "the 57 tasks that wait for the province are counted as waiting, not late: " + statusCounts);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !lookup(".status-bar .progress-bar").queryAs(ProgressBar.class).isVisible());
        // every sample is listed in the navigator, the ward plan among them
        assertTrue(lookup(".tree-cell").match(n -> n instanceof javafx.scene.control.TreeCell<?> c
                && c.getText() != null && c.getText().contains("Chơn Thành")).tryQuery().isPresent());
    }
}
