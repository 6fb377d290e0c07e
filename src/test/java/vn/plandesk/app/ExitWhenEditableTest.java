package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The benchmark's and the package build's start ({@code --exit-when-editable}) quits as the officer's Quit does: the
 * window closes, its jobs finish, and only then may the store close. It used to end the toolkit with the tracking
 * page's read-ahead still running, which then failed on the closed store and left H2's trace file in the folder.
 */
class ExitWhenEditableTest extends WindowTestBase {
    @Test
    void onceEditableTheWindowClosesAndItsWorkerHasFinishedBeforeTheStoreCloses() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            services = Services.open(dir);
            window = DesktopApp.showWindow(stage, services);
            DesktopApp.exitWhenEditable(window);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.context().plan() != null && !stage.isShowing());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.context().background().idleProperty().get());

        AtomicReference<Task<Void>> late = new AtomicReference<>();
        interact(() -> late.set(window.context().background().run(new Task<Void>() {
            @Override
            protected Void call() {
                return null;
            }
        })));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(late.get().isCancelled(), "a closed window's worker starts no job on the store");

        FxToolkit.setupFixture(() -> {
            services.close();
            services = null;
        });
        assertFalse(Files.exists(dir.resolve("plandesk.trace.db")), "no statement ran on the closed store");
    }

    /**
     * The plan the store's opening thread read ahead is in the window when it first shows (one styling pass and one
     * layout for both), and the start is still timed to the first frame drawn with it.
     */
    @Test
    void aPlanReadAheadIsInTheWindowWhenItFirstShowsAndTheStartWaitsForItsFirstFrame() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        AtomicReference<String> atShow = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            long ward = openStoreWithWardPlanReadAhead();
            window = DesktopApp.showWindow(stage, services);
            javafx.scene.Node table = stage.getScene().lookup("#group-table-1");
            atShow.set((window.context().plan() == null ? "no plan" : "plan " + (window.context().plan().id() == ward))
                    + ", table " + (table != null && table.getScene() == stage.getScene()));
            DesktopApp.exitWhenEditable(window);
        });
        assertEquals("plan true, table true", atShow.get());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !stage.isShowing());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.context().background().idleProperty().get());
        FxToolkit.setupFixture(() -> {
            services.close();
            services = null;
        });
    }
}
