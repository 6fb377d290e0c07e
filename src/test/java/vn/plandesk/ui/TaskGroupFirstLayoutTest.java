package vn.plandesk.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TreeTableColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.PlanKind;

/**
 * A group's table before its first frame. JavaFX sizes a column that is still at its default width (80 px) when its
 * header enters the scene by laying out the column's first 30 rows in a measuring row: for the ward plan's group I
 * that was a fifth of the window's start until the plan could be edited, for a width the table's own sharing
 * replaces as soon as the table has a width.
 */
class TaskGroupFirstLayoutTest {
    /** JavaFX's default column width (TableColumnBase), the width that makes a header measure its column's rows. */
    private static final double JAVAFX_DEFAULT_WIDTH = 80;

    @TempDir
    Path dir;

    @Test
    void everyColumnHasAWidthOfItsOwnBeforeTheTableIsFirstLaidOut() {
        try (OpenPlanFixture f = new OpenPlanFixture(dir)) {
            f.open(f.first(PlanKind.WARD));
            for (int group = 1; group <= 7; group++) {
                int number = group;
                List<Double> widths = FxThread.call(() -> {
                    TaskGroupView c = new TaskGroupView(f.context, number);
                    assertTrue(c.table().getScene() == null, "not laid out yet");
                    return c.table().getColumns().stream().map(TreeTableColumn::getWidth).toList();
                });
                assertFalse(widths.isEmpty());
                assertTrue(widths.stream().noneMatch(w -> w == JAVAFX_DEFAULT_WIDTH),
                        "group " + number + ": a column at JavaFX's default width would be measured row by row: "
                                + widths);
            }
        }
    }
}
