package vn.plandesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;

/**
 * What the officer reads after "Cứu dữ liệu…" and gets after a restore: a whole store is copied with nothing lost, a
 * damaged plan is named as not saved while the rest is copied and the damaged store is kept as it was; a backup asked
 * for is in place when the store next opens.
 */
@ExtendWith(InVietnamese.class)
class SalvageAndRestoreSentencesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aWholeStoreIsCopiedWithNothingLost() {
        Path target = dir.resolve("moi");
        StoreSalvage.Report r;
        try (Database db = Database.open(dir.resolve("kho"))) {
            new PlanRepository(db).insert(new SampleLibrary().plans().get(2));
            r = new StoreHealth(db).salvageInto(target);
        }
        assertTrue(r.whole(), r.lines().toString());
        assertEquals(3, r.lines().size(), r.lines().toString());
        assertTrue(r.lines().get(0).startsWith("Đã chép sang kho mới ") && r.lines().get(0).contains(": 1 kế hoạch"),
                r.lines().get(0));
        assertEquals("Mọi thứ đều đọc được và khớp mã kiểm tra; không có gì bị mất.", r.lines().get(1));
        assertTrue(r.lines().get(2).startsWith("Kho bị hỏng "), r.lines().get(2));
        try (Database copy = Database.open(target)) {
            assertEquals(1, new PlanRepository(copy).list().size());
        }
    }

    @Test
    void aDamagedPlanIsNamedAsNotSavedAndTheRestIsCopied() {
        Path target = dir.resolve("moi");
        StoreSalvage.Report r;
        try (Database db = Database.open(dir.resolve("kho"))) {
            PlanRepository plans = new PlanRepository(db);
            long damaged = plans.insert(new SampleLibrary().plans().get(2));
            plans.insert(new SampleLibrary().plans().get(1));
            StoreSafetySentencesTest.damageFirstTask(db, damaged);
            r = new StoreHealth(db).salvageInto(target);
        }
        assertFalse(r.whole());
        assertTrue(r.lines().get(0).contains(": 1 kế hoạch"), r.lines().get(0));
        assertEquals("Không cứu được 1 mục:", r.lines().get(1));
        assertTrue(r.lines().get(2).startsWith("  Kế hoạch ") && r.lines().get(2).contains("(đã bị hỏng)"),
                r.lines().get(2));
        assertTrue(r.lines().get(r.lines().size() - 1).startsWith("Kho bị hỏng "), r.lines().toString());
    }

    @Test
    void aBackupAskedForIsInPlaceWhenTheStoreNextOpens() {
        Path store = dir.resolve("kho");
        List<PlanSummary> asBackedUp;
        try (Database db = Database.open(store)) {
            PlanRepository plans = new PlanRepository(db);
            plans.insert(new SampleLibrary().plans().get(1));
            asBackedUp = plans.list();
            StoreBackups backups = new StoreBackups(db, CLOCK);
            backups.beforeImport();
            plans.insert(new SampleLibrary().plans().get(2));
            backups.restoreAtNextStart(backups.list().get(0).name());
        }
        try (Database db = Database.open(store)) {
            assertEquals(asBackedUp, new PlanRepository(db).list(), "the plan imported after the backup is gone");
        }
    }
}
