package vn.plandesk.model.tracking;

import java.util.Map;
import java.util.NavigableMap;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.Text;

/**
 * The status of a task in a period, from its entries. A recurring task ("Thường xuyên", "Hàng năm", a deadline that
 * goes on) is reported in every period, so a period without an entry has none of its own; a one-off task keeps its
 * latest status until it is done. Without any entry a task waits for the province when the plan says so ("Thực hiện
 * khi có chỉ đạo, hướng dẫn triển khai của tỉnh"), is done when its deadline says "Đã thực hiện", and is otherwise not
 * started.
 */
public final class StatusRule {
    private static final String WAITS = Text.fold("khi có chỉ đạo");

    private StatusRule() {
    }

    /**
     * @param entries the task's entries by quarter (any map sorted by period; may be empty)
     */
    public static ProgressStatus statusOf(PlanTask task, Period period, NavigableMap<Period, ProgressEntry> entries) {
        ProgressEntry e = entryFor(task, period, entries);
        return e != null ? e.status() : defaultStatus(task);
    }

    /**
     * The entry that gives the task's status in the period: the latest within the period, else for a one-off task the
     * latest before it; null when there is none.
     */
    public static ProgressEntry entryFor(PlanTask task, Period period, NavigableMap<Period, ProgressEntry> entries) {
        if (entries == null) {
            return null;
        }
        Period last = period.lastQuarter();
        Map.Entry<Period, ProgressEntry> latest = entries.floorEntry(last);
        if (latest == null) {
            return null;
        }
        if (!latest.getKey().end().isBefore(period.start()) || !recurs(task)) {
            return latest.getValue();
        }
        return null;
    }

    /** Whether the task is reported anew in every period. */
    public static boolean recurs(PlanTask task) {
        Deadline d = task.deadline();
        return d.recurs() || d.kind() == Deadline.Kind.RECURRING;
    }

    /** Whether the plan says the task waits for the province's direction, in its note or its time. */
    public static boolean waitsForProvince(PlanTask task) {
        return Text.fold(task.note()).contains(WAITS) || Text.fold(task.deadline().raw()).contains(WAITS);
    }

    /** A task's status when nothing has been reported for it. */
    public static ProgressStatus defaultStatus(PlanTask task) {
        if (task.deadline().kind() == Deadline.Kind.DONE) {
            return ProgressStatus.DONE;
        }
        return waitsForProvince(task) ? ProgressStatus.WAITING : ProgressStatus.NOT_STARTED;
    }

    /**
     * Whether a one-off task's deadline has passed on the given day: recurring and open-ended work is never past its
     * due date, and a deadline that names no day ("Đã thực hiện", unreadable) has none to pass.
     */
    public static boolean duePassed(Deadline d, java.time.LocalDate day) {
        if (d.recurs()) {
            return false;
        }
        java.time.LocalDate due = d.dueDate();
        return due != null && due.isBefore(day);
    }

    /**
     * Whether a task of this status is late: reported behind schedule, or due before today (as the caller reads the
     * deadline) and neither finished, nor dropped, nor waiting for the province.
     */
    public static boolean late(ProgressStatus status, boolean duePassed) {
        return status == ProgressStatus.BEHIND
                || duePassed && (status == ProgressStatus.NOT_STARTED || status == ProgressStatus.IN_PROGRESS);
    }
}
