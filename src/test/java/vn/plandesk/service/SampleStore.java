package vn.plandesk.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;

/**
 * A store with the sample plans loaded, for tests that change it: built once per test run (creating the schema and
 * inserting the samples costs seconds) and copied file for file into each test's folder. The copy is the same store
 * {@link PlanService#loadSamples()} leaves, with the same plan ids, and opens without migrating.
 */
public final class SampleStore {
    private static final String FILE = "plandesk.mv.db";
    private static Path template;
    private static List<Long> ids;

    private SampleStore() {
    }

    /** Puts the sample store into an empty folder; returns the samples' plan ids in the order they were loaded. */
    public static synchronized List<Long> copyTo(Path dir) {
        try {
            if (template == null) {
                Path t = Files.createTempDirectory("plandesk-samples");
                try (Database db = Database.open(t)) {
                    ids = List.copyOf(new PlanService(new PlanRepository(db)).loadSamples());
                }
                template = t;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(t)));
            }
            Files.createDirectories(dir);
            Files.copy(template.resolve(FILE), dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
