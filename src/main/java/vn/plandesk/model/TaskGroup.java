package vn.plandesk.model;

import java.util.List;

/**
 * One of the seven task groups (I–VII), with its title as printed in this plan: titles differ between plans (the
 * 2026 plan rewrote group II's), so the title belongs to the plan, not to the number.
 */
public record TaskGroup(int number, String title, List<PlanTask> tasks) {
    public static final int COUNT = 7;

    public TaskGroup {
        if (number < 1 || number > COUNT) {
            throw new IllegalArgumentException("group number must be 1–7: " + number);
        }
        title = Text.nfc(title).strip();
        tasks = Text.copy(tasks);
    }

    /** "I" … "VII". */
    public String roman() {
        return RomanNumeral.format(number);
    }

    /** Tasks and sub-tasks. */
    public int taskCount() {
        return tasks.stream().mapToInt(t -> 1 + t.subTasks().size()).sum();
    }

    public TaskGroup withTasks(List<PlanTask> newTasks) {
        return new TaskGroup(number, title, newTasks);
    }
}
