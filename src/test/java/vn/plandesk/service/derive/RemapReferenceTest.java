package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Plan;
import vn.plandesk.service.SampleLibrary;

class RemapReferenceTest {
    private static final SampleLibrary SAMPLES = new SampleLibrary();

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

    @Test
    void plainTfIdfBefore() throws IOException {
        Plan ward = SAMPLES.plan("chon-thanh-ward-plan.json");
        Plan kh92 = SAMPLES.plan("kh92-2025-partial.json");
        for (String[] pair : new String[][] {{"province-2026-plan.json", "chon-thanh-to-2026.tsv"},
                {"province-2025-appendix-ii.json", "chon-thanh-to-seed000.tsv"}}) {
            Plan next = SAMPLES.plan(pair[0]);
            List<ParentTask> olds = ParentTask.of(kh92);
            List<ParentTask> news = ParentTask.of(next);
            TaskMatcher m = new TaskMatcher(Stream.concat(olds.stream(), news.stream()).map(t -> t.task().name()).toList());
            Remapping.Scorer plain = (old, ns) -> ns.stream().mapToDouble(n -> m.similarity(old.task().name(), n.task().name())).toArray();
            RemapReference.Figures f = reference(pair[1]).measure(
                    Remapping.propose(ward, kh92, next, plain, new Remapping.Thresholds(0.15, 0)));
            System.out.printf("%s: precision %.3f recall %.3f top3 %.3f (%d tasks, %d with counterpart, %d proposed, %d right)%n%s%n",
                    pair[1], f.precision(), f.recall(), f.topThree(), f.tasks(), f.withCounterpart(), f.proposed(), f.right(), f.misses());
        }
    }
}
