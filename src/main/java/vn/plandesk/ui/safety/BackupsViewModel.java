package vn.plandesk.ui.safety;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.service.Messages;
import vn.plandesk.service.StoreBackups;
import vn.plandesk.ui.BackgroundWork;

/**
 * "Bản sao lưu": the store's backups listed (each read back in the background to say whether it can be restored), and
 * "Khôi phục", which puts the chosen one in place of the store at the next start, the current store kept aside.
 */
public final class BackupsViewModel {
    private final StoreBackups backups;
    private final BackgroundWork work;
    private final ObservableList<StoreBackups.Backup> list = FXCollections.observableArrayList();
    private final ObjectProperty<StoreBackups.Backup> selected = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty restoreAsked = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");

    public BackupsViewModel(StoreBackups backups, BackgroundWork work) {
        this.backups = backups;
        this.work = work;
    }

    /** Reads the list in the background. */
    public void load() {
        loading.set(true);
        status.set(Messages.get("backups.reading"));
        Task<List<StoreBackups.Backup>> task = new Task<>() {
            @Override
            protected List<StoreBackups.Backup> call() {
                return backups.list();
            }
        };
        task.setOnSucceeded(e -> {
            list.setAll(task.getValue());
            loading.set(false);
            status.set(list.isEmpty() ? Messages.get("backups.none") : "");
        });
        work.run(task, this::failed);
    }

    /** Asks for the selected backup to be restored at the next start; says so, or why not. */
    public void restore() {
        StoreBackups.Backup b = selected.get();
        if (b == null) {
            return;
        }
        if (!b.readable()) {
            status.set(Messages.get("store.backupUnreadable", b.name()));
            return;
        }
        try {
            status.set(backups.restoreAtNextStart(b.name()));
            restoreAsked.set(true);
        } catch (PlanDeskException e) {
            status.set(Messages.of(e));
        }
    }

    private void failed(Throwable t) {
        loading.set(false);
        status.set(t instanceof PlanDeskException p ? Messages.of(p)
                : Messages.get("error.unexpected", t.getClass().getSimpleName()));
    }

    public ObservableList<StoreBackups.Backup> list() {
        return list;
    }

    public ObjectProperty<StoreBackups.Backup> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** Whether a restore waits for the next start. */
    public ReadOnlyBooleanProperty restoreAskedProperty() {
        return restoreAsked;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
