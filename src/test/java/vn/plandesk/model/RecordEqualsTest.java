package vn.plandesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.plandesk.RecordEquality;
import vn.plandesk.service.SampleLibrary;

/** Plan, PlanTask and PlanSummary, whose equals is written out, compare every component (see {@link RecordEquality}). */
class RecordEqualsTest {
    private static final List<Plan> SAMPLES = new SampleLibrary().plans();

    static Stream<List<? extends Record>> corpora() {
        List<PlanTask> tasks = new ArrayList<>();
        for (Plan p : SAMPLES) {
            p.groups().forEach(g -> g.tasks().forEach(t -> {
                tasks.add(t);
                tasks.addAll(t.subTasks());
            }));
        }
        List<PlanSummary> summaries = new ArrayList<>();
        for (int i = 0; i < SAMPLES.size(); i++) {
            Plan p = SAMPLES.get(i);
            summaries.add(new PlanSummary(i + 1, p.kind(), p.number(), p.symbol(), p.issueDate(), p.issuer(),
                    p.groups().size(), p.taskCount(), p.indicators().size(), p.summary(), p.partial()));
        }
        return Stream.of(SAMPLES, tasks, summaries);
    }

    @ParameterizedTest
    @MethodSource("corpora")
    void everyComponentCounts(List<? extends Record> corpus) throws Exception {
        RecordEquality.assertEveryComponentCounts(corpus);
    }
}
