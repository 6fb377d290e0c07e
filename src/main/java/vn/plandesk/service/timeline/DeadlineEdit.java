package vn.plandesk.service.timeline;

import vn.plandesk.model.Deadline;
import vn.plandesk.service.Messages;

/**
 * One undoable change of a task's deadline, as made by dragging its diamond on the timeline. It holds what it needs
 * to undo and redo itself, so any undo stack (the main window's) can keep it as it is.
 */
public final class DeadlineEdit {

    /** Writes a task's deadline to the store and tells whoever shows it. */
    @FunctionalInterface
    public interface Writer {
        void write(long taskId, Deadline deadline);
    }

    private final long taskId;
    private final String taskNumber;
    private final Deadline before;
    private final Deadline after;
    private final Writer writer;

    DeadlineEdit(long taskId, String taskNumber, Deadline before, Deadline after, Writer writer) {
        this.taskId = taskId;
        this.taskNumber = taskNumber;
        this.before = before;
        this.after = after;
        this.writer = writer;
    }

    public void undo() {
        writer.write(taskId, before);
    }

    public void redo() {
        writer.write(taskId, after);
    }

    public long taskId() {
        return taskId;
    }

    public Deadline before() {
        return before;
    }

    public Deadline after() {
        return after;
    }

    /** For the undo menu: "Đổi thời hạn nhiệm vụ 12: Tháng 12/2025 → Tháng 3/2026". */
    public String description() {
        return Messages.get("timeline.edit.moveDeadline", taskNumber, before.printed(), after.printed());
    }
}
