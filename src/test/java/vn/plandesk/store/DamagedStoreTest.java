package vn.plandesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.service.SampleLibrary;

/** A store file that cannot be read is never replaced or emptied: refused, kept as it is, its newest backup offered. */
class DamagedStoreTest {
    @TempDir
    Path dir;

    private static final List<Plan> SAMPLES = new SampleLibrary().plans();

    private Path file() {
        return dir.resolve("plandesk.mv.db");
    }

    private void refusedAndUntouched(String expectedKey) throws IOException {
        byte[] before = Files.readAllBytes(file());
        PlanDeskException e = assertThrows(PlanDeskException.class, () -> Database.open(dir));
        assertEquals(expectedKey, e.key());
        assertArrayEquals(before, Files.readAllBytes(file()), "the damaged file is kept exactly as it was");
    }

    @Test
    void anEmptyStoreFileIsRefusedNotReplacedByANewStore() throws IOException {
        Files.createDirectories(dir);
        Files.write(file(), new byte[0]);
        refusedAndUntouched("store.damagedNoBackup");
        refusedAndUntouched("store.damagedNoBackup");
    }

    @Test
    void aJunkStoreFileIsRefusedAndKept() throws IOException {
        Files.createDirectories(dir);
        byte[] junk = new byte[64 * 1024];
        new Random(15).nextBytes(junk);
        Files.write(file(), junk);
        refusedAndUntouched("store.damagedNoBackup");
    }

    @Test
    void aCutShortStoreIsRefusedKeptAndItsNewestBackupOfferedAndRestored() throws IOException {
        try (Database db = Database.open(dir)) {
            new PlanRepository(db).insert(SAMPLES.get(0));
        }
        // a backup, as the migration (and later the rolling backups) take them
        try (Database db = Database.open(dir, "classpath:db/migration", "classpath:db/testmigration")) {
            new PlanRepository(db).insert(SAMPLES.get(1));
        }
        try (RandomAccessFile f = new RandomAccessFile(file().toFile(), "rw")) {
            // cut short and its start overwritten, as a crashed copy leaves it (a cut alone can leave an older
            // complete set of chunks, which H2 then opens)
            f.setLength(f.length() / 3);
            f.seek(0);
            f.write(new byte[4096]);
        }
        byte[] damaged = Files.readAllBytes(file());
        refusedAndUntouched("store.damaged");

        Path backup = Backups.newestReadable(dir).orElseThrow();
        Path keptAside = Database.restoreBackup(dir, backup);
        assertNotNull(keptAside);
        assertArrayEquals(damaged, Files.readAllBytes(keptAside), "the damaged store is kept aside, not deleted");
        try (Database db = Database.open(dir, "classpath:db/migration", "classpath:db/testmigration")) {
            assertEquals(List.of(SAMPLES.get(0)),
                    new PlanRepository(db).list().stream()
                            .map(s -> new PlanRepository(db).load(s.id()).orElseThrow().withoutIds()).toList(),
                    "the backup taken before the migration comes back");
        }
    }

    @Test
    void aDamagedBackupIsNotOfferedNorRestored() throws IOException {
        Files.createDirectories(dir.resolve("backups"));
        Path bad = dir.resolve("backups").resolve("plandesk-daily-20260101-000000.zip");
        Files.write(bad, "not a zip".getBytes());
        assertTrue(Backups.newestReadable(dir).isEmpty());
        PlanDeskException e = assertThrows(PlanDeskException.class, () -> Database.restoreBackup(dir, bad));
        assertEquals("store.backupUnreadable", e.key());
        assertFalse(Files.exists(file()));
    }

    @Test
    void aStoreHeldByACommandLineRunIsNamedAsSuch() {
        try (Database first = Database.open(dir, Database.Holder.COMMAND)) {
            PlanDeskException e = assertThrows(PlanDeskException.class, () -> Database.open(dir));
            assertEquals("store.inUseByCommand", e.key());
            assertEquals(String.valueOf(ProcessHandle.current().pid()), e.args()[1]);
        }
        try (Database window = Database.open(dir)) {
            assertEquals("store.inUse", assertThrows(PlanDeskException.class, () -> Database.open(dir)).key());
        }
    }

    @Test
    void openingLeavesNoH2LockFileThatWouldDelayTheStartAfterAKill() {
        try (Database db = Database.open(dir)) {
            assertFalse(Files.exists(dir.resolve("plandesk.lock.db")),
                    "H2's own lock file, left by a kill, makes the next start wait for seconds");
        }
    }
}
