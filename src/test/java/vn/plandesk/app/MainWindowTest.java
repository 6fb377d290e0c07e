package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.Text;

/** An officer's morning in the window, clicked through headless; then the program is started again on the store. */
class MainWindowTest extends WindowTestBase {
    private static final String UNIT = "Phòng Văn hóa - Xã hội";

    @Test
    void anOfficersDayAndTheStoreAfterARestart() throws Exception {
        start();
        assertEquals(76, plan().taskCount(), "the Chơn Thành ward plan opens first");
        assertTrue(plan().issuer().contains("Chơn Thành"));

        // group V
        clickOn(nav(5));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(vn.plandesk.ui.Page.group(5), window.context().pageProperty().get());
        assertTrue(lookup("#group-table-5").tryQuery().isPresent(), "group V shown");
        PlanTask first = group(5).tasks().get(0);
        PlanTask second = group(5).tasks().get(1);

        // a task name edited in the table
        clickOn(cell(5, first.id(), "name"));
        startEditing(() -> cell(5, first.id(), "name"), () -> table(5).getEditingCell() != null);
        TextField editor = lookup(".cell-editor").queryAs(TextField.class);
        interact(editor::selectAll);
        write("Số hóa hồ sơ công việc của phường");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Số hóa hồ sơ công việc của phường", stored().group(5).orElseThrow().tasks().get(0).name());

        // a deadline edited in the form, its meaning shown as typed
        clickOn(cell(5, second.id(), "number"));
        TextField deadline = lookup("#form-deadline").queryAs(TextField.class);
        clickOn(deadline);
        interact(deadline::selectAll);
        write("Quý IV/2025");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#form-meaning").queryAs(Label.class).getText().contains("31/12/2025"));
        clickOn(cell(5, second.id(), "number")); // leaving the field keeps the change
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Quý IV/2025", stored().group(5).orElseThrow().tasks().get(1).deadline().raw());
        interact(deadline::selectAll);
        clickOn(deadline);
        interact(() -> deadline.setText("quý chín"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(deadline.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("unreadable")),
                "text the parser cannot read is marked");
        interact(() -> deadline.setText("Quý IV/2025"));
        clickOn(cell(5, second.id(), "number"));

        // undo both, redo one
        push(KeyCode.CONTROL, KeyCode.Z);
        push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first.name(), stored().group(5).orElseThrow().tasks().get(0).name());
        assertEquals(second.deadline().raw(), stored().group(5).orElseThrow().tasks().get(1).deadline().raw());
        push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Số hóa hồ sơ công việc của phường", stored().group(5).orElseThrow().tasks().get(0).name());
        assertEquals(second.deadline().raw(), stored().group(5).orElseThrow().tasks().get(1).deadline().raw());

        // a task and a sub-task added after the first task of V
        clickOn(cell(5, first.id(), "number"));
        push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        PlanTask added = group(5).tasks().get(1);
        assertEquals("", added.name());
        assertEquals(String.valueOf(Integer.parseInt(first.number()) + 1), added.number());
        assertEquals(String.valueOf(Integer.parseInt(second.number()) + 1), group(5).tasks().get(2).number());
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(added.number() + ".1", group(5).tasks().get(1).subTasks().get(0).number());
        assertEquals(78, stored().taskCount());

        // the first task of V dragged to group VI: it ends the group, and the numbers follow
        int sizeVI = group(6).tasks().size();
        drag(cell(5, first.id(), "number")).dropTo(nav(6));
        WaitForAsyncUtils.waitForFxEvents();
        List<PlanTask> vi = group(6).tasks();
        assertEquals(sizeVI + 1, vi.size());
        assertEquals(first.id(), vi.get(vi.size() - 1).id());
        assertEquals(first.number(), group(5).tasks().get(0).number(), "V's new first task takes the number");
        assertNotEquals(first.number(), vi.get(vi.size() - 1).number());
        assertEquals(stored(), plan());

        // search without diacritics and step through the hits
        push(KeyCode.CONTROL, KeyCode.F);
        write("chuyen doi so");
        WaitForAsyncUtils.waitForFxEvents();
        long expected = plan().allTasks().stream().filter(t -> Text.fold(t.searchText()).contains("chuyen doi so")).count();
        assertTrue(expected > 3);
        assertEquals(expected, window.context().hitsProperty().get().size());
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        long firstHit = window.context().selectedTaskProperty().get();
        assertEquals("1/" + expected, lookup("#search-hits").queryAs(Label.class).getText());
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2/" + expected, lookup("#search-hits").queryAs(Label.class).getText());
        assertNotEquals(firstHit, (long) window.context().selectedTaskProperty().get());
        assertTrue(Text.fold(plan().allTasks().stream().filter(t -> t.id().equals(window.context().selectedTaskProperty().get()))
                .findFirst().orElseThrow().searchText()).contains("chuyen doi so"));

        // filter by a unit: only its tasks are left in the tables
        clickOn("#filter-unit");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(lookup(".combo-box-popup .list-cell").match((Node n) -> n instanceof ListCell<?> c && UNIT.equals(c.getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        Set<Long> shown = window.context().shownProperty().get();
        assertFalse(shown.isEmpty());
        for (PlanTask t : plan().allTasks()) {
            assertEquals(t.leadUnits().contains(UNIT) || t.coordinatingUnits().contains(UNIT), shown.contains(t.id()),
                    t.number());
        }
        clickOn(nav(1));
        WaitForAsyncUtils.waitForFxEvents();
        for (Node r : from(table(1)).lookup(".tree-table-row-cell").queryAll()) {
            if (r instanceof TreeTableRow<?> row && row.getItem() instanceof PlanTask t) {
                assertTrue(t.leadUnits().contains(UNIT) || t.coordinatingUnits().contains(UNIT));
            }
        }

        // the program closes and starts again on the same store: every kept change is there
        Plan before = plan();
        quit();
        start();
        assertEquals(before.id(), plan().id(), "the last open plan opens again");
        assertEquals(before, plan());
        assertEquals("Số hóa hồ sơ công việc của phường", plan().group(6).orElseThrow().tasks()
                .get(plan().group(6).orElseThrow().tasks().size() - 1).name());
        assertEquals(1, plan().group(5).orElseThrow().tasks().get(0).subTasks().size());
    }
}
