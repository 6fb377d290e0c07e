package vn.plandesk.service.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskFlag;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.Text;
import vn.plandesk.model.WardRole;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.model.tracking.StatusLookup;
import vn.plandesk.model.tracking.StatusRule;

/**
 * A plan's tasks made ready for searching: every text folded once (no diacritics, lower case), so that a query over
 * thirteen thousand tasks is a scan of prepared strings. After an edit, {@link #updated(Plan)} folds only
 * what changed.
 */
public final class PlanIndex {
    /** One task and where it stands. */
    public record Hit(long taskId, int group) {
    }

    private final List<PlanTask> tasks = new ArrayList<>();
    private final int[] groups;
    private final String[] folded;
    private final String[][] units;
    private final LocalDate today;
    private int refolded;
    /** What the overdue filter and counts read a task's status from: the tracked period's, or the plan's alone. */
    private volatile StatusLookup statuses;

    /**
     * Indexes the plan; entries of {@code previous} whose task is unchanged are taken over instead of folded again, so
     * that after an edit only the edited task (and, after a move, the renumbered ones) costs anything.
     */
    private PlanIndex(Plan plan, LocalDate today, PlanIndex previous) {
        this.today = today;
        this.statuses = previous != null ? previous.statuses : StatusLookup.UNTRACKED;
        List<Integer> gs = new ArrayList<>();
        for (TaskGroup g : plan.groups()) {
            for (PlanTask t : g.tasks()) {
                tasks.add(t);
                gs.add(g.number());
                for (PlanTask s : t.subTasks()) {
                    tasks.add(s);
                    gs.add(g.number());
                }
            }
        }
        int n = tasks.size();
        groups = new int[n];
        folded = new String[n];
        units = new String[n][];
        Map<Long, Integer> previousAt = null;
        for (int i = 0; i < n; i++) {
            PlanTask t = tasks.get(i);
            groups[i] = gs.get(i);
            int reuse = -1;
            if (previous != null) {
                if (i < previous.tasks.size() && sameEntry(previous.tasks.get(i), t)) {
                    reuse = i;
                } else if (t.id() != null) {
                    // the task moved (a task inserted or deleted before it): find it by id, built once when needed
                    if (previousAt == null) {
                        previousAt = previous.positions();
                    }
                    Integer at = previousAt.get(t.id());
                    if (at != null && sameEntry(previous.tasks.get(at), t)) {
                        reuse = at;
                    }
                }
            }
            if (reuse >= 0) {
                folded[i] = previous.folded[reuse];
                units[i] = previous.units[reuse];
            } else {
                refolded++;
                folded[i] = Text.fold(searchText(t));
                List<String> us = new ArrayList<>(t.leadUnits().size() + t.coordinatingUnits().size());
                t.leadUnits().forEach(u -> us.add(Text.fold(u)));
                t.coordinatingUnits().forEach(u -> us.add(Text.fold(u)));
                units[i] = us.toArray(String[]::new);
            }
        }
    }

    /** Whether an old entry still stands for the task: an equal task indexes to the same text. */
    private static boolean sameEntry(PlanTask old, PlanTask now) {
        return old == now || old.equals(now);
    }

    private Map<Long, Integer> positions() {
        Map<Long, Integer> at = new HashMap<>(tasks.size() * 2);
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).id() != null) {
                at.putIfAbsent(tasks.get(i).id(), i);
            }
        }
        return at;
    }

    public static PlanIndex of(Plan plan) {
        return new PlanIndex(plan, LocalDate.now(), null);
    }

    public static PlanIndex of(Plan plan, LocalDate today) {
        return new PlanIndex(plan, today, null);
    }

    /** The index of the plan after an edit, folding again only the tasks that changed. */
    public PlanIndex updated(Plan plan) {
        return new PlanIndex(plan, LocalDate.now(), this);
    }

    public PlanIndex updated(Plan plan, LocalDate today) {
        return new PlanIndex(plan, today, this);
    }

    /** How many entries were folded anew when this index was made (the rest were taken over); for tests and bench. */
    public int refolded() {
        return refolded;
    }

    public int size() {
        return tasks.size();
    }

    /** The tasks that match, in the plan's order. */
    public List<Hit> find(TaskQuery q) {
        BitSet m = match(q);
        List<Hit> hits = new ArrayList<>(m.cardinality());
        for (int i = m.nextSetBit(0); i >= 0; i = m.nextSetBit(i + 1)) {
            hits.add(new Hit(tasks.get(i).id() == null ? -1 : tasks.get(i).id(), groups[i]));
        }
        return hits;
    }

    /** Ids of the tasks that match. */
    public Set<Long> ids(TaskQuery q) {
        BitSet m = match(q);
        Set<Long> ids = new java.util.HashSet<>(m.cardinality() * 2);
        for (int i = m.nextSetBit(0); i >= 0; i = m.nextSetBit(i + 1)) {
            ids.add(tasks.get(i).id());
        }
        return ids;
    }

    /** Every unit named in the plan, for the filter's list. */
    public List<String> unitNames() {
        Set<String> names = new TreeSet<>();
        for (PlanTask t : tasks) {
            names.addAll(t.leadUnits());
            names.addAll(t.coordinatingUnits());
        }
        return List.copyOf(names);
    }

    private BitSet match(TaskQuery q) {
        String words = Text.fold(q.text());
        String unit = Text.fold(q.unit());
        BitSet out = new BitSet(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            if (!words.isEmpty() && !folded[i].contains(words)) {
                continue;
            }
            if (!unit.isEmpty() && !hasUnit(units[i], unit)) {
                continue;
            }
            PlanTask t = tasks.get(i);
            if (q.role() != null && t.role() != q.role()) {
                continue;
            }
            if ((q.year() != null || q.quarter() != null) && !dueIn(t.deadline(), q.year(), q.quarter())) {
                continue;
            }
            if (q.overdue() && !isOverdue(t)) {
                continue;
            }
            if (q.flagged() && !isFlagged(t)) {
                continue;
            }
            out.set(i);
        }
        return out;
    }

    private static boolean hasUnit(String[] us, String unit) {
        for (String u : us) {
            if (u.equals(unit)) {
                return true;
            }
        }
        return false;
    }

    /** Due in the year (and quarter); with a quarter and no year, due in that quarter of any plan year. */
    static boolean dueIn(Deadline d, Integer year, Integer quarter) {
        int from = year != null ? year : Deadline.PLAN_START_YEAR;
        int to = year != null ? year : Deadline.PLAN_END_YEAR;
        for (int y = from; y <= to; y++) {
            LocalDate due = d.dueDateIn(y);
            if (due != null && (quarter == null || (due.getMonthValue() + 2) / 3 == quarter)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Late: due before today (one-off work) and, by its status, neither finished, nor dropped, nor waiting for the
     * province; or reported behind schedule.
     */
    boolean isOverdue(PlanTask t) {
        return StatusRule.late(statuses.statusOf(t), StatusRule.duePassed(t.deadline(), today));
    }

    /**
     * Reads statuses from the given lookup from now on (a period's recorded progress); indexes made from this one by
     * {@link #updated} keep it.
     */
    public void useStatuses(StatusLookup lookup) {
        statuses = lookup == null ? StatusLookup.UNTRACKED : lookup;
    }

    /** The tasks that are late, for the status bar. */
    public long overdueCount() {
        return tasks.stream().filter(this::isOverdue).count();
    }

    /** The tasks that wait for the province's direction, for the status bar. */
    public long waitingCount() {
        return tasks.stream().filter(t -> statuses.statusOf(t) == ProgressStatus.WAITING).count();
    }

    /** The rows the officer should look at again: the year was guessed, or the deadline cannot be read. */
    public static boolean isFlagged(PlanTask t) {
        return t.has(TaskFlag.YEAR_INFERRED) || t.deadline().yearInferred() || !t.deadline().isReadable();
    }

    private static String searchText(PlanTask t) {
        StringBuilder b = new StringBuilder(t.searchText());
        if (t.parentRef() != null) {
            b.append(t.parentRef().number()).append('\n');
        }
        return b.toString();
    }

    /** Where a role is counted in the status bar. */
    public long count(WardRole role) {
        return tasks.stream().filter(t -> t.role() == role).count();
    }

    public long flaggedCount() {
        return tasks.stream().filter(PlanIndex::isFlagged).count();
    }
}
