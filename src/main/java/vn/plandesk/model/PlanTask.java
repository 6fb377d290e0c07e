package vn.plandesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One row of a plan's task appendix.
 *
 * @param id                the store's key, null for a task not stored yet (and in exchange files)
 * @param number            the number as printed: "1", "17", "2.1", "a)"
 * @param name              the task ("Nhiệm vụ" / "Tên nhiệm vụ")
 * @param leader            "Lãnh đạo phụ trách" (province plans)
 * @param leadUnits         "Đơn vị chủ trì, thực hiện"
 * @param coordinatingUnits "Đơn vị phối hợp"
 * @param result            "Kết quả": the expected result or product
 * @param deadline          the time: printed text and year grid, parsed
 * @param role              the ward's role in a task of the parent plan; null in province plans
 * @param parentRef         the task of the parent plan this row derives from ("STT theo Kế hoạch số …")
 * @param note              "Ghi chú"
 * @param flags             marks for the officer's attention
 * @param subTasks          rows under this one (2.1 … 2.5 of seed 000)
 * @param start             the day the officer set for the work to begin, drawn on the timeline; null when the task
 *                          starts with the plan
 */
public record PlanTask(Long id, String number, String name, String leader, List<String> leadUnits,
                       List<String> coordinatingUnits, String result, Deadline deadline, WardRole role,
                       TaskRef parentRef, String note, List<TaskFlag> flags, List<PlanTask> subTasks,
                       java.time.LocalDate start) {

    public PlanTask {
        number = Text.nfc(number).strip();
        name = Text.nfc(name).strip();
        leader = Text.nfc(leader).strip();
        leadUnits = Text.nfcList(leadUnits);
        coordinatingUnits = Text.nfcList(coordinatingUnits);
        result = Text.nfc(result).strip();
        deadline = deadline == null ? Deadline.none() : deadline;
        note = Text.nfc(note).strip();
        flags = flags == null ? List.of() : List.copyOf(flags.stream().distinct().sorted().toList());
        subTasks = Text.copy(subTasks);
    }

    /**
     * Every component, compared as the record's own equals compares them. Written out for the reason of
     * {@link Plan#equals}: the window's tables compare the tasks of their rows when a plan is first shown.
     * {@code RecordEqualsTest} checks that each component counts; the record's own hashCode agrees with this.
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof PlanTask o)) {
            return false;
        }
        // no identity check of its own: each component's equals has one, so a record compared with itself is quick
        return Objects.equals(id, o.id) && role == o.role && Objects.equals(number, o.number)
                && Objects.equals(name, o.name) && Objects.equals(leader, o.leader)
                && Objects.equals(leadUnits, o.leadUnits) && Objects.equals(coordinatingUnits, o.coordinatingUnits)
                && Objects.equals(result, o.result) && Objects.equals(deadline, o.deadline)
                && Objects.equals(parentRef, o.parentRef) && Objects.equals(note, o.note)
                && Objects.equals(flags, o.flags) && Objects.equals(subTasks, o.subTasks)
                && Objects.equals(start, o.start);
    }

    /** A task with no start of its own: it starts with the plan. */
    public PlanTask(Long id, String number, String name, String leader, List<String> leadUnits,
                    List<String> coordinatingUnits, String result, Deadline deadline, WardRole role,
                    TaskRef parentRef, String note, List<TaskFlag> flags, List<PlanTask> subTasks) {
        this(id, number, name, leader, leadUnits, coordinatingUnits, result, deadline, role, parentRef, note, flags,
                subTasks, null);
    }

    /** A new task with only a number and a name; the rest blank. */
    public static PlanTask named(String number, String name) {
        return new PlanTask(null, number, name, "", List.of(), List.of(), "", Deadline.none(), null, null, "",
                List.of(), List.of());
    }

    public boolean has(TaskFlag flag) {
        return flags.contains(flag);
    }

    public PlanTask withId(Long newId) {
        return new PlanTask(newId, number, name, leader, leadUnits, coordinatingUnits, result, deadline, role,
                parentRef, note, flags, subTasks, start);
    }

    public PlanTask withNumber(String newNumber) {
        return new PlanTask(id, newNumber, name, leader, leadUnits, coordinatingUnits, result, deadline, role,
                parentRef, note, flags, subTasks, start);
    }

    public PlanTask withName(String newName) {
        return new PlanTask(id, number, newName, leader, leadUnits, coordinatingUnits, result, deadline, role,
                parentRef, note, flags, subTasks, start);
    }

    public PlanTask withDeadline(Deadline newDeadline) {
        return new PlanTask(id, number, name, leader, leadUnits, coordinatingUnits, result, newDeadline, role,
                parentRef, note, flags, subTasks, start);
    }

    public PlanTask withStart(java.time.LocalDate newStart) {
        return new PlanTask(id, number, name, leader, leadUnits, coordinatingUnits, result, deadline, role,
                parentRef, note, flags, subTasks, newStart);
    }

    public PlanTask withSubTasks(List<PlanTask> newSubTasks) {
        return new PlanTask(id, number, name, leader, leadUnits, coordinatingUnits, result, deadline, role,
                parentRef, note, flags, newSubTasks, start);
    }

    /** This task and its sub-tasks without store keys, as an exchange file carries them. */
    public PlanTask withoutIds() {
        List<PlanTask> subs = new ArrayList<>(subTasks.size());
        for (PlanTask s : subTasks) {
            subs.add(s.withoutIds());
        }
        return new PlanTask(null, number, name, leader, leadUnits, coordinatingUnits, result, deadline, role,
                parentRef, note, flags, subs, start);
    }

    /** Every text of the task, for searching. */
    public String searchText() {
        StringBuilder b = new StringBuilder();
        for (String s : List.of(number, name, leader, result, deadline.printed(), note)) {
            b.append(s).append('\n');
        }
        leadUnits.forEach(u -> b.append(u).append('\n'));
        coordinatingUnits.forEach(u -> b.append(u).append('\n'));
        if (role != null) {
            b.append(role.printed()).append('\n');
        }
        return b.toString();
    }
}
