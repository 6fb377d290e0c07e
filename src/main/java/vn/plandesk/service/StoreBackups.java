package vn.plandesk.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import vn.plandesk.store.Database;
import vn.plandesk.store.RollingBackups;

/**
 * The store's rolling backups for the window and the services: today's and this week's on start, one before each
 * import, derive and replacement, the list with what each is, and a restore at the next start (the store cannot be
 * replaced while it is open; the current file is kept aside then, never overwritten).
 */
public final class StoreBackups {
    private final Database db;
    private final RollingBackups rolling;

    public StoreBackups(Database db, Clock clock) {
        this.db = db;
        this.rolling = new RollingBackups(db, clock);
    }

    /** A backup as the officer sees it listed; a daily or weekly one is known by its day only. */
    public record Backup(String name, String kind, LocalDateTime taken, boolean dayOnly, long size, boolean readable) {
    }

    /** Takes today's and this week's backups if they are not there yet (seconds for a large store). */
    public List<Path> daily() {
        return rolling.roll();
    }

    public void beforeImport() {
        rolling.before(RollingBackups.Kind.BEFORE_IMPORT);
    }

    /**
     * The backup before an import, written while the file is read; the import keeps it before it writes, or discards
     * it when the file is refused (see {@link RollingBackups#beginBefore}).
     */
    public RollingBackups.Pending beginBeforeImport() {
        return rolling.beginBefore(RollingBackups.Kind.BEFORE_IMPORT);
    }

    public void beforeDerive() {
        rolling.before(RollingBackups.Kind.BEFORE_DERIVE);
    }

    public void beforeReplace() {
        rolling.before(RollingBackups.Kind.BEFORE_REPLACE);
    }

    /** Every backup, newest first, each read back whole to say whether it can be restored. */
    public List<Backup> list() {
        return rolling.list().stream().map(e -> new Backup(e.file().getFileName().toString(),
                Messages.get("backups.kind." + e.kind().name()), e.taken(),
                e.kind() == RollingBackups.Kind.DAILY || e.kind() == RollingBackups.Kind.WEEKLY, e.size(),
                e.readable())).toList();
    }

    /** Puts the named backup in place of the store when PlanDesk next starts; returns the sentence to show. */
    public String restoreAtNextStart(String name) {
        Database.restoreAtNextStart(db.folder(), name);
        return Messages.get("backups.restoreScheduled", name);
    }
}
