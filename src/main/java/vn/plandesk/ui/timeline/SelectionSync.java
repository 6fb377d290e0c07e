package vn.plandesk.ui.timeline;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import vn.plandesk.model.PlanTask;

/**
 * Keeps a task table and the timeline in step: selecting a task in one selects it in the other and brings it into
 * view, and scrolling the table scrolls the timeline to the same first task (and back). Tasks are matched by store
 * key, so the records may be different copies of the same task.
 */
public final class SelectionSync {
    private final TableView<PlanTask> table;
    private final TimelineView timeline;
    private boolean busy;

    private SelectionSync(TableView<PlanTask> table, TimelineView timeline) {
        this.table = table;
        this.timeline = timeline;
    }

    /** Binds the two both ways for as long as they live. */
    public static SelectionSync bind(TableView<PlanTask> table, TimelineView timeline) {
        SelectionSync sync = new SelectionSync(table, timeline);
        sync.install();
        return sync;
    }

    private void install() {
        table.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> guarded(() -> {
            if (t != null) {
                timeline.selectedTaskProperty().set(t);
            }
        }));
        ObjectProperty<PlanTask> chartSelection = timeline.selectedTaskProperty();
        chartSelection.addListener((o, a, t) -> guarded(() -> {
            int i = indexOf(table.getItems(), t);
            if (i < 0) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(i);
                table.scrollTo(i);
            }
        }));
        timeline.topTaskProperty().addListener((o, a, t) -> guarded(() -> {
            int i = indexOf(table.getItems(), t);
            VirtualFlow<?> flow = flow();
            if (i >= 0 && flow != null) {
                flow.scrollToTop(i);
            }
        }));
        table.skinProperty().addListener((o, a, skin) -> watchTableScroll());
        watchTableScroll();
    }

    private void watchTableScroll() {
        VirtualFlow<?> flow = flow();
        if (flow == null) {
            return;
        }
        flow.positionProperty().addListener((o, a, b) -> guarded(() -> {
            var first = flow.getFirstVisibleCell();
            if (first != null && first.getIndex() >= 0 && first.getIndex() < table.getItems().size()) {
                timeline.scrollToTop(table.getItems().get(first.getIndex()));
            }
        }));
    }

    private VirtualFlow<?> flow() {
        return table.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
    }

    private void guarded(Runnable r) {
        if (busy) {
            return;
        }
        busy = true;
        try {
            r.run();
        } finally {
            busy = false;
        }
    }

    static int indexOf(ObservableList<PlanTask> items, PlanTask t) {
        if (t == null) {
            return -1;
        }
        for (int i = 0; i < items.size(); i++) {
            PlanTask x = items.get(i);
            if (t.id() != null ? t.id().equals(x.id()) : t.equals(x)) {
                return i;
            }
        }
        return -1;
    }
}
