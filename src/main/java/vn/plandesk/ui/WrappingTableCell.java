package vn.plandesk.ui;

import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/**
 * A cell of a plain table (indicators, tracking) that shows its text wrapped to the column's width, so long names and
 * results show whole (at 150 % text size too) instead of ending in "…", and edits it in a text field that keeps what is
 * typed ({@link CellTextEditor}).
 *
 * @param <S> a row of the table
 */
class WrappingTableCell<S> extends TableCell<S, String> {
    private final Text text = new Text();
    private final CellTextEditor<S> editor;
    private final CellWrap wrap;

    /**
     * @param keep writes the text typed in a row, or nothing when the row holds it already
     * @param identity names a row whatever its content (the id of what it shows)
     */
    WrappingTableCell(WindowContext context, BiConsumer<S, String> keep, Function<S, ?> identity) {
        text.getStyleClass().add("cell-text");
        wrap = new CellWrap(this, text, tableColumnProperty());
        editor = new CellTextEditor<>(context, keep, identity, this::cancelEdit);
    }

    @Override
    public void updateItem(String item, boolean empty) {
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
        super.startEdit();
        if (isEditing()) {
            editor.started(this, getTableRow() == null ? null : getTableRow().getItem());
        }
    }

    @Override
    public void cancelEdit() {
        TableView<S> table = getTableView();
        TablePosition<S, ?> editing = table == null || !isEditing() ? null : table.getEditingCell();
        boolean hadKeys = editor.hasKeys();
        super.cancelEdit();
        editor.cancelled(this, text);
        if (editing != null && table.getEditingCell() == editing) {
            CellTextEditor.reused(table, hadKeys, () -> table.getEditingCell() == editing, () -> table.edit(-1, null));
        }
    }
}
