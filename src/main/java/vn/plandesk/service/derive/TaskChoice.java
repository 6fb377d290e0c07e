package vn.plandesk.service.derive;

import java.util.List;
import vn.plandesk.model.Text;
import vn.plandesk.model.WardRole;

/**
 * What the officer decided for one task of the parent plan: the ward's role, its units, and the row's texts as the
 * ward prints them.
 *
 * @param parentKey         the parent task's key ({@link ParentTask#key()})
 * @param role              "Chủ trì thực hiện" or "Phối hợp thực hiện"
 * @param leadUnits         the ward units that lead
 * @param coordinatingUnits the ward units that coordinate
 * @param name              the ward's task name (the parent's, adapted)
 * @param result            Kết quả
 * @param deadlineText      Thời gian hoàn thành, as printed
 * @param note              Ghi chú
 */
public record TaskChoice(String parentKey, WardRole role, List<String> leadUnits, List<String> coordinatingUnits,
                         String name, String result, String deadlineText, String note) {
    /** The note the Chơn Thành plan puts on every row where the ward only coordinates. */
    public static final String COORDINATE_NOTE = "Thực hiện khi có chỉ đạo, hướng dẫn triển khai của tỉnh";

    public TaskChoice {
        parentKey = Text.nfc(parentKey).strip();
        leadUnits = Text.nfcList(leadUnits);
        coordinatingUnits = Text.nfcList(coordinatingUnits);
        name = Text.nfc(name).strip();
        result = Text.nfc(result).strip();
        deadlineText = Text.nfc(deadlineText).strip();
        note = Text.nfc(note).strip();
    }

    public TaskChoice withRole(WardRole newRole) {
        return new TaskChoice(parentKey, newRole, leadUnits, coordinatingUnits, name, result, deadlineText, note);
    }

    public TaskChoice withUnits(List<String> lead, List<String> coordinating) {
        return new TaskChoice(parentKey, role, lead, coordinating, name, result, deadlineText, note);
    }

    public TaskChoice withName(String newName) {
        return new TaskChoice(parentKey, role, leadUnits, coordinatingUnits, newName, result, deadlineText, note);
    }

    public TaskChoice withResult(String newResult) {
        return new TaskChoice(parentKey, role, leadUnits, coordinatingUnits, name, newResult, deadlineText, note);
    }

    public TaskChoice withDeadlineText(String text) {
        return new TaskChoice(parentKey, role, leadUnits, coordinatingUnits, name, result, text, note);
    }

    public TaskChoice withNote(String newNote) {
        return new TaskChoice(parentKey, role, leadUnits, coordinatingUnits, name, result, deadlineText, newNote);
    }
}
