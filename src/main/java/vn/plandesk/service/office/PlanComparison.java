package vn.plandesk.service.office;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;

/**
 * The differences between a stored plan and an imported one, and the plan that results from accepting some of them.
 * Deliberately small (tasks by group and number, indicators by section and number); a fuller plan diff can replace it.
 */
public final class PlanComparison {
    private final Plan stored;
    private final Plan imported;
    private final List<PlanChange> changes = new ArrayList<>();

    public PlanComparison(Plan stored, Plan imported) {
        this.stored = stored;
        this.imported = imported;
        for (int g = 1; g <= TaskGroup.COUNT; g++) {
            int n = g;
            List<PlanTask> before = stored.group(g).map(TaskGroup::tasks).orElse(List.of());
            List<PlanTask> after = imported.group(g).map(TaskGroup::tasks).orElse(List.of());
            compare(before, after, PlanTask::number, (a, b) -> a.withoutIds().equals(b.withoutIds()),
                    (k, a, b) -> changes.add(new PlanChange(k, n, number(a, b), a, b)));
        }
        compare(stored.indicators(), imported.indicators(), PlanComparison::indicatorKey,
                (a, b) -> a.withId(null).equals(b.withId(null)),
                (k, a, b) -> changes.add(new PlanChange(k, 0, number(a, b), a, b)));
    }

    public List<PlanChange> changes() {
        return List.copyOf(changes);
    }

    /** The stored plan with the accepted changes applied; its header and every change not accepted are as stored. */
    public Plan apply(Set<PlanChange> accepted) {
        List<TaskGroup> groups = new ArrayList<>();
        for (int g = 1; g <= TaskGroup.COUNT; g++) {
            int n = g;
            TaskGroup old = stored.group(g).orElse(null);
            TaskGroup incoming = imported.group(g).orElse(null);
            List<PlanTask> tasks = merge(old == null ? List.of() : old.tasks(),
                    incoming == null ? List.of() : incoming.tasks(), PlanTask::number,
                    c -> c.group() == n && accepted.contains(c));
            if (old != null || !tasks.isEmpty()) {
                String title = old != null ? old.title() : incoming.title();
                groups.add(new TaskGroup(g, title, tasks));
            }
        }
        List<Indicator> indicators = merge(stored.indicators(), imported.indicators(), PlanComparison::indicatorKey,
                c -> c.isIndicator() && accepted.contains(c));
        return stored.withGroups(groups).withIndicators(indicators);
    }

    private <T> List<T> merge(List<T> before, List<T> after, Function<T, String> key,
                              java.util.function.Predicate<PlanChange> accepted) {
        Map<String, PlanChange> byKey = new LinkedHashMap<>();
        for (PlanChange c : changes) {
            if (accepted.test(c)) {
                @SuppressWarnings("unchecked")
                T row = (T) (c.after() != null ? c.after() : c.before());
                byKey.put(key.apply(row), c);
            }
        }
        List<T> out = new ArrayList<>();
        for (T row : before) {
            PlanChange c = byKey.get(key.apply(row));
            if (c == null) {
                out.add(row);
            } else if (c.kind() == PlanChange.Kind.CHANGED) {
                @SuppressWarnings("unchecked")
                T replacement = (T) c.after();
                out.add(replacement);
            }
        }
        // added rows go after the row that precedes them in the imported file
        String previous = null;
        for (T row : after) {
            PlanChange c = byKey.get(key.apply(row));
            if (c != null && c.kind() == PlanChange.Kind.ADDED) {
                int at = 0;
                for (int i = 0; i < out.size(); i++) {
                    if (Objects.equals(key.apply(out.get(i)), previous)) {
                        at = i + 1;
                    }
                }
                out.add(at, row);
            }
            previous = key.apply(row);
        }
        return out;
    }

    @FunctionalInterface
    private interface Sink<T> {
        void change(PlanChange.Kind kind, T before, T after);
    }

    private static <T> void compare(List<T> before, List<T> after, Function<T, String> key,
                                    java.util.function.BiPredicate<T, T> same, Sink<T> sink) {
        Map<String, T> old = new LinkedHashMap<>();
        before.forEach(t -> old.putIfAbsent(key.apply(t), t));
        Map<String, T> now = new LinkedHashMap<>();
        after.forEach(t -> now.putIfAbsent(key.apply(t), t));
        for (T t : now.values()) {
            T o = old.get(key.apply(t));
            if (o == null) {
                sink.change(PlanChange.Kind.ADDED, null, t);
            } else if (!same.test(o, t)) {
                sink.change(PlanChange.Kind.CHANGED, o, t);
            }
        }
        for (T o : old.values()) {
            if (!now.containsKey(key.apply(o))) {
                sink.change(PlanChange.Kind.REMOVED, o, null);
            }
        }
    }

    private static String indicatorKey(Indicator i) {
        return i.section() + "|" + i.number() + "|" + (i.number().isEmpty() ? i.name() : "");
    }

    private static String number(Object a, Object b) {
        Object o = b != null ? b : a;
        return o instanceof PlanTask t ? t.number() : o instanceof Indicator i ? i.number() : "";
    }
}
