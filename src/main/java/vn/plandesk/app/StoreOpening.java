package vn.plandesk.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.service.edit.PlanEditor;

/**
 * The window's store, opened on a thread of its own while JavaFX starts its toolkit, and the plan the window shows
 * first read from it: on a machine of two cores the two overlap instead of following each other, so the window's
 * first editable frame comes sooner. The window takes the services when it is built ({@link #services()}) and finds
 * the plan's editor already open when it asks for it.
 */
final class StoreOpening {
    private final CompletableFuture<Services> services = new CompletableFuture<>();
    private final CompletableFuture<Optional<PlanEditor>> lastPlan = new CompletableFuture<>();

    private StoreOpening() {
    }

    /** Starts opening the store in the folder (the officer's own when null) for the window. */
    static StoreOpening start(Path folder) {
        StoreOpening opening = new StoreOpening();
        Thread thread = new Thread(() -> opening.open(folder), "store-opening");
        thread.setDaemon(true);
        thread.start();
        return opening;
    }

    private void open(Path folder) {
        Services opened;
        try {
            opened = Services.open(folder, false);
        } catch (RuntimeException | Error e) {
            services.completeExceptionally(e);
            lastPlan.complete(Optional.empty());
            return;
        }
        services.complete(opened);
        Optional<PlanEditor> editor = Optional.empty();
        try {
            // the plan the window opens at its start (MainWindow's choice: the one open last, when it is still there)
            editor = opened.settings().getLong("plan.last").map(id -> opened.editors().open(id));
        } catch (RuntimeException e) {
            // a plan deleted or damaged since: the window tells it in its own words when it opens the plan
        }
        lastPlan.complete(editor);
    }

    /**
     * The opened store's services, waiting for the opening if need be.
     *
     * @throws PlanDeskException the opening's refusal (a store in use, damaged, newer)
     */
    Services services() {
        try {
            return services.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** The editor of the plan the window opens first, once read; empty when there is none to read ahead. */
    CompletableFuture<Optional<PlanEditor>> lastPlan() {
        return lastPlan;
    }
}
