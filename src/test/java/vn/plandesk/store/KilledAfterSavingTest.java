package vn.plandesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.service.SampleLibrary;

/**
 * Nothing saved is lost: a process killed the moment after its commit returned (the window has shown the edit as
 * saved) leaves the edit in the store. H2 kept commits in memory for up to half a second before writing them, so a
 * kill in that half second lost them.
 */
class KilledAfterSavingTest {
    @TempDir
    Path dir;

    @Test
    void aPlanSavedTheMomentBeforeAKillIsThereWholeOnTheNextOpen() throws Exception {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(javaBin.toString(), "-cp", System.getProperty("java.class.path"),
                SaveThenHalt.class.getName(), dir.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(SaveThenHalt.HALTED, p.waitFor(), out);
        long first = Long.parseLong(out.lines().filter(l -> l.startsWith("first ")).findFirst().orElseThrow()
                .substring(6));
        long second = Long.parseLong(out.lines().filter(l -> l.startsWith("second ")).findFirst().orElseThrow()
                .substring(7));
        Plan expected = new SampleLibrary().plans().get(0);
        try (Database db = Database.open(dir)) {
            PlanRepository repo = new PlanRepository(db);
            assertEquals(expected, repo.load(first).orElseThrow().withoutIds(), "saved a while before the kill");
            assertTrue(repo.load(second).isPresent(), "saved the moment before the kill");
            assertEquals(expected, repo.load(second).orElseThrow().withoutIds(), "and whole");
        }
    }

    /** Saves a plan, waits, saves it again and halts the JVM at once, as a kill would. */
    static final class SaveThenHalt {
        static final int HALTED = 41;

        public static void main(String[] args) throws Exception {
            Database db = Database.open(Path.of(args[0]));
            PlanRepository repo = new PlanRepository(db);
            Plan plan = new SampleLibrary().plans().get(0);
            System.out.println("first " + repo.insert(plan));
            Thread.sleep(1500);
            System.out.println("second " + repo.insert(plan));
            System.out.flush();
            Runtime.getRuntime().halt(HALTED);
        }
    }
}
