package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's start makes no list of choices the officer has not opened. JavaFX's ComboBox keeps its popup's list,
 * hidden, among its children; the filters and the form's progress status made five such lists, styled and laid out
 * at every start, before every box became a {@link vn.plandesk.ui.ListOnOpenComboBox}.
 */
class HiddenListsTest extends WindowTestBase {
    @Test
    void noBoxOfTheWindowHoldsItsListBeforeItIsOpened() throws Exception {
        start();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> boxes = new ArrayList<>();
        List<String> hiddenLists = new ArrayList<>();
        interact(() -> {
            stage.getScene().getRoot().lookupAll(".combo-box").forEach(n -> boxes.add(n.getId()));
            stage.getScene().getRoot().lookupAll(".list-view").forEach(n -> {
                if (n instanceof ListView<?> && n.getParent() instanceof ComboBox<?> box) {
                    hiddenLists.add(box.getId());
                }
            });
        });
        assertTrue(boxes.containsAll(List.of("filter-unit", "filter-role", "filter-year", "filter-quarter",
                "form-progress-status")), "the boxes of the first screen: " + boxes);
        assertEquals(List.of(), hiddenLists);
    }
}
