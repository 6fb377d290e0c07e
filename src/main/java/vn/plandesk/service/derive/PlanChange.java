package vn.plandesk.service.derive;

import java.util.List;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.PlanTask;

/**
 * One change between two plans, as {@link PlanComparison} finds it: a kind of record per kind of change, each with its
 * own typed before and after. The parent comparison lists a task's fields one change each (the ward follows them one
 * by one); the import into a stored plan lists a task as one row change ({@link TaskReplaced}); a replacement of the
 * parent adds the session's own proposals ({@link Relink}, {@link Unmatched}, {@link ParentSwitch}).
 *
 * <p>Every change also answers the few questions the lists ask of all of them: its {@link Kind} (for the officer's
 * words and for filtering), the group, the task's keys in the older and newer plan, the tasks on both sides, and the
 * ward tasks it touches.
 */
public sealed interface PlanChange {

    /** The label of a change, one per record, for the message keys ({@code change.kind.X}, {@code office.change.X}). */
    enum Kind {
        /** The newer plan has a task (or an indicator) the older had not. */
        ADDED,
        /** A task (or an indicator) of the older plan is gone. */
        REMOVED,
        /** The task is the same but its number (or group) changed. */
        RENUMBERED,
        /** The task's text changed. */
        REWORDED,
        /** Its time changed. */
        DEADLINE,
        /** Its expected result changed. */
        RESULT,
        /** Its lead or coordinating units changed. */
        UNITS,
        /** A row of the stored plan is different in the imported file (a task with its sub-tasks, an indicator, a group's title). */
        CHANGED,
        /** The parent was replaced: the ward task is proposed to follow this task of the new plan. */
        RELINK,
        /** The parent was replaced and no task of the new plan resembles the ward task's. */
        UNMATCHED,
        /** The parent was replaced and every ward task follows the new plan: the ward plan now derives from it. */
        PARENT_SWITCH
    }

    Kind kind();

    /** The group (1–7) of the task in the newer plan, or in the older one when it was removed; 0 for no task. */
    int group();

    /** The task's key in the older plan (null when added or for an indicator). */
    default String oldKey() {
        return null;
    }

    /** The task's key in the newer plan (null when removed or for an indicator; the proposed target of a relink). */
    default String newKey() {
        return null;
    }

    /** The task as it was (null when added). */
    default PlanTask oldTask() {
        return null;
    }

    /** The task as it is (null when removed). */
    default PlanTask newTask() {
        return null;
    }

    /** For paired tasks, how alike the texts are (0–1). */
    default double score() {
        return 0;
    }

    /** The numbers of the ward tasks the change touches (derived from the older task); empty outside a ward's session. */
    default List<String> wardTasks() {
        return List.of();
    }

    /** The same change touching these ward tasks. */
    PlanChange withWardTasks(List<String> numbers);

    /** Whether it is a change of the indicator table rather than of a task. */
    default boolean isIndicator() {
        return false;
    }

    /** The task's or indicator's number as printed in the newer plan, else in the older. */
    default String number() {
        PlanTask t = newTask() != null ? newTask() : oldTask();
        return t == null ? "" : t.number();
    }

    /** The row's name, from the newer side when there is one. */
    default String name() {
        PlanTask t = newTask() != null ? newTask() : oldTask();
        return t == null ? "" : t.name();
    }

    private static List<String> copy(List<String> wardTasks) {
        return wardTasks == null ? List.of() : List.copyOf(wardTasks);
    }

    /**
     * A task present in both plans, paired by its key or by its text.
     *
     * @param group   the task's group in the newer plan
     * @param oldKey  its key in the older plan
     * @param newKey  its key in the newer plan
     * @param oldTask the task as it was
     * @param newTask the task as it is
     * @param score   how alike the two texts are (0–1)
     */
    record TaskPair(int group, String oldKey, String newKey, PlanTask oldTask, PlanTask newTask, double score) {
    }

    /** A change of a task present in both plans: its group, keys and both sides come from the pair. */
    sealed interface OfPair extends PlanChange {
        TaskPair pair();

        @Override
        default int group() {
            return pair().group();
        }

        @Override
        default String oldKey() {
            return pair().oldKey();
        }

        @Override
        default String newKey() {
            return pair().newKey();
        }

        @Override
        default PlanTask oldTask() {
            return pair().oldTask();
        }

        @Override
        default PlanTask newTask() {
            return pair().newTask();
        }

        @Override
        default double score() {
            return pair().score();
        }
    }

    /** A task of the newer plan only. */
    record TaskAdded(int group, String newKey, PlanTask newTask, List<String> wardTasks) implements PlanChange {
        public TaskAdded {
            wardTasks = copy(wardTasks);
        }

        @Override
        public Kind kind() {
            return Kind.ADDED;
        }

        @Override
        public TaskAdded withWardTasks(List<String> numbers) {
            return new TaskAdded(group, newKey, newTask, numbers);
        }
    }

    /** A task of the older plan only. */
    record TaskRemoved(int group, String oldKey, PlanTask oldTask, List<String> wardTasks) implements PlanChange {
        public TaskRemoved {
            wardTasks = copy(wardTasks);
        }

        @Override
        public Kind kind() {
            return Kind.REMOVED;
        }

        @Override
        public TaskRemoved withWardTasks(List<String> numbers) {
            return new TaskRemoved(group, oldKey, oldTask, numbers);
        }
    }

    /** The same task under another key or in another group: before and after are the keys. */
    record TaskMoved(TaskPair pair, int fromGroup, List<String> wardTasks) implements OfPair {
        public TaskMoved {
            wardTasks = copy(wardTasks);
        }

        @Override
        public Kind kind() {
            return Kind.RENUMBERED;
        }

        @Override
        public TaskMoved withWardTasks(List<String> numbers) {
            return new TaskMoved(pair, fromGroup, numbers);
        }
    }

    /** The task's text (nội dung) changed. */
    record NameChanged(TaskPair pair, String before, String after, List<String> wardTasks) implements OfPair {
        public NameChanged {
            wardTasks = copy(wardTasks);
        }

        @Override
        public Kind kind() {
            return Kind.REWORDED;
        }

        @Override
        public NameChanged withWardTasks(List<String> numbers) {
            return new NameChanged(pair, before, after, numbers);
        }
    }

    /** The task's time (thời gian hoàn thành) changed. */
    record DeadlineChanged(TaskPair pair, Deadline before, Deadline after, List<String> wardTasks) implements OfPair {
        public DeadlineChanged {
            wardTasks = copy(wardTasks);
        }

        @Override
        public Kind kind() {
            return Kind.DEADLINE;
        }

        @Override
        public DeadlineChanged withWardTasks(List<String> numbers) {
            return new DeadlineChanged(pair, before, after, numbers);
        }
    }

    /** The task's expected result (sản phẩm) changed. */
    record ResultChanged(TaskPair pair, String before, String after, List<String> wardTasks) implements OfPair {
        public ResultChanged {
            wardTasks = copy(wardTasks);
        }

        @Override
        public Kind kind() {
            return Kind.RESULT;
        }

        @Override
        public ResultChanged withWardTasks(List<String> numbers) {
            return new ResultChanged(pair, before, after, numbers);
        }
    }

    /** The lead and coordinating units of a task. */
    record Units(List<String> lead, List<String> coordinating) {
        public Units {
            lead = List.copyOf(lead);
            coordinating = List.copyOf(coordinating);
        }

        public static Units of(PlanTask t) {
            return new Units(t.leadUnits(), t.coordinatingUnits());
        }
    }

    /** The task's lead or coordinating units changed. */
    record UnitsChanged(TaskPair pair, Units before, Units after, List<String> wardTasks) implements OfPair {
        public UnitsChanged {
            wardTasks = copy(wardTasks);
        }

        @Override
        public Kind kind() {
            return Kind.UNITS;
        }

        @Override
        public UnitsChanged withWardTasks(List<String> numbers) {
            return new UnitsChanged(pair, before, after, numbers);
        }
    }

    /** A task row of the stored plan (with its sub-tasks) is different in the imported file: accepting takes the file's. */
    record TaskReplaced(TaskPair pair) implements OfPair {
        @Override
        public Kind kind() {
            return Kind.CHANGED;
        }

        @Override
        public TaskReplaced withWardTasks(List<String> numbers) {
            return this;
        }
    }

    /** The title of a group of both plans changed (an imported file against the stored plan). */
    record GroupRetitled(int group, String before, String after) implements PlanChange {
        @Override
        public Kind kind() {
            return Kind.CHANGED;
        }

        @Override
        public String number() {
            return "";
        }

        @Override
        public String name() {
            return after;
        }

        @Override
        public GroupRetitled withWardTasks(List<String> numbers) {
            return this;
        }
    }

    /** A change of the indicator table: no task, no group, no ward tasks. */
    sealed interface OfIndicator extends PlanChange {
        /** The indicator as in the newer plan, or as in the older one when it was removed. */
        Indicator row();

        @Override
        default int group() {
            return 0;
        }

        @Override
        default boolean isIndicator() {
            return true;
        }

        @Override
        default String number() {
            return row().number();
        }

        @Override
        default String name() {
            return row().name();
        }

        @Override
        default PlanChange withWardTasks(List<String> numbers) {
            return this;
        }
    }

    /** An indicator of the newer plan only. */
    record IndicatorAdded(Indicator after) implements OfIndicator {
        @Override
        public Kind kind() {
            return Kind.ADDED;
        }

        @Override
        public Indicator row() {
            return after;
        }
    }

    /** An indicator of the older plan only. */
    record IndicatorRemoved(Indicator before) implements OfIndicator {
        @Override
        public Kind kind() {
            return Kind.REMOVED;
        }

        @Override
        public Indicator row() {
            return before;
        }
    }

    /** An indicator of both plans whose name, unit, section or target changed. */
    record IndicatorChanged(Indicator before, Indicator after) implements OfIndicator {
        @Override
        public Kind kind() {
            return Kind.CHANGED;
        }

        @Override
        public Indicator row() {
            return after;
        }
    }

    /**
     * The parent was replaced: the ward tasks citing the old parent's task are proposed to follow this task (or these
     * tasks, "3.đ), 3.h)": the pair's new key is then the whole citation) of the new plan.
     */
    record Relink(TaskPair pair, List<String> wardTasks) implements OfPair {
        public Relink {
            wardTasks = copy(wardTasks);
        }

        @Override
        public Kind kind() {
            return Kind.RELINK;
        }

        @Override
        public Relink withWardTasks(List<String> numbers) {
            return new Relink(pair, numbers);
        }
    }

    /** The parent was replaced and no task of the new plan resembles the old task the ward tasks follow. */
    record Unmatched(int group, String oldKey, PlanTask oldTask, List<String> wardTasks) implements PlanChange {
        public Unmatched {
            wardTasks = copy(wardTasks);
        }

        @Override
        public Kind kind() {
            return Kind.UNMATCHED;
        }

        @Override
        public Unmatched withWardTasks(List<String> numbers) {
            return new Unmatched(group, oldKey, oldTask, numbers);
        }
    }

    /** The parent was replaced and every ward task follows the new plan or is kept: the ward plan now derives from it. */
    record ParentSwitch() implements PlanChange {
        @Override
        public Kind kind() {
            return Kind.PARENT_SWITCH;
        }

        @Override
        public int group() {
            return 0;
        }

        @Override
        public ParentSwitch withWardTasks(List<String> numbers) {
            return this;
        }
    }
}
