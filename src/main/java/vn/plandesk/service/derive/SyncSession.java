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
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanRef;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.TaskNumbering;
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
    private final MatchDictionary dictionary;
    private final Deque<State> undo = new ArrayDeque<>();
    /** The states undone, newest first, for redo; cleared when a change is accepted. */
    private final Deque<State> redo = new ArrayDeque<>();
    /** The officer's corrections of the proposed mapping: old parent key → new parent key. */
    private final Map<String, String> targets = new HashMap<>();
    /**
     * The old parent's tasks whose ward tasks the officer keeps citing the old plan (no counterpart in the new one):
     * no longer listed, and the switch of parent leaves them as they are.
     */
    private final Set<String> kept = new java.util.HashSet<>();
    private State state;
    /** The proposals of the replacement mapping by old parent key, for the baseline they were made from. */
    private Map<String, Remapping.Proposal> proposals = Map.of();
    private Plan proposalsFor;
    /**
     * For a replacement the matcher's corpus (old and new parent) does not change: built once. A task's scores
     * against the new plan do not change either while the session lasts, so each is computed once: every accepted
     * change gives a new ward plan, whose mapping is proposed again from the scores kept (it took the whole matching
     * again, for each change accepted).
     */
    private Remapping.Scorer matcher;

    public SyncSession(Plan ward, Plan baseline, Long baselineId, Plan current, Long currentId, Store store) {
        this(ward, baseline, baselineId, current, currentId, store, MatchDictionary.shipped());
    }

    public SyncSession(Plan ward, Plan baseline, Long baselineId, Plan current, Long currentId, Store store,
                       MatchDictionary dictionary) {
        this.current = current;
        this.currentId = currentId;
        this.store = store;
        this.dictionary = dictionary;
        this.state = new State(ward, baseline, baselineId);
    }

    /**
     * Whether the current parent is another plan that replaces the ward's parent (the 2026 plan for KH 92). Once the
     * switch of parent is accepted the new plan is the baseline, and the session compares like versions of one plan:
     * the ward's tasks already follow it, so nothing is relinked to where it already points.
     */
    public boolean isReplacement() {
        return isReplacement(state);
    }

    private boolean isReplacement(State s) {
        return !PlanComparison.sameDocument(s.baseline, current);
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
        return changes(state);
    }

    private List<PlanChange> changes(State s) {
        return isReplacement(s) ? replacementChanges(s) : sameParentChanges(s);
    }

    /**
     * For a change of a replacement, the proposal it comes from: the top candidates with their scores and whether the
     * match is confident; empty for other changes.
     */
    public Optional<Remapping.Proposal> proposal(PlanChange change) {
        return change.oldKey() == null || !isReplacement() ? Optional.empty()
                : Optional.ofNullable(proposals(state).get(change.oldKey()));
    }

    /**
     * Whether "accept all" takes the change: never one that deletes ward tasks (a task removed from the parent, a task
     * with no counterpart in the new plan), and of a replacement's proposals only the confident ones and those the
     * officer chose.
     */
    public boolean acceptedByAll(PlanChange c) {
        return acceptedByAll(state, c);
    }

    private boolean acceptedByAll(State s, PlanChange c) {
        return switch (c.kind()) {
            case REMOVED, UNMATCHED -> false;
            case RELINK -> targets.containsKey(c.oldKey()) || Optional.ofNullable(proposals(s).get(c.oldKey()))
                    .map(p -> p.decision() == Remapping.Decision.MATCH).orElse(false);
            default -> true;
        };
    }

    /**
     * The replacement mapping as it stands: for every ward task still citing the old parent, the new plan's best
     * candidates and the decision; empty when the current parent is no replacement.
     */
    public List<Remapping.Proposal> remapping() {
        if (!isReplacement()) {
            return List.of();
        }
        proposals(state);
        return Remapping.propose(state.ward, state.baseline, current, matcher, PointMatcher.THRESHOLDS);
    }

    /** The tasks of the new parent, for correcting a proposed mapping. */
    public List<ParentTask> currentTasks() {
        return ParentTask.of(current);
    }

    /**
     * The officer corrects the mapping of an old parent task: it now maps to this task of the new parent, or to these
     * tasks ("3.đ), 3.h)") when the ward task follows several points; blank goes back to the proposal.
     */
    public void retarget(String oldKey, String newKey) {
        if (newKey == null || newKey.isBlank()) {
            // no point ticked: back to the proposal
            targets.remove(oldKey);
            return;
        }
        for (String k : Remapping.keys(newKey)) {
            if (ParentTask.find(currentTasks(), k).isEmpty()) {
                throw new PlanDeskException("derive.unknownTask", k, current.ref().citation());
            }
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

    /**
     * Applies one change to the ward plan and stores it. Accepting a ward task with no counterpart keeps it citing the
     * old plan (see {@link #keep}); deleting ward tasks is {@link #deleteWardTasks}, never an acceptance.
     */
    public void accept(PlanChange change) {
        if (change.kind() == PlanChange.Kind.UNMATCHED) {
            keep(change);
            return;
        }
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

    /**
     * Accepts every change "accept all" may take (see {@link #acceptedByAll}), applied one after another in memory and
     * stored once: one transaction and one step of undo. Returns how many changes it took; nothing is stored when none.
     */
    public int acceptAll() {
        State s = state;
        int n = 0;
        // a replacement lists the switch of parent only once every ward task follows the new plan or is kept, so go
        // round until nothing acceptable is listed (bounded, should a change ever stay listed)
        int limit = 2 * changes(s).size() + 2;
        while (n < limit) {
            State from = s;
            Optional<PlanChange> next = changes(s).stream().filter(c -> acceptedByAll(from, c)).findFirst();
            if (next.isEmpty()) {
                break;
            }
            s = apply(s, next.get());
            n++;
        }
        if (n > 0) {
            State stored = save(s);
            undo.push(state);
            redo.clear();
            state = stored;
        }
        return n;
    }

    /**
     * The officer keeps the ward tasks of a change with no counterpart citing the old plan: nothing in the ward plan
     * changes, the change leaves the list and no longer holds back the switch of parent.
     */
    public void keep(PlanChange change) {
        if (change.oldKey() != null) {
            kept.add(change.oldKey());
        }
    }

    /**
     * Deletes the ward tasks a change lists (a parent task removed, or with no counterpart in the new plan): only on
     * the officer's explicit word, after the tasks were shown; one transaction and one step of undo.
     */
    public void deleteWardTasks(PlanChange change) {
        State s = state;
        State next = switch (change.kind()) {
            case REMOVED -> apply(s, change);
            default -> new State(renumber(mapWard(s.ward, Set.copyOf(change.wardTasks()), t -> null)), s.baseline,
                    s.parentId);
        };
        State stored = save(next);
        undo.push(state);
        redo.clear();
        state = stored;
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

    private List<PlanChange> sameParentChanges(State s) {
        Map<String, List<String>> wardByKey = wardTasksByKey(s.ward, s.baseline.ref());
        return PlanComparison.between(s.baseline, current).stream()
                // a task only the newer plan has (no old key) is cited by no ward task
                .map(c -> c.withWardTasks(wardByKey.getOrDefault(c.oldKey(), List.of())))
                .toList();
    }

    /** The replacement mapping's proposals for the ward tasks that still cite the old parent, by old key. */
    private Map<String, Remapping.Proposal> proposals(State s) {
        if (proposalsFor != s.ward) {
            if (matcher == null) {
                PointMatcher points = PointMatcher.of(ParentTask.of(s.baseline), ParentTask.of(current), dictionary);
                Map<ParentTask, double[]> scored = new HashMap<>();
                matcher = (old, news) -> scored.computeIfAbsent(old, o -> points.scores(o, news));
            }
            Map<String, Remapping.Proposal> byKey = new LinkedHashMap<>();
            for (Remapping.Proposal p : Remapping.propose(s.ward, s.baseline, current, matcher, PointMatcher.THRESHOLDS)) {
                byKey.putIfAbsent(p.parentTask(), p);
            }
            proposals = byKey;
            proposalsFor = s.ward;
        }
        return proposals;
    }

    private List<PlanChange> replacementChanges(State s) {
        List<PlanChange> out = new ArrayList<>();
        Map<String, List<String>> stillOld = wardTasksByKey(s.ward, s.baseline.ref());
        List<ParentTask> olds = ParentTask.of(s.baseline);
        List<ParentTask> news = ParentTask.of(current);
        Map<String, Remapping.Proposal> byKey = proposals(s);
        Set<String> targeted = new java.util.HashSet<>(wardTasksByKey(s.ward, current.ref()).keySet());
        for (Map.Entry<String, List<String>> e : stillOld.entrySet()) {
            String oldKey = e.getKey();
            if (kept.contains(oldKey)) {
                continue;
            }
            Optional<ParentTask> old = ParentTask.find(olds, oldKey);
            Map.Entry<TaskGroup, PlanTask> cited = wardTaskAndGroup(s.ward, e.getValue().get(0)).orElseThrow();
            PlanTask oldTask = old.map(ParentTask::task).orElse(cited.getValue());
            int group = old.map(ParentTask::group).orElse(cited.getKey().number());
            Remapping.Proposal p = byKey.get(oldKey);
            String chosen = targets.get(oldKey);
            if (chosen == null && p != null && p.decision() != Remapping.Decision.NONE) {
                chosen = p.candidates().get(0).key();
            }
            if (chosen != null) {
                List<String> keys = Remapping.keys(chosen);
                ParentTask n = ParentTask.find(news, keys.get(0)).orElseThrow();
                out.add(new PlanChange.Relink(new PlanChange.TaskPair(n.group(), oldKey, chosen, oldTask, n.task(),
                        score(p, keys.get(0))), e.getValue()));
                targeted.addAll(keys);
            } else {
                out.add(new PlanChange.Unmatched(group, oldKey, oldTask, e.getValue()));
            }
        }
        for (ParentTask n : news) {
            if (!targeted.contains(n.key())) {
                out.add(new PlanChange.TaskAdded(n.group(), n.key(), n.task(), List.of()));
            }
        }
        if (out.stream().noneMatch(c -> c.kind() == PlanChange.Kind.RELINK || c.kind() == PlanChange.Kind.UNMATCHED)) {
            out.add(new PlanChange.ParentSwitch());
        }
        return out;
    }

    private static double score(Remapping.Proposal p, String key) {
        if (p == null) {
            return 0;
        }
        return p.candidates().stream().filter(c -> c.key().equals(key)).mapToDouble(Remapping.Candidate::score)
                .findFirst().orElse(0);
    }

    /**
     * Ward task numbers by the key of the parent task they follow, for the tasks that cite the given plan; a task that
     * follows several tasks ("3.đ), 3.h)") is listed under each.
     */
    /** The ward tasks citing each task of {@code plan}, named by their keys in the ward plan. */
    private static Map<String, List<String>> wardTasksByKey(Plan ward, PlanRef plan) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<TaskGroup, PlanTask> e : wardTasks(ward)) {
            TaskRef ref = e.getValue().parentRef();
            if (ref != null && plan.sameIdentity(ref.plan())) {
                for (String key : Remapping.keys(ref.number())) {
                    out.computeIfAbsent(key, k -> new ArrayList<>()).add(wardKey(ward, e.getKey(), e.getValue()));
                }
            }
        }
        return out;
    }

    /**
     * How a change names a ward task: its number, with its group's numeral where the ward plan numbers each group
     * from 1 ("II.3"), so that the third task of group II is never taken for the third of group I.
     */
    private static String wardKey(Plan ward, TaskGroup g, PlanTask t) {
        return ParentTask.key(ward.numbering(), g.number(), t.number());
    }

    /** Every task and sub-task of the ward plan with its group, in the plan's order. */
    private static List<Map.Entry<TaskGroup, PlanTask>> wardTasks(Plan ward) {
        List<Map.Entry<TaskGroup, PlanTask>> out = new ArrayList<>();
        for (TaskGroup g : ward.groups()) {
            for (PlanTask t : g.tasks()) {
                out.add(Map.entry(g, t));
                t.subTasks().forEach(sub -> out.add(Map.entry(g, sub)));
            }
        }
        return out;
    }

    /** The ward task a change names ({@link PlanChange#wardTasks()}), if the ward plan has it. */
    public Optional<PlanTask> wardTask(String key) {
        return wardTaskAndGroup(state.ward, key).map(Map.Entry::getValue);
    }

    private static Optional<Map.Entry<TaskGroup, PlanTask>> wardTaskAndGroup(Plan ward, String key) {
        return wardTasks(ward).stream().filter(e -> wardKey(ward, e.getKey(), e.getValue()).equals(key)).findFirst();
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
            case ADDED -> isReplacement(s) ? new State(addWardTask(s.ward, c, adaptation), s.baseline, s.parentId)
                    : new State(addWardTask(s.ward, c, adaptation), insertBaseline(s.baseline, c.group(), n), currentId);
            case RELINK -> new State(
                    mapWard(s.ward, touched, t -> withRef(t, new TaskRef(current.ref(), c.newKey()))), s.baseline, s.parentId);
            // keeping the task citing the old plan changes nothing in the ward plan; deleting it is deleteWardTasks
            case UNMATCHED -> s;
            case PARENT_SWITCH -> new State(withParent(s.ward, current.ref()), current.withoutIds(), currentId);
            // a row change of an imported file is never listed here
            case CHANGED -> throw new IllegalArgumentException("not a change of a parent plan: " + c);
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

    /** Applies f to the ward tasks with the given keys ({@link #wardKey}); a null result removes the task. */
    private static Plan mapWard(Plan ward, Set<String> keys, UnaryOperator<PlanTask> f) {
        List<TaskGroup> groups = new ArrayList<>();
        for (TaskGroup g : ward.groups()) {
            UnaryOperator<PlanTask> inGroup = t -> keys.contains(wardKey(ward, g, t)) ? f.apply(t) : t;
            List<PlanTask> tasks = new ArrayList<>();
            for (PlanTask t : g.tasks()) {
                PlanTask m = inGroup.apply(t);
                if (m != null) {
                    tasks.add(m.withSubTasks(m.subTasks().stream().map(inGroup).filter(java.util.Objects::nonNull)
                            .toList()));
                }
            }
            if (!tasks.isEmpty()) {
                groups.add(g.withTasks(tasks));
            }
        }
        return ward.withGroups(groups);
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

    /** The ward plan numbered again by its own scheme after a task is added or removed (1 … n, or from 1 in each group). */
    private static Plan renumber(Plan ward) {
        return TaskNumbering.renumber(ward);
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
