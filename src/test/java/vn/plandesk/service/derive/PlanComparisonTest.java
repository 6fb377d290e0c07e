package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.service.derive.WardDerivationTest.KH92;
import static vn.plandesk.service.derive.WardDerivationTest.PLAN_2026;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;

class PlanComparisonTest {

    /** KH 92 edited: task 3 reworded, task 4 with a deadline, task 5 removed, a task added after 7, 8 renumbered 9. */
    static Plan editedKh92() {
        List<TaskGroup> groups = new ArrayList<>(KH92.groups());
        TaskGroup g1 = groups.get(0);
        List<PlanTask> tasks = new ArrayList<>();
        for (PlanTask t : g1.tasks()) {
            switch (t.number()) {
                case "3" -> tasks.add(t.withName(t.name() + " trên toàn tỉnh"));
                case "4" -> tasks.add(t.withDeadline(Deadline.of("Quý IV/2026")));
                case "5" -> { }
                case "8" -> tasks.add(t.withNumber("9"));
                default -> tasks.add(t);
            }
            if (t.number().equals("7")) {
                tasks.add(PlanTask.named("7a", "Xây dựng bản đồ số các điểm phát sóng wifi công cộng miễn phí tại trụ sở"));
            }
        }
        groups.set(0, g1.withTasks(tasks));
        return KH92.withGroups(groups);
    }

    @Test
    void aPlanEqualToItselfHasNoChanges() {
        assertTrue(PlanComparison.between(KH92, KH92).isEmpty());
    }

    @Test
    void findsAddedRemovedRewordedRenumberedAndNewDeadlines() {
        List<PlanChange> changes = PlanComparison.between(KH92, editedKh92());
        List<String> lines = changes.stream().map(c -> c.kind() + " " + c.oldKey() + "→" + c.newKey()).toList();
        assertEquals(List.of("REWORDED 3→3", "DEADLINE 4→4", "REMOVED 5→null", "ADDED null→7a", "RENUMBERED 8→9"), lines);
        PlanChange deadline = changes.get(1);
        assertEquals("Quý IV/2026", deadline.newTask().deadline().printed());
    }

    @Test
    void kh92AgainstThe2026PlanPairsOnlyTasksWhoseTextsAreClearlyAlike() {
        List<PlanChange> changes = PlanComparison.between(KH92, PLAN_2026);
        // not the same document: nothing is paired by number, only by text
        assertTrue(changes.stream().noneMatch(c -> c.kind() == PlanChange.Kind.DEADLINE));
        Map<String, String> paired = new java.util.HashMap<>();
        changes.stream().filter(c -> c.kind() == PlanChange.Kind.RENUMBERED).forEach(c -> paired.put(c.oldKey(), c.newKey()));
        assertEquals("1.đ)", paired.get("3"));
        assertEquals("1.d)", paired.get("10"));
        assertEquals("3.b)", paired.get("39"));
        assertEquals("3.h)", paired.get("89"));
        long removed = changes.stream().filter(c -> c.kind() == PlanChange.Kind.REMOVED).count();
        long added = changes.stream().filter(c -> c.kind() == PlanChange.Kind.ADDED).count();
        assertEquals(KH92.taskCount() - paired.size(), removed);
        assertEquals(PLAN_2026.taskCount() - paired.size(), added);
    }

    @Test
    void theMatcherProposesTheClearMatchesOfKh92InThe2026Plan() {
        List<ParentTask> olds = ParentTask.of(KH92);
        List<ParentTask> news = ParentTask.of(PLAN_2026);
        TaskMatcher m = new TaskMatcher(java.util.stream.Stream.concat(olds.stream(), news.stream()).map(t -> t.task().name()).toList());
        PointMatcher points = PointMatcher.of(olds, news, MatchDictionary.shipped());
        Map<String, String> expected = Map.of("3", "1.đ)", "4", "1.đ)", "10", "1.d)", "15", "1.e)", "39", "3.b)",
                "89", "3.h)", "87", "5.c)", "5", "1.b)");
        expected.forEach((from, to) -> {
            ParentTask old = ParentTask.find(olds, from).orElseThrow();
            double[] scores = points.scores(old, news);
            int best = 0;
            for (int i = 1; i < scores.length; i++) {
                best = scores[i] > scores[best] ? i : best;
            }
            assertEquals(to, news.get(best).key(), "KH 92 task " + from);
            double top = scores[best];
            assertTrue(top >= PointMatcher.THRESHOLDS.match(), "KH 92 task " + from);
            int bestIndex = best;
            assertTrue(java.util.stream.IntStream.range(0, scores.length)
                    .allMatch(i -> i == bestIndex || scores[i] <= top - PointMatcher.THRESHOLDS.margin()),
                    "KH 92 task " + from + " is a confident match");
        });
        assertEquals(1.0, m.similarity("Chuyển đổi số", "chuyen doi so"), 1e-9);
        assertEquals(0.0, m.similarity("", "Chuyển đổi số"), 1e-9);
    }
}
