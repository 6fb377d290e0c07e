package vn.plandesk.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's one worker: every long job (opening a plan, loading the samples, a preview, an export, an import, a
 * comparison) runs here, one after the other, off the FX thread. One thread because the store has one writer, and
 * because jobs queued in order (close the old preview, draw the new one) stay in order. A failure is written to the
 * log with its stack trace and handed to one handler, which tells the officer in a sentence; the window shuts the
 * worker down when it closes.
 */
public final class BackgroundWork implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);

    private final ExecutorService executor;
    private final Consumer<Throwable> failures;
    private final ReadOnlyObjectWrapper<Task<?>> running = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper idle = new ReadOnlyBooleanWrapper(true);
    /** Jobs submitted and not yet finished; changed on the FX thread only. */
    private int pending;

    /** @param failures told, on the FX thread, of a job that failed and has no handler of its own */
    public BackgroundWork(Consumer<Throwable> failures) {
        this.failures = failures;
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "plandesk-work-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs the job; a failure goes to the window's handler. Call on the FX thread. */
    public <T> Task<T> run(Task<T> task) {
        return run(task, failures);
    }

    /**
     * Runs the job; a failure is logged and goes to {@code onFailure} (a dialog that shows failures in its own
     * status line). The job's own {@code onSucceeded} is kept; {@code onFailed} is this class's.
     */
    public <T> Task<T> run(Task<T> task, Consumer<Throwable> onFailure) {
        pending++;
        idle.set(false);
        running.set(task);
        task.runningProperty().addListener((o, was, now) -> {
            if (now) {
                running.set(task);
            }
        });
        task.stateProperty().addListener((o, old, state) -> {
            switch (state) {
                case SUCCEEDED, FAILED, CANCELLED -> finished(task);
                default -> { }
            }
        });
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            LOG.warn("Background job failed", t);
            onFailure.accept(t);
        });
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            // the window has closed: a dialog it owned, closing after it, asks to tidy up; nothing starts any more
            LOG.info("Job not started, the window's worker is shut down");
            task.cancel();
        }
        return task;
    }

    /** Runs a small job with no result, such as closing a preview, in order with the others; failures are logged. */
    public void run(Runnable job) {
        run(new Task<Void>() {
            @Override
            protected Void call() {
                job.run();
                return null;
            }
        }, t -> { });
    }

    private void finished(Task<?> task) {
        pending--;
        if (running.get() == task) {
            running.set(null);
        }
        if (pending == 0) {
            idle.set(true);
        }
    }

    /** The job the status bar shows the progress of, or null. */
    public ReadOnlyObjectProperty<Task<?>> runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True when no job is queued or running; window tests wait on it instead of sleeping. */
    public ReadOnlyBooleanProperty idleProperty() {
        return idle.getReadOnlyProperty();
    }

    /**
     * Stops taking jobs and lets those queued and running finish, so an export the officer started before closing
     * the window is written whole. Only a job stuck for minutes is interrupted; the file it was writing is then
     * left out, never half-written (exports write beside the file and move it into place).
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(2, TimeUnit.MINUTES)) {
                LOG.warn("Background jobs still running after two minutes; interrupting them");
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
