package vn.plandesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A box whose list of choices is made when first opened: no hidden list at the start, the same width, the same popup. */
class ListOnOpenComboBoxTest {
    private static final List<String> UNITS = List.of("Các cơ quan, đơn vị", "Phòng Văn hóa - Xã hội",
            "Phòng Kinh tế, Hạ tầng và Đô thị", "Trung tâm Dịch vụ tổng hợp");

    /** A filter as the plan's page makes it: a "(mọi đơn vị)" choice first, the units after it. */
    private static <B extends ComboBox<String>> B filter(B box) {
        box.getItems().add(null);
        box.getItems().addAll(UNITS);
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "(mọi đơn vị)" : item);
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        return box;
    }

    private static long lists(Node box) {
        return box.lookupAll(".list-view").size();
    }

    @Test
    void theBoxHoldsNoListUntilOpenedAndIsAsWideAsJavaFxMakesItForItsWidestChoice() {
        List<Double> measured = FxThread.call(() -> {
            ComboBox<String> plain = filter(new ComboBox<>());
            ComboBox<String> lazy = filter(new ListOnOpenComboBox<>());
            Scene scene = new Scene(new HBox(plain, lazy));
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            // JavaFX's own box keeps its hidden list among its children: what this class is for
            assertEquals(1, lists(plain), "JavaFX's box");
            assertEquals(0, lists(lazy), "a hidden list in the box");
            return List.of(plain.prefWidth(-1), lazy.prefWidth(-1), plain.prefHeight(-1), lazy.prefHeight(-1));
        });
        assertEquals(measured.get(0), measured.get(1), 2.0, "width: JavaFX's box " + measured);
        assertEquals(measured.get(2), measured.get(3), 0.5, "height " + measured);
        // as wide as the longest unit, not as "(mọi đơn vị)" shown in it
        double longest = FxThread.call(() -> {
            ComboBox<String> one = filter(new ListOnOpenComboBox<>());
            one.getItems().setAll(null, UNITS.get(2));
            Scene scene = new Scene(new HBox(one));
            scene.getRoot().applyCss();
            double withLongest = one.prefWidth(-1);
            one.getItems().setAll((String) null);
            scene.getRoot().applyCss();
            return withLongest - one.prefWidth(-1);
        });
        assertTrue(longest > 50, "the longest unit widens the box by " + longest);
    }

    @Test
    void theListOpensWithEveryChoiceAndAChoiceTakenThereIsTheValue() throws Exception {
        double[] closedWidth = new double[1];
        ComboBox<String> box = FxThread.call(() -> {
            ComboBox<String> lazy = filter(new ListOnOpenComboBox<>());
            Stage stage = new Stage();
            stage.setScene(new Scene(new HBox(lazy), 600, 200));
            stage.show();
            lazy.applyCss();
            closedWidth[0] = lazy.prefWidth(-1);
            lazy.show();
            return lazy;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, box::isShowing);
        WaitForAsyncUtils.waitForFxEvents();
        double[] openWidth = new double[1];
        List<String> shown = FxThread.call(() -> {
            ListView<?> list = (ListView<?>) ((ListOnOpenComboBox.ListOnOpenSkin<?>) box.getSkin()).getPopupContent();
            assertTrue(list.getScene() != null && list.getScene() != box.getScene(), "the list is in the popup");
            box.requestLayout();
            openWidth[0] = box.prefWidth(-1);
            return list.lookupAll(".list-cell").stream().filter(Node::isVisible).map(n -> ((ListCell<?>) n))
                    .filter(c -> !c.isEmpty()).map(ListCell::getText).toList();
        });
        // once its list is made, the box keeps its width (JavaFX's own measuring is right then)
        assertEquals(closedWidth[0], openWidth[0], 2.0, "the box's width with its list open");
        assertEquals("(mọi đơn vị)", shown.get(0));
        assertEquals(UNITS, shown.subList(1, shown.size()));
        String chosen = FxThread.call(() -> {
            ListView<?> list = (ListView<?>) ((ListOnOpenComboBox.ListOnOpenSkin<?>) box.getSkin()).getPopupContent();
            list.getSelectionModel().select(3);
            String value = box.getValue();
            box.hide();
            box.getScene().getWindow().hide();
            return value;
        });
        assertEquals(UNITS.get(2), chosen);
        assertFalse(box.isShowing());
    }
}
