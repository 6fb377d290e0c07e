package vn.plandesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.concurrent.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.service.SafeFile;

/** The window's one worker: jobs in order, off the FX thread, failures to one handler, idle when done. */
class BackgroundWorkTest {

    @Test
    void jobsRunOneAfterTheOtherOffTheFxThreadAndFailuresGoToTheHandler() {
        List<String> seen = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        BackgroundWork work = FxThread.call(() -> new BackgroundWork(failures::add));
        FxThread.run(() -> {
            for (int i = 0; i < 3; i++) {
                int n = i;
                work.run(new Task<Void>() {
                    @Override
                    protected Void call() {
                        seen.add((javafx.application.Platform.isFxApplicationThread() ? "fx " : "") + n);
                        return null;
                    }
                });
            }
            work.run(new Task<Void>() {
                @Override
                protected Void call() {
                    throw new IllegalStateException("broken");
                }
            });
        });
        FxThread.awaitIdle(work);
        assertEquals(List.of("0", "1", "2"), seen);
        assertEquals(1, failures.size());
        assertEquals("broken", failures.get(0).getMessage());
        assertTrue(work.idleProperty().get());
        assertNull(work.runningProperty().get());
        work.close();
    }

    @Test
    void closingWaitsForAnExportInProgressSoTheFileIsWrittenWhole(@TempDir Path dir) throws Exception {
        BackgroundWork work = FxThread.call(() -> new BackgroundWork(t -> { }));
        Path file = dir.resolve("tien-do.pdf");
        CountDownLatch halfWritten = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        FxThread.run(() -> work.run(new Task<Void>() {
            @Override
            protected Void call() {
                SafeFile.write(file, "pdf.cannotWrite", out -> {
                    out.write(new byte[1000]);
                    halfWritten.countDown();
                    try {
                        goOn.await();
                    } catch (InterruptedException e) {
                        throw new java.io.InterruptedIOException();
                    }
                    out.write(new byte[1000]);
                });
                return null;
            }
        }));
        assertTrue(halfWritten.await(30, TimeUnit.SECONDS));
        // the window closes while the export is half-way
        Thread closing = new Thread(work::close);
        closing.start();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> closing.getState() == Thread.State.TIMED_WAITING);
        assertFalse(Files.exists(file), "no half file under its name");
        goOn.countDown();
        closing.join(30_000);
        assertFalse(closing.isAlive(), "closed once the export is done");
        assertEquals(2000, Files.size(file), "written whole");
        // a dialog that closes after the window asks its worker to tidy up: nothing starts, nothing breaks
        FxThread.run(() -> work.run(() -> { throw new AssertionError("ran after close"); }));
        FxThread.awaitIdle(work);
    }
}
