package vn.plandesk.model.tracking;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import vn.plandesk.model.PlanTask;

/**
 * Every progress entry of one plan, by task and quarter: what the tracking view, the search and the timeline read a
 * period's statuses from. Immutable: a change makes a new one that shares the other tasks' entries.
 */
public final class PlanProgress {
    private static final PlanProgress EMPTY = new PlanProgress(Map.of());
    private final Map<Long, NavigableMap<Period, ProgressEntry>> byTask;

    private PlanProgress(Map<Long, NavigableMap<Period, ProgressEntry>> byTask) {
        this.byTask = byTask;
    }

    public static PlanProgress empty() {
        return EMPTY;
    }

    public static PlanProgress of(Collection<ProgressEntry> entries) {
        Map<Long, NavigableMap<Period, ProgressEntry>> m = new HashMap<>();
        for (ProgressEntry e : entries) {
            m.computeIfAbsent(e.taskId(), k -> new TreeMap<>()).put(e.period(), e);
        }
        m.replaceAll((k, v) -> Collections.unmodifiableNavigableMap(v));
        return new PlanProgress(m);
    }

    /** The entries of one task by quarter; empty when it has none. */
    public NavigableMap<Period, ProgressEntry> entries(long taskId) {
        NavigableMap<Period, ProgressEntry> m = byTask.get(taskId);
        return m == null ? Collections.emptyNavigableMap() : m;
    }

    public Optional<ProgressEntry> entry(long taskId, Period quarter) {
        return Optional.ofNullable(entries(taskId).get(quarter));
    }

    public ProgressStatus statusOf(PlanTask task, Period period) {
        return StatusRule.statusOf(task, period, task.id() == null ? null : entries(task.id()));
    }

    /** The entry the task's status in the period comes from (its own, or for a one-off task an earlier one). */
    public Optional<ProgressEntry> entryFor(PlanTask task, Period period) {
        return Optional.ofNullable(StatusRule.entryFor(task, period, task.id() == null ? null : entries(task.id())));
    }

    /** The statuses of one period, for whatever reads lateness. */
    public StatusLookup lookup(Period period) {
        return task -> statusOf(task, period);
    }

    /** With the entries of further quarters read from the store (an entry already here is replaced). */
    public PlanProgress withAll(Collection<ProgressEntry> more) {
        if (more.isEmpty()) {
            return this;
        }
        Map<Long, NavigableMap<Period, ProgressEntry>> m = new HashMap<>(byTask);
        Map<Long, TreeMap<Period, ProgressEntry>> changed = new HashMap<>();
        for (ProgressEntry e : more) {
            changed.computeIfAbsent(e.taskId(), k -> new TreeMap<>(entries(k))).put(e.period(), e);
        }
        changed.forEach((k, v) -> m.put(k, Collections.unmodifiableNavigableMap(v)));
        return new PlanProgress(m);
    }

    /** With the entry put in place of the task's entry for the same quarter. */
    public PlanProgress with(ProgressEntry e) {
        Map<Long, NavigableMap<Period, ProgressEntry>> m = new HashMap<>(byTask);
        TreeMap<Period, ProgressEntry> t = new TreeMap<>(entries(e.taskId()));
        t.put(e.period(), e);
        m.put(e.taskId(), Collections.unmodifiableNavigableMap(t));
        return new PlanProgress(m);
    }

    public PlanProgress without(long taskId, Period quarter) {
        if (!entries(taskId).containsKey(quarter)) {
            return this;
        }
        Map<Long, NavigableMap<Period, ProgressEntry>> m = new HashMap<>(byTask);
        TreeMap<Period, ProgressEntry> t = new TreeMap<>(entries(taskId));
        t.remove(quarter);
        if (t.isEmpty()) {
            m.remove(taskId);
        } else {
            m.put(taskId, Collections.unmodifiableNavigableMap(t));
        }
        return new PlanProgress(m);
    }

    /** Every entry, by task then quarter. */
    public List<ProgressEntry> all() {
        return byTask.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().values().stream()).toList();
    }

    public int size() {
        return byTask.values().stream().mapToInt(Map::size).sum();
    }
}
