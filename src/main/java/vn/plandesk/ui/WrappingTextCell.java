package vn.plandesk.ui;

import java.util.function.BiConsumer;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTablePosition;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;
import vn.plandesk.model.PlanTask;

/**
 * A table cell that wraps long text over several lines (task names run to five lines in the documents) and edits it
 * in a text field: whatever ends the edit keeps the text, Escape drops it ({@link CellTextEditor}).
 */
final class WrappingTextCell extends TreeTableCell<PlanTask, String> {
    private final Text text = new Text();
    private final CellTextEditor<PlanTask> editor;
    private final CellWrap wrap;

    /** @param keep writes the text typed for a task, or nothing when it is the task's already */
    WrappingTextCell(WindowContext context, BiConsumer<PlanTask, String> keep) {
        text.getStyleClass().add("cell-text");
        wrap = new CellWrap(this, text, tableColumnProperty());
        setGraphic(null);
        editor = new CellTextEditor<>(context, keep, PlanTask::id, this::cancelEdit);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        editor.show(this, text, item, empty, getTableRow() == null ? null : getTableRow().getItem());
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        wrap.laidOut();
    }

    @Override
    public void startEdit() {
        if (!isEditable() || !getTableColumn().isEditable() || !getTreeTableView().isEditable()) {
            return;
        }
        super.startEdit();
        editor.started(this, getTableRow() == null ? null : getTableRow().getItem());
    }

    @Override
    public void cancelEdit() {
        TreeTableView<PlanTask> table = getTreeTableView();
        TreeTablePosition<PlanTask, ?> editing = table == null || !isEditing() ? null : table.getEditingCell();
        boolean hadKeys = editor.hasKeys();
        super.cancelEdit();
        editor.cancelled(this, text);
        if (editing != null && table.getEditingCell() == editing) {
            CellTextEditor.reused(table, hadKeys, () -> table.getEditingCell() == editing, () -> table.edit(-1, null));
        }
    }
}
