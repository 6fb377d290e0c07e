package vn.plandesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.service.SampleLibrary;

/** The store on a real H2 file. */
class DatabaseTest {
    @TempDir
    Path dir;

    private static final List<Plan> SAMPLES = new SampleLibrary().plans();

    @Test
    void plansSurviveClosingAndReopeningTheStore() {
        long id;
        try (Database db = Database.open(dir)) {
            id = new PlanRepository(db).insert(SAMPLES.get(2));
        }
        assertTrue(Files.exists(dir.resolve("plandesk.mv.db")));
        try (Database db = Database.open(dir)) {
            Plan loaded = new PlanRepository(db).load(id).orElseThrow();
            assertEquals(SAMPLES.get(2), loaded.withoutIds(), "every field comes back");
            assertTrue(loaded.allTasks().stream().allMatch(t -> t.id() != null));
        }
    }

    @Test
    void everySampleComesBackEqualAndIsListed() {
        try (Database db = Database.open(dir)) {
            PlanRepository repo = new PlanRepository(db);
            for (Plan p : SAMPLES) {
                long id = repo.insert(p);
                assertEquals(p, repo.load(id).orElseThrow().withoutIds());
            }
            List<PlanSummary> list = repo.list();
            assertEquals(List.of(109, 76, 76, 47), list.stream().map(PlanSummary::tasks).toList());
            assertEquals(List.of(7, 7, 7, 7), list.stream().map(PlanSummary::groups).toList());
            assertEquals(53, list.get(2).indicators());
        }
    }

    @Test
    void replaceAndDeleteAreWholeTransactions() {
        try (Database db = Database.open(dir)) {
            PlanRepository repo = new PlanRepository(db);
            long id = repo.insert(SAMPLES.get(0));
            repo.replace(id, SAMPLES.get(3));
            assertEquals(SAMPLES.get(3), repo.load(id).orElseThrow().withoutIds());
            assertThrows(PlanDeskException.class, () -> repo.replace(id + 100, SAMPLES.get(1)));
            assertTrue(repo.delete(id));
            assertTrue(repo.load(id).isEmpty());
            assertFalse(repo.delete(id));
        }
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        try (Database db = Database.open(dir)) {
            PlanRepository repo = new PlanRepository(db);
            long id = repo.insert(SAMPLES.get(1));
            PlanDeskException e = assertThrows(PlanDeskException.class, () -> db.inTransaction(c -> {
                try (var s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM task WHERE plan_id = " + id);
                    s.executeUpdate("INSERT INTO task_group (plan_id, number, title) VALUES (" + id + ", 99, 'x')");
                }
                return null;
            }));
            assertEquals("store.failed", e.key());
            assertEquals(76, repo.load(id).orElseThrow().taskCount(), "the deletion was rolled back");
        }
    }

    @Test
    void aSecondOpenOfTheSameStoreIsRefusedAndChangesNothing() {
        try (Database first = Database.open(dir)) {
            new PlanRepository(first).insert(SAMPLES.get(3));
            PlanDeskException e = assertThrows(PlanDeskException.class, () -> Database.open(dir));
            assertEquals("store.inUse", e.key());
            assertEquals(1, new PlanRepository(first).list().size(), "the first instance still works");
        }
        try (Database again = Database.open(dir)) {
            assertEquals(1, new PlanRepository(again).list().size());
        }
    }

    @Test
    void theSchemaVersionConstantNamesTheNewestMigration() throws IOException {
        int newest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElse(0);
        }
        assertEquals(newest, Database.SCHEMA_VERSION, "the quick start-up check must know the newest migration");
        try (Database db = Database.open(dir)) {
            assertEquals(newest, db.inTransaction(Database::appliedVersion));
        }
    }

    @Test
    void anExistingStoreIsBackedUpBeforeAMigration() throws IOException {
        try (Database db = Database.open(dir)) {
            new PlanRepository(db).insert(SAMPLES.get(3));
        }
        assertFalse(Files.exists(dir.resolve("backups")), "a fresh store needs no backup");
        try (Database db = Database.open(dir, "classpath:db/migration", "classpath:db/testmigration")) {
            assertEquals(1, new PlanRepository(db).list().size());
        }
        try (Stream<Path> backups = Files.list(dir.resolve("backups"))) {
            List<Path> zips = backups.toList();
            assertEquals(1, zips.size());
            assertTrue(zips.get(0).getFileName().toString().startsWith("plandesk-before-v999"));
            assertTrue(Files.size(zips.get(0)) > 0);
        }
    }

    @Test
    void aTasksStartIsStoredAndSyncedAndComesBackAfterReopening() {
        Plan sample = SAMPLES.get(2);
        long id;
        vn.plandesk.model.PlanTask first;
        try (Database db = Database.open(dir)) {
            PlanRepository repo = new PlanRepository(db);
            id = repo.insert(sample);
            Plan stored = repo.load(id).orElseThrow();
            assertTrue(stored.allTasks().stream().allMatch(t -> t.start() == null));
            vn.plandesk.model.TaskGroup g = stored.groups().get(0);
            List<vn.plandesk.model.PlanTask> tasks = new java.util.ArrayList<>(g.tasks());
            first = tasks.get(0);
            tasks.set(0, first.withStart(java.time.LocalDate.of(2025, 11, 15)));
            Plan edited = stored.withGroups(Stream.concat(Stream.of(g.withTasks(tasks)),
                    stored.groups().stream().skip(1)).toList());
            repo.sync(stored, edited);
        }
        try (Database db = Database.open(dir)) {
            Plan loaded = new PlanRepository(db).load(id).orElseThrow();
            vn.plandesk.model.PlanTask t = loaded.groups().get(0).tasks().get(0);
            assertEquals(first.id(), t.id());
            assertEquals(java.time.LocalDate.of(2025, 11, 15), t.start());
            assertEquals(first.withStart(java.time.LocalDate.of(2025, 11, 15)), t, "the rest of the task as it was");
            // a new plan with starts is stored whole too
            long copy = new PlanRepository(db).insert(loaded.withoutIds());
            assertEquals(java.time.LocalDate.of(2025, 11, 15),
                    new PlanRepository(db).load(copy).orElseThrow().groups().get(0).tasks().get(0).start());
        }
    }

    /** A value longer than its column (an Excel appendix's number cell holding a name did it) is one sentence. */
    @Test
    void aValueTooLongForItsColumnIsOneSentenceAndNothingIsWritten() {
        Plan sample = new SampleLibrary().plans().get(3);
        vn.plandesk.model.TaskGroup g = sample.groups().get(0);
        List<vn.plandesk.model.PlanTask> tasks = new java.util.ArrayList<>(g.tasks());
        tasks.set(0, tasks.get(0).withNumber("Sở Khoa học và Công nghệ; VP UBND tỉnh"));
        Plan tooLong = sample.withGroups(Stream.concat(Stream.of(g.withTasks(tasks)), sample.groups().stream().skip(1))
                .toList());
        try (Database db = Database.open(dir)) {
            PlanRepository repo = new PlanRepository(db);
            PlanDeskException e = assertThrows(PlanDeskException.class, () -> repo.insert(tooLong));
            assertEquals("store.valueTooLong", e.key());
            assertEquals(List.of(new vn.plandesk.model.Wording("input.field.NUMBER").key(), 20, 38),
                    List.of(((vn.plandesk.model.Wording) e.args()[0]).key(), e.args()[1], e.args()[2]));
            String sentence = vn.plandesk.service.Messages.get(e.key(), e.args());
            assertEquals(1, sentence.lines().count(), sentence);
            assertTrue(sentence.contains("trường Số thứ tự dài 38 ký tự"), "named as the task form names it: " + sentence);
            assertFalse(sentence.contains("INSERT") || sentence.contains("22001"), sentence);
            assertTrue(repo.list().isEmpty(), "nothing was written");
        }
    }
}
