package vn.plandesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.service.SampleLibrary;

/**
 * H2 only appends to the store file (nothing is overwritten in place, so a kill cannot lose committed work); the file
 * gives back the space of what was deleted by a compact copy moved into place whole.
 */
class CompactStoreTest {
    private static final List<Plan> SAMPLES = new SampleLibrary().plans();

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("plandesk.mv.db");
    }

    /** The file's identity (its inode where the system has one): a compaction puts a new file in place. */
    private Object fileKey() throws IOException {
        return Files.readAttributes(file(), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    private List<Plan> plans(Database db) {
        PlanRepository repo = new PlanRepository(db);
        return repo.list().stream().map(s -> repo.load(s.id()).orElseThrow()).toList();
    }

    @Test
    void aStoreOfMostlyDeletedDataIsCompactedWithEveryPlanKept() throws IOException {
        List<Plan> kept;
        try (Database db = Database.open(dir)) {
            PlanRepository repo = new PlanRepository(db);
            repo.insert(SAMPLES.get(0));
            for (int round = 0; round < 6; round++) {
                for (Plan p : SAMPLES) {
                    repo.delete(repo.insert(p));
                }
            }
            kept = plans(db);
        }
        long before = Files.size(file());
        assertTrue(Database.compact(dir));
        long after = Files.size(file());
        assertTrue(after < before / 2, "compacted from " + before + " to " + after + " bytes");
        assertFalse(Files.exists(dir.resolve(Database.COMPACT_PART)));
        try (Database db = Database.open(dir)) {
            assertEquals(kept, plans(db), "every plan reads back the same, ids and all");
        }
    }

    @Test
    void closingAStoreThatIsMostlyDeadSpaceCompactsItAndAMostlyLiveOneIsLeftAlone() throws IOException {
        long threshold = Database.compactFromBytes;
        Database.compactFromBytes = 0;
        try {
            try (Database db = Database.open(dir)) {
                PlanRepository repo = new PlanRepository(db);
                for (Plan p : SAMPLES) {
                    repo.insert(p);
                }
            }
            long live = Files.size(file());
            Object inode = fileKey();
            try (Database db = Database.open(dir)) {
                new PlanRepository(db).list();
            }
            assertEquals(inode, fileKey(), "a store of live data is not copied at every close");
            List<Plan> kept;
            try (Database db = Database.open(dir)) {
                PlanRepository repo = new PlanRepository(db);
                for (int round = 0; round < 6; round++) {
                    for (Plan p : SAMPLES) {
                        repo.delete(repo.insert(p));
                    }
                }
                kept = plans(db);
            }
            assertTrue(Files.size(file()) < 2 * live, "the close gave the dead space back: " + Files.size(file())
                    + " bytes, " + live + " live");
            if (inode != null) {
                assertNotEquals(inode, fileKey(), "the compact copy was moved into place");
            }
            try (Database db = Database.open(dir)) {
                assertEquals(kept, plans(db));
            }
        } finally {
            Database.compactFromBytes = threshold;
        }
    }

    @Test
    void aCompactionAKillCutShortLeavesTheStoreAsItWas() throws IOException {
        try (Database db = Database.open(dir)) {
            new PlanRepository(db).insert(SAMPLES.get(0));
        }
        byte[] store = Files.readAllBytes(file());
        // what a kill during the copy leaves: a part of the compact copy beside the untouched store
        Files.write(dir.resolve(Database.COMPACT_PART), java.util.Arrays.copyOf(store, store.length / 2));
        try (Database db = Database.open(dir)) {
            assertEquals(1, new PlanRepository(db).list().size());
        }
        assertFalse(Files.exists(dir.resolve(Database.COMPACT_PART)), "the cut-short copy is dropped at the next open");
    }

    @Test
    void aStoreWrittenByAppendingOpensAfterEveryCleanClose() throws IOException {
        for (Plan p : SAMPLES) {
            try (Database db = Database.open(dir)) {
                new PlanRepository(db).insert(p);
            }
        }
        try (Database db = Database.open(dir)) {
            assertEquals(SAMPLES.size(), new PlanRepository(db).list().size());
        }
    }
}
