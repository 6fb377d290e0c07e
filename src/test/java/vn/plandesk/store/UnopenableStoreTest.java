package vn.plandesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.service.StoreSalvage;

/**
 * Stores H2 cannot open whole: the one a kill loop left (H2 overflows its stack opening it) and stores cut short
 * (H2 would quietly open an older, emptier version). Each is refused in one sentence naming the newest backup, kept
 * byte for byte, and salvage says it is damaged instead of "nothing lost".
 */
class UnopenableStoreTest {
    private static final String BACKUP = "plandesk-daily-20260101-000000.zip";
    private static final List<Plan> SAMPLES = new SampleLibrary().plans();

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("store").resolve("plandesk.mv.db");
    }

    /** The store folder with a readable backup in it, taken from a store of its own. */
    private Path storeWithBackup() {
        Path store = dir.resolve("store");
        try (Database db = Database.open(dir.resolve("other"))) {
            new PlanRepository(db).insert(SAMPLES.get(0));
            db.backupTo(dir.resolve("other").resolve("b.zip"));
        }
        try {
            Files.createDirectories(store.resolve(Backups.FOLDER));
            Files.copy(dir.resolve("other").resolve("b.zip"), store.resolve(Backups.FOLDER).resolve(BACKUP));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return store;
    }

    private void refusedUntouchedBackupNamed(Path store) throws IOException {
        byte[] before = Files.readAllBytes(file());
        PlanDeskException e = assertThrows(PlanDeskException.class, () -> Database.open(store));
        assertEquals("store.damaged", e.key());
        assertEquals(BACKUP, e.args()[1]);
        assertArrayEquals(before, Files.readAllBytes(file()), "the store file is kept exactly as it was");
        PlanDeskException again = assertThrows(PlanDeskException.class,
                () -> Database.open(store, Database.Holder.COMMAND));
        assertEquals("store.damaged", again.key(), "the next start refuses it the same way");
        assertArrayEquals(before, Files.readAllBytes(file()));
    }

    @Test
    void theStoreTheKillLoopLeftIsRefusedAsDamagedNotWithH2sStackOverflow() throws IOException {
        Path store = storeWithBackup();
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream("/stores/chunk-ids-reused.mv.db.gz"))) {
            Files.copy(in, file());
        }
        refusedUntouchedBackupNamed(store);
    }

    @Test
    void salvageOfTheStoreTheKillLoopLeftSaysNothingCouldBeReadAndNamesTheBackup() throws IOException {
        Path store = storeWithBackup();
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream("/stores/chunk-ids-reused.mv.db.gz"))) {
            Files.copy(in, file());
        }
        byte[] before = Files.readAllBytes(file());
        PlanDeskException e = assertThrows(PlanDeskException.class,
                () -> Salvage.run(store, dir.resolve("salvaged")));
        assertEquals("salvage.unreadableBackup", e.key());
        assertEquals(BACKUP, e.args()[1]);
        assertArrayEquals(before, Files.readAllBytes(file()));
        assertFalse(Files.exists(dir.resolve("salvaged").resolve("plandesk.mv.db")), "no empty store is left behind");
    }

    /** A store with the samples written by the test, closed cleanly, then cut to a share of its length. */
    private Path cutStore(double share) throws IOException {
        Path store = storeWithBackup();
        try (Database db = Database.open(store)) {
            PlanRepository plans = new PlanRepository(db);
            SAMPLES.forEach(plans::insert);
        }
        try (RandomAccessFile f = new RandomAccessFile(file().toFile(), "rw")) {
            f.setLength((long) (f.length() * share));
        }
        return store;
    }

    @Test
    void aStoreCutTo60PercentIsRefusedNotOpenedAsAnOlderEmptierStore() throws IOException {
        refusedUntouchedBackupNamed(cutStore(0.6));
    }

    @Test
    void aStoreCutTo90PercentIsRefused() throws IOException {
        refusedUntouchedBackupNamed(cutStore(0.9));
    }

    @Test
    void aStoreCutOnABlockBoundaryIsRefused() throws IOException {
        Path store = cutStore(1.0);
        try (RandomAccessFile f = new RandomAccessFile(file().toFile(), "rw")) {
            f.setLength((f.length() * 9 / 10) / 4096 * 4096);
        }
        refusedUntouchedBackupNamed(store);
    }

    @Test
    void salvageOfACutStoreSaysItIsDamagedNotThatNothingWasLost() throws IOException {
        Path store = cutStore(0.6);
        byte[] before = Files.readAllBytes(file());
        StoreSalvage.Report report;
        try {
            report = StoreSalvage.run(store, dir.resolve("salvaged"));
        } catch (PlanDeskException e) {
            assertEquals("salvage.unreadableBackup", e.key(), "nothing read is said as such");
            assertArrayEquals(before, Files.readAllBytes(file()));
            return;
        }
        assertFalse(report.whole(), String.join("\n", report.lines()));
        assertTrue(report.lines().stream().anyMatch(l -> l.contains(BACKUP)), String.join("\n", report.lines()));
        assertFalse(report.lines().stream().anyMatch(l -> l.equals(vn.plandesk.service.Messages.get(
                "salvage.nothingLost"))), String.join("\n", report.lines()));
        assertArrayEquals(before, Files.readAllBytes(file()));
    }

    @Test
    void aWholeStoreStillOpensWithEveryPlan() throws IOException {
        Path store = cutStore(1.0);
        try (Database db = Database.open(store)) {
            assertEquals(SAMPLES.size(), new PlanRepository(db).list().size());
        }
        try (Database db = Database.open(store)) {
            assertEquals(SAMPLES.size(), new PlanRepository(db).list().size(), "and again after a clean close");
        }
    }
}
