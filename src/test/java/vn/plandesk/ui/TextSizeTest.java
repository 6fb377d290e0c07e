package vn.plandesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;

/** The text size chosen in the View menu, on a window and on the dialogs opened from it. */
class TextSizeTest {
    /** The size of a label's text in a window of that size, against JavaFX's own. */
    private static double labelScale(Scene scene) {
        scene.getRoot().applyCss();
        Label label = (Label) ((StackPane) scene.getRoot()).getChildren().get(0);
        return label.getFont().getSize() / Font.getDefault().getSize();
    }

    private static Scene window() {
        return new Scene(new StackPane(new Label("Chi tiết nhiệm vụ")));
    }

    @Test
    void everyOfferedSizeSetsTheWindowsTextAndADialogTakesItsWindowsSize() {
        List<Double> measured = FxThread.call(() -> {
            Scene scene = window();
            Scene dialog = window();
            TextSize.apply(scene, 1.5);
            TextSize.follow(scene, dialog);
            double large = labelScale(scene);
            double dialogLarge = labelScale(dialog);
            TextSize.apply(scene, 1.25);
            double medium = labelScale(scene);
            TextSize.apply(scene, 1.0);
            double normal = labelScale(scene);
            TextSize.follow(scene, dialog);
            return List.of(large, dialogLarge, medium, normal, labelScale(dialog));
        });
        assertEquals(List.of(1.5, 1.5, 1.25, 1.0, 1.0), measured.stream().map(s -> Math.round(s * 100) / 100.0).toList());
    }

    @Test
    void aSizeTheMenuDoesNotOfferIsTakenAsTheNearestItDoes() {
        assertEquals(1.25, TextSize.nearest(1.3));
        assertEquals(1.5, TextSize.nearest(2.0));
        assertEquals(1.0, TextSize.nearest(0.5));
        assertEquals(1.0, TextSize.nearest(1.1));
    }
}
