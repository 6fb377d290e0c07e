package vn.plandesk.service.edit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskFlag;
import vn.plandesk.model.TaskRef;
import vn.plandesk.model.WardRole;

/** A task with one field changed, for the editor's field edits. */
public final class TaskFields {
    private TaskFields() {
    }

    public static PlanTask name(PlanTask t, String v) {
        return t.withName(v);
    }

    public static PlanTask leader(PlanTask t, String v) {
        return new PlanTask(t.id(), t.number(), t.name(), v, t.leadUnits(), t.coordinatingUnits(), t.result(),
                t.deadline(), t.role(), t.parentRef(), t.note(), t.flags(), t.subTasks(), t.start());
    }

    public static PlanTask leadUnits(PlanTask t, List<String> v) {
        return new PlanTask(t.id(), t.number(), t.name(), t.leader(), v, t.coordinatingUnits(), t.result(),
                t.deadline(), t.role(), t.parentRef(), t.note(), t.flags(), t.subTasks(), t.start());
    }

    public static PlanTask coordinatingUnits(PlanTask t, List<String> v) {
        return new PlanTask(t.id(), t.number(), t.name(), t.leader(), t.leadUnits(), v, t.result(),
                t.deadline(), t.role(), t.parentRef(), t.note(), t.flags(), t.subTasks(), t.start());
    }

    public static PlanTask result(PlanTask t, String v) {
        return new PlanTask(t.id(), t.number(), t.name(), t.leader(), t.leadUnits(), t.coordinatingUnits(), v,
                t.deadline(), t.role(), t.parentRef(), t.note(), t.flags(), t.subTasks(), t.start());
    }

    public static PlanTask role(PlanTask t, WardRole v) {
        return new PlanTask(t.id(), t.number(), t.name(), t.leader(), t.leadUnits(), t.coordinatingUnits(),
                t.result(), t.deadline(), v, t.parentRef(), t.note(), t.flags(), t.subTasks(), t.start());
    }

    public static PlanTask note(PlanTask t, String v) {
        return new PlanTask(t.id(), t.number(), t.name(), t.leader(), t.leadUnits(), t.coordinatingUnits(),
                t.result(), t.deadline(), t.role(), t.parentRef(), v, t.flags(), t.subTasks(), t.start());
    }

    /** The printed number of the parent plan's task this row derives from; the parent plan stays as it was. */
    public static PlanTask parentNumber(PlanTask t, String v) {
        TaskRef ref = v == null || v.isBlank() ? null
                : new TaskRef(t.parentRef() == null ? null : t.parentRef().plan(), v);
        return new PlanTask(t.id(), t.number(), t.name(), t.leader(), t.leadUnits(), t.coordinatingUnits(),
                t.result(), t.deadline(), t.role(), ref, t.note(), t.flags(), t.subTasks(), t.start());
    }

    /**
     * A new deadline text, read again with the task's year grid. The officer's own words replace the extraction's
     * guess, so the "year inferred" mark goes with the old text.
     */
    public static PlanTask deadlineText(PlanTask t, String text) {
        return withDeadline(t, Deadline.of(text, t.deadline().years()));
    }

    /** A deadline as a whole, text and year grid, such as one moved on the timeline. */
    public static PlanTask deadline(PlanTask t, Deadline d) {
        return withDeadline(t, d);
    }

    /** The day the work begins, drawn on the timeline; null: with the plan. */
    public static PlanTask start(PlanTask t, java.time.LocalDate v) {
        return t.withStart(v);
    }

    /** A year mark of the grid set ("x") or cleared; a cell holding other text ("Quý 3") keeps it when set. */
    public static PlanTask yearMark(PlanTask t, int year, boolean marked) {
        Map<Integer, String> years = new TreeMap<>(t.deadline().years());
        if (marked) {
            years.putIfAbsent(year, "x");
        } else {
            years.remove(year);
        }
        return withDeadline(t, Deadline.of(t.deadline().raw(), years));
    }

    /** A year cell's text as typed in the table ("x", "Quý 3", or nothing). */
    public static PlanTask yearCell(PlanTask t, int year, String text) {
        Map<Integer, String> years = new TreeMap<>(t.deadline().years());
        years.put(year, text); // the deadline keeps a cell's text stripped, and no cell that is blank or none
        return withDeadline(t, Deadline.of(t.deadline().raw(), years));
    }

    private static PlanTask withDeadline(PlanTask t, Deadline d) {
        List<TaskFlag> flags = t.flags().stream().filter(f -> f != TaskFlag.YEAR_INFERRED).toList();
        return new PlanTask(t.id(), t.number(), t.name(), t.leader(), t.leadUnits(), t.coordinatingUnits(),
                t.result(), d, t.role(), t.parentRef(), t.note(), flags, t.subTasks(), t.start());
    }
}
