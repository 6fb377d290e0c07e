package vn.plandesk.service.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.plandesk.io.json.PlanJson;
import vn.plandesk.io.json.TrackingJson;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.OnlySavesTime;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.tracking.IndicatorResult;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.PlanProgress;
import vn.plandesk.model.tracking.PlanTracking;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.model.tracking.StatusLookup;
import vn.plandesk.service.timeline.TimelineTracking;
import vn.plandesk.model.tracking.StatusRule;
import vn.plandesk.service.Messages;
import vn.plandesk.service.derive.PlanChange;
import vn.plandesk.service.derive.PlanComparison;
import vn.plandesk.service.derive.SixClarityCheck;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.store.TrackingRepository;
import vn.plandesk.store.TrackingRepository.EntryKey;
import vn.plandesk.store.TrackingRepository.ResultKey;

/**
 * Tracking a plan through 2025–2030: progress of every task per quarter, indicator results, and the plan as issued.
 * Every change is written in one transaction and recorded as one step of the plan's undo history, so Ctrl+Z takes it
 * back in order with the other edits. A plan's entries are read once and kept, so that switching period and filtering
 * by status are done in memory.
 */
public final class TrackingService {
    private final TrackingRepository store;
    private final PlanJson json = new PlanJson();
    private final Map<Long, PlanProgress> progress = new ConcurrentHashMap<>();
    /** The quarters of each plan read from the store so far. */
    private final Map<Long, Set<Period>> loaded = new ConcurrentHashMap<>();
    private final Set<Long> baselineKept = ConcurrentHashMap.newKeySet();
    /** Counts the times each plan's entries were forgotten, so that a read begun before is not kept after. */
    private final Map<Long, Integer> reloads = new ConcurrentHashMap<>();

    public TrackingService(TrackingRepository store) {
        this.store = store;
    }

    // ---- reading a period

    /** The period as the officer reads it: "Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026". */
    public static String label(Period period) {
        return Messages.get(period.labelKey(), period.labelArgs());
    }

    /** A status as the officer reads it: "Chờ chỉ đạo, hướng dẫn của tỉnh". */
    public static String label(ProgressStatus status) {
        return Messages.get(status.key());
    }

    /**
     * Every entry of a plan, read whole from the store (an export, a test); the tracking view reads only what a period
     * needs, through {@link #progress(Plan, Period)}.
     */
    public synchronized PlanProgress progress(long planId) {
        read(planId, Period.allQuarters());
        return progressOf(planId);
    }

    /**
     * The entries that give the plan's tasks their status in a period: the period's own quarters and, going back
     * quarter by quarter, those that give a one-off task its latest earlier status. Quarters are read from the store
     * once and kept, so a big plan's view opens on one quarter and switching back and forth reads nothing again.
     */
    public synchronized PlanProgress progress(Plan plan, Period period) {
        long planId = plan.id();
        read(planId, period.quarters());
        List<Period> all = Period.allQuarters();
        int k = all.indexOf(period.quarters().get(0));
        List<PlanTask> tasks = plan.allTasks();
        while (k > 0 && mayTakeItsStatusBefore(tasks, planId, period, all.get(k))) {
            k--;
            read(planId, List.of(all.get(k)));
        }
        return progressOf(planId);
    }

    /**
     * Whether a one-off task may take its status in the period from a quarter before {@code from}: it has no entry
     * read from {@code from} up to the period's last quarter. Answering yes reads one quarter further back; the general
     * answer, always yes, reads back to the first quarter and gives the same statuses (the latest entry up to the
     * period is the same), only slower: this stops as soon as every one-off task has it.
     */
    @OnlySavesTime
    private boolean mayTakeItsStatusBefore(List<PlanTask> tasks, long planId, Period period, Period from) {
        PlanProgress p = progressOf(planId);
        Period last = period.lastQuarter();
        for (PlanTask t : tasks) {
            if (StatusRule.recurs(t)) {
                continue; // a recurring task takes its status from the period's own quarters only
            }
            Period entry = p.entries(t.id()).floorKey(last);
            if (entry == null || entry.compareTo(from) < 0) {
                return true;
            }
        }
        return false;
    }

    /** Forgets what was read of a plan's entries (after another service wrote some); read again when next asked. */
    public synchronized void reload(long planId) {
        progress.remove(planId);
        loaded.remove(planId);
        reloads.merge(planId, 1, Integer::sum);
    }

    /**
     * Whether a period's entries are all in memory already, so that showing it reads nothing from the store: every
     * quarter from the first up to the period's last (a one-off task may take its status from any of them).
     */
    public synchronized boolean hasRead(long planId, Period period) {
        Set<Period> done = loadedQuarters(planId);
        Period last = period.lastQuarter();
        return Period.allQuarters().stream().filter(q -> q.compareTo(last) <= 0).allMatch(done::contains);
    }

    /**
     * Reads the next quarter of a plan not read yet (from the latest back), so that a page can read a plan's whole
     * history ahead of the officer, one short job at a time; false when every quarter is in memory. The store is
     * read without holding the service, so an edit meanwhile is not held up; a quarter read meanwhile by an edit, or
     * forgotten by {@link #reload}, is not put over what the service holds.
     */
    public boolean readAhead(long planId) {
        Period next;
        int generation;
        synchronized (this) {
            Set<Period> done = loadedQuarters(planId);
            List<Period> all = Period.allQuarters();
            next = null;
            for (int i = all.size() - 1; i >= 0 && next == null; i--) {
                if (!done.contains(all.get(i))) {
                    next = all.get(i);
                }
            }
            generation = reloads.getOrDefault(planId, 0);
        }
        if (next == null) {
            return false;
        }
        List<ProgressEntry> read = store.progress(planId, List.of(next));
        synchronized (this) {
            if (generation == reloads.getOrDefault(planId, 0) && loadedQuarters(planId).add(next)) {
                progress.put(planId, progressOf(planId).withAll(read));
            }
        }
        return true;
    }

    private PlanProgress progressOf(long planId) {
        return progress.getOrDefault(planId, PlanProgress.empty());
    }

    private Set<Period> loadedQuarters(long planId) {
        return loaded.computeIfAbsent(planId, id -> new java.util.HashSet<>());
    }

    /**
     * Reads the quarters not read yet (none: the store is not asked, and what is held stays as it is). Under the
     * service's lock, as every change of what is held: an edit reads its quarters while a page reads ahead.
     */
    private synchronized void read(long planId, List<Period> quarters) {
        List<Period> missing = notRead(planId, quarters);
        progress.put(planId, progressOf(planId).withAll(store.progress(planId, missing)));
        loadedQuarters(planId).addAll(missing);
    }

    /**
     * The quarters of those given that are not in memory yet. The general answer, all of them, reads again what is
     * held and gives the same entries, only slower: every write goes to the store and to what is held, and
     * {@link #reload} forgets both.
     */
    @OnlySavesTime
    private List<Period> notRead(long planId, List<Period> quarters) {
        Set<Period> done = loadedQuarters(planId);
        List<Period> missing = new ArrayList<>();
        for (Period q : quarters) {
            if (!done.contains(q)) {
                missing.add(q);
            }
        }
        return missing;
    }

    public ProgressStatus statusOf(Plan plan, PlanTask task, Period period) {
        return progress(plan, period).statusOf(task, period);
    }

    /** The statuses of one period, for what reads lateness: the search's overdue filter, the timeline, the checks. */
    public StatusLookup lookup(Plan plan, Period period) {
        return plan.id() == null ? StatusLookup.UNTRACKED : progress(plan, period).lookup(period);
    }

    /** Every task of the plan (sub-tasks after their parent) with its status in the period, in the plan's order. */
    public List<TaskStatus> entries(Plan plan, Period period) {
        return entries(plan, period, LocalDate.now());
    }

    public List<TaskStatus> entries(Plan plan, Period period, LocalDate today) {
        PlanProgress p = plan.id() == null ? PlanProgress.empty() : progress(plan, period);
        LocalDate asOf = today.isBefore(period.end()) ? today : period.end();
        List<TaskStatus> rows = new ArrayList<>(plan.taskCount());
        for (TaskGroup g : plan.groups()) {
            for (PlanTask t : g.tasks()) {
                rows.add(row(p, g.number(), t, period, asOf));
                for (PlanTask s : t.subTasks()) {
                    rows.add(row(p, g.number(), s, period, asOf));
                }
            }
        }
        return rows;
    }

    private static TaskStatus row(PlanProgress p, int group, PlanTask t, Period period, LocalDate asOf) {
        ProgressEntry e = p.entryFor(t, period).orElse(null);
        ProgressStatus status = e != null ? e.status() : StatusRule.defaultStatus(t);
        boolean own = e != null && period.quarters().contains(e.period());
        return new TaskStatus(group, t, status, e, own,
                StatusRule.late(status, StatusRule.duePassed(t.deadline(), asOf)));
    }

    /** Tasks per status, per group and per lead unit, for the period's summary. */
    public StatusCounts counts(Plan plan, Period period) {
        return StatusCounts.of(entries(plan, period));
    }

    public static StatusCounts counts(Collection<TaskStatus> rows) {
        return StatusCounts.of(rows);
    }

    /** The rows of a period whose status is one of those given (all rows when none is given). */
    public static List<TaskStatus> withStatus(List<TaskStatus> rows, Set<ProgressStatus> statuses) {
        if (statuses.isEmpty()) {
            return rows;
        }
        List<TaskStatus> out = new ArrayList<>();
        for (TaskStatus r : rows) {
            if (statuses.contains(r.status())) {
                out.add(r);
            }
        }
        return out;
    }

    /** The "6 rõ" gaps of the plan, "rõ sản phẩm" read against what was reported in the period. */
    public List<SixClarityCheck.Gap> clarityGaps(Plan plan, Period period) {
        PlanProgress p = plan.id() == null ? PlanProgress.empty() : progress(plan, period);
        return SixClarityCheck.check(plan, t -> p.entryFor(t, period).orElse(null));
    }

    // ---- recording progress: each change one step of the plan's undo history

    /** Records one task's entry for its quarter (replacing what that quarter had). */
    public void record(PlanEditor editor, ProgressEntry entry) {
        recordAll(editor, "edit.progress", List.of(entry));
    }

    /** Records several entries as one edit, undone as one (a unit's workbook, a whole group marked at once). */
    public void recordAll(PlanEditor editor, String labelKey, List<ProgressEntry> entries) {
        Plan plan = editor.plan();
        // the plan's task ids gathered once: a unit's workbook or an import records thousands of entries at a time
        Set<Long> taskIds = new java.util.HashSet<>();
        for (PlanTask t : plan.allTasks()) {
            taskIds.add(t.id());
        }
        for (ProgressEntry e : entries) {
            if (!taskIds.contains(e.taskId())) {
                throw new PlanDeskException("progress.noTask", e.taskId());
            }
        }
        read(plan.id(), entries.stream().map(ProgressEntry::period).distinct().toList());
        PlanProgress before = progressOf(plan.id());
        List<ProgressEntry> previous = new ArrayList<>();
        List<EntryKey> added = new ArrayList<>();
        for (ProgressEntry e : entries) {
            before.entry(e.taskId(), e.period()).ifPresentOrElse(previous::add,
                    () -> added.add(new EntryKey(e.taskId(), e.period())));
        }
        List<EntryKey> keys = entries.stream().map(e -> new EntryKey(e.taskId(), e.period())).toList();
        write(plan.id(), entries, List.of());
        editor.recordStored(labelKey, editor.plan(), new PlanEditor.StoredChange() {
            @Override
            public Plan undo() {
                write(plan.id(), previous, added);
                return editor.plan();
            }

            @Override
            public Plan redo() {
                write(plan.id(), entries, keys);
                return editor.plan();
            }
        });
    }

    /** Removes one task's entry for a quarter, as one edit. */
    public void clear(PlanEditor editor, long taskId, Period quarter) {
        long planId = editor.plan().id();
        read(planId, List.of(quarter));
        Optional<ProgressEntry> old = progressOf(planId).entry(taskId, quarter);
        if (old.isEmpty()) {
            return;
        }
        EntryKey key = new EntryKey(taskId, quarter);
        write(planId, List.of(), List.of(key));
        editor.recordStored("edit.progressClear", editor.plan(), new PlanEditor.StoredChange() {
            @Override
            public Plan undo() {
                write(planId, List.of(old.get()), List.of());
                return editor.plan();
            }

            @Override
            public Plan redo() {
                write(planId, List.of(), List.of(key));
                return editor.plan();
            }
        });
    }

    /** Writes to the store first; the kept entries change only once the transaction is committed. */
    private synchronized void write(long planId, List<ProgressEntry> put, List<EntryKey> remove) {
        store.write(planId, put, remove);
        PlanProgress p = progressOf(planId);
        for (EntryKey k : remove) {
            p = p.without(k.taskId(), k.quarter());
        }
        // all at once: one entry at a time would copy the plan's whole map for each of thousands of entries
        progress.put(planId, p.withAll(put));
    }

    // ---- indicator results

    public List<IndicatorResult> results(long planId) {
        return store.results(planId);
    }

    /** Records an indicator's result for a period, as one edit of the plan's undo history. */
    public void recordResult(PlanEditor editor, IndicatorResult result) {
        long planId = editor.plan().id();
        if (editor.plan().indicators().stream().map(Indicator::id).noneMatch(id -> id != null
                && id == result.indicatorId())) {
            throw new PlanDeskException("progress.noIndicator", result.indicatorId());
        }
        Optional<IndicatorResult> old = results(planId).stream()
                .filter(r -> r.indicatorId() == result.indicatorId() && r.period().equals(result.period()))
                .findFirst();
        ResultKey key = new ResultKey(result.indicatorId(), result.period());
        store.writeResults(planId, List.of(result), List.of());
        editor.recordStored("edit.indicatorResult", editor.plan(), new PlanEditor.StoredChange() {
            @Override
            public Plan undo() {
                store.writeResults(planId, old.map(List::of).orElse(List.of()), List.of(key));
                return editor.plan();
            }

            @Override
            public Plan redo() {
                store.writeResults(planId, List.of(result), List.of(key));
                return editor.plan();
            }
        });
    }

    // ---- the exchange format: a plan with what is recorded for it

    /** Everything recorded for a stored plan. */
    public PlanTracking tracking(Plan plan) {
        return new PlanTracking(progress(plan.id()).all(), results(plan.id()), baseline(plan.id()).orElse(null));
    }

    /**
     * Stores a plan read from an exchange file as a new plan with the tracking the file carries (null: none), in one
     * transaction. Returns the new plan's id.
     */
    public long insert(Plan plan, TrackingJson.TrackingFile recorded) {
        return insert(plan, recorded, List.of());
    }

    /**
     * {@link #insert(Plan, TrackingJson.TrackingFile)} with the register entries the file carries (checked, as
     * {@link vn.plandesk.service.register.DocumentRegister#carried} gives them), added in the same transaction: an
     * entry the register already holds is matched by number, symbol, date and issuer, and the progress entries cite
     * the documents by their ids in this store.
     */
    public long insert(Plan plan, TrackingJson.TrackingFile recorded, List<IssuedDocument> documents) {
        Plan baseline = recorded == null ? null : recorded.baseline();
        long id = store.insert(plan, documents, (stored, documentIds) -> TrackingJson.resolve(recorded, stored,
                documentIds), baseline == null ? null : json.writeString(baseline));
        return id;
    }

    // ---- the baseline: the plan as issued

    /** Whether a plan counts as issued: it has its number and its date. */
    public static boolean issued(Plan plan) {
        return !plan.number().isBlank() && plan.issueDate() != null;
    }

    /**
     * Keeps the plan's tasks as issued the first time it is seen issued; later changes show against them. Returns
     * whether a baseline was kept now.
     */
    public boolean keepBaselineIfIssued(Plan plan) {
        if (plan.id() == null || !issued(plan) || baselineKept.contains(plan.id())) {
            return false;
        }
        if (store.baseline(plan.id()).isPresent()) {
            baselineKept.add(plan.id());
            return false;
        }
        store.keepBaseline(plan.id(), json.writeString(plan));
        baselineKept.add(plan.id());
        return true;
    }

    /** Follows an editor: the plan's baseline is kept as soon as its number and date are filled in. */
    public void watch(PlanEditor editor) {
        keepBaselineIfIssued(editor.plan());
        editor.addListener(this::keepBaselineIfIssued);
    }

    /** The plan as issued, when it has been. */
    public Optional<Plan> baseline(long planId) {
        return store.baseline(planId).map(s -> json.read(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * What the timeline shows of a stored plan's tracking: the statuses of a period and where the plan differs from
     * its baseline.
     */
    public TimelineTracking timeline(Plan plan, Period period) {
        return TimelineTracking.of(period, lookup(plan, period),
                plan.id() == null ? List.of() : changesSinceBaseline(plan));
    }

    /** What changed in the plan since it was issued (empty when it has no baseline yet). */
    public List<PlanChange> changesSinceBaseline(Plan plan) {
        return baseline(plan.id()).map(b -> compare(b, plan)).orElse(List.of());
    }

    /** The one place that names the plan comparison, so that merging the two comparisons changes one line. */
    static List<PlanChange> compare(Plan older, Plan newer) {
        return PlanComparison.between(older, newer);
    }
}
