package vn.plandesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.service.Messages;
import vn.plandesk.service.SampleLibrary;

/**
 * One bit flipped in the H2 file itself, inside a plan's stored text: the store is refused or the plan is named as
 * damaged, in one sentence naming the newest backup; never read as if whole, and nothing is written to the file.
 * Salvage then copies the other plans into a new store.
 */
class FlippedBitTest {
    /** ASCII, so that H2 keeps it in the file byte for byte. */
    private static final String MARKER = "BITFLIP-MARKER-0123456789-task-name";
    private static final String BACKUP = "plandesk-daily-20260101-000000.zip";
    private static final List<Plan> SAMPLES = new SampleLibrary().plans();

    @TempDir
    Path dir;

    private enum Outcome { STORE_REFUSED, PLAN_REFUSED, READ_AS_WRITTEN }

    /** A store of three plans, the marked one in the middle, and a backup taken after they were written. */
    private Path store() throws IOException {
        Path store = dir.resolve("store");
        try (Database db = Database.open(store)) {
            PlanRepository repo = new PlanRepository(db);
            repo.insert(SAMPLES.get(0));
            Plan marked = SAMPLES.get(3);
            TaskGroup g = marked.groups().get(0);
            List<PlanTask> tasks = new ArrayList<>(g.tasks());
            tasks.set(0, tasks.get(0).withName(MARKER));
            repo.insert(marked.withGroups(Stream.concat(Stream.of(g.withTasks(tasks)),
                    marked.groups().stream().skip(1)).toList()));
            repo.insert(SAMPLES.get(2));
            db.backupTo(Files.createDirectories(store.resolve(Backups.FOLDER)).resolve(BACKUP));
        }
        return store;
    }

    private static List<Integer> occurrences(byte[] file, byte[] text) {
        List<Integer> at = new ArrayList<>();
        outer:
        for (int i = 0; i + text.length <= file.length; i++) {
            for (int j = 0; j < text.length; j++) {
                if (file[i + j] != text[j]) {
                    continue outer;
                }
            }
            at.add(i);
        }
        return at;
    }

    /** A copy of the store with one bit of the file flipped at {@code offset}, its backups beside it. */
    private Path flipped(Path store, int offset, int n) throws IOException {
        Path copy = Files.createDirectories(dir.resolve("flipped-" + n));
        byte[] bytes = Files.readAllBytes(store.resolve("plandesk.mv.db"));
        bytes[offset] ^= 0x01;
        Files.write(copy.resolve("plandesk.mv.db"), bytes);
        Files.createDirectories(copy.resolve(Backups.FOLDER));
        Files.copy(store.resolve(Backups.FOLDER).resolve(BACKUP), copy.resolve(Backups.FOLDER).resolve(BACKUP));
        return copy;
    }

    private static void oneSentenceNamingTheBackup(PlanDeskException e) {
        String sentence = Messages.get(e.key(), e.args());
        assertEquals(1, sentence.strip().lines().count(), sentence);
        assertTrue(sentence.contains(BACKUP), sentence);
        assertFalse(sentence.contains("Exception") || sentence.contains("[9"), sentence);
    }

    /** Opens the damaged copy as PlanDesk does and reads every plan; what happened to the marked one. */
    private static Outcome open(Path copy) {
        Messages.setLocale(Messages.VIETNAMESE);
        try (Database db = Database.open(copy)) {
            PlanRepository repo = new PlanRepository(db);
            Outcome outcome = null;
            for (var summary : repo.list()) {
                try {
                    Plan plan = repo.load(summary.id()).orElseThrow();
                    if (summary.id() == 2) {
                        assertEquals(MARKER, plan.groups().get(0).tasks().get(0).name(),
                                "a damaged plan must never be read as if whole");
                        outcome = Outcome.READ_AS_WRITTEN;
                    }
                } catch (PlanDeskException e) {
                    assertEquals(2, summary.id(), "only the plan whose text was hit is refused");
                    assertEquals("store.planDamaged", e.key());
                    assertEquals("2", String.valueOf(e.args()[0]), "named as in the plans list");
                    oneSentenceNamingTheBackup(e);
                    outcome = Outcome.PLAN_REFUSED;
                }
            }
            return outcome;
        } catch (PlanDeskException e) {
            assertTrue(e.key().startsWith("store.damaged"), e.key());
            oneSentenceNamingTheBackup(e);
            return Outcome.STORE_REFUSED;
        }
    }

    @Test
    void aFlippedBitInAPlansStoredTextIsNamedNeverReadAndTheFileIsNotWritten() throws IOException {
        Path store = store();
        byte[] whole = Files.readAllBytes(store.resolve("plandesk.mv.db"));
        List<Integer> at = occurrences(whole, MARKER.getBytes(StandardCharsets.US_ASCII));
        assertFalse(at.isEmpty(), "the task's name lies in the file as written");
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < at.size(); i++) {
            Path copy = flipped(store, at.get(i) + 8, i); // the 'M' of MARKER becomes 'L'
            byte[] damaged = Files.readAllBytes(copy.resolve("plandesk.mv.db"));
            Outcome outcome = open(copy);
            outcomes.add(outcome);
            if (outcome != Outcome.READ_AS_WRITTEN) { // a flip in an old copy of the name is harmless, and compacted away
                assertArrayEquals(damaged, Files.readAllBytes(copy.resolve("plandesk.mv.db")),
                        "nothing is written to the damaged file");
            }
        }
        assertTrue(outcomes.contains(Outcome.PLAN_REFUSED) || outcomes.contains(Outcome.STORE_REFUSED),
                "the copy of the name that is read is hit in one of them: " + outcomes);
    }

    @Test
    void salvageCopiesTheSoundPlansIntoANewStoreAndNamesTheDamagedOneLeavingTheFileAsItWas() throws IOException {
        Path store = store();
        byte[] whole = Files.readAllBytes(store.resolve("plandesk.mv.db"));
        List<Integer> at = occurrences(whole, MARKER.getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < at.size(); i++) {
            Path copy = flipped(store, at.get(i) + 8, i);
            if (open(copy) != Outcome.PLAN_REFUSED) {
                continue;
            }
            byte[] damaged = Files.readAllBytes(copy.resolve("plandesk.mv.db"));
            Path target = dir.resolve("salvaged-" + i);
            Salvage.Result r = Salvage.run(copy, target);
            assertArrayEquals(damaged, Files.readAllBytes(copy.resolve("plandesk.mv.db")), "the damaged store untouched");
            assertEquals(2, r.plans());
            assertEquals(1, r.lost().size(), String.valueOf(r.lost()));
            assertEquals("salvage.planDamaged", r.lost().get(0).key());
            assertTrue(String.valueOf(r.lost().get(0).args().get(0)).equals("2"), String.valueOf(r.lost()));
            try (Database db = Database.open(target)) {
                PlanRepository repo = new PlanRepository(db);
                assertEquals(List.of(1L, 3L), repo.list().stream().map(s -> s.id()).toList(), "ids kept");
                assertEquals(SAMPLES.get(0), repo.load(1).orElseThrow().withoutIds());
                assertEquals(SAMPLES.get(2), repo.load(3).orElseThrow().withoutIds());
                long next = repo.insert(SAMPLES.get(1));
                assertEquals(4L, next, "new rows go on after the copied ones");
                assertTrue(StoreCheck.run(db).whole(), "the new store checks whole");
            }
            assertEquals(PlanDeskException.class, salvageInto(copy, target).getClass(),
                    "a folder that holds a store is not salvaged into");
            return;
        }
        fail("no flip hit the plan's read text");
    }

    private static Exception salvageInto(Path from, Path to) {
        try {
            Salvage.run(from, to);
            return null;
        } catch (PlanDeskException e) {
            assertEquals("salvage.targetHasStore", e.key());
            return e;
        }
    }
}
