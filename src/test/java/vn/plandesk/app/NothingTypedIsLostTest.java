package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.PlanTask;

/**
 * Whatever the officer types is kept when the window moves on: another row, another page, another plan, the window
 * closed. Each step types without leaving the field first, as a new user does (Chơn Thành ward plan, group I).
 */
class NothingTypedIsLostTest extends WindowTestBase {
    private static final String TYPED = " (đã sửa)";

    private boolean undoEnabled() {
        MenuItem undo = lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-edit-undo".equals(i.getId())).findFirst().orElseThrow();
        return !undo.isDisable();
    }

    /** Types at the end of the task form's "Tên nhiệm vụ" without leaving it. */
    private void typeInName() {
        TextArea name = lookup("#form-name").queryAs(TextArea.class);
        clickOn(name);
        interact(name::end);
        write(TYPED);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Group I's second task, selected, with text typed at the end of its name and the field not left. */
    private PlanTask typedInTheSecondTask() throws Exception {
        start();
        PlanTask second = group(1).tasks().get(1);
        select(1, second.id());
        typeInName();
        return second;
    }

    private PlanTask storedTask(long id) {
        return stored().allTasks().stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    @Test
    void theFormKeepsItsTextWhenAnotherRowIsClicked() throws Exception {
        start();
        PlanTask second = group(1).tasks().get(1);
        PlanTask third = group(1).tasks().get(2);
        select(1, second.id());
        assertFalse(undoEnabled());
        typeInName();
        clickOn(cell(1, third.id(), "number"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(third.id(), window.context().selectedTaskProperty().get());
        assertEquals(second.name() + TYPED, storedTask(second.id()).name(), "kept when another row is chosen");
        assertTrue(undoEnabled(), "one edit to undo");
        assertEquals(third.name(), lookup("#form-name").queryAs(TextArea.class).getText(), "the form shows the new task");
    }

    @Test
    void theFormKeepsItsTextWhenThePageChanges() throws Exception {
        PlanTask second = typedInTheSecondTask();
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(second.name() + TYPED, storedTask(second.id()).name());
        assertTrue(undoEnabled());
        clickOn("#menu-edit");
        clickOn("#menu-edit-undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(second.name(), storedTask(second.id()).name(), "one undo takes the typing back");
    }

    @Test
    void theFormKeepsItsTextWhenAnotherPlanIsOpened() throws Exception {
        PlanTask second = typedInTheSecondTask();
        long ward = plan().id();
        PlanSummary province = services.plans().list().stream().filter(p -> p.kind() != PlanKind.WARD)
                .findFirst().orElseThrow();
        // another plan opened while the field keeps the focus, as an import or the derive wizard opens its plan
        interact(() -> window.context().openPlan(province.id()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> plan().id() == province.id());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(second.name() + TYPED, services.plans().get(ward).allTasks().stream()
                .filter(t -> t.id().equals(second.id())).findFirst().orElseThrow().name());
    }

    @Test
    void theFormKeepsItsTextWhenTheWindowIsClosedWithCtrlQ() throws Exception {
        PlanTask second = typedInTheSecondTask();
        push(KeyCode.CONTROL, KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());
        quit();
        start();
        assertEquals(second.name() + TYPED, storedTask(second.id()).name(), "there after a restart");
    }

    @Test
    void everyFieldOfTheFormIsKeptWhenTheWindowCloses() throws Exception {
        start();
        PlanTask second = group(1).tasks().get(1);
        select(1, second.id());
        TextField deadline = lookup("#form-deadline").queryAs(TextField.class);
        clickOn(deadline);
        interact(deadline::selectAll);
        write("Quý IV/2026");
        clickOn("#form-leadUnits-input");
        write("Tổ chuyển đổi số cộng đồng");
        TextArea note = lookup("#form-note").queryAs(TextArea.class);
        interact(() -> note.setText("Ghi chú chưa rời ô"));
        quit(); // the window's close button: the app saves its state
        start();
        PlanTask after = storedTask(second.id());
        assertEquals("Quý IV/2026", after.deadline().raw());
        assertTrue(after.leadUnits().contains("Tổ chuyển đổi số cộng đồng"), after.leadUnits().toString());
        assertEquals("Ghi chú chưa rời ô", after.note());
    }

    @Test
    void aCellEditedInPlaceIsKeptWhenAnotherRowIsClicked() throws Exception {
        start();
        PlanTask second = group(1).tasks().get(1);
        PlanTask third = group(1).tasks().get(2);
        select(1, second.id());
        startEditing(cell(1, second.id(), "note"), () -> table(1).getEditingCell() != null);
        TextField editor = lookup(".cell-editor").queryAs(TextField.class);
        interact(editor::selectAll);
        write("Ghi chú gõ trong bảng");
        clickOn(cell(1, third.id(), "number"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ghi chú gõ trong bảng", storedTask(second.id()).note(), "kept when another row is clicked");
        assertTrue(undoEnabled());

        // Escape alone drops what was typed
        startEditing(cell(1, third.id(), "note"), () -> table(1).getEditingCell() != null);
        TextField again = lookup(".cell-editor").match(Node::isVisible).queryAs(TextField.class);
        interact(again::selectAll);
        write("bỏ đi");
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(third.note(), storedTask(third.id()).note());
    }

    @Test
    void anIndicatorCellAndThePlanDetailsAreKeptWhenThePageChanges() throws Exception {
        start();
        push(KeyCode.CONTROL, KeyCode.DIGIT8);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = lookup("#indicators-table").queryAs(TableView.class);
        Node target = from(table).lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> c
                && c.getTableColumn() != null && "indicator-column-target".equals(c.getTableColumn().getId())
                && c.getIndex() == 0 && c.isVisible()).query();
        startEditing(target, () -> table.getEditingCell() != null);
        TextField editor = from(table).lookup(".cell-editor").queryAs(TextField.class);
        interact(editor::selectAll);
        write("100%");
        push(KeyCode.CONTROL, KeyCode.DIGIT9);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("100%", stored().indicators().get(0).target(), "kept when the page changes");

        TextArea summary = lookup("#details-summary").queryAs(TextArea.class);
        clickOn(summary);
        interact(summary::end);
        write(TYPED);
        String expected = summary.getText().strip();
        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected, stored().summary(), "the plan details too");
    }
}
