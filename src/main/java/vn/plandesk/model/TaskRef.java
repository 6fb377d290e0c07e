package vn.plandesk.model;

/** A pointer to a task of another plan: the plan's identity and the task's printed number there ("17", "2.1"). */
public record TaskRef(PlanRef plan, String number) {
    public TaskRef {
        number = Text.nfc(number).strip();
    }
}
