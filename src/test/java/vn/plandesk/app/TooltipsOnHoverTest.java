package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.model.RomanNumeral;
import vn.plandesk.service.Messages;

/**
 * The window's tooltips are made when the pointer first rests on their control, not with the window: the navigator's
 * lines, a unit's remove button in the form, the unit field's hint and the status bar's texts.
 */
class TooltipsOnHoverTest extends WindowTestBase {
    private String tipAfterHover(Control control) {
        moveTo(control);
        WaitForAsyncUtils.waitForFxEvents();
        return control.getTooltip() == null ? null : control.getTooltip().getText();
    }

    @Test
    void eachTooltipIsMadeOnHoverAndTellsWhatItAlwaysTold() throws Exception {
        start();
        Control group = (Control) nav(2);
        Label counts = lookup("#status-counts").queryAs(Label.class);
        Button remove = lookup("#form-leadUnits .unit-remove").queryAs(Button.class);
        javafx.scene.control.TextField unitField = lookup("#form-leadUnits-input").queryAs(
                javafx.scene.control.TextField.class);
        Control start = lookup("#form-start").queryAs(Control.class);
        for (Control c : java.util.List.of(group, counts, remove, unitField, start)) {
            assertNull(c.getTooltip(), c.getId() + ": no tooltip before the pointer comes");
        }

        assertEquals(RomanNumeral.format(2) + ". " + window.context().groupTitle(2), tipAfterHover(group),
                "the group's whole title");
        assertEquals(counts.getText(), tipAfterHover(counts), "the counts whole");
        String unit = plan().groups().get(0).tasks().get(0).leadUnits().get(0);
        assertEquals(Messages.get("form.removeUnit", unit), tipAfterHover(remove));
        assertEquals(Messages.get("form.unitPromptHelp"), tipAfterHover(unitField));
        // the start date's field may lie below the form's fold: the pointer's entry is given to it directly (unless
        // the pointer crossed it on its way to the other fields)
        interact(() -> javafx.event.Event.fireEvent(start, new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, javafx.scene.input.MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null)));
        assertEquals(Messages.get("form.startTip"), start.getTooltip().getText());

        // a status text that changes is followed by its tooltip
        interact(() -> window.context().statusProperty().set("Đã lưu"));
        WaitForAsyncUtils.waitForFxEvents();
        Label message = lookup("#status-message").queryAs(Label.class);
        assertEquals("Đã lưu", tipAfterHover(message));
        interact(() -> window.context().statusProperty().set("Đã in"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(message.getTooltip().getText().equals("Đã in"), message.getTooltip().getText());
    }
}
