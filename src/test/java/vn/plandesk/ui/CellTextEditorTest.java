package vn.plandesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What is typed in a table cell belongs to the row it was typed in. A table gives the cell being edited new content
 * whenever the rows are given anew (after every save of the tracking page) and hands the cell to another row as it lays
 * its rows out again; under load that happened between the key that began the edit and the Enter that ended it, and a
 * task's result was saved as the text of another task ("Đạt 50" for task 61).
 */
class CellTextEditorTest {
    record Item(long id, String text) {
    }

    private final ObservableList<Item> items = FXCollections.observableArrayList(
            new Item(1, "a"), new Item(2, "b"), new Item(3, "c"));
    private final List<String> kept = new ArrayList<>();
    private TableView<Item> table;
    private TableColumn<Item, String> column;
    private TableRow<Item> row;
    private WrappingTableCell<Item> cell;

    @BeforeAll
    static void toolkit() {
        FxThread.start();
    }

    /** A cell of row {@code index}, edited as F2 edits it, with {@code typed} in its field. */
    private TextField editing(int index, String typed) {
        return FxThread.call(() -> {
            table = new TableView<>(items);
            table.setEditable(true);
            column = new TableColumn<>();
            column.setEditable(true);
            column.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().text()));
            table.getColumns().add(column);
            row = new TableRow<>();
            row.updateTableView(table);
            row.updateIndex(index);
            cell = new WrappingTableCell<>(new WindowContext(null, null, null, null),
                    (item, text) -> kept.add(item.id() + "=" + text), Item::id);
            cell.updateTableView(table);
            cell.updateTableColumn(column);
            cell.updateTableRow(row);
            cell.updateIndex(index);
            table.edit(index, column);
            TextField field = (TextField) cell.getGraphic();
            field.setText(typed);
            return field;
        });
    }

    /** The cell shows row {@code index} now, as the table's layout hands it on. */
    private void showRow(int index) {
        FxThread.run(() -> {
            row.updateIndex(index);
            cell.updateIndex(index);
        });
    }

    @Test
    void theRowGivenAnewWhileItIsEditedKeepsWhatIsTypedForThatRow() {
        TextField field = editing(1, "Đạt 2");
        // another field of the same row was saved: the row comes back with new content, the same task
        FxThread.run(() -> items.set(1, new Item(2, "b, saved")));
        showRow(1);
        assertEquals("Đạt 2", FxThread.call(field::getText), "what is typed stays in the field");
        FxThread.run(() -> field.fireEvent(new ActionEvent()));
        assertEquals(List.of("2=Đạt 2"), kept);
    }

    @Test
    void aCellHandedToAnotherRowKeepsWhatWasTypedForTheRowItWasTypedIn() {
        editing(1, "Đạt 2");
        showRow(0);
        FxThread.run(() -> { }); // the text is kept after the table's own event
        assertEquals(List.of("2=Đạt 2"), kept, "the text typed in row 2 is row 2's, never written as row 1's text");
        assertEquals("a", FxThread.call(() -> ((javafx.scene.text.Text) cell.getGraphic()).getText()),
                "the cell shows its new row");
    }

    /**
     * The table's layout moves its rows, and the row of the open field out of view (on a loaded machine, rows of wrapped
     * text laid out again after a save did so just after F2).
     * JavaFX then ends the cell's edit but not the table's: the table went on editing a row that no cell showed, F2 did
     * nothing, and the keys went to the window's first control (the plan tree), where the next keys typed would have
     * searched the tree. The text typed is kept, the table's edit ends and the table keeps the keys.
     */
    @Test
    void anOpenFieldWhoseRowTheLayoutMovesOutOfViewEndsTheTablesEditAndTheTableKeepsTheKeys() throws Exception {
        ObservableList<Item> many = FXCollections.observableArrayList();
        for (int i = 1; i <= 200; i++) {
            many.add(new Item(i, "row " + i));
        }
        javafx.stage.Stage stage = FxThread.call(() -> {
            table = new TableView<>(many);
            table.setEditable(true);
            column = new TableColumn<>();
            column.setEditable(true);
            column.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().text()));
            column.setCellFactory(c -> new WrappingTableCell<>(new WindowContext(null, null, null, null),
                    (item, text) -> kept.add(item.id() + "=" + text), Item::id));
            table.getColumns().add(column);
            // the window's first control, which JavaFX gives the keys to when their owner leaves the window
            javafx.scene.control.Button first = new javafx.scene.control.Button("first");
            javafx.stage.Stage s = new javafx.stage.Stage();
            s.setScene(new javafx.scene.Scene(new javafx.scene.layout.VBox(first, table), 400, 300));
            s.show();
            table.requestFocus();
            table.layout();
            table.edit(0, column);
            return s;
        });
        try {
            WaitForAsyncUtils.waitForFxEvents();
            TextField field = FxThread.call(() -> (TextField) stage.getScene().getFocusOwner());
            FxThread.run(() -> {
                field.setText("Đạt 1");
                // the rows move up by a few screens, as the table's layout may move them: the row leaves the view
                ((javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow")).scrollPixels(3000);
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of("1=Đạt 1"), kept, "the text typed is kept for its row");
            assertEquals(null, FxThread.call(table::getEditingCell), "the table edits nothing");
            assertEquals(table, FxThread.call(() -> stage.getScene().getFocusOwner()), "the table keeps the keys");
        } finally {
            FxThread.run(stage::close);
        }
    }
}
