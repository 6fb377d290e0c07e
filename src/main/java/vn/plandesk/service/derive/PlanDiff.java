package vn.plandesk.service.derive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;

/**
 * What changed between two versions of a plan (or two plans): tasks are paired first by their key, when both
 * versions are the same plan and the texts still resemble each other, then by text similarity (a task renumbered or
 * moved to another group); unpaired tasks were removed or added; a pair is compared field by field.
 */
public final class PlanDiff {
    /** A task whose key stayed is the same task unless its text changed beyond this. */
    static final double SAME_KEY = 0.3;
    /** Two tasks under different keys are the same task when their texts are at least this alike. */
    static final double SAME_TASK = 0.55;

    private PlanDiff() {
    }

    public static List<PlanChange> between(Plan older, Plan newer) {
        List<ParentTask> olds = ParentTask.of(older);
        List<ParentTask> news = ParentTask.of(newer);
        TaskMatcher matcher = new TaskMatcher(Stream.concat(olds.stream(), news.stream()).map(t -> t.task().name()).toList());
        boolean sameFamily = sameDocument(older, newer) && older.numbering() == newer.numbering();
        Map<Integer, Integer> pairOfOld = new HashMap<>();
        Map<Integer, Integer> pairOfNew = new HashMap<>();
        Map<Integer, Double> scoreOfOld = new HashMap<>();
        if (sameFamily) {
            Map<String, Integer> newByKey = new HashMap<>();
            for (int j = 0; j < news.size(); j++) {
                newByKey.put(news.get(j).key(), j);
            }
            for (int i = 0; i < olds.size(); i++) {
                Integer j = newByKey.get(olds.get(i).key());
                if (j != null) {
                    double s = matcher.similarity(olds.get(i).task().name(), news.get(j).task().name());
                    if (s >= SAME_KEY) {
                        pairOfOld.put(i, j);
                        pairOfNew.put(j, i);
                        scoreOfOld.put(i, s);
                    }
                }
            }
        }
        record Candidate(int i, int j, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < olds.size(); i++) {
            if (pairOfOld.containsKey(i)) {
                continue;
            }
            for (int j = 0; j < news.size(); j++) {
                if (!pairOfNew.containsKey(j)) {
                    double s = matcher.similarity(olds.get(i).task().name(), news.get(j).task().name());
                    if (s >= SAME_TASK) {
                        candidates.add(new Candidate(i, j, s));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        for (Candidate c : candidates) {
            if (!pairOfOld.containsKey(c.i) && !pairOfNew.containsKey(c.j)) {
                pairOfOld.put(c.i, c.j);
                pairOfNew.put(c.j, c.i);
                scoreOfOld.put(c.i, c.score);
            }
        }
        record Placed(int group, double position, PlanChange change) {
        }
        List<Placed> placed = new ArrayList<>();
        for (int j = 0; j < news.size(); j++) {
            ParentTask n = news.get(j);
            Integer i = pairOfNew.get(j);
            if (i == null) {
                placed.add(new Placed(n.group(), j, new PlanChange(PlanChange.Kind.ADDED, n.group(), null, n.key(),
                        null, n.task(), 0, List.of())));
                continue;
            }
            ParentTask o = olds.get(i);
            for (PlanChange c : compare(o, n, scoreOfOld.get(i))) {
                placed.add(new Placed(n.group(), j, c));
            }
        }
        for (int i = 0; i < olds.size(); i++) {
            if (!pairOfOld.containsKey(i)) {
                ParentTask o = olds.get(i);
                // after the new position of the old task's nearest paired predecessor
                double position = -0.5;
                for (int k = i - 1; k >= 0; k--) {
                    if (pairOfOld.containsKey(k)) {
                        position = pairOfOld.get(k) + 0.5;
                        break;
                    }
                }
                placed.add(new Placed(o.group(), position, new PlanChange(PlanChange.Kind.REMOVED, o.group(), o.key(),
                        null, o.task(), null, 0, List.of())));
            }
        }
        placed.sort(Comparator.comparingInt(Placed::group).thenComparingDouble(Placed::position));
        return placed.stream().map(Placed::change).toList();
    }

    /**
     * Whether two plans are versions of one document. Number, symbol, date and issuer say so; a draft without number
     * and date (both province samples of 2025 and 2026 are such drafts) is only the same when its trích yếu is too.
     */
    public static boolean sameDocument(Plan a, Plan b) {
        return a.ref().sameIdentity(b.ref())
                && (!a.number().isEmpty() || a.issueDate() != null || a.summary().equals(b.summary()));
    }

    /** The field changes of one task present in both versions. */
    static List<PlanChange> compare(ParentTask o, ParentTask n, double score) {
        List<PlanChange> out = new ArrayList<>();
        PlanTask a = o.task();
        PlanTask b = n.task();
        if (!o.key().equals(n.key()) || o.group() != n.group()) {
            out.add(change(PlanChange.Kind.RENUMBERED, o, n, score));
        }
        if (!a.name().equals(b.name())) {
            out.add(change(PlanChange.Kind.REWORDED, o, n, score));
        }
        if (!a.deadline().printed().equals(b.deadline().printed())) {
            out.add(change(PlanChange.Kind.DEADLINE, o, n, score));
        }
        if (!a.result().equals(b.result())) {
            out.add(change(PlanChange.Kind.RESULT, o, n, score));
        }
        if (!Objects.equals(a.leadUnits(), b.leadUnits()) || !Objects.equals(a.coordinatingUnits(), b.coordinatingUnits())) {
            out.add(change(PlanChange.Kind.UNITS, o, n, score));
        }
        return out;
    }

    private static PlanChange change(PlanChange.Kind kind, ParentTask o, ParentTask n, double score) {
        return new PlanChange(kind, n.group(), o.key(), n.key(), o.task(), n.task(), score, List.of());
    }
}
