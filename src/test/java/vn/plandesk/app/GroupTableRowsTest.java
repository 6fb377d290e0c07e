package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A group's table makes the rows it shows, not the rows one-line tasks would fill. A new row's wrapped texts had no
 * width until the row was laid out, so each row measured one line high: the table made as many rows as one-line rows
 * fill its height, then styled, laid out and hid most of them (17 of 21 on the laptop's screen, where four wrapped
 * rows show), at every start of the window and much more on a large plan.
 */
class GroupTableRowsTest extends WindowTestBase {
    @Test
    void theTableMakesAboutTheRowsItShows() throws Exception {
        start();
        WaitForAsyncUtils.waitForFxEvents();
        TreeTableView<?> table = lookup("#group-table-1").queryAs(TreeTableView.class);
        List<TreeTableRow<?>> rows = new java.util.ArrayList<>();
        interact(() -> table.lookupAll(".tree-table-row-cell").forEach(n -> {
            if (n instanceof TreeTableRow<?> r) {
                rows.add(r);
            }
        }));
        long shown = rows.stream().filter(Node::isVisible).filter(r -> r.getItem() != null).count();
        long hidden = rows.stream().filter(r -> !r.isVisible()).count();
        assertTrue(shown >= 1, "rows shown: " + shown);
        // the table keeps one spare row for measuring; a few more may wait in its pile after the first layouts
        assertTrue(hidden <= 3, shown + " rows shown, " + hidden + " made and hidden");
    }
}
