package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.model.PlanTask;
import vn.plandesk.service.Messages;

/** Shortcuts change what they say and write nothing; the search tells what it found, and nothing once emptied. */
class ShortcutsAndSearchTest extends WindowTestBase {

    @Test
    void textSizeShortcutsWriteNoDigitIntoTheFocusedField() throws Exception {
        start();
        TextField search = lookup("#search").queryAs(TextField.class);
        clickOn(search);
        write("chuyen doi so");
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("chuyen doi so", search.getText());
        assertEquals(1.5, window.context().textScaleProperty().get(), 1e-9);

        PlanTask first = group(1).tasks().get(0);
        select(1, first.id());
        TextArea name = lookup("#form-name").queryAs(TextArea.class);
        clickOn(name);
        interact(name::home);
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.25, window.context().textScaleProperty().get(), 1e-9);
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, window.context().textScaleProperty().get(), 1e-9);
        assertEquals(first.name(), name.getText(), "the task name is as it was");
        push(KeyCode.CONTROL, KeyCode.DIGIT2); // another page: the form keeps nothing, there is nothing new
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first.name(), stored().group(1).orElseThrow().tasks().get(0).name());
    }

    @Test
    void noHitsIsToldOnlyWhileSomethingIsSearched() throws Exception {
        start();
        TextField search = lookup("#search").queryAs(TextField.class);
        Label hits = lookup("#search-hits").queryAs(Label.class);
        clickOn(search);
        write("xyzzy");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Messages.get("search.noHits"), hits.getText());
        push(KeyCode.CONTROL, KeyCode.A);
        type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", search.getText());
        assertEquals("", hits.getText(), "an empty search finds nothing to tell");

        write("qqq");
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", hits.getText(), "Escape empties the field and the message");
    }
}
