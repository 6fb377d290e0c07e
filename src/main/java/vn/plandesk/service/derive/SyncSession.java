package vn.plandesk.service.derive;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.NumberingScheme;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanRef;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.TaskRef;
import vn.plandesk.model.WardRole;
import vn.plandesk.service.edit.PlanEditor;

/**
 * Keeping a ward plan in step with its parent ("So sánh với kế hoạch cấp trên"). The session holds three plans: the
 * ward plan, the baseline (the parent as the ward last agreed with it, stored with the ward plan) and the current
 * parent — the same plan edited or re-imported, or a new plan that replaces it. It lists the changes; nothing changes
 * until the officer accepts one. Accepting updates the ward plan and advances the baseline past that change, both
 * stored together in one transaction, so the change is no longer listed; every accepted change can be undone, newest
 * first, and redone. The window joins these steps to the plan's undo history (see PlanEditor#recordStored).
 */
public final class SyncSession {
    /** Below this no task of the new plan is proposed for a ward task. */
    static final double PROPOSE = 0.15;

    /**
     * Where accepted changes are kept: the ward plan, its parent's id and the baseline, together. Returns the ward plan
     * as stored (new tasks with their ids).
     */
    @FunctionalInterface
    public interface Store {
        Plan save(Plan ward, Long parentPlanId, Plan baseline);
    }

    private record State(Plan ward, Plan baseline, Long parentId) {
    }

    private final Plan current;
    private final Long currentId;
    private final Store store;
    private final boolean replacement;
    private final Deque<State> undo = new ArrayDeque<>();
    /** The states undone, newest first, for redo; cleared when a change is accepted. */
    private final Deque<State> redo = new ArrayDeque<>();
    /** The officer's corrections of the proposed mapping: old parent key → new parent key. */
    private final Map<String, String> targets = new HashMap<>();
    private State state;
    /** For a replacement the matcher's corpus (old and new parent) does not change: built once. */
    private TaskMatcher replacementMatcher;

    public SyncSession(Plan ward, Plan baseline, Long baselineId, Plan current, Long currentId, Store store) {
        this.current = current;
        this.currentId = currentId;
        this.store = store;
        this.replacement = !PlanDiff.sameDocument(baseline, current);
        this.state = new State(ward, baseline, baselineId);
    }

    /** Whether the current parent is another plan that replaces the ward's parent (the 2026 plan for KH 92). */
    public boolean isReplacement() {
        return replacement;
    }

    public Plan ward() {
        return state.ward;
    }

    public Plan baseline() {
        return state.baseline;
    }

    public Plan current() {
        return current;
    }

    /** The changes not yet accepted, in the parent's order. */
    public List<PlanChange> changes() {
        return replacement ? replacementChanges() : sameParentChanges();
    }

    /** The tasks of the new parent, for correcting a proposed mapping. */
    public List<ParentTask> currentTasks() {
        return ParentTask.of(current);
    }

    /** The officer corrects the mapping of an old parent task: it now maps to this task of the new parent. */
    public void retarget(String oldKey, String newKey) {
        if (ParentTask.find(currentTasks(), newKey).isEmpty()) {
            throw new PlanDeskException("derive.unknownTask", newKey, current.ref().citation());
        }
        targets.put(oldKey, newKey);
    }

    /** How many accepted changes can be undone. */
    public int undoDepth() {
        return undo.size();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    /** Applies one change to the ward plan and stores it. */
    public void accept(PlanChange change) {
        State next = save(apply(state, change));
        undo.push(state);
        redo.clear();
        state = next;
    }

    /** Writes a state and returns it with the ward plan as stored. */
    private State save(State s) {
        Plan stored = store.save(s.ward, s.parentId, s.baseline);
        return new State(stored == null ? s.ward : stored, s.baseline, s.parentId);
    }

    /** Accepts every listed change, one after another (each one stored and undoable on its own); returns how many. */
    public int acceptAll() {
        int n = 0;
        List<PlanChange> list = changes();
        // every accepted change leaves the list; a replacement lists the switch of parent only once every ward task
        // follows the new plan, so go round until the list is empty (bounded, should a change ever stay listed)
        int limit = 2 * list.size() + 2;
        for (; !list.isEmpty() && n < limit; list = changes()) {
            PlanChange first = list.get(0);
            accept(first);
            n++;
        }
        return n;
    }

    /**
     * A step of the plan's undo history (the window's Ctrl+Z) standing for one change accepted in this session:
     * undoing it undoes the session's last step, redoing it redoes it; either way the ward plan as stored comes back.
     */
    public PlanEditor.StoredChange asStoredChange() {
        return new PlanEditor.StoredChange() {
            @Override
            public Plan undo() {
                SyncSession.this.undo();
                return ward();
            }

            @Override
            public Plan redo() {
                SyncSession.this.redo();
                return ward();
            }
        };
    }

    /** Undoes the newest accepted change; false when there is none. */
    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        State previous = save(undo.peek());
        undo.pop();
        redo.push(state);
        state = previous;
        return true;
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Accepts again the change undone last; false when there is none. */
    public boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        State next = save(redo.peek());
        redo.pop();
        undo.push(state);
        state = next;
        return true;
    }

    private List<PlanChange> sameParentChanges() {
        Map<String, List<String>> wardByKey = wardTasksByKey(state.baseline.ref());
        return PlanDiff.between(state.baseline, current).stream()
                .map(c -> c.oldKey() == null ? c : c.withWardTasks(wardByKey.getOrDefault(c.oldKey(), List.of())))
                .toList();
    }

    private List<PlanChange> replacementChanges() {
        List<PlanChange> out = new ArrayList<>();
        Map<String, List<String>> stillOld = wardTasksByKey(state.baseline.ref());
        List<ParentTask> olds = ParentTask.of(state.baseline);
        List<ParentTask> news = ParentTask.of(current);
        if (replacementMatcher == null) {
            replacementMatcher = new TaskMatcher(Stream.concat(olds.stream(), news.stream()).map(t -> t.task().name()).toList());
        }
        TaskMatcher matcher = replacementMatcher;
        List<String> newNames = news.stream().map(t -> t.task().name()).toList();
        Set<String> targeted = new java.util.HashSet<>(wardTasksByKey(current.ref()).keySet());
        for (Map.Entry<String, List<String>> e : stillOld.entrySet()) {
            String oldKey = e.getKey();
            Optional<ParentTask> old = ParentTask.find(olds, oldKey);
            PlanTask oldTask = old.map(ParentTask::task).orElseGet(() -> wardTask(e.getValue().get(0)));
            int group = old.map(ParentTask::group).orElse(wardGroup(e.getValue().get(0)));
            String chosen = targets.get(oldKey);
            if (chosen != null) {
                ParentTask n = ParentTask.find(news, chosen).orElseThrow();
                out.add(new PlanChange(PlanChange.Kind.RELINK, n.group(), oldKey, chosen, oldTask, n.task(),
                        matcher.similarity(oldTask.name(), n.task().name()), e.getValue()));
                targeted.add(chosen);
                continue;
            }
            Optional<TaskMatcher.Match> best = matcher.best(oldTask.name(), newNames, PROPOSE);
            if (best.isPresent()) {
                ParentTask n = news.get(best.get().index());
                out.add(new PlanChange(PlanChange.Kind.RELINK, n.group(), oldKey, n.key(), oldTask, n.task(),
                        best.get().score(), e.getValue()));
                targeted.add(n.key());
            } else {
                out.add(new PlanChange(PlanChange.Kind.UNMATCHED, group, oldKey, null, oldTask, null, 0, e.getValue()));
            }
        }
        for (ParentTask n : news) {
            if (!targeted.contains(n.key())) {
                out.add(new PlanChange(PlanChange.Kind.ADDED, n.group(), null, n.key(), null, n.task(), 0, List.of()));
            }
        }
        if (out.stream().noneMatch(c -> c.kind() == PlanChange.Kind.RELINK || c.kind() == PlanChange.Kind.UNMATCHED)) {
            out.add(new PlanChange(PlanChange.Kind.PARENT_SWITCH, 0, null, null, null, null, 0, List.of()));
        }
        return out;
    }

    /** Ward task numbers by the key of the parent task they follow, for the tasks that cite the given plan. */
    private Map<String, List<String>> wardTasksByKey(PlanRef plan) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (PlanTask t : state.ward.allTasks()) {
            TaskRef ref = t.parentRef();
            if (ref != null && plan.sameIdentity(ref.plan())) {
                out.computeIfAbsent(ref.number(), k -> new ArrayList<>()).add(t.number());
            }
        }
        return out;
    }

    private PlanTask wardTask(String number) {
        return state.ward.allTasks().stream().filter(t -> t.number().equals(number)).findFirst().orElseThrow();
    }

    private int wardGroup(String number) {
        for (TaskGroup g : state.ward.groups()) {
            if (g.tasks().stream().anyMatch(t -> t.number().equals(number))) {
                return g.number();
            }
        }
        return 1;
    }

    private State apply(State s, PlanChange c) {
        Set<String> touched = Set.copyOf(c.wardTasks());
        NameAdaptation adaptation = new NameAdaptation(levelOf(s.ward));
        PlanTask n = c.newTask();
        return switch (c.kind()) {
            case REWORDED -> new State(
                    mapWard(s.ward, touched, t -> t.withName(adaptation.adapt(n.name()))),
                    mapBaseline(s.baseline, c.oldKey(), t -> t.withName(n.name())), currentId);
            case DEADLINE -> new State(
                    mapWard(s.ward, touched, t -> t.withDeadline(Deadline.of(n.deadline().printed()))),
                    mapBaseline(s.baseline, c.oldKey(), t -> t.withDeadline(n.deadline())), currentId);
            case RESULT -> new State(
                    mapWard(s.ward, touched, t -> withResult(t, n.result())),
                    mapBaseline(s.baseline, c.oldKey(), t -> withResult(t, n.result())), currentId);
            case UNITS -> new State(s.ward,
                    mapBaseline(s.baseline, c.oldKey(), t -> withUnits(t, n)), currentId);
            case RENUMBERED -> new State(
                    mapWard(s.ward, touched, t -> withRef(t, new TaskRef(t.parentRef().plan(), c.newKey()))),
                    insertBaseline(removeBaseline(s.baseline, c.oldKey()), c.group(),
                            ParentTask.find(ParentTask.of(s.baseline), c.oldKey()).orElseThrow().task()
                                    .withNumber(n.number())), currentId);
            case REMOVED -> new State(renumber(mapWard(s.ward, touched, t -> null)),
                    removeBaseline(s.baseline, c.oldKey()), currentId);
            case ADDED -> new State(addWardTask(s.ward, c, adaptation),
                    replacement ? s.baseline : insertBaseline(s.baseline, c.group(), n), replacement ? s.parentId : currentId);
            case RELINK -> new State(
                    mapWard(s.ward, touched, t -> withRef(t, new TaskRef(current.ref(), c.newKey()))), s.baseline, s.parentId);
            case UNMATCHED -> new State(renumber(mapWard(s.ward, touched, t -> null)), s.baseline, s.parentId);
            case PARENT_SWITCH -> new State(withParent(s.ward, current.ref()), current.withoutIds(), currentId);
        };
    }

    private Plan addWardTask(Plan ward, PlanChange c, NameAdaptation adaptation) {
        List<ParentTask> order = ParentTask.of(current);
        int index = indexOf(order, c.newKey());
        PlanTask parentTask = c.newTask();
        PlanTask task = new PlanTask(null, "", adaptation.adapt(parentTask.name()), "", List.of(), List.of(),
                parentTask.result(), Deadline.of(parentTask.deadline().printed()), WardRole.COORDINATE,
                new TaskRef(current.ref(), c.newKey()), TaskChoice.COORDINATE_NOTE, List.of(), List.of());
        List<TaskGroup> groups = new ArrayList<>(ward.groups());
        int g = groups.stream().map(TaskGroup::number).toList().indexOf(c.group());
        if (g < 0) {
            String title = current.group(c.group()).map(TaskGroup::title).map(NameAdaptation::groupTitle).orElse("");
            int at = 0;
            while (at < groups.size() && groups.get(at).number() < c.group()) {
                at++;
            }
            groups.add(at, new TaskGroup(c.group(), title, List.of(task)));
        } else {
            List<PlanTask> tasks = new ArrayList<>(groups.get(g).tasks());
            // after the last ward task that follows an earlier task of the parent
            int at = tasks.size();
            if (index >= 0) {
                at = 0;
                for (int i = 0; i < tasks.size(); i++) {
                    TaskRef ref = tasks.get(i).parentRef();
                    int before = ref != null && current.ref().sameIdentity(ref.plan()) ? indexOf(order, ref.number()) : -1;
                    if (before >= 0 && before < index) {
                        at = i + 1;
                    }
                }
            }
            tasks.add(at, task);
            groups.set(g, groups.get(g).withTasks(tasks));
        }
        return renumber(ward.withGroups(groups));
    }

    private static int indexOf(List<ParentTask> tasks, String key) {
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Applies f to the ward tasks with the given numbers; a null result removes the task. */
    private static Plan mapWard(Plan ward, Set<String> numbers, UnaryOperator<PlanTask> f) {
        return mapTasks(ward, t -> numbers.contains(t.number()) ? f.apply(t) : t);
    }

    private static Plan mapBaseline(Plan baseline, String key, UnaryOperator<PlanTask> f) {
        List<TaskGroup> groups = new ArrayList<>();
        for (TaskGroup g : baseline.groups()) {
            List<PlanTask> tasks = new ArrayList<>();
            for (PlanTask t : g.tasks()) {
                PlanTask mapped = ParentTask.key(baseline.numbering(), g.number(), t.number()).equals(key) ? f.apply(t) : t;
                if (mapped == null) {
                    continue;
                }
                List<PlanTask> subs = new ArrayList<>();
                for (PlanTask sub : mapped.subTasks()) {
                    PlanTask m = ParentTask.key(baseline.numbering(), g.number(), sub.number()).equals(key) ? f.apply(sub) : sub;
                    if (m != null) {
                        subs.add(m);
                    }
                }
                tasks.add(mapped.withSubTasks(subs));
            }
            groups.add(g.withTasks(tasks));
        }
        return baseline.withGroups(groups);
    }

    private static Plan removeBaseline(Plan baseline, String key) {
        return mapBaseline(baseline, key, t -> null);
    }

    private static Plan insertBaseline(Plan baseline, int group, PlanTask task) {
        List<TaskGroup> groups = new ArrayList<>(baseline.groups());
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).number() == group) {
                List<PlanTask> tasks = new ArrayList<>(groups.get(i).tasks());
                tasks.add(task.withSubTasks(List.of()));
                groups.set(i, groups.get(i).withTasks(tasks));
                return baseline.withGroups(groups);
            }
        }
        groups.add(new TaskGroup(group, "", List.of(task.withSubTasks(List.of()))));
        groups.sort(java.util.Comparator.comparingInt(TaskGroup::number));
        return baseline.withGroups(groups);
    }

    private static Plan mapTasks(Plan plan, UnaryOperator<PlanTask> f) {
        List<TaskGroup> groups = new ArrayList<>();
        for (TaskGroup g : plan.groups()) {
            List<PlanTask> tasks = new ArrayList<>();
            for (PlanTask t : g.tasks()) {
                PlanTask m = f.apply(t);
                if (m != null) {
                    tasks.add(m.withSubTasks(m.subTasks().stream().map(f).filter(java.util.Objects::nonNull).toList()));
                }
            }
            if (!tasks.isEmpty()) {
                groups.add(g.withTasks(tasks));
            }
        }
        return plan.withGroups(groups);
    }

    /** A ward plan numbered on across its groups is numbered again after a task is added or removed. */
    private static Plan renumber(Plan ward) {
        if (ward.numbering() != NumberingScheme.CONTINUOUS) {
            return ward;
        }
        int[] n = {0};
        List<TaskGroup> groups = new ArrayList<>();
        for (TaskGroup g : ward.groups()) {
            groups.add(g.withTasks(g.tasks().stream().map(t -> t.withNumber(String.valueOf(++n[0]))).toList()));
        }
        return ward.withGroups(groups);
    }

    private static String levelOf(Plan ward) {
        return WardIdentity.parse(ward.issuer()).level();
    }

    private static PlanTask withResult(PlanTask t, String result) {
        return new PlanTask(t.id(), t.number(), t.name(), t.leader(), t.leadUnits(), t.coordinatingUnits(), result,
                t.deadline(), t.role(), t.parentRef(), t.note(), t.flags(), t.subTasks(), t.start());
    }

    private static PlanTask withUnits(PlanTask t, PlanTask from) {
        return new PlanTask(t.id(), t.number(), t.name(), from.leader(), from.leadUnits(), from.coordinatingUnits(),
                t.result(), t.deadline(), t.role(), t.parentRef(), t.note(), t.flags(), t.subTasks(), t.start());
    }

    private static PlanTask withRef(PlanTask t, TaskRef ref) {
        return new PlanTask(t.id(), t.number(), t.name(), t.leader(), t.leadUnits(), t.coordinatingUnits(), t.result(),
                t.deadline(), t.role(), ref, t.note(), t.flags(), t.subTasks(), t.start());
    }

    private static Plan withParent(Plan p, PlanRef parent) {
        return new Plan(p.id(), p.kind(), p.parentOrgan(), p.issuingOrgan(), p.issuer(), p.locality(), p.number(),
                p.symbol(), p.issueDate(), p.documentType(), p.summary(), p.legalBases(), p.introduction(),
                p.sections(), p.recipients(), p.signer(), parent, p.replacesPlan(), p.numbering(), p.appendixTitles(),
                p.groups(), p.indicators(), p.partial());
    }

    /** For tests and the dialog: the set of change kinds listed. */
    static Set<PlanChange.Kind> kinds(List<PlanChange> changes) {
        return changes.stream().map(PlanChange::kind).collect(Collectors.toSet());
    }
}
