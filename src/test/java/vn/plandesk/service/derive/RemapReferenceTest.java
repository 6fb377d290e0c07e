package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Plan;
import vn.plandesk.service.SampleLibrary;

/**
 * The replacement mapping against the labelled references (test resources, built by reading the plans). Prints the
 * figures of today's matcher and of the plan comparison's plain TF-IDF it replaced; asserts that the new one is not worse,
 * and pins the figures reached on both references, so a change of the matcher that loses ground fails here.
 */
class RemapReferenceTest {
    private static final SampleLibrary SAMPLES = new SampleLibrary();
    private static final Plan WARD = SAMPLES.plan("chon-thanh-ward-plan.json");
    private static final Plan KH92 = SAMPLES.plan("kh92-2025-partial.json");
    /** The plain comparison's figures (thePlainComparisonsFiguresOnBothReferences): 47 right of 54, of 70 to find. */
    private static final double PLAIN_2026_PRECISION = 47.0 / 54;
    private static final double PLAIN_2026_RECALL = 47.0 / 70;
    /** 59 right of 70 proposed, of 67 to find, 63 in the top three. */
    private static final double PLAIN_SEED000_PRECISION = 59.0 / 70;
    private static final double PLAIN_SEED000_RECALL = 59.0 / 67;
    private static final double PLAIN_SEED000_TOP_THREE = 63.0 / 67;

    static RemapReference reference(String name) throws IOException {
        try (InputStream in = RemapReferenceTest.class.getResourceAsStream("/remap/" + name)) {
            return RemapReference.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void referencesListEveryWardTask() throws IOException {
        assertEquals(76, reference("chon-thanh-to-2026.tsv").size());
        assertEquals(76, reference("chon-thanh-to-seed000.tsv").size());
    }

    /**
     * What the plan comparison's plain TF-IDF, with the one threshold it used before (0.15), gets right on the two
     * references: the matcher of the remap is held to do no worse. Its own test, so that the matcher's tests do not
     * run the plain matching again each time (the mutation profile runs them once for each fault it plants).
     */
    @Test
    void thePlainComparisonsFiguresOnBothReferences() throws IOException {
        RemapReference.Figures to2026 = plain("province-2026-plan.json", "chon-thanh-to-2026.tsv");
        assertEquals(PLAIN_2026_PRECISION, to2026.precision(), 0.0005);
        assertEquals(PLAIN_2026_RECALL, to2026.recall(), 0.0005);
        RemapReference.Figures toSeed000 = plain("province-2025-appendix-ii.json", "chon-thanh-to-seed000.tsv");
        assertEquals(PLAIN_SEED000_PRECISION, toSeed000.precision(), 0.0005);
        assertEquals(PLAIN_SEED000_RECALL, toSeed000.recall(), 0.0005);
        assertEquals(PLAIN_SEED000_TOP_THREE, toSeed000.topThree(), 0.0005);
    }

    @Test
    void replacementByThe2026Plan() throws IOException {
        RemapReference.Figures after = measured("province-2026-plan.json", "chon-thanh-to-2026.tsv");
        assertTrue(after.precision() >= 0.9, () -> "precision " + after.precision());
        assertTrue(after.precision() >= PLAIN_2026_PRECISION && after.recall() >= PLAIN_2026_RECALL);
        assertTrue(after.confidentPrecision() >= 0.9, () -> "accept all would take wrong points: " + after.misses());
        // issue 18's targets: recall 0.85 and top-3 0.95, that is 60 and 67 of the 70 with a counterpart; the matcher
        // before the second pass had 50 right and 63 in the top three, the second pass 59 and 66; the third has 61
        // and 68 (one of the 68 by the corrected label of ward task 45, see the table)
        assertTrue(after.recall() >= 0.85, () -> "recall " + after.recall() + ": " + after.misses());
        assertTrue(after.topThree() >= 0.95, () -> "top-3 " + after.topThree() + ": " + after.misses());
        assertTrue(after.right() >= 61, () -> "right " + after.right() + ": " + after.misses());
        assertTrue(after.inTopThree() >= 68, () -> "in the top three " + after.inTopThree() + ": " + after.misses());
    }

    @Test
    void againstTheSeed000List() throws IOException {
        RemapReference.Figures after = measured("province-2025-appendix-ii.json", "chon-thanh-to-seed000.tsv");
        assertTrue(after.precision() >= PLAIN_SEED000_PRECISION && after.recall() >= PLAIN_SEED000_RECALL
                && after.topThree() >= PLAIN_SEED000_TOP_THREE);
        // the cross-check of every rule chosen on the 2026 reference: no worse than the second pass (precision 0.923,
        // 60 right of 65 proposed, 65 in the top three of 67)
        assertTrue(after.precision() >= 0.923, () -> "precision " + after.precision() + ": " + after.misses());
        assertTrue(after.right() >= 60 && after.inTopThree() >= 65, () -> after.misses().toString());
    }

    private static RemapReference.Figures measured(String plan, String table) throws IOException {
        Plan next = SAMPLES.plan(plan);
        PointMatcher m = PointMatcher.of(ParentTask.of(KH92), ParentTask.of(next), MatchDictionary.shipped());
        return print("now", table, reference(table).measure(Remapping.propose(WARD, KH92, next, m, PointMatcher.THRESHOLDS)));
    }

    /** The plan comparison's TF-IDF with the one threshold the comparison used before (0.15). */
    private static RemapReference.Figures plain(String plan, String table) throws IOException {
        Plan next = SAMPLES.plan(plan);
        List<ParentTask> olds = ParentTask.of(KH92);
        List<ParentTask> news = ParentTask.of(next);
        TaskMatcher m = new TaskMatcher(Stream.concat(olds.stream(), news.stream()).map(t -> t.task().name()).toList());
        Remapping.Scorer scorer = (old, ns) -> ns.stream()
                .mapToDouble(n -> m.similarity(old.task().name(), n.task().name())).toArray();
        return print("before", table, reference(table).measure(
                Remapping.propose(WARD, KH92, next, scorer, new Remapping.Thresholds(0.15, 0))));
    }

    private static RemapReference.Figures print(String label, String table, RemapReference.Figures f) {
        System.out.printf("%s %s: top-1 precision %.3f, recall %.3f, top-3 %.3f, accept-all precision %.3f"
                        + " (%d tasks, %d with a counterpart, %d proposed, %d right, %d confident)%n",
                table, label, f.precision(), f.recall(), f.topThree(), f.confidentPrecision(), f.tasks(),
                f.withCounterpart(), f.proposed(), f.right(), f.confident());
        return f;
    }
}
