package vn.plandesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.plandesk.model.PlanDeskException;

/**
 * The store's rolling backups: one a day for the last {@value #DAYS} days, one a week (named by its Monday) for the
 * last {@value #WEEKS} weeks, and one before each import, derive and replacement of a plan (the newest
 * {@value #OPERATIONS} kept). Each is read back whole after it is written; one that does not read back is removed and
 * told. Backups taken before a migration and store files kept aside by a restore are never pruned.
 */
public final class RollingBackups {
    private static final Logger LOG = LoggerFactory.getLogger(RollingBackups.class);
    static final int DAYS = 7;
    static final int WEEKS = 8;
    static final int OPERATIONS = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile(
            Database.FILE_NAME + "-(daily|weekly|before-import|before-derive|before-replace|before-v\\d+)-(\\d{8})"
                    + "(?:-(\\d{6}))?(?:-\\d+)?\\.zip");

    /** Why a backup was taken. */
    public enum Kind {
        DAILY("daily"), WEEKLY("weekly"), BEFORE_IMPORT("before-import"), BEFORE_DERIVE("before-derive"),
        BEFORE_REPLACE("before-replace"), BEFORE_MIGRATION("before-v"), OTHER("");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        static Kind of(String word) {
            for (Kind k : values()) {
                if (k != OTHER && (word.equals(k.prefix) || k == BEFORE_MIGRATION && word.startsWith(k.prefix))) {
                    return k;
                }
            }
            return OTHER;
        }
    }

    /** A backup as the dialog lists it. */
    public record Entry(Path file, Kind kind, LocalDateTime taken, long size, boolean readable) {
    }

    private final Database db;
    private final Clock clock;

    public RollingBackups(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    private Path folder() {
        return db.folder().resolve(Backups.FOLDER);
    }

    /**
     * Takes today's backup and this week's if they are not there yet, then prunes the old ones.
     *
     * @return the backups written
     * @throws PlanDeskException "store.backupFailed" when a backup cannot be written or does not read back
     */
    public List<Path> roll() {
        LocalDate today = LocalDate.now(clock);
        List<Path> written = new ArrayList<>();
        Path daily = folder().resolve(Database.FILE_NAME + "-daily-" + today.format(DAY) + ".zip");
        if (!Files.exists(daily)) {
            write(daily);
            written.add(daily);
        }
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Path weekly = folder().resolve(Database.FILE_NAME + "-weekly-" + monday.format(DAY) + ".zip");
        if (!Files.exists(weekly)) {
            copy(daily, weekly);
            written.add(weekly);
        }
        prune();
        return written;
    }

    /** Takes the backup before an import, a derive or a replacement of a plan, and prunes the old ones of them. */
    public Path before(Kind operation) {
        Path target = operationTarget(operation);
        write(target);
        prune();
        return target;
    }

    /**
     * Starts the backup before an operation on a thread of its own, so that the operation reads its input (an
     * import's file) meanwhile; H2 compresses the whole store into it, the longest step of an import on a large store.
     * The operation then {@linkplain Pending#keep keeps} it before it writes anything, or {@linkplain Pending#discard
     * discards} it when its input is refused: nothing is pruned until then, so a refused file leaves the backups as
     * they were.
     */
    public Pending beginBefore(Kind operation) {
        return new Pending(operationTarget(operation));
    }

    /** A backup being written before an operation that has not written anything yet. */
    public final class Pending {
        private final FutureTask<Path> writing;

        private Pending(Path target) {
            writing = new FutureTask<>(() -> {
                write(target);
                return target;
            });
            Thread thread = new Thread(writing, "backup-before-operation");
            thread.setDaemon(true);
            thread.start();
        }

        /**
         * Waits for the backup, read back whole, and prunes the older ones: the operation may write now.
         *
         * @throws PlanDeskException "store.backupFailed", as {@link #before} does; the operation must not go on
         */
        public Path keep() {
            Path target = written();
            prune();
            return target;
        }

        /** Waits for the backup and removes it: the operation wrote nothing, and the older backups stay as they were. */
        public void discard() {
            try {
                delete(written());
            } catch (PlanDeskException e) {
                LOG.warn("the backup before a refused operation failed as well", e);
            }
        }

        private Path written() {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return writing.get();
                    } catch (InterruptedException e) {
                        interrupted = true; // the backup is waited for all the same: its thread writes the store's copy
                    }
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private Path operationTarget(Kind operation) {
        if (operation != Kind.BEFORE_IMPORT && operation != Kind.BEFORE_DERIVE && operation != Kind.BEFORE_REPLACE) {
            throw new IllegalArgumentException("not an operation: " + operation);
        }
        return Backups.unused(folder(), Database.FILE_NAME + "-" + operation.prefix + "-"
                + LocalDateTime.now(clock).format(MOMENT), ".zip");
    }

    private void write(Path target) {
        try {
            Files.createDirectories(folder());
        } catch (IOException e) {
            throw new PlanDeskException(e, "store.backupFailed", target.getFileName().toString());
        }
        db.backupTo(target);
        verify(target);
        LOG.info("backed up the store to {}", target);
    }

    private void copy(Path from, Path to) {
        try {
            Path part = Files.createTempFile(folder(), ".copy-", ".part");
            try {
                Files.copy(from, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, to, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new PlanDeskException(e, "store.backupFailed", to.getFileName().toString());
        }
        verify(to);
    }

    private static void verify(Path backup) {
        if (!Backups.readable(backup)) {
            try {
                Files.deleteIfExists(backup);
            } catch (IOException e) {
                LOG.warn("cannot remove the unreadable backup {}", backup, e);
            }
            throw new PlanDeskException("store.backupFailed", backup.getFileName().toString());
        }
    }

    /** Removes the daily backups older than a week, the weekly ones older than eight weeks, the older operations'. */
    void prune() {
        LocalDate today = LocalDate.now(clock);
        LocalDate oldestDay = today.minusDays(DAYS - 1L);
        LocalDate oldestWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1L);
        List<Entry> operations = new ArrayList<>();
        for (Entry e : entries(false)) {
            LocalDate day = e.taken().toLocalDate();
            boolean old = switch (e.kind()) {
                case DAILY -> day.isBefore(oldestDay);
                case WEEKLY -> day.isBefore(oldestWeek);
                case BEFORE_IMPORT, BEFORE_DERIVE, BEFORE_REPLACE -> {
                    operations.add(e);
                    yield false;
                }
                default -> false;
            };
            if (old) {
                delete(e.file());
            }
        }
        operations.sort(Comparator.comparing(Entry::taken).reversed());
        for (Entry e : operations.subList(Math.min(OPERATIONS, operations.size()), operations.size())) {
            delete(e.file());
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot remove the old backup {}", file, e);
        }
    }

    /** Every backup of the store, newest first, each read back to tell whether it is whole (seconds for many). */
    public List<Entry> list() {
        return entries(true);
    }

    private List<Entry> entries(boolean read) {
        List<Entry> out = new ArrayList<>();
        for (Path p : Backups.list(db.folder())) {
            String name = p.getFileName().toString();
            Matcher m = NAME.matcher(name);
            Kind kind = Kind.OTHER;
            LocalDateTime taken = null;
            if (m.matches()) {
                try {
                    kind = Kind.of(m.group(1));
                    taken = m.group(3) == null ? LocalDate.parse(m.group(2), DAY).atStartOfDay()
                            : LocalDateTime.parse(m.group(2) + "-" + m.group(3), MOMENT);
                } catch (DateTimeParseException e) {
                    kind = Kind.OTHER;
                }
            }
            long size;
            try {
                size = Files.size(p);
                if (taken == null) {
                    taken = LocalDateTime.ofInstant(Files.getLastModifiedTime(p).toInstant(), ZoneId.systemDefault());
                }
            } catch (IOException e) {
                continue;
            }
            out.add(new Entry(p, kind, taken, size, read && Backups.readable(p)));
        }
        out.sort(Comparator.comparing(Entry::taken).reversed());
        return out;
    }
}
