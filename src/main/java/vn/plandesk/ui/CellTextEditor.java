package vn.plandesk.ui;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.Cell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;

/**
 * The text field of a table cell edited in place (tasks, indicators). Whatever ends the edit keeps the typed text,
 * Escape alone drops it: Enter, leaving the field, a click on another row or a scroll (JavaFX's tables cancel the
 * edit then and drop the text), another page or plan, the window closing ({@link WindowContext#keepPendingEdits()}).
 * The text is handed to {@code keep} with the row it was typed in, which must change nothing when it is unchanged.
 *
 * @param <S> a row of the table
 */
final class CellTextEditor<S> {
    /** Made when the cell is first edited: a table makes hundreds of cells, and the officer edits few of them. */
    private TextField field;
    private final WindowContext context;
    private final BiConsumer<S, String> keep;
    /** What names a row across the table's refreshes (a task's id): its content is given anew after every edit. */
    private final Function<S, ?> identity;
    private final Runnable endCellEdit;
    private final Runnable pending = this::keepAndEnd;
    private S row;
    private String original;
    private boolean active;

    /**
     * @param identity names a row whatever its content (a task's id)
     * @param endCellEdit ends the cell's edit (its {@code cancelEdit}, which must call {@link #editEnded()})
     */
    CellTextEditor(WindowContext context, BiConsumer<S, String> keep, Function<S, ?> identity, Runnable endCellEdit) {
        this.context = context;
        this.keep = keep;
        this.identity = identity;
        this.endCellEdit = endCellEdit;
    }

    private TextField makeField() {
        TextField made = new TextField();
        made.getStyleClass().add("cell-editor");
        made.setOnAction(e -> keepAndEnd());
        made.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stop();
                endCellEdit.run();
                e.consume();
            }
        });
        made.focusedProperty().addListener((o, was, now) -> {
            if (!now && active) {
                keepAndEnd();
            }
        });
        return made;
    }

    TextField field() {
        if (field == null) {
            field = makeField();
        }
        return field;
    }

    /** The cell starts editing the text of a row. */
    private void begin(S rowValue, String text) {
        row = rowValue;
        original = text == null ? "" : text;
        field().setText(original);
        if (!active) {
            active = true;
            context.addPendingEdit(pending);
        }
        // the field's skin, which reads the keys, is made at the next pulse: made now, the keys typed right after F2
        // are not dropped on a busy machine
        field.applyCss();
        field.requestFocus();
        field.selectAll();
    }

    /**
     * The cell's edit ended without us: the table cancelled it (a click on another row, a scroll, the row's content
     * replaced). The text is kept after the table's own event is done, so the store is not written in the middle of
     * the table's layout.
     */
    void editEnded() {
        keep(true);
    }

    private void keepAndEnd() {
        if (keep(false)) {
            endCellEdit.run();
        }
    }

    /** Hands on what was typed, if anything, now or after the current event; false when no edit was running. */
    private boolean keep(boolean later) {
        if (!active) {
            return false;
        }
        S r = row;
        String text = field.getText();
        stop();
        if (!text.equals(original)) {
            if (later) {
                Platform.runLater(() -> keep.accept(r, text));
            } else {
                keep.accept(r, text);
            }
        }
        return true;
    }

    /**
     * What a cell shows: its text wrapped, or this field while it is edited. A table gives a cell new content while it
     * is edited: the same row anew after any save or refresh, which must not overwrite what is being typed; or, as it
     * lays its rows out again, another row, just before it ends the edit (which keeps the text for the row it was typed
     * in, never for the row the cell shows next).
     */
    void show(Cell<String> cell, Text wrapped, String item, boolean empty, S rowValue) {
        cell.setText(null);
        if (active && cell.isEditing() && !empty && rowValue != null
                && Objects.equals(identity.apply(rowValue), identity.apply(row))) {
            row = rowValue;
            cell.setGraphic(field());
        } else if (empty || item == null) {
            cell.setGraphic(null);
        } else if (cell.isEditing() && !active) {
            field().setText(item);
            cell.setGraphic(field());
        } else {
            wrapped.setText(item);
            cell.setGraphic(wrapped);
        }
    }

    /** The cell has started editing (its {@code startEdit}): the field takes its place, on the row's text. */
    void started(Cell<String> cell, S rowValue) {
        if (cell.isEditing() && rowValue != null) {
            cell.setGraphic(field());
            begin(rowValue, cell.getItem());
        }
    }

    /** The cell's edit was cancelled (its {@code cancelEdit}): what was typed is kept, the text shown again. */
    void cancelled(Cell<String> cell, Text wrapped) {
        editEnded();
        wrapped.setText(cell.getItem());
        cell.setGraphic(cell.getItem() == null ? null : wrapped);
    }

    /** Whether the field has the keys: it is the edit the officer is typing in. */
    boolean hasKeys() {
        return field != null && field.isFocused();
    }

    /**
     * The cell's edit was cancelled while its table still edits a row: JavaFX does so when it gives the cell another
     * row (a scroll, the rows laid out again). If no other cell took the edit up, the table edits a row that no cell
     * shows: F2 would do nothing, and the field that had the keys is gone, so the window would give them to its
     * first control (the plan tree). After the table's own work: unless another cell's field in the table has the
     * keys (it took the edit up), the table's edit is ended, and the table takes the keys if the field had them. The
     * text typed is kept, as for any edit ended without Escape.
     *
     * @param stillEditing whether the table still edits the row this cell edited
     */
    static void reused(javafx.scene.control.Control table, boolean hadKeys, java.util.function.BooleanSupplier stillEditing,
                       Runnable endTableEdit) {
        Platform.runLater(() -> {
            if (!stillEditing.getAsBoolean() || fieldOpenIn(table)) {
                return;
            }
            endTableEdit.run();
            if (hadKeys) {
                table.requestFocus();
            }
        });
    }

    /** Whether a text field inside {@code table} has the window's keys: an edit the officer can type in. */
    private static boolean fieldOpenIn(javafx.scene.control.Control table) {
        javafx.scene.Node keys = table.getScene() == null ? null : table.getScene().getFocusOwner();
        if (!(keys instanceof javafx.scene.control.TextInputControl)) {
            return false;
        }
        for (javafx.scene.Node p = keys; p != null; p = p.getParent()) {
            if (p == table) {
                return true;
            }
        }
        return false;
    }

    private void stop() {
        active = false;
        context.removePendingEdit(pending);
    }
}
