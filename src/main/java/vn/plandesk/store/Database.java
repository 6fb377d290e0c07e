package vn.plandesk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.Wording;

/**
 * The H2 file store of one user: opened embedded (no server, no TCP port), locked against a second PlanDesk on the
 * same folder, migrated on open with a backup taken first, and used through one connection: a desktop app has one
 * writer, and every change runs in a transaction of its own.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String FILE_NAME = "plandesk";
    private static final String MIGRATIONS = "classpath:db/migration";
    /** The newest migration in db/migration; DatabaseTest checks that it is. */
    static final int SCHEMA_VERSION = 9;
    /**
     * The byte of the lock file that is locked: past the holder's name, so that a second PlanDesk can read the name
     * even where locks are mandatory (Windows).
     */
    private static final long LOCK_POSITION = 1L << 20;
    /**
     * How H2 opens the file. FILE_LOCK=NO: our own lock keeps a second PlanDesk out, and H2's lock file would only make
     * the start after a kill wait seconds for a stale lock. REUSE_SPACE=FALSE and MAX_COMPACT_TIME=0: H2 writes each
     * new chunk after the last one and never moves or overwrites a chunk in place (in the background when the file is
     * fragmented, and for up to 200 ms at every close). With reused space, a kill at the wrong moment left newer
     * chunks where the start after it did not find them: H2 opened an older version, dropping committed work without
     * a word, and wrote new chunks under the ids of the ones it had left behind, so the file later could not be opened
     * at all. Appending only, the newest complete chunk is always the file's last one and every chunk it refers to is
     * still whole after any kill. The file gives back space when {@link #close} finds it mostly dead
     * ({@link #compact}: a compact copy moved into place in one step). WRITE_DELAY=0: H2 writes a commit to the file
     * before the commit returns; with its default (500 ms) a commit was only in memory until the background writer
     * came, and a kill right after an edit the window had shown as saved lost it.
     */
    private static final String SETTINGS = ";FILE_LOCK=NO;REUSE_SPACE=FALSE;MAX_COMPACT_TIME=0;WRITE_DELAY=0";

    /** A unit of work on the store, run inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path folder;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Connection connection;
    private final boolean created;
    private volatile boolean damageSeen;
    /** H2's count of data changes when the store was opened: unchanged at close means nothing was written since. */
    private final long changesAtOpen;

    private Database(Path folder, FileChannel lockChannel, FileLock lock, Connection connection, boolean created)
            throws SQLException {
        this.folder = folder;
        this.created = created;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.connection = connection;
        this.changesAtOpen = changes();
    }

    /** Who holds the store, written into the lock file so that a second PlanDesk can say who it waits for. */
    public enum Holder { WINDOW, COMMAND }

    /**
     * Opens (creating if needed) the store in a folder for the window.
     *
     * @throws PlanDeskException "store.inUse" / "store.inUseByCommand" when another PlanDesk has it open,
     *                           "store.damaged" / "store.damagedNoBackup" when the file cannot be read (it is left
     *                           untouched), "store.newer" for a store of a newer PlanDesk, "store.migrationFailed"
     *                           when a migration failed (the store is put back as it was), "store.halfMigrated" for a
     *                           store that an older start left half-migrated, "store.cannotOpen" otherwise
     */
    public static Database open(Path folder) {
        return open(folder, Holder.WINDOW);
    }

    /** Opens the store for the window or for a command-line run. */
    public static Database open(Path folder, Holder holder) {
        return open(folder, holder, MIGRATIONS);
    }

    /** Opens the store with the given migration locations (tests add their own). */
    static Database open(Path folder, String... migrationLocations) {
        return open(folder, Holder.WINDOW, migrationLocations);
    }

    private static Database open(Path folder, Holder holder, String... migrationLocations) {
        Path dir = folder.toAbsolutePath().normalize();
        FileChannel channel = null;
        FileLock lock;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve(FILE_NAME + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            lock = channel.tryLock(LOCK_POSITION, 1, false);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(dir);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new PlanDeskException(e, "store.cannotOpen", dir.toString(), e.getMessage());
        }
        if (lock == null) {
            closeQuietly(channel);
            throw inUse(dir);
        }
        try {
            writeHolder(channel, holder);
            restoreAskedFor(dir);
            Files.deleteIfExists(dir.resolve(COMPACT_PART)); // a compaction a kill cut short: the store is the old file
            Path file = dir.resolve(FILE_NAME + ".mv.db");
            boolean existed = Files.exists(file);
            if (existed && !StoreFile.opensWhole(file)) {
                // H2 would take an empty or foreign file for a new store and write over it, and would open a file
                // whose newest chunks are missing at an older version, dropping committed work without a word
                throw damaged(dir, null);
            }
            // our own lock above keeps a second PlanDesk out; H2's lock file would only make the start after a
            // kill wait seconds for a stale lock
            String url = "jdbc:h2:file:" + dir.resolve(FILE_NAME) + SETTINGS;
            // our connection stays open while Flyway works, so H2 does not close and reopen the file in between
            Connection c;
            try {
                c = DriverManager.getConnection(url, "sa", "");
            } catch (SQLException | RuntimeException | StackOverflowError e) {
                if (existed && unreadable(e)) {
                    throw damaged(dir, e);
                }
                throw e;
            }
            try {
                LeftoverCommits.finish(c);
                boolean defaultMigrations = migrationLocations.length == 1 && MIGRATIONS.equals(migrationLocations[0]);
                int applied = appliedVersion(c);
                if (defaultMigrations && applied > SCHEMA_VERSION) {
                    // its tables may mean what this version cannot know; writing to them could lose the officer's work
                    throw new PlanDeskException("store.newer", dir.toString(), String.valueOf(applied),
                            String.valueOf(SCHEMA_VERSION));
                }
                String failed = failedMigration(c);
                if (failed != null) {
                    // left by a start before this safeguard: Flyway would skip the failed step and use the store as is
                    throw refusedAfterFailedMigration(dir, failed);
                }
                if (!defaultMigrations || applied < SCHEMA_VERSION) {
                    migrate(dir, url, existed, migrationLocations, c);
                    c.setAutoCommit(false);
                    PlanChecksum.recordMissing(c);
                    c.commit();
                }
                c.setAutoCommit(false);
            } catch (SQLException | RuntimeException | StackOverflowError e) {
                if (existed && !(e instanceof PlanDeskException) && unreadable(e)) {
                    // closing normally would write to (and compact) the file H2 cannot read; it is kept as it is
                    abandon(c);
                    throw damaged(dir, e);
                }
                c.close();
                throw e;
            }
            return new Database(dir, channel, lock, c, !existed);
        } catch (SQLException | IOException | RuntimeException e) {
            releaseQuietly(lock);
            closeQuietly(channel);
            if (e instanceof PlanDeskException p) {
                throw p;
            }
            throw new PlanDeskException(e, "store.cannotOpen", dir.toString(), e.getMessage());
        }
    }

    /**
     * Whether a failure of H2 on an existing file means the file cannot be read as a store: H2's codes for a file
     * corrupted, of an unknown format or not a store, its "general error" (what it wraps an unexpected failure in),
     * or a failure of its storage layer in the causes (an endless walk of a damaged chunk list overflows the stack).
     */
    private static boolean unreadable(Throwable e) {
        if (e instanceof SQLException sql) {
            int code = sql.getErrorCode();
            if (code == 90030 || code == 90048 || code == 90049 || code == org.h2.api.ErrorCode.GENERAL_ERROR_1) {
                return true;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.h2.mvstore.MVStoreException || t instanceof StackOverflowError
                    || t instanceof IllegalStateException) {
                return true;
            }
        }
        return false;
    }

    /** Lets go of a connection to a store found unreadable without the writes and compaction of a normal close. */
    private static void abandon(Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException | RuntimeException | StackOverflowError e) {
            LOG.debug("the unreadable store was shut down", e);
        }
        try {
            c.close();
        } catch (SQLException | RuntimeException e) {
            LOG.debug("closing the unreadable store", e);
        }
    }

    private static PlanDeskException damaged(Path dir, Throwable cause) {
        LOG.warn("the store in {} cannot be read; it is left as it is", dir, cause);
        return Backups.newestReadable(dir)
                .map(b -> new PlanDeskException(cause, "store.damaged", dir.toString(), b.getFileName().toString()))
                .orElseGet(() -> new PlanDeskException(cause, "store.damagedNoBackup", dir.toString()));
    }

    private static void writeHolder(FileChannel channel, Holder holder) throws IOException {
        byte[] text = (holder.name() + " " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text), 0);
        channel.force(false);
    }

    /** The refusal for a store another PlanDesk holds, naming a command-line run as such. */
    private static PlanDeskException inUse(Path dir) {
        String holder = "";
        try {
            holder = Files.readString(dir.resolve(FILE_NAME + ".lock"), StandardCharsets.US_ASCII).trim();
        } catch (IOException | RuntimeException e) {
            // the holder is unknown: speak of a window, the usual case
        }
        String[] parts = holder.split(" ");
        if (parts.length == 2 && parts[0].equals(Holder.COMMAND.name())) {
            return new PlanDeskException("store.inUseByCommand", dir.toString(), parts[1]);
        }
        return new PlanDeskException("store.inUse", dir.toString());
    }

    /** The file naming a backup to restore when the store is next opened (the window cannot replace its open store). */
    static final String RESTORE_ON_START = "restore-on-start.txt";

    /**
     * Asks for a backup of the store's backups folder to be put in place of the store when it is next opened.
     *
     * @throws PlanDeskException "store.backupUnreadable" when the backup does not read back whole
     */
    public static void restoreAtNextStart(Path folder, String backupName) {
        Path zip = folder.resolve(Backups.FOLDER).resolve(backupName).normalize();
        if (!zip.getParent().equals(folder.resolve(Backups.FOLDER).normalize()) || !Backups.readable(zip)) {
            throw new PlanDeskException("store.backupUnreadable", backupName);
        }
        try {
            Files.writeString(folder.resolve(RESTORE_ON_START), backupName, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PlanDeskException(e, "store.cannotRestore", backupName, e.getMessage());
        }
    }

    /** Restores the backup asked for at the last run, while this start holds the lock and before H2 opens the file. */
    private static void restoreAskedFor(Path dir) throws IOException {
        Path request = dir.resolve(RESTORE_ON_START);
        if (!Files.exists(request)) {
            return;
        }
        String name = Files.readString(request, StandardCharsets.UTF_8).strip();
        Path zip = dir.resolve(Backups.FOLDER).resolve(name).normalize();
        if (zip.getParent().equals(dir.resolve(Backups.FOLDER)) && Backups.readable(zip)) {
            Path keptAside = Backups.restoreInto(dir, zip);
            LOG.warn("restored the backup {} as asked; the former store is kept at {}", zip, keptAside);
        } else {
            LOG.warn("the backup {} asked to be restored cannot be read; the store is left as it is", name);
        }
        Files.delete(request);
    }

    /**
     * Puts a backup in place of the store in a folder that no PlanDesk has open; the current store file is kept aside
     * in the backups folder first.
     *
     * @return where the former store file was kept, or null when there was none
     */
    public static Path restoreBackup(Path folder, Path zip) {
        Path dir = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new PlanDeskException(e, "store.cannotOpen", dir.toString(), e.getMessage());
        }
        if (!Backups.readable(zip)) {
            throw new PlanDeskException("store.backupUnreadable", zip.toString());
        }
        try (FileChannel channel = FileChannel.open(dir.resolve(FILE_NAME + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock(LOCK_POSITION, 1, false);
            if (lock == null) {
                throw inUse(dir);
            }
            try {
                return Backups.restoreInto(dir, zip);
            } finally {
                lock.release();
            }
        } catch (OverlappingFileLockException e) {
            throw inUse(dir);
        } catch (IOException e) {
            throw new PlanDeskException(e, "store.cannotRestore", zip.toString(), e.getMessage());
        }
    }

    /**
     * The newest schema version recorded as applied, 0 for a new store. Asking the history table directly spares the
     * everyday start Flyway's own start-up, which is most of the time it takes to open a store that is up to date.
     */
    static int appliedVersion(Connection c) throws SQLException {
        if (!historyExists(c)) {
            return 0;
        }
        int newest = 0;
        try (Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\"")) {
            while (r.next()) {
                String v = r.getString(1);
                if (v != null && v.matches("\\d+")) {
                    newest = Math.max(newest, Integer.parseInt(v));
                }
            }
        }
        return newest;
    }

    private static boolean historyExists(Connection c) throws SQLException {
        try (java.sql.ResultSet r = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            return r.next();
        }
    }

    /** Brings the schema up to date; an existing store is backed up before any migration touches it. */
    private static void migrate(Path dir, String url, boolean existed, String[] locations, Connection open)
            throws SQLException {
        Flyway flyway = Flyway.configure()
                .dataSource(url, "sa", "")
                .locations(locations)
                .load();
        MigrationInfo[] pending = flyway.info().pending();
        if (pending.length == 0) {
            return;
        }
        Path backups = dir.resolve("backups");
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = Backups.unused(backups, FILE_NAME + "-before-v" + pending[0].getVersion() + "-" + stamp, ".zip");
        if (existed) {
            try {
                Files.createDirectories(backups);
            } catch (IOException e) {
                throw new PlanDeskException(e, "store.cannotOpen", dir.toString(), e.getMessage());
            }
            try {
                Backups.write(open, dir, target);
            } catch (IOException e) {
                throw new PlanDeskException(e, "store.cannotOpen", dir.toString(), e.getMessage());
            }
            LOG.info("backed up the store to {} before migrating", target);
        }
        try {
            flyway.migrate();
        } catch (RuntimeException e) {
            throw undoFailedMigration(dir, existed, open, target, e);
        }
    }

    /**
     * Puts the store back as it was before a migration that failed part of the way (H2 commits each change of the
     * schema at once, so a failed step leaves its first changes behind): the backup taken just before is restored, the
     * half-migrated file kept aside beside it. A store this start created is removed, as nothing was in it yet.
     */
    private static PlanDeskException undoFailedMigration(Path dir, boolean existed, Connection open, Path backup,
                                                         RuntimeException failure) {
        LOG.error("a migration of the store in {} failed; putting the store back as it was", dir, failure);
        try {
            open.close();
            if (!existed) {
                Files.deleteIfExists(dir.resolve(FILE_NAME + ".mv.db"));
                return new PlanDeskException(failure, "store.migrationFailedNew", dir.toString());
            }
            Backups.restoreInto(dir, backup);
        } catch (SQLException | IOException | RuntimeException e) {
            failure.addSuppressed(e);
            LOG.error("the store in {} could not be put back from {}", dir, backup, e);
            return new PlanDeskException(failure, "store.migrationNotUndone", dir.toString(),
                    backup.getFileName().toString());
        }
        return new PlanDeskException(failure, "store.migrationFailed", dir.toString(),
                backup.getFileName().toString());
    }

    /** The version of a migration recorded as failed, or null when every recorded one succeeded. */
    private static String failedMigration(Connection c) throws SQLException {
        if (!historyExists(c)) {
            return null;
        }
        try (Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery(
                     "SELECT \"version\" FROM \"flyway_schema_history\" WHERE NOT \"success\" ORDER BY \"installed_rank\"")) {
            return r.next() ? String.valueOf(r.getString(1)) : null;
        }
    }

    private static PlanDeskException refusedAfterFailedMigration(Path dir, String version) {
        LOG.warn("the store in {} records migration {} as failed; it is not opened", dir, version);
        return Backups.newestReadable(dir)
                .map(b -> new PlanDeskException("store.halfMigrated", dir.toString(), version,
                        b.getFileName().toString()))
                .orElseGet(() -> new PlanDeskException("store.halfMigratedNoBackup", dir.toString(), version));
    }

    /**
     * Writes a backup of the store to a zip (see {@link Backups}), between transactions.
     *
     * @throws PlanDeskException "store.backupFailed" when it cannot be written
     */
    public synchronized void backupTo(Path target) {
        try {
            Backups.write(connection, folder, target);
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warn("cannot back up the store to {}", target, e);
            throw new PlanDeskException(e, "store.backupFailed", target.getFileName().toString());
        }
    }

    public Path folder() {
        return folder;
    }

    /**
     * Writes every committed change to the store file now (H2 writes them a moment later in the background), so that a
     * copy of the file taken next holds them: salvage reads such a copy of the open store.
     */
    public void flush() {
        inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT");
            }
            return null;
        });
    }

    /** H2's count of the changes made to the store's data since it was opened by this process. */
    private long changes() throws SQLException {
        org.h2.engine.SessionLocal session = (org.h2.engine.SessionLocal) connection
                .unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
        return session.getDatabase().getModificationDataId();
    }

    /** Whether this open created the store: the first start in this folder. */
    public boolean created() {
        return created;
    }

    /** Runs work in one transaction: all of it is kept, or on failure none of it. */
    public synchronized <T> T inTransaction(Work<T> work) {
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            if (e instanceof PlanDeskException p) {
                throw p;
            }
            PlanDeskException tooLong = tooLong(e);
            if (tooLong != null) {
                throw tooLong;
            }
            throw new PlanDeskException(e, "store.failed", e.getMessage());
        }
    }

    private static final java.util.regex.Pattern TOO_LONG = java.util.regex.Pattern.compile(
            "column \"(\\w+) CHARACTER VARYING\\((\\d+)\\)\": .*\\((\\d+)\\)\"?;", java.util.regex.Pattern.DOTALL);

    /** The statement's table in H2's message ("INSERT INTO task …", "UPDATE plan …"), in capitals; "" if none. */
    private static String table(String message) {
        java.util.regex.Matcher m = STATEMENT_TABLE.matcher(String.valueOf(message));
        return m.find() ? m.group(1).toUpperCase(java.util.Locale.ROOT) : "";
    }

    private static final java.util.regex.Pattern STATEMENT_TABLE = java.util.regex.Pattern.compile(
            "(?i)(?:INSERT\\s+INTO|UPDATE|MERGE\\s+INTO)\\s+\"?(\\w+)");

    /** Columns with a length limit that the officer types into, by TABLE.COLUMN, and the form's name of each. */
    private static final java.util.Map<String, String> FIELDS = java.util.Map.ofEntries(
            java.util.Map.entry("TASK.NUMBER", "input.field.NUMBER"),
            java.util.Map.entry("TASK.REF_TASK_NUMBER", "input.field.PARENT_NUMBER"),
            java.util.Map.entry("TASK.LEADER", "input.field.LEADER"),
            java.util.Map.entry("TASK.DEADLINE_TEXT", "input.field.DEADLINE"),
            java.util.Map.entry("TASK.REF_NUMBER", "input.field.citedNumber"),
            java.util.Map.entry("TASK.REF_SYMBOL", "input.field.citedSymbol"),
            java.util.Map.entry("TASK.REF_ISSUER", "input.field.citedIssuer"),
            java.util.Map.entry("INDICATOR.NUMBER", "input.field.NUMBER"),
            java.util.Map.entry("INDICATOR.UNIT", "input.field.UNIT"),
            java.util.Map.entry("INDICATOR.SECTION", "input.field.section"));

    /**
     * A value longer than its column, said in one sentence (which field, its limit, its length) instead of H2's
     * message with its SQL: whatever the way in (an import that does not check that field, an edit), nothing is
     * written. Null when the failure is another one.
     */
    private static PlanDeskException tooLong(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == org.h2.api.ErrorCode.VALUE_TOO_LONG_2) {
                java.util.regex.Matcher m = TOO_LONG.matcher(String.valueOf(sql.getMessage()));
                LOG.warn("a value too long for the store", sql);
                String field = m.find() ? FIELDS.get(table(sql.getMessage()) + "." + m.group(1)) : null;
                // named in the officer's words (the task form's); a column the officer cannot type into is not named
                return field != null
                        ? new PlanDeskException(e, "store.valueTooLong", new Wording(field),
                                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                        : new PlanDeskException(e, "store.valueTooLongSomewhere");
            }
        }
        return null;
    }

    /**
     * Marks the store as found damaged in this session (a plan that no longer matches its checksum, a table that does
     * not read): closing it then writes nothing to the file when nothing was changed since it was opened (a normal
     * close compacts the file, overwriting the older copies of pages that H2's recovery tool may still read), so the
     * store stays as it was found, for a restore or a salvage.
     */
    void damageSeen() {
        damageSeen = true;
    }

    /**
     * Below this size a store file is never compacted: the waste is small and the copy not worth its time (a test
     * lowers it to see the close compact a small store).
     */
    static volatile long compactFromBytes = 32L << 20;
    /** The share of the file (in percent) the store's live chunks must fill, below which it is compacted at close. */
    static final int COMPACT_BELOW_FILL = 50;
    /** The compact copy while it is written; a kill leaves it behind, and the next open deletes it. */
    static final String COMPACT_PART = FILE_NAME + ".compact.part";

    /**
     * The share of the file, in percent, that live data fills (100 when it cannot tell): H2 counts the space of a
     * dead chunk as free only some time after it died, so the live share of the chunks counts too.
     */
    private int fillRate() {
        try {
            org.h2.engine.SessionLocal session = (org.h2.engine.SessionLocal) connection
                    .unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
            org.h2.mvstore.MVStore store = session.getDatabase().getStore().getMvStore();
            return Math.min(store.getFillRate(), store.getFileStore().getChunksFillRate());
        } catch (SQLException | RuntimeException e) {
            return 100;
        }
    }

    /**
     * Writes a compact copy of a closed store file beside it and moves it into place in one step, so that a kill
     * leaves either the old file or the new one whole. As H2 only appends (see {@link #SETTINGS}), this is how the
     * file gives back the space of what was deleted or rewritten. The copy must open whole at its newest version
     * before it replaces the file; otherwise the file stays as it is.
     *
     * @return whether the file was replaced by its compact copy
     */
    static boolean compact(Path dir) {
        Path file = dir.resolve(FILE_NAME + ".mv.db");
        Path part = dir.resolve(COMPACT_PART);
        try {
            Files.deleteIfExists(part);
            org.h2.mvstore.MVStore.compact(file.toString(), part.toString(), false, null);
            try (FileChannel written = FileChannel.open(part, StandardOpenOption.WRITE)) {
                written.force(true);
            }
            if (!StoreFile.opensWhole(part)) {
                LOG.warn("the compact copy of the store in {} does not open whole; the store is left as it is", dir);
                Files.deleteIfExists(part);
                return false;
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            LOG.warn("the store in {} could not be compacted; it is left as it is", dir, e);
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the next open deletes it
            }
            return false;
        }
    }

    @Override
    public synchronized void close() {
        boolean wasteful = false;
        try {
            Path file = folder.resolve(FILE_NAME + ".mv.db");
            if (!damageSeen && !connection.isClosed() && Files.size(file) >= compactFromBytes) {
                // H2 counts what a change made dead when it next writes: written now, the count is up to date
                try (Statement s = connection.createStatement()) {
                    s.execute("CHECKPOINT");
                }
                wasteful = fillRate() < COMPACT_BELOW_FILL;
            }
        } catch (IOException | SQLException e) {
            LOG.debug("the store's size is not known; it is not compacted", e);
        }
        try {
            if (damageSeen && !connection.isClosed() && changes() == changesAtOpen) {
                // stops H2 without a write: what it keeps of its own since the open is not the officer's work
                try (Statement s = connection.createStatement()) {
                    s.execute("SHUTDOWN IMMEDIATELY");
                } catch (SQLException e) {
                    LOG.debug("the damaged store was shut down", e);
                }
            }
            if (!connection.isClosed()) {
                connection.close();
            }
            if (wasteful) {
                // after H2 closed the file, before our lock is let go: no one else has it open
                compact(folder);
            }
        } catch (SQLException e) {
            LOG.warn("closing the store", e);
        } finally {
            releaseQuietly(lock);
            closeQuietly(lockChannel);
        }
    }

    private static void releaseQuietly(FileLock lock) {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // the channel's close releases it anyway
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // nothing to do: the lock dies with the process
        }
    }
}
