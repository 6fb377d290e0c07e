package vn.plandesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.service.register.DocumentRegister;

/** "Kiểm tra kho dữ liệu" on a real H2 file: a whole store passes; each kind of damage is named. */
class StoreCheckTest {
    private static final List<Plan> SAMPLES = new SampleLibrary().plans();

    @TempDir
    Path dir;
    @TempDir
    Path outside;

    private long[] fill(Database db) throws IOException {
        PlanRepository plans = new PlanRepository(db);
        long first = plans.insert(SAMPLES.get(2));
        long second = plans.insert(SAMPLES.get(3));
        Path pdf = outside.resolve("QĐ 12.pdf");
        Files.write(pdf, DocumentStoreTest.PDF);
        new DocumentRegister(new DocumentRepository(db)).add(DocumentStoreTest.DECISION, pdf);
        return new long[] {first, second};
    }

    @Test
    void aWholeStorePassesWithWhatWasRead() throws Exception {
        try (Database db = Database.open(dir)) {
            fill(db);
            Files.createDirectories(dir.resolve(Backups.FOLDER));
            db.inTransaction(c -> {
                try {
                    Backups.write(c, dir, dir.resolve(Backups.FOLDER).resolve("plandesk-daily-20261127.zip"));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
            StoreCheck.Result r = StoreCheck.run(db);
            assertTrue(r.whole(), r.findings().toString());
            assertEquals(2, r.plans());
            assertEquals(1, r.files());
            assertEquals(1, r.backups());
            assertTrue(r.tables() >= 10, "every table is read: " + r.tables());
        }
    }

    @Test
    void aChangedPlanAMissingOrResizedFileAndADamagedBackupAreEachNamed() throws Exception {
        try (Database db = Database.open(dir)) {
            long[] ids = fill(db);
            // a flipped byte in the plan's stored content, written behind the repository's back
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("UPDATE task SET name = REPLACE(name, 'a', 'á') WHERE id = (SELECT MIN(id)"
                            + " FROM task WHERE plan_id = " + ids[1] + ")");
                }
            });
            Path stored;
            try (var files = Files.list(dir.resolve(DocumentRepository.FILES_FOLDER))) {
                stored = files.findFirst().orElseThrow();
            }
            Files.write(stored, "cut".getBytes(StandardCharsets.US_ASCII));
            Files.createDirectories(dir.resolve(Backups.FOLDER));
            Files.write(dir.resolve(Backups.FOLDER).resolve("plandesk-daily-20261126.zip"), new byte[] {1, 2, 3});

            StoreCheck.Result r = StoreCheck.run(db);
            assertFalse(r.whole());
            List<String> keys = r.findings().stream().map(StoreCheck.Finding::key).toList();
            assertEquals(List.of("check.planDamaged", "check.fileSize", "check.backupDamaged"), keys, r.toString());
            assertEquals(PlanRepository.name(db.inTransaction(c -> PlanRepository.load(c, ids[1]))), r.findings().get(0).args().get(0));
            assertEquals("12/QĐ-UBND", r.findings().get(1).args().get(0));
            assertEquals("plandesk-daily-20261126.zip", r.findings().get(2).args().get(0));

            Files.delete(stored);
            assertEquals("check.fileMissing", StoreCheck.run(db).findings().get(1).key());
        }
    }
}
