package vn.plandesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.service.SampleLibrary;

/** Each plan's checksum is kept with every change and checked on every read of the plan. */
class PlanChecksumTest {
    private static final List<Plan> SAMPLES = new SampleLibrary().plans();

    @TempDir
    Path dir;

    private static String checksum(Database db, long id) {
        return db.inTransaction(c -> {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT content_checksum FROM plan WHERE id = " + id)) {
                r.next();
                return r.getString(1);
            }
        });
    }

    private static void behindTheRepositorysBack(Database db, String sql) {
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate(sql);
            }
        });
    }

    @Test
    void everyWriteOfThePlanKeepsItsChecksumAndReadsPass() {
        try (Database db = Database.open(dir)) {
            PlanRepository repo = new PlanRepository(db);
            long id = repo.insert(SAMPLES.get(3));
            String inserted = checksum(db, id);
            assertNotNull(inserted);
            Plan stored = repo.load(id).orElseThrow();
            TaskGroup g = stored.groups().get(0);
            List<PlanTask> tasks = new ArrayList<>(g.tasks());
            tasks.set(0, tasks.get(0).withName("Tên mới của nhiệm vụ"));
            Plan edited = stored.withGroups(java.util.stream.Stream.concat(java.util.stream.Stream.of(g.withTasks(tasks)),
                    stored.groups().stream().skip(1)).toList());
            repo.sync(stored, edited);
            String synced = checksum(db, id);
            assertTrue(!synced.equals(inserted), "an edit writes the new checksum in its transaction");
            assertEquals("Tên mới của nhiệm vụ", repo.load(id).orElseThrow().groups().get(0).tasks().get(0).name());
            repo.replace(id, SAMPLES.get(1));
            assertTrue(!checksum(db, id).equals(synced));
            assertEquals(SAMPLES.get(1), repo.load(id).orElseThrow().withoutIds());
        }
    }

    @Test
    void aPlanChangedBehindTheRepositorysBackIsToldAsDamagedNotRead() {
        long id;
        long other;
        try (Database db = Database.open(dir)) {
            PlanRepository repo = new PlanRepository(db);
            id = repo.insert(SAMPLES.get(3));
            other = repo.insert(SAMPLES.get(2));
            // what a flipped bit in the file does: the recipients list (in the header's JSON) changes under the plan
            behindTheRepositorysBack(db, "UPDATE plan SET header_json = REPLACE(header_json, '\"recipients\"',"
                    + " '\"recipientz\"') WHERE id = " + id);
            PlanDeskException e = assertThrows(PlanDeskException.class, () -> repo.load(id));
            assertEquals("store.planDamagedNoBackup", e.key());
            assertTrue(String.valueOf(e.args()[0]).startsWith(String.valueOf(id)), String.valueOf(e.args()[0]));
            assertEquals(SAMPLES.get(2), repo.load(other).orElseThrow().withoutIds(), "the other plans read on");
        }
        try (Database db = Database.open(dir)) {
            PlanDeskException e = assertThrows(PlanDeskException.class, () -> new PlanRepository(db).load(id),
                    "told again on the next start: the damage is not recorded as the new truth");
            assertEquals("store.planDamagedNoBackup", e.key());
            behindTheRepositorysBack(db, "UPDATE task SET name = name || 'x' WHERE id = (SELECT MIN(id) FROM task"
                    + " WHERE plan_id = " + other + ")");
            assertThrows(PlanDeskException.class, () -> new PlanRepository(db).load(other), "a task's text too");
        }
    }

    /** The checksum an edit records is taken from what it wrote, not read back: it must be the plan's as read. */
    private static void recordedIsTheChecksumOfThePlanReadBack(Database db, long id) {
        db.inTransaction(c -> {
            assertEquals(PlanChecksum.of(PlanRepository.load(c, id)), PlanChecksum.stored(c, id));
            return null;
        });
    }

    @Test
    void theChecksumAWriteRecordsFromMemoryIsTheChecksumOfThePlanReadBack() {
        try (Database db = Database.open(dir)) {
            PlanRepository repo = new PlanRepository(db);
            for (Plan sample : SAMPLES) {
                recordedIsTheChecksumOfThePlanReadBack(db, repo.insert(sample));
            }
            // values the store keeps in another form than the plan in memory: a deadline built without the parser
            // (not stripped, a blank year mark), units with a line break, a reference without a task number and one
            // without its plan
            Plan odd = SAMPLES.get(3);
            TaskGroup g = odd.groups().get(0);
            List<PlanTask> tasks = new ArrayList<>(g.tasks());
            PlanTask t0 = tasks.get(0);
            tasks.set(0, new PlanTask(null, t0.number(), t0.name(), t0.leader(), List.of("Phòng A\nPhòng B"),
                    List.of(), t0.result(), new vn.plandesk.model.Deadline(" Quý I/2026 ",
                    new java.util.TreeMap<>(java.util.Map.of(2026, "x", 2027, " "))
                    , vn.plandesk.model.Deadline.Kind.UNREADABLE, null, null, null, null, false, false, null, null),
                    null, new vn.plandesk.model.TaskRef(null, "1.2"), t0.note(), t0.flags(), t0.subTasks()));
            PlanTask t1 = tasks.get(1);
            tasks.set(1, new PlanTask(null, t1.number(), t1.name(), t1.leader(), t1.leadUnits(),
                    t1.coordinatingUnits(), t1.result(), t1.deadline(), null,
                    new vn.plandesk.model.TaskRef(new vn.plandesk.model.PlanRef("57", "NQ/TW", null, ""), ""),
                    t1.note(), t1.flags(), t1.subTasks()));
            long id = repo.insert(odd.withGroups(java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(g.withTasks(tasks)), odd.groups().stream().skip(1)).toList()));
            recordedIsTheChecksumOfThePlanReadBack(db, id);

            // an edit of one task, then one that drops a whole group (the store keeps the group's row, empty)
            Plan stored = repo.load(id).orElseThrow();
            TaskGroup first = stored.groups().get(0);
            List<PlanTask> edited = new ArrayList<>(first.tasks());
            edited.set(0, edited.get(0).withName("Tên mới"));
            Plan oneTask = stored.withGroups(java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(first.withTasks(edited)), stored.groups().stream().skip(1)).toList());
            Plan afterEdit = repo.sync(stored, oneTask);
            recordedIsTheChecksumOfThePlanReadBack(db, id);
            Plan fewerGroups = afterEdit.withGroups(afterEdit.groups().subList(0, afterEdit.groups().size() - 1));
            repo.sync(afterEdit, fewerGroups);
            recordedIsTheChecksumOfThePlanReadBack(db, id);
            assertEquals(afterEdit.groups().size(), repo.load(id).orElseThrow().groups().size(),
                    "the dropped group's row stays, empty, and the checksum counts it");
        }
    }

    @Test
    void aRowChangedBehindTheStoresBackAfterAnEditIsRefusedInOneSentenceNamingTheNewestBackup() {
        try (Database db = Database.open(dir)) {
            PlanRepository repo = new PlanRepository(db);
            long id = repo.insert(SAMPLES.get(3));
            Plan stored = repo.load(id).orElseThrow();
            TaskGroup g = stored.groups().get(0);
            List<PlanTask> tasks = new ArrayList<>(g.tasks());
            tasks.set(0, tasks.get(0).withName("Tên sau lần sửa"));
            repo.sync(stored, stored.withGroups(java.util.stream.Stream.concat(java.util.stream.Stream.of(
                    g.withTasks(tasks)), stored.groups().stream().skip(1)).toList()));
            Path backup = dir.resolve("backups").resolve("plandesk-daily-20260101-000000.zip");
            db.backupTo(java.nio.file.Files.createDirectories(backup.getParent()).resolve(backup.getFileName()));
            behindTheRepositorysBack(db, "UPDATE task SET result = result || '.' WHERE id = (SELECT MAX(id) FROM task"
                    + " WHERE plan_id = " + id + ")");
            PlanDeskException e = assertThrows(PlanDeskException.class, () -> repo.load(id));
            assertEquals("store.planDamaged", e.key());
            assertEquals(backup.getFileName().toString(), e.args()[1]);
            String sentence = vn.plandesk.service.Messages.get(e.key(), e.args());
            assertEquals(1, sentence.lines().count(), sentence);
            assertTrue(sentence.contains("plandesk-daily-20260101-000000.zip"), sentence);
            assertEquals(1, StoreCheck.run(db).findings().stream()
                    .filter(f -> f.key().equals("check.planDamaged")).count(), "check-store names it too");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
