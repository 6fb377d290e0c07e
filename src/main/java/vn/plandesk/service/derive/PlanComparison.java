package vn.plandesk.service.derive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.service.derive.PlanChange.TaskPair;

/**
 * The one comparison of two plans (two versions of a plan, a plan and the one that replaces it, a stored plan and an
 * imported file). Tasks are paired first by their key, then — for the parent comparison — by text similarity (a task
 * renumbered or moved to another group); unpaired tasks were removed or added. Changes come group by group in the
 * newer plan's order, a removed task where it stood. Two readings of a pair, for two uses:
 * <ul>
 * <li>{@link #between}: the parent comparison a ward follows, field by field (number, text, time, result, units),
 * each field one change the officer accepts on its own;</li>
 * <li>{@link #rows}: an imported file against the stored plan, tasks paired by group and number, each group title,
 * task row (with its sub-tasks) and indicator one change, and {@link #apply} the stored plan with the accepted ones.</li>
 * </ul>
 */
public final class PlanComparison {
    /** A task whose key stayed is the same task unless its text changed beyond this. */
    static final double SAME_KEY = 0.3;
    /** Two tasks under different keys are the same task when their texts are at least this alike. */
    static final double SAME_TASK = 0.55;
    /**
     * An imported row is the stored row under the same key, whatever its text: each such pair scores this, and this is
     * what the pairing asks.
     */
    private static final double SAME_ROW = 1;

    private final Plan older;
    private final Plan newer;
    private final List<PlanChange> changes;

    private PlanComparison(Plan older, Plan newer, List<PlanChange> changes) {
        this.older = older;
        this.newer = newer;
        this.changes = List.copyOf(changes);
    }

    /** What changed in a parent plan, field by field, in the newer plan's order. */
    public static List<PlanChange> between(Plan older, Plan newer) {
        List<ParentTask> olds = ParentTask.of(older);
        List<ParentTask> news = ParentTask.of(newer);
        TaskMatcher matcher = new TaskMatcher(Stream.concat(olds.stream(), news.stream()).map(t -> t.task().name()).toList());
        boolean sameFamily = sameDocument(older, newer) && older.numbering() == newer.numbering();
        Pairing pairing = new Pairing(olds.size(), news.size());
        if (sameFamily) {
            pairing.byKey(olds, news, ParentTask::key,
                    (i, j) -> matcher.similarity(olds.get(i).task().name(), news.get(j).task().name()), SAME_KEY);
        }
        pairing.byText((i, j) -> matcher.similarity(olds.get(i).task().name(), news.get(j).task().name()));
        return pairing.placed(olds, news, ParentTask::group,
                n -> List.of(new PlanChange.TaskAdded(n.group(), n.key(), n.task(), List.of())),
                o -> new PlanChange.TaskRemoved(o.group(), o.key(), o.task(), List.of()),
                (o, n, score) -> fields(o, n, score));
    }

    /**
     * An imported plan against the stored one: tasks by group and number (their sub-tasks go with them), indicators
     * by section and number; store ids do not count.
     */
    public static PlanComparison rows(Plan stored, Plan imported) {
        List<PlanChange> out = new ArrayList<>();
        for (TaskGroup g : imported.groups()) {
            stored.group(g.number()).filter(s -> !s.title().equals(g.title()))
                    .ifPresent(s -> out.add(new PlanChange.GroupRetitled(g.number(), s.title(), g.title())));
        }
        List<ParentTask> olds = rowsOf(stored);
        List<ParentTask> news = rowsOf(imported);
        Pairing tasks = new Pairing(olds.size(), news.size());
        tasks.byKey(olds, news, PlanComparison::rowKey, (i, j) -> SAME_ROW, SAME_ROW);
        out.addAll(tasks.placed(olds, news, ParentTask::group,
                n -> List.of(new PlanChange.TaskAdded(n.group(), n.key(), n.task(), List.of())),
                o -> new PlanChange.TaskRemoved(o.group(), o.key(), o.task(), List.of()),
                (o, n, score) -> o.task().withoutIds().equals(n.task().withoutIds()) ? List.of()
                        : List.of(new PlanChange.TaskReplaced(new TaskPair(n.group(), o.key(), n.key(), o.task(),
                        n.task(), score)))));
        // a group's new title first among its changes (the sort keeps the order within a group)
        out.sort(Comparator.comparingInt(PlanChange::group));
        List<Indicator> before = stored.indicators();
        List<Indicator> after = imported.indicators();
        Pairing indicators = new Pairing(before.size(), after.size());
        indicators.byKey(before, after, PlanComparison::indicatorKey, (i, j) -> SAME_ROW, SAME_ROW);
        out.addAll(indicators.placed(before, after, i -> 0,
                n -> List.of(new PlanChange.IndicatorAdded(n)),
                PlanChange.IndicatorRemoved::new,
                (o, n, score) -> o.withId(null).equals(n.withId(null)) ? List.of()
                        : List.of(new PlanChange.IndicatorChanged(o, n))));
        return new PlanComparison(stored, imported, out);
    }

    public List<PlanChange> changes() {
        return changes;
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
    static List<PlanChange> fields(ParentTask o, ParentTask n, double score) {
        List<PlanChange> out = new ArrayList<>();
        PlanTask a = o.task();
        PlanTask b = n.task();
        TaskPair pair = new TaskPair(n.group(), o.key(), n.key(), a, b, score);
        if (!o.key().equals(n.key()) || o.group() != n.group()) {
            out.add(new PlanChange.TaskMoved(pair, o.group(), List.of()));
        }
        if (!a.name().equals(b.name())) {
            out.add(new PlanChange.NameChanged(pair, a.name(), b.name(), List.of()));
        }
        if (!a.deadline().printed().equals(b.deadline().printed())) {
            out.add(new PlanChange.DeadlineChanged(pair, a.deadline(), b.deadline(), List.of()));
        }
        if (!a.result().equals(b.result())) {
            out.add(new PlanChange.ResultChanged(pair, a.result(), b.result(), List.of()));
        }
        PlanChange.Units unitsBefore = PlanChange.Units.of(a);
        PlanChange.Units unitsAfter = PlanChange.Units.of(b);
        if (!unitsBefore.equals(unitsAfter)) {
            out.add(new PlanChange.UnitsChanged(pair, unitsBefore, unitsAfter, List.of()));
        }
        return out;
    }

    /** The stored plan with the accepted row changes applied; its header and every change not accepted are as stored. */
    public Plan apply(Set<PlanChange> accepted) {
        List<TaskGroup> groups = new ArrayList<>();
        for (int g = 1; g <= TaskGroup.COUNT; g++) {
            int n = g;
            TaskGroup old = older.group(g).orElse(null);
            TaskGroup incoming = newer.group(g).orElse(null);
            List<PlanTask> tasks = merge(old == null ? List.of() : old.tasks(),
                    incoming == null ? List.of() : incoming.tasks(), PlanTask::number,
                    c -> (c.oldTask() != null || c.newTask() != null) && c.group() == n && accepted.contains(c),
                    c -> c.newTask() == null ? c.oldTask() : c.oldTask() == null ? c.newTask()
                            : keepingIds(c.oldTask(), c.newTask()));
            if (old != null || !tasks.isEmpty()) {
                String title = old == null ? incoming.title()
                        : accepted.contains(new PlanChange.GroupRetitled(g, old.title(), incoming == null ? ""
                        : incoming.title())) ? incoming.title() : old.title();
                groups.add(new TaskGroup(g, title, tasks));
            }
        }
        List<Indicator> indicators = merge(older.indicators(), newer.indicators(), PlanComparison::indicatorKey,
                c -> c.isIndicator() && accepted.contains(c),
                // a changed indicator keeps its id, as a task does: its recorded results are kept by it
                c -> c instanceof PlanChange.IndicatorChanged ch ? ch.after().withId(ch.before().id())
                        : ((PlanChange.OfIndicator) c).row());
        return older.withGroups(groups).withIndicators(indicators);
    }

    /**
     * A changed row is still the stored task: it keeps its id, and its sub-tasks theirs where the number stayed, since
     * progress entries are kept by task id and a new id would hide them.
     */
    static PlanTask keepingIds(PlanTask stored, PlanTask changed) {
        Map<String, PlanTask> storedSubs = new HashMap<>();
        stored.subTasks().forEach(s -> storedSubs.putIfAbsent(s.number(), s));
        return changed.withId(stored.id()).withSubTasks(changed.subTasks().stream().map(s -> {
            PlanTask was = storedSubs.remove(s.number());
            return was == null ? s : keepingIds(was, s);
        }).toList());
    }

    private <T> List<T> merge(List<T> before, List<T> after, Function<T, String> key,
                              java.util.function.Predicate<PlanChange> accepted, Function<PlanChange, T> row) {
        Map<String, PlanChange> byKey = new LinkedHashMap<>();
        for (PlanChange c : changes) {
            if (accepted.test(c)) {
                byKey.put(key.apply(row.apply(c)), c);
            }
        }
        List<T> out = new ArrayList<>();
        for (T r : before) {
            PlanChange c = byKey.get(key.apply(r));
            if (c == null) {
                out.add(r);
            } else if (c.kind() == PlanChange.Kind.CHANGED) {
                out.add(row.apply(c));
            }
        }
        // added rows go after the row that precedes them in the imported file
        String previous = null;
        for (T r : after) {
            PlanChange c = byKey.get(key.apply(r));
            if (c != null && c.kind() == PlanChange.Kind.ADDED) {
                int at = 0;
                for (int i = 0; i < out.size(); i++) {
                    if (Objects.equals(key.apply(out.get(i)), previous)) {
                        at = i + 1;
                    }
                }
                out.add(at, r);
            }
            previous = key.apply(r);
        }
        return out;
    }

    /** The task rows of a plan for an import: top-level tasks (their sub-tasks with them) keyed by their number. */
    private static List<ParentTask> rowsOf(Plan plan) {
        List<ParentTask> out = new ArrayList<>();
        for (TaskGroup g : plan.groups()) {
            for (PlanTask t : g.tasks()) {
                out.add(new ParentTask(g.number(), t.number(), t, false));
            }
        }
        return out;
    }

    private static String rowKey(ParentTask t) {
        return t.group() + "|" + t.key();
    }

    private static String indicatorKey(Indicator i) {
        return i.section() + "|" + i.number() + "|" + (i.number().isEmpty() ? i.name() : "");
    }

    @FunctionalInterface
    private interface Similarity {
        double of(int older, int newer);
    }

    @FunctionalInterface
    private interface Fields<T> {
        List<PlanChange> of(T older, T newer, double score);
    }

    /** Which row of the older list is which row of the newer, and the order the changes are read in. */
    private static final class Pairing {
        private final Map<Integer, Integer> pairOfOld = new HashMap<>();
        private final Map<Integer, Integer> pairOfNew = new HashMap<>();
        private final Map<Integer, Double> scoreOfOld = new HashMap<>();
        private final int olds;
        private final int news;

        Pairing(int olds, int news) {
            this.olds = olds;
            this.news = news;
        }

        private void pair(int i, int j, double score) {
            pairOfOld.put(i, j);
            pairOfNew.put(j, i);
            scoreOfOld.put(i, score);
        }

        /** Pairs rows under the same key whose texts are at least {@code least} alike; a key seen twice pairs once. */
        <T> void byKey(List<T> older, List<T> newer, Function<T, String> key, Similarity similarity, double least) {
            Map<String, Integer> newByKey = new HashMap<>();
            for (int j = newer.size() - 1; j >= 0; j--) {
                newByKey.put(key.apply(newer.get(j)), j);
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < older.size(); i++) {
                String k = key.apply(older.get(i));
                Integer j = newByKey.get(k);
                if (j != null && seen.add(k)) {
                    double s = similarity.of(i, j);
                    if (s >= least) {
                        pair(i, j, s);
                    }
                }
            }
        }

        /** Pairs the rows left by text, the most alike first, when at least {@link #SAME_TASK} alike. */
        void byText(Similarity similarity) {
            record Candidate(int i, int j, double score) {
            }
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < olds; i++) {
                if (pairOfOld.containsKey(i)) {
                    continue;
                }
                for (int j = 0; j < news; j++) {
                    if (!pairOfNew.containsKey(j)) {
                        double s = similarity.of(i, j);
                        if (s >= SAME_TASK) {
                            candidates.add(new Candidate(i, j, s));
                        }
                    }
                }
            }
            candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
            for (Candidate c : candidates) {
                if (!pairOfOld.containsKey(c.i) && !pairOfNew.containsKey(c.j)) {
                    pair(c.i, c.j, c.score);
                }
            }
        }

        /**
         * The changes group by group in the newer list's order; a removed row after the new place of its nearest
         * paired predecessor, where the officer last saw it.
         */
        <T> List<PlanChange> placed(List<T> older, List<T> newer, java.util.function.ToIntFunction<T> group,
                                    Function<T, List<PlanChange>> added, Function<T, PlanChange> removed,
                                    Fields<T> fields) {
            record Placed(int group, double position, PlanChange change) {
            }
            List<Placed> placed = new ArrayList<>();
            for (int j = 0; j < newer.size(); j++) {
                T n = newer.get(j);
                Integer i = pairOfNew.get(j);
                List<PlanChange> found = i == null ? added.apply(n) : fields.of(older.get(i), n, scoreOfOld.get(i));
                for (PlanChange c : found) {
                    placed.add(new Placed(group.applyAsInt(n), j, c));
                }
            }
            for (int i = 0; i < older.size(); i++) {
                if (!pairOfOld.containsKey(i)) {
                    double position = -0.5;
                    for (int k = i - 1; k >= 0; k--) {
                        if (pairOfOld.containsKey(k)) {
                            position = pairOfOld.get(k) + 0.5;
                            break;
                        }
                    }
                    placed.add(new Placed(group.applyAsInt(older.get(i)), position, removed.apply(older.get(i))));
                }
            }
            placed.sort(Comparator.comparingInt(Placed::group).thenComparingDouble(Placed::position));
            return placed.stream().map(Placed::change).toList();
        }
    }
}
