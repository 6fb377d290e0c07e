package vn.plandesk.model.tracking;

/**
 * Where a task stands in a reporting period, in the words of the ward's reports. The officer reads the label from the
 * bundles ({@link #key()}); the exchange format and the CLI use the constant's name.
 */
public enum ProgressStatus {
    /** chưa triển khai */
    NOT_STARTED,
    /** đang thực hiện */
    IN_PROGRESS,
    /** hoàn thành */
    DONE,
    /** hoàn thành chậm (finished after its deadline) */
    DONE_LATE,
    /** chậm tiến độ */
    BEHIND,
    /** chờ chỉ đạo/hướng dẫn của tỉnh */
    WAITING,
    /** không thực hiện (with the reason) */
    NOT_DONE;

    public String key() {
        return "progress.status." + name();
    }

    /** Finished: the task is no longer due, whatever its deadline says. */
    public boolean finished() {
        return this == DONE || this == DONE_LATE;
    }

    /** Closed for good: finished, or not to be done. A one-off task keeps this status in the periods after. */
    public boolean closed() {
        return finished() || this == NOT_DONE;
    }

    /** Reads a status given by name ("DONE", "done", "hoan-thanh" not accepted); null when there is none. */
    public static ProgressStatus byName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().replace('-', '_').toUpperCase(java.util.Locale.ROOT);
        for (ProgressStatus s : values()) {
            if (s.name().equals(n)) {
                return s;
            }
        }
        return null;
    }
}
