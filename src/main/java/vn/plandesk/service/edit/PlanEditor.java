package vn.plandesk.service.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.TaskNumbering;
import vn.plandesk.store.PlanRepository;

/**
 * Edits one stored plan. Every edit is a function from the plan to a new plan: the editor renumbers after changes of
 * structure, writes the difference to the store in one transaction and only then makes the new plan current, so what
 * the window shows is always what the store holds. Each edit is recorded in the {@link UndoHistory}; undo and redo
 * write the older or newer snapshot back the same way.
 */
public final class PlanEditor {
    /** Where a task stands: group number, place among the group's tasks, place among its parent's sub-tasks or -1. */
    public record Location(int group, int index, int subIndex) {
        public boolean isSubTask() {
            return subIndex >= 0;
        }
    }

    /**
     * A change of the plan that another service writes, because it stores more than the plan with it (accepting a
     * change of a derived plan's parent also moves the parent's snapshot). Each method writes and returns the plan as
     * stored.
     */
    public interface StoredChange {
        Plan undo();

        Plan redo();
    }

    private final PlanRepository store;
    private final UndoHistory history = new UndoHistory();
    private final List<Consumer<Plan>> listeners = new CopyOnWriteArrayList<>();
    private Plan plan;

    public PlanEditor(PlanRepository store, Plan plan) {
        if (plan.id() == null) {
            throw new IllegalArgumentException("only a stored plan can be edited");
        }
        this.store = store;
        this.plan = plan;
    }

    public Plan plan() {
        return plan;
    }

    public UndoHistory history() {
        return history;
    }

    /** Called with the new plan after every edit, undo and redo. */
    public void addListener(Consumer<Plan> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Plan> listener) {
        listeners.remove(listener);
    }

    // ---- tasks

    public Optional<PlanTask> task(long id) {
        return plan.allTasks().stream().filter(t -> t.id() == id).findFirst();
    }

    public Optional<Location> locate(long id) {
        return locate(plan, id);
    }

    /** Changes one task's fields (not its place); the label names the edit in the Undo menu. */
    public void updateTask(long id, String labelKey, UnaryOperator<PlanTask> change) {
        apply(labelKey, p -> replaceTask(p, id, change), false);
    }

    /**
     * Adds an empty task after the given one (after its parent when that is a sub-task), or at the end of the group
     * when none is given. Returns the new task's id.
     */
    public long addTask(int group, Long afterId) {
        return addTask(group, afterId, "");
    }

    /**
     * As {@link #addTask(int, Long)}; when the plan has no group of that number yet (a derived plan keeps only the
     * groups it took tasks from) the group is made, with the given title, in its place among I–VII.
     */
    public long addTask(int group, Long afterId, String newGroupTitle) {
        Location after = afterId == null ? null : locate(afterId).orElse(null);
        int g = after == null ? group : after.group();
        int index = after == null ? plan.group(g).map(x -> x.tasks().size()).orElse(0) : after.index() + 1;
        Plan next = apply("edit.addTask", p0 -> {
            Plan p = withGroup(p0, g, newGroupTitle);
            List<PlanTask> tasks = new ArrayList<>(groupOf(p, g).tasks());
            tasks.add(index, PlanTask.named("", ""));
            return withGroupTasks(p, g, tasks);
        }, true);
        return groupOf(next, g).tasks().get(index).id();
    }

    /** Adds an empty sub-task under a task (after the given sub-task when a sub-task is given). Returns its id. */
    public long addSubTask(long taskId) {
        Location at = locate(taskId).orElseThrow(() -> new PlanDeskException("edit.noTask", taskId));
        int sub = at.isSubTask() ? at.subIndex() + 1 : groupOf(plan, at.group()).tasks().get(at.index()).subTasks().size();
        Plan next = apply("edit.addSubTask", p -> {
            TaskGroup g = groupOf(p, at.group());
            PlanTask parent = g.tasks().get(at.index());
            List<PlanTask> subs = new ArrayList<>(parent.subTasks());
            subs.add(sub, PlanTask.named("", ""));
            List<PlanTask> tasks = new ArrayList<>(g.tasks());
            tasks.set(at.index(), parent.withSubTasks(subs));
            return withGroupTasks(p, at.group(), tasks);
        }, true);
        return groupOf(next, at.group()).tasks().get(at.index()).subTasks().get(sub).id();
    }

    /** Deletes a task with its sub-tasks. */
    public void deleteTask(long id) {
        apply("edit.deleteTask", p -> {
            Location at = locate(p, id).orElseThrow(() -> new PlanDeskException("edit.noTask", id));
            return removeAt(p, at);
        }, true);
    }

    /** Moves a task one place up (-1) or down (+1) among its siblings; false when it is already at that end. */
    public boolean moveBy(long id, int delta) {
        Location at = locate(id).orElseThrow(() -> new PlanDeskException("edit.noTask", id));
        TaskGroup g = groupOf(plan, at.group());
        List<PlanTask> siblings = at.isSubTask() ? g.tasks().get(at.index()).subTasks() : g.tasks();
        int from = at.isSubTask() ? at.subIndex() : at.index();
        int to = from + delta;
        if (to < 0 || to >= siblings.size()) {
            return false;
        }
        apply(delta < 0 ? "edit.moveUp" : "edit.moveDown", p -> {
            TaskGroup pg = groupOf(p, at.group());
            List<PlanTask> tasks = new ArrayList<>(pg.tasks());
            if (at.isSubTask()) {
                PlanTask parent = tasks.get(at.index());
                List<PlanTask> subs = new ArrayList<>(parent.subTasks());
                subs.add(to, subs.remove(from));
                tasks.set(at.index(), parent.withSubTasks(subs));
            } else {
                tasks.add(to, tasks.remove(from));
            }
            return withGroupTasks(p, at.group(), tasks);
        }, true);
        return true;
    }

    /**
     * Moves a task (with its sub-tasks) to a place of this or another group: before the task {@code beforeId}, or at
     * the end when that is null; under {@code parentId} as a sub-task when that is given. A task with sub-tasks cannot
     * become a sub-task itself (the plans have two levels).
     */
    public void moveTask(long id, int toGroup, Long parentId, Long beforeId) {
        if (beforeId != null && beforeId == id || parentId != null && parentId == id) {
            return;
        }
        PlanTask moving = task(id).orElseThrow(() -> new PlanDeskException("edit.noTask", id));
        if (parentId != null && !moving.subTasks().isEmpty()) {
            throw new PlanDeskException("edit.twoLevels");
        }
        Location from = locate(id).orElseThrow();
        String label = from.group() == toGroup ? "edit.moveTask" : "edit.moveToGroup";
        apply(label, p -> {
            Plan without = removeAt(p, locate(p, id).orElseThrow());
            TaskGroup g = groupOf(without, toGroup);
            List<PlanTask> tasks = new ArrayList<>(g.tasks());
            if (parentId == null) {
                int index = beforeId == null ? tasks.size() : indexOf(tasks, beforeId);
                tasks.add(index < 0 ? tasks.size() : index, moving);
            } else {
                int pi = indexOf(tasks, parentId);
                if (pi < 0) {
                    throw new PlanDeskException("edit.noTask", parentId);
                }
                List<PlanTask> subs = new ArrayList<>(tasks.get(pi).subTasks());
                int index = beforeId == null ? subs.size() : indexOf(subs, beforeId);
                subs.add(index < 0 ? subs.size() : index, moving);
                tasks.set(pi, tasks.get(pi).withSubTasks(subs));
            }
            return withGroupTasks(without, toGroup, tasks);
        }, true);
    }

    // ---- indicators

    public void updateIndicator(long id, String labelKey, UnaryOperator<Indicator> change) {
        apply(labelKey, p -> p.withIndicators(p.indicators().stream()
                .map(i -> i.id() != null && i.id() == id ? change.apply(i) : i).toList()), false);
    }

    /** Adds an empty indicator after the given one, or at the end; returns its id. */
    public long addIndicator(Long afterId) {
        int index = afterId == null ? plan.indicators().size() : indicatorIndex(plan, afterId) + 1;
        Plan next = apply("edit.addIndicator", p -> {
            List<Indicator> list = new ArrayList<>(p.indicators());
            list.add(index, new Indicator(null, "", "", "", "", ""));
            return p.withIndicators(list);
        }, false);
        return next.indicators().get(index).id();
    }

    public void deleteIndicator(long id) {
        apply("edit.deleteIndicator", p -> p.withIndicators(p.indicators().stream()
                .filter(i -> i.id() == null || i.id() != id).toList()), false);
    }

    public boolean moveIndicator(long id, int delta) {
        int from = indicatorIndex(plan, id);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= plan.indicators().size()) {
            return false;
        }
        apply(delta < 0 ? "edit.moveUp" : "edit.moveDown", p -> {
            List<Indicator> list = new ArrayList<>(p.indicators());
            list.add(to, list.remove(from));
            return p.withIndicators(list);
        }, false);
        return true;
    }

    // ---- the plan's own details

    /** Changes the plan's details (organ, number, summary, legal bases, …); tasks and indicators stay as they are. */
    public void updateDetails(String labelKey, UnaryOperator<Plan> change) {
        Plan changed = change.apply(plan).withGroups(plan.groups()).withIndicators(plan.indicators()).withId(plan.id());
        // a new numbering scheme renumbers the tasks, in the same edit
        apply(labelKey, p -> changed, changed.numbering() != plan.numbering());
    }

    /**
     * Records a change another service has just written (the plan as stored is given): it becomes the current plan
     * and a step of this plan's undo history like any edit made here.
     */
    public void recordStored(String labelKey, Plan stored, StoredChange change) {
        if (stored.id() == null || !stored.id().equals(plan.id())) {
            throw new IllegalArgumentException("a stored state of this plan is needed");
        }
        history.record(new UndoHistory.Entry(labelKey, plan, stored, change));
        plan = stored;
        fire();
    }

    /**
     * Puts the tasks and indicators of another state of this plan in place (an Excel file's changes the officer
     * accepted), keeping the plan's details; one edit, undone as one. Numbers stay as given: they come from the file.
     */
    public void replaceContent(String labelKey, Plan content) {
        apply(labelKey, p -> p.withGroups(content.groups()).withIndicators(content.indicators()), false);
    }

    // ---- undo

    public boolean undo() {
        Optional<UndoHistory.Entry> e = history.nextUndo();
        if (e.isEmpty()) {
            return false;
        }
        plan = e.get().stored() != null ? e.get().stored().undo() : store.sync(plan, e.get().before());
        history.stepBack();
        fire();
        return true;
    }

    public boolean redo() {
        Optional<UndoHistory.Entry> e = history.nextRedo();
        if (e.isEmpty()) {
            return false;
        }
        plan = e.get().stored() != null ? e.get().stored().redo() : store.sync(plan, e.get().after());
        history.stepForward();
        fire();
        return true;
    }

    // ---- how an edit is made

    /**
     * Applies an edit: the new plan is renumbered when its structure changed (not in a partial plan, whose numbers are
     * those of its source), written to the store, then made current and recorded. A failed write changes nothing.
     */
    private Plan apply(String labelKey, UnaryOperator<Plan> edit, boolean structural) {
        Plan before = plan;
        Plan after = edit.apply(before);
        if (structural && !after.partial()) {
            after = TaskNumbering.renumber(after);
        }
        if (after.equals(before)) {
            return before;
        }
        Plan synced = store.sync(before, after);
        plan = synced;
        history.record(new UndoHistory.Entry(labelKey, before, synced));
        fire();
        return synced;
    }

    private void fire() {
        for (Consumer<Plan> l : listeners) {
            l.accept(plan);
        }
    }

    static Optional<Location> locate(Plan p, long id) {
        for (TaskGroup g : p.groups()) {
            for (int i = 0; i < g.tasks().size(); i++) {
                PlanTask t = g.tasks().get(i);
                if (t.id() != null && t.id() == id) {
                    return Optional.of(new Location(g.number(), i, -1));
                }
                for (int j = 0; j < t.subTasks().size(); j++) {
                    Long sid = t.subTasks().get(j).id();
                    if (sid != null && sid == id) {
                        return Optional.of(new Location(g.number(), i, j));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Plan replaceTask(Plan p, long id, UnaryOperator<PlanTask> change) {
        Location at = locate(p, id).orElseThrow(() -> new PlanDeskException("edit.noTask", id));
        List<PlanTask> tasks = new ArrayList<>(groupOf(p, at.group()).tasks());
        PlanTask top = tasks.get(at.index());
        if (at.isSubTask()) {
            List<PlanTask> subs = new ArrayList<>(top.subTasks());
            subs.set(at.subIndex(), change.apply(subs.get(at.subIndex())).withSubTasks(List.of()));
            tasks.set(at.index(), top.withSubTasks(subs));
        } else {
            tasks.set(at.index(), change.apply(top).withSubTasks(top.subTasks()));
        }
        return withGroupTasks(p, at.group(), tasks);
    }

    private static Plan removeAt(Plan p, Location at) {
        List<PlanTask> tasks = new ArrayList<>(groupOf(p, at.group()).tasks());
        if (at.isSubTask()) {
            PlanTask parent = tasks.get(at.index());
            List<PlanTask> subs = new ArrayList<>(parent.subTasks());
            subs.remove(at.subIndex());
            tasks.set(at.index(), parent.withSubTasks(subs));
        } else {
            tasks.remove(at.index());
        }
        return withGroupTasks(p, at.group(), tasks);
    }

    static TaskGroup groupOf(Plan p, int number) {
        return p.group(number).orElseThrow(() -> new PlanDeskException("edit.noGroup", number));
    }

    private static Plan withGroup(Plan p, int number, String title) {
        if (p.group(number).isPresent()) {
            return p;
        }
        if (number < 1 || number > TaskGroup.COUNT) {
            throw new PlanDeskException("edit.noGroup", number);
        }
        List<TaskGroup> groups = new ArrayList<>(p.groups());
        int at = 0;
        while (at < groups.size() && groups.get(at).number() < number) {
            at++;
        }
        groups.add(at, new TaskGroup(number, title, List.of()));
        return p.withGroups(groups);
    }

    private static Plan withGroupTasks(Plan p, int number, List<PlanTask> tasks) {
        List<TaskGroup> groups = new ArrayList<>(p.groups());
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).number() == number) {
                groups.set(i, groups.get(i).withTasks(tasks));
            }
        }
        return p.withGroups(groups);
    }

    private static int indexOf(List<PlanTask> tasks, long id) {
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).id() != null && tasks.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private static int indicatorIndex(Plan p, long id) {
        for (int i = 0; i < p.indicators().size(); i++) {
            if (p.indicators().get(i).id() != null && p.indicators().get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }
}
