package vn.plandesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.service.SampleLibrary;

/** The rotation of the rolling backups, on a real store and a clock the test moves. */
class RollingBackupsTest {
    @TempDir
    Path dir;

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static List<String> names(List<RollingBackups.Entry> entries, RollingBackups.Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).map(e -> e.file().getFileName().toString()).toList();
    }

    @Test
    void sevenDailiesAndEightWeekliesAreKeptOverSeventyDaysAndEachReadsBack() {
        MovableClock clock = new MovableClock(Instant.parse("2026-01-01T08:00:00Z"));
        try (Database db = Database.open(dir)) {
            new PlanRepository(db).insert(new SampleLibrary().plans().get(3));
            RollingBackups backups = new RollingBackups(db, clock);
            assertEquals(2, backups.roll().size(), "the day's and the week's");
            assertEquals(List.of(), backups.roll(), "once a day");
            for (int day = 1; day < 70; day++) {
                clock.advance(Duration.ofDays(1));
                backups.roll();
            }
            LocalDate today = LocalDate.now(clock);
            assertEquals(LocalDate.of(2026, 3, 11), today);
            List<RollingBackups.Entry> all = backups.list();
            assertEquals(List.of("plandesk-daily-20260311.zip", "plandesk-daily-20260310.zip",
                    "plandesk-daily-20260309.zip", "plandesk-daily-20260308.zip", "plandesk-daily-20260307.zip",
                    "plandesk-daily-20260306.zip", "plandesk-daily-20260305.zip"),
                    names(all, RollingBackups.Kind.DAILY));
            assertEquals(List.of("plandesk-weekly-20260309.zip", "plandesk-weekly-20260302.zip",
                    "plandesk-weekly-20260223.zip", "plandesk-weekly-20260216.zip", "plandesk-weekly-20260209.zip",
                    "plandesk-weekly-20260202.zip", "plandesk-weekly-20260126.zip", "plandesk-weekly-20260119.zip"),
                    names(all, RollingBackups.Kind.WEEKLY));
            assertTrue(all.stream().allMatch(RollingBackups.Entry::readable), "each one reads back whole");
            assertTrue(all.stream().allMatch(e -> e.size() > 0));
        }
    }

    @Test
    void theTenNewestOperationBackupsAreKeptAndAMigrationsIsNeverPruned() throws Exception {
        MovableClock clock = new MovableClock(Instant.parse("2026-01-01T08:00:00Z"));
        try (Database db = Database.open(dir)) {
            Files.createDirectories(dir.resolve(Backups.FOLDER));
            Path migration = dir.resolve(Backups.FOLDER).resolve("plandesk-before-v8-20250101-000000.zip");
            db.backupTo(migration);
            RollingBackups backups = new RollingBackups(db, clock);
            RollingBackups.Kind[] kinds = {RollingBackups.Kind.BEFORE_IMPORT, RollingBackups.Kind.BEFORE_DERIVE,
                RollingBackups.Kind.BEFORE_REPLACE};
            Path first = null;
            Path last = null;
            for (int i = 0; i < 12; i++) {
                last = backups.before(kinds[i % 3]);
                first = first == null ? last : first;
                clock.advance(Duration.ofMinutes(1));
            }
            List<RollingBackups.Entry> all = backups.list();
            assertEquals(10, all.stream().filter(e -> e.kind() != RollingBackups.Kind.BEFORE_MIGRATION).count());
            assertTrue(Files.exists(last));
            assertTrue(!Files.exists(first), "the oldest went");
            assertTrue(Files.exists(migration), "a migration's backup stays");
            assertEquals(RollingBackups.Kind.BEFORE_MIGRATION, all.get(all.size() - 1).kind());
            assertTrue(last.getFileName().toString().startsWith("plandesk-before-replace-20260101-0811"),
                    last.toString());
        }
    }

    @Test
    void aBackupBegunBeforeAnImportIsKeptWhenItGoesOnAndLeavesNoTraceWhenTheFileIsRefused() throws Exception {
        MovableClock clock = new MovableClock(Instant.parse("2026-01-01T08:00:00Z"));
        try (Database db = Database.open(dir)) {
            new PlanRepository(db).insert(new SampleLibrary().plans().get(3));
            RollingBackups backups = new RollingBackups(db, clock);
            for (int i = 0; i < RollingBackups.OPERATIONS; i++) {
                backups.before(RollingBackups.Kind.BEFORE_IMPORT);
                clock.advance(Duration.ofMinutes(1));
            }
            List<String> full = names(backups.list(), RollingBackups.Kind.BEFORE_IMPORT);
            assertEquals(RollingBackups.OPERATIONS, full.size());

            backups.beginBefore(RollingBackups.Kind.BEFORE_IMPORT).discard();
            assertEquals(full, names(backups.list(), RollingBackups.Kind.BEFORE_IMPORT),
                    "a refused file removes its backup and prunes none of the older ones");
            try (var left = Files.list(dir.resolve(Backups.FOLDER))) {
                assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no part left");
            }

            clock.advance(Duration.ofMinutes(1));
            Path kept = backups.beginBefore(RollingBackups.Kind.BEFORE_IMPORT).keep();
            List<RollingBackups.Entry> after = backups.list();
            List<String> imports = names(after, RollingBackups.Kind.BEFORE_IMPORT);
            assertEquals(kept.getFileName().toString(), imports.get(0), "the newest is the one kept");
            assertEquals(full.subList(0, RollingBackups.OPERATIONS - 1), imports.subList(1, imports.size()),
                    "the oldest went, as with a backup taken at once");
            assertTrue(after.get(0).readable(), "read back whole");
        }
    }
}
