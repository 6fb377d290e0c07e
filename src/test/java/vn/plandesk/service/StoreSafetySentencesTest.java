package vn.plandesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;

/**
 * What the officer reads from "Kiểm tra kho dữ liệu…" and the backups dialog, without the window: the check's sentences
 * for a whole and a damaged store, and the backups listed with their kind, restored at the next start.
 */
class StoreSafetySentencesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @BeforeEach
    void vietnamese() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    /** Damages the plan's stored content as a failing disk might: the store's checks must find it. */
    static void damageFirstTask(Database db, long planId) {
        // a changed letter in the plan's stored content, written behind the repository's back
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("UPDATE task SET name = REPLACE(name, 'a', 'á') WHERE id = (SELECT MIN(id)"
                        + " FROM task WHERE plan_id = " + planId + ")");
            }
        });
    }

    @Test
    void aWholeStoreIsToldInOneSentence() {
        try (Database db = Database.open(dir)) {
            new PlanRepository(db).insert(new SampleLibrary().plans().get(2));
            StoreHealth.Report r = new StoreHealth(db).check();
            assertTrue(r.whole());
            assertEquals(1, r.lines().size(), r.lines().toString());
            assertTrue(r.lines().get(0).startsWith("Kho dữ liệu nguyên vẹn"), r.lines().get(0));
            assertTrue(r.lines().get(0).contains(", 1 kế hoạch khớp với mã kiểm tra"), r.lines().get(0));
        }
    }

    @Test
    void aDamagedPlanIsNamedAndTheNewestReadableBackupOffered() {
        try (Database db = Database.open(dir)) {
            long id = new PlanRepository(db).insert(new SampleLibrary().plans().get(2));
            StoreHealth health = new StoreHealth(db);
            damageFirstTask(db, id);
            StoreHealth.Report r = health.check();
            assertFalse(r.whole());
            assertEquals(3, r.lines().size(), r.lines().toString());
            assertEquals("Kiểm tra kho dữ liệu thấy 1 vấn đề:", r.lines().get(0));
            assertTrue(r.lines().get(1).startsWith("Kế hoạch ") && r.lines().get(1).endsWith("đã bị hỏng."),
                    r.lines().get(1));
            assertEquals("Chưa có bản sao lưu đọc được nào để khôi phục.", r.lines().get(2));

            List<Path> taken = new StoreBackups(db, CLOCK).daily();
            assertEquals(2, taken.size(), "today's and this week's");
            List<String> lines = health.check().lines();
            assertTrue(lines.get(lines.size() - 1).startsWith("Bản sao lưu đọc được mới nhất là plandesk-"),
                    lines.toString());
        }
    }

    @Test
    void backupsAreListedNewestFirstWithTheirKindAndOnlyDailyAndWeeklyByDayOnly() throws Exception {
        try (Database db = Database.open(dir)) {
            new PlanRepository(db).insert(new SampleLibrary().plans().get(3));
            StoreBackups backups = new StoreBackups(db, CLOCK);
            backups.daily();
            backups.beforeImport();
            backups.beforeDerive();
            backups.beforeReplace();
            List<StoreBackups.Backup> list = backups.list();
            assertEquals(5, list.size(), list.toString());
            assertEquals(List.of("Hằng ngày", "Hằng tuần", "Trước khi lập kế hoạch phường/xã", "Trước khi nhập",
                    "Trước khi thay nội dung kế hoạch"), list.stream().map(StoreBackups.Backup::kind).sorted().toList());
            for (StoreBackups.Backup b : list) {
                boolean rolling = b.kind().equals("Hằng ngày") || b.kind().equals("Hằng tuần");
                assertEquals(rolling, b.dayOnly(), b.name());
                assertTrue(b.readable(), b.name());
                assertTrue(b.size() > 0, b.name());
                assertTrue(Files.exists(dir.resolve("backups").resolve(b.name())), b.name());
            }
            for (int i = 1; i < list.size(); i++) {
                LocalDateTime newer = list.get(i - 1).taken();
                assertFalse(newer.isBefore(list.get(i).taken()), "newest first: " + list);
            }
            String said = backups.restoreAtNextStart(list.get(0).name());
            assertTrue(said.startsWith("Bản sao lưu " + list.get(0).name() + " sẽ được khôi phục khi PlanDesk mở lại"),
                    said);
        }
    }
}
