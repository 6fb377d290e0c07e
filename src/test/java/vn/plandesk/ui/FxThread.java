package vn.plandesk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * For view-model tests: starts the JavaFX toolkit (headless, no window, no stage), runs code on its thread the way
 * the view would, and waits for the window's worker to finish its jobs instead of sleeping.
 */
public final class FxThread {
    private static boolean started;

    private FxThread() {
    }

    /**
     * Starts the toolkit once per test JVM, the way TestFX starts it (its primary stage registered, never shown): a
     * toolkit started by {@code Platform.startup} first would leave the window tests that run later in the same JVM
     * without their robot. A toolkit TestFX started already is used as it is.
     */
    public static synchronized void start() {
        if (started) {
            return;
        }
        try {
            FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException("the JavaFX toolkit did not start", e);
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    /** Runs on the FX thread and returns its result, as a command called from a button would run. */
    public static <T> T call(Callable<T> work) {
        start();
        try {
            return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Waits until the worker has no job left and the FX thread has handed out their results. */
    public static void awaitIdle(BackgroundWork work) {
        try {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, work.idleProperty());
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException e) {
            throw new AssertionError("the background work did not finish in 60 s", e);
        }
    }
}
