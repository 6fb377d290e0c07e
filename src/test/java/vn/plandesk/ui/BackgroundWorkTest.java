package vn.plandesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.concurrent.Task;
import org.junit.jupiter.api.Test;

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
}
