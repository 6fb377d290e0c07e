package vn.plandesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/**
 * The plain tables' columns (tracking, reports, the register picker) before the table has a width: each has one of
 * its own, so JavaFX does not size a column left at its default width (80 px) by laying out its first 30 rows when
 * the page is first shown.
 */
class ColumnFitTest {
    @Test
    void eachColumnStartsAtItsWantedWidthUntilTheTableHasOneToShare() {
        FxThread.start();
        List<Double> widths = FxThread.call(() -> {
            TableView<String> table = new TableView<>();
            TableColumn<String, String> name = new TableColumn<>("Nhiệm vụ");
            TableColumn<String, String> state = new TableColumn<>("Trạng thái");
            TableColumn<String, String> open = new TableColumn<>("");
            table.getColumns().addAll(List.of(name, state, open));
            new ColumnFit<>(table, () -> 13.0)
                    .wrapping(name, "Nhiệm vụ", 16, 30)
                    .whole(state, "Trạng thái", 6, 10, s -> s)
                    .button(open, "", 4, 5, "Mở")
                    .flexible(name);
            return List.of(name.getWidth(), state.getWidth(), open.getWidth());
        });
        assertEquals(List.of(391.0, 131.0, 66.0), widths);
    }
}
