package vn.plandesk.service.tracking;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import vn.plandesk.model.tracking.ProgressStatus;

/**
 * How many tasks stand in each status in a period: in all, per group and per lead unit (a task led by two units counts
 * for each), plus how many are late. What the period's summary charts draw.
 */
public record StatusCounts(Map<ProgressStatus, Integer> total, Map<Integer, Map<ProgressStatus, Integer>> byGroup,
                           Map<String, Map<ProgressStatus, Integer>> byUnit, int late) {

    static StatusCounts of(Iterable<TaskStatus> rows) {
        Map<ProgressStatus, Integer> total = new EnumMap<>(ProgressStatus.class);
        Map<Integer, Map<ProgressStatus, Integer>> byGroup = new TreeMap<>();
        Map<String, Map<ProgressStatus, Integer>> byUnit = new TreeMap<>();
        int late = 0;
        for (TaskStatus r : rows) {
            total.merge(r.status(), 1, Integer::sum);
            byGroup.computeIfAbsent(r.group(), k -> new EnumMap<>(ProgressStatus.class)).merge(r.status(), 1,
                    Integer::sum);
            for (String unit : r.task().leadUnits()) {
                byUnit.computeIfAbsent(unit, k -> new EnumMap<>(ProgressStatus.class)).merge(r.status(), 1,
                        Integer::sum);
            }
            if (r.late()) {
                late++;
            }
        }
        return new StatusCounts(total, byGroup, byUnit, late);
    }

    public int count(ProgressStatus status) {
        return total.getOrDefault(status, 0);
    }
}
