package vn.plandesk.service.edit;

import java.util.HashMap;
import java.util.Map;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.store.PlanRepository;

/**
 * One editor per stored plan, kept while the program runs: the undo history of a plan survives switching to another
 * plan and back.
 */
public final class PlanEditors {
    private final PlanRepository store;
    private final Map<Long, PlanEditor> open = new HashMap<>();
    private final java.util.List<java.util.function.Consumer<PlanEditor>> onOpen =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    public PlanEditors(PlanRepository store) {
        this.store = store;
    }

    /**
     * The editor of a plan, loading the plan on first use (may take a while for a big plan: call it off the UI thread).
     *
     * @throws PlanDeskException "plan.notFound"
     */
    public synchronized PlanEditor open(long planId) {
        PlanEditor e = open.get(planId);
        if (e == null) {
            e = new PlanEditor(store, store.load(planId).orElseThrow(() -> new PlanDeskException("plan.notFound", planId)));
            open.put(planId, e);
            for (java.util.function.Consumer<PlanEditor> c : onOpen) {
                c.accept(e);
            }
        }
        return e;
    }

    /** The editor of a plan if it is open already, without reading anything. */
    public synchronized java.util.Optional<PlanEditor> opened(long planId) {
        return java.util.Optional.ofNullable(open.get(planId));
    }

    /** Called with each editor when it is first opened (a service that follows the plan's edits). */
    public void onOpen(java.util.function.Consumer<PlanEditor> listener) {
        onOpen.add(listener);
    }
}
