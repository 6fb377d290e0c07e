package vn.plandesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.tracking.IndicatorResult;
import vn.plandesk.model.tracking.Judgement;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.SampleLibrary;

/** Progress, indicator results and the baseline on a real H2 file. */
class TrackingRepositoryTest {
    private static final Plan CHON_THANH = new SampleLibrary().plan("chon-thanh-ward-plan.json");
    private static final Period Q1 = Period.parse("2026-Q1");

    @TempDir
    Path dir;

    @Test
    void entriesWithTheirEvidenceComeBackAfterReopening() {
        long planId;
        ProgressEntry full;
        try (Database db = Database.open(dir)) {
            planId = new PlanRepository(db).insert(CHON_THANH);
            Plan stored = new PlanRepository(db).load(planId).orElseThrow();
            PlanTask first = stored.allTasks().get(0);
            full = new ProgressEntry(first.id(), Q1, ProgressStatus.DONE, "Đã tổ chức 3 hội nghị tuyên truyền",
                    LocalDate.of(2026, 3, 25), "Phòng Văn hóa - Xã hội", "Chưa có số liệu của tổ dân phố",
                    "Thiếu nhân lực", "Báo cáo số 15/BC-UBND", List.of(7L, 3L));
            TrackingRepository repo = new TrackingRepository(db);
            repo.put(planId, full);
            repo.put(planId, ProgressEntry.of(stored.allTasks().get(1).id(), Q1, ProgressStatus.WAITING));
            repo.putResults(planId, List.of(new IndicatorResult(stored.indicators().get(3).id(), Period.year(2026),
                    "18", LocalDate.of(2026, 12, 31), "Sở KH&CN", null),
                    new IndicatorResult(stored.indicators().get(0).id(), Period.year(2026), "Nhóm khá", null, "",
                            Judgement.ACHIEVED)));
            repo.keepBaseline(planId, "{\"x\":1}");
        }
        try (Database db = Database.open(dir)) {
            TrackingRepository repo = new TrackingRepository(db);
            List<ProgressEntry> entries = repo.progress(planId);
            assertEquals(2, entries.size());
            assertEquals(full, entries.get(0), "every field, and the documents in their order");
            List<IndicatorResult> results = repo.results(planId);
            assertEquals(List.of("Nhóm khá", "18"), results.stream().map(IndicatorResult::value).toList());
            assertEquals(Judgement.ACHIEVED, results.get(0).byHand());
            assertEquals("{\"x\":1}", repo.baseline(planId).orElseThrow());
        }
    }

    @Test
    void anEntryReplacesTheOneOfItsQuarterAndAFailedBatchWritesNothing() {
        try (Database db = Database.open(dir)) {
            long planId = new PlanRepository(db).insert(CHON_THANH);
            long task = new PlanRepository(db).load(planId).orElseThrow().allTasks().get(0).id();
            TrackingRepository repo = new TrackingRepository(db);
            repo.put(planId, ProgressEntry.of(task, Q1, ProgressStatus.IN_PROGRESS));
            repo.put(planId, ProgressEntry.of(task, Q1, ProgressStatus.DONE));
            assertEquals(List.of(ProgressStatus.DONE), repo.progress(planId).stream().map(ProgressEntry::status).toList());
            PlanDeskException e = assertThrows(PlanDeskException.class, () -> repo.putAll(planId, List.of(
                    ProgressEntry.of(task, Period.parse("2026-Q2"), ProgressStatus.DONE),
                    ProgressEntry.of(999_999, Q1, ProgressStatus.DONE))));
            assertEquals("store.failed", e.key());
            assertEquals(1, repo.progress(planId).size(), "the whole batch was rolled back");
            assertTrue(repo.remove(planId, task, Q1));
            assertFalse(repo.remove(planId, task, Q1));
        }
    }

    @Test
    void entriesOfADeletedTaskStayHiddenAndGoWithTheirPlan() {
        try (Database db = Database.open(dir)) {
            PlanRepository plans = new PlanRepository(db);
            long planId = plans.insert(CHON_THANH);
            Plan stored = plans.load(planId).orElseThrow();
            long task = stored.groups().get(0).tasks().get(0).id();
            TrackingRepository repo = new TrackingRepository(db);
            repo.put(planId, ProgressEntry.of(task, Q1, ProgressStatus.DONE));
            Plan without = stored.withGroups(Stream.concat(
                    Stream.of(stored.groups().get(0).withTasks(stored.groups().get(0).tasks().subList(1,
                            stored.groups().get(0).tasks().size()))),
                    stored.groups().stream().skip(1)).toList());
            plans.sync(stored, without);
            assertEquals(List.of(), repo.progress(planId));
            plans.sync(without, stored);
            assertEquals(1, repo.progress(planId).size(), "undoing the deletion brings the task back with its entry");
            assertTrue(plans.delete(planId));
            assertEquals(0, (long) db.inTransaction(c -> {
                try (var s = c.createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM progress")) {
                    r.next();
                    return r.getLong(1);
                }
            }));
        }
    }

    /**
     * A store made by the previous schema (migrations up to V4, as the released PlanDesk leaves it, with a plan
     * written by the same code) opens with everything in it, is backed up first, and can take progress.
     */
    @Test
    void aStoreOfTheSchemaBeforeTrackingOpensWithNothingLost() throws Exception {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve(Database.FILE_NAME) + ";FILE_LOCK=NO";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("4").load()
                .migrate();
        long planId;
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.setAutoCommit(false);
            planId = MigrationTest.insertAsFirstSchema(c, CHON_THANH);
            c.commit();
            assertEquals(4, Database.appliedVersion(c));
        }
        try (Database db = Database.open(dir)) {
            assertEquals(Database.SCHEMA_VERSION, db.inTransaction(Database::appliedVersion));
            Plan loaded = new PlanRepository(db).load(planId).orElseThrow();
            assertEquals(CHON_THANH, loaded.withoutIds(), "every field of the old store comes back");
            TrackingRepository repo = new TrackingRepository(db);
            assertEquals(List.of(), repo.progress(planId));
            repo.put(planId, ProgressEntry.of(loaded.allTasks().get(0).id(), Q1, ProgressStatus.DONE));
            assertEquals(1, repo.progress(planId).size());
        }
        try (Stream<Path> backups = Files.list(dir.resolve("backups"))) {
            assertTrue(backups.anyMatch(p -> p.getFileName().toString().startsWith("plandesk-before-v5")),
                    "the old store was backed up before the migration");
        }
    }
}
