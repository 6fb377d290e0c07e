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
}
