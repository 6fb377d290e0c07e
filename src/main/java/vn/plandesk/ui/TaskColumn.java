package vn.plandesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanTask;
import vn.plandesk.service.Messages;
import vn.plandesk.service.edit.TaskFields;

/**
 * One column of a task table: what it shows, how wide it is (in em, so it grows with the text size), and how an
 * inline edit changes the task (null for columns edited in the form only). The two column sets are those of the
 * official appendices: a province plan's, with year marks 2025–2030, and a ward plan's, with the role and the parent
 * plan's number.
 */
record TaskColumn(String id, String header, double widthEm, Function<PlanTask, String> value,
                  BiFunction<PlanTask, String, PlanTask> edit, String editKey) {

    boolean editable() {
        return edit != null;
    }

    static List<TaskColumn> forKind(PlanKind kind) {
        return kind == PlanKind.WARD ? ward() : province();
    }

    static List<TaskColumn> province() {
        List<TaskColumn> cs = new ArrayList<>();
        cs.add(number());
        cs.add(name());
        for (int y = Deadline.PLAN_START_YEAR; y <= Deadline.PLAN_END_YEAR; y++) {
            int year = y;
            cs.add(new TaskColumn("year" + y, Messages.get("column.year", String.valueOf(y)), 3.6,
                    t -> t.deadline().years().getOrDefault(year, ""), (t, v) -> TaskFields.yearCell(t, year, v),
                    "edit.yearMark"));
        }
        cs.add(new TaskColumn("leader", Messages.get("column.leader"), 8, PlanTask::leader, TaskFields::leader,
                "edit.leader"));
        cs.add(leadUnits());
        cs.add(coordinatingUnits());
        cs.add(result());
        return cs;
    }

    static List<TaskColumn> ward() {
        return List.of(number(),
                new TaskColumn("parentNumber", Messages.get("column.parentNumber"), 7,
                        t -> t.parentRef() == null ? "" : t.parentRef().number(), TaskFields::parentNumber,
                        "edit.parentNumber"),
                name(),
                new TaskColumn("role", Messages.get("column.role"), 6.5,
                        t -> t.role() == null ? "" : Messages.get("role." + t.role().name()), null, null),
                leadUnits(), coordinatingUnits(), result(),
                new TaskColumn("deadline", Messages.get("column.deadline"), 7.5, t -> t.deadline().printed(),
                        TaskFields::deadlineText, "edit.deadline"),
                new TaskColumn("note", Messages.get("column.note"), 8, PlanTask::note, TaskFields::note, "edit.note"));
    }

    private static TaskColumn number() {
        return new TaskColumn("number", Messages.get("column.number"), 3.5, PlanTask::number, null, null);
    }

    private static TaskColumn name() {
        return new TaskColumn("name", Messages.get("column.task"), 30, PlanTask::name, TaskFields::name, "edit.name");
    }

    private static TaskColumn leadUnits() {
        return new TaskColumn("leadUnits", Messages.get("column.leadUnits"), 8, t -> String.join("\n", t.leadUnits()),
                null, null);
    }

    private static TaskColumn coordinatingUnits() {
        return new TaskColumn("coordinatingUnits", Messages.get("column.coordinatingUnits"), 9,
                t -> String.join("\n", t.coordinatingUnits()), null, null);
    }

    private static TaskColumn result() {
        return new TaskColumn("result", Messages.get("column.result"), 8, PlanTask::result, TaskFields::result,
                "edit.result");
    }
}
