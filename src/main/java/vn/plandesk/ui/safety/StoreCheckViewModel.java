package vn.plandesk.ui.safety;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.service.Messages;
import vn.plandesk.service.StoreHealth;
import vn.plandesk.ui.BackgroundWork;

/** "Kiểm tra kho dữ liệu": runs the store's check off the FX thread and holds its sentences. */
public final class StoreCheckViewModel {
    private final StoreHealth health;
    private final BackgroundWork work;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty whole = new SimpleBooleanProperty();
    private final BooleanProperty checked = new SimpleBooleanProperty();
    private final ObservableList<String> lines = FXCollections.observableArrayList();

    public StoreCheckViewModel(StoreHealth health, BackgroundWork work) {
        this.health = health;
        this.work = work;
    }

    /** Starts the check; the lines say it runs, then what it found. */
    public void check() {
        running.set(true);
        lines.setAll(Messages.get("check.running"));
        Task<StoreHealth.Report> task = new Task<>() {
            @Override
            protected StoreHealth.Report call() {
                return health.check();
            }
        };
        task.setOnSucceeded(e -> {
            lines.setAll(task.getValue().lines());
            whole.set(task.getValue().whole());
            checked.set(true);
            running.set(false);
        });
        work.run(task, failure -> {
            lines.setAll(failure instanceof PlanDeskException p ? Messages.of(p)
                    : Messages.get("error.unexpected", failure.getClass().getSimpleName()));
            whole.set(false);
            checked.set(true);
            running.set(false);
        });
    }

    /**
     * Salvages what still reads of the store into a new store in {@code target}, off the FX thread; the lines then say
     * what was copied and what could not be saved. The store itself is not written.
     */
    public void salvageInto(java.nio.file.Path target) {
        running.set(true);
        lines.setAll(Messages.get("salvage.running", target.toString()));
        Task<vn.plandesk.service.StoreSalvage.Report> task = new Task<>() {
            @Override
            protected vn.plandesk.service.StoreSalvage.Report call() {
                return health.salvageInto(target);
            }
        };
        task.setOnSucceeded(e -> {
            lines.setAll(task.getValue().lines());
            running.set(false);
        });
        work.run(task, failure -> {
            lines.setAll(failure instanceof PlanDeskException p ? Messages.of(p)
                    : Messages.get("error.unexpected", failure.getClass().getSimpleName()));
            running.set(false);
        });
    }

    /** Whether salvage is offered: the check has run and found something wrong, and nothing runs now. */
    public javafx.beans.binding.BooleanBinding salvageOfferedProperty() {
        return checked.and(whole.not()).and(running.not());
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** Whether the last check found the store whole. */
    public ReadOnlyBooleanProperty wholeProperty() {
        return whole;
    }

    public ObservableList<String> lines() {
        return lines;
    }
}
