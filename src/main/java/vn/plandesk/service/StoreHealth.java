package vn.plandesk.service;

import java.util.ArrayList;
import java.util.List;
import vn.plandesk.store.Backups;
import vn.plandesk.store.Database;
import vn.plandesk.store.StoreCheck;

/** "Kiểm tra kho dữ liệu", for the window and the CLI alike: the store's check told in the officer's sentences. */
public final class StoreHealth {
    private final Database db;

    public StoreHealth(Database db) {
        this.db = db;
    }

    /** The check's outcome: whether the store is whole, and the sentences that say so or list what is wrong. */
    public record Report(boolean whole, List<String> lines) {
    }

    /**
     * Copies what still reads of this store into a new store in {@code target} and says what could not be saved; this
     * store is not written (may take seconds on a large store: call it off the FX thread).
     */
    public StoreSalvage.Report salvageInto(java.nio.file.Path target) {
        db.flush();
        return StoreSalvage.run(db.folder(), target);
    }

    /** Reads the whole store (may take seconds on a large one: call it off the FX thread). */
    public Report check() {
        StoreCheck.Result r = StoreCheck.run(db);
        List<String> lines = new ArrayList<>();
        if (r.whole()) {
            lines.add(Messages.get("check.whole", r.tables(), r.plans(), r.files(), r.backups()));
            return new Report(true, List.copyOf(lines));
        }
        lines.add(Messages.get("check.problems", r.findings().size()));
        for (StoreCheck.Finding f : r.findings()) {
            lines.add(Messages.get(f.key(), f.args().toArray()));
        }
        lines.add(Backups.newestReadable(db.folder())
                .map(b -> Messages.get("check.newestBackup", b.getFileName().toString()))
                .orElseGet(() -> Messages.get("check.noBackup")));
        return new Report(false, List.copyOf(lines));
    }
}
