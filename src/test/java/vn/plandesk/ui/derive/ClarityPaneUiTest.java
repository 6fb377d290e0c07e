package vn.plandesk.ui.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.service.derive.SixClarityCheck;

@ExtendWith(ApplicationExtension.class)
class ClarityPaneUiTest {
    private final AtomicReference<SixClarityCheck.Gap> opened = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        ClarityPane pane = new ClarityPane(opened::set);
        pane.show(new SampleLibrary().plan("chon-thanh-ward-plan.json"));
        stage.setScene(new Scene(pane, 900, 400));
        stage.show();
    }

    @Test
    void clickingAGapReportsItsTask(FxRobot robot) {
        robot.clickOn(robot.lookup(n -> n instanceof ListCell<?> c && c.getText() != null
                && c.getText().startsWith("Nhóm I, nhiệm vụ 2:")).queryAs(ListCell.class));
        assertNotNull(opened.get());
        assertEquals("2", opened.get().taskNumber());
        assertEquals(SixClarityCheck.Clarity.PRODUCT, opened.get().clarity());
    }
}
