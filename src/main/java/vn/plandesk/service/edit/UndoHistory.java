package vn.plandesk.service.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.plandesk.model.Plan;

/**
 * The edits of one plan in the order made. Each entry holds the plan before and after: the model is immutable, so two
 * snapshots share every task the edit did not touch, and going back is writing the older snapshot over the newer one.
 */
public final class UndoHistory {
    /**
     * One edit: a message key naming it ("edit.name"), the plan before and after; for a change another service
     * stores (the plan with records beside it), that service's way to take it back and make it again.
     */
    public record Entry(String labelKey, Plan before, Plan after, PlanEditor.StoredChange stored) {
        public Entry(String labelKey, Plan before, Plan after) {
            this(labelKey, before, after, null);
        }
    }

    private static final int LIMIT = 500;
    private final List<Entry> entries = new ArrayList<>();
    /** Entries below this index are done; the rest were undone and can be redone. */
    private int done;

    void record(Entry entry) {
        entries.subList(done, entries.size()).clear();
        entries.add(entry);
        if (entries.size() > LIMIT) {
            entries.remove(0);
        }
        done = entries.size();
    }

    public boolean canUndo() {
        return done > 0;
    }

    public boolean canRedo() {
        return done < entries.size();
    }

    public Optional<Entry> nextUndo() {
        return canUndo() ? Optional.of(entries.get(done - 1)) : Optional.empty();
    }

    public Optional<Entry> nextRedo() {
        return canRedo() ? Optional.of(entries.get(done)) : Optional.empty();
    }

    void stepBack() {
        done--;
    }

    void stepForward() {
        done++;
    }

    /** Replaces the entry just undone or redone, whose snapshots gained store ids on the way. */
    void replace(int index, Entry entry) {
        entries.set(index, entry);
    }

    int doneCount() {
        return done;
    }

    public int size() {
        return entries.size();
    }
}
