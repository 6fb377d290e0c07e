package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanTask;
import vn.plandesk.service.Messages;
import vn.plandesk.service.derive.PlanChange;
import vn.plandesk.service.derive.Remapping;

/**
 * The 2026 plan replaces KH 92: the officer compares the Chơn Thành plan with it in the window. "Accept all" takes
 * the confident matches only, deletes no task and is one step of undo; deleting a ward task is asked, with the task
 * shown; once every task is decided and the parent switched, nothing is left to relink.
 */
class ReplacementInWindowTest extends WindowTestBase {
    /** Runs before the base class closes the window: the dialogs of a failed walk go first. */
    @AfterEach
    void closeDialogs() throws Exception {
        FxToolkit.setupFixture(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage && w instanceof Stage s) {
                    s.close();
                }
            }
        });
    }

    /** The window at the size of a 1366×768 laptop. */
    @Override
    void start() throws Exception {
        super.start();
        interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
    }

    @Test
    void acceptAllOnTheReplacingPlanDeletesNothingLeavesNoNoOpAndIsOneUndoStep() throws Exception {
        start();
        Plan ward = window.context().plan();
        assertEquals(PlanKind.WARD, ward.kind(), "the Chơn Thành plan opens first");
        long wardId = ward.id();
        List<PlanTask> before = stored(wardId).allTasks();
        assertEquals(76, before.size());

        TableView<PlanChange> changes = openReplacement();
        shot("replacement-100");
        clickOn("#acceptAll");
        waitUntilDone();
        Plan after = stored(wardId);
        assertTrue(names(after).containsAll(names(before)), "accept all deletes no ward task");
        assertTrue(after.allTasks().stream().anyMatch(t -> !t.parentRef().plan().number().equals("92")),
                "the confident matches now cite the 2026 plan");
        assertNoNoOp(changes, after);
        assertTrue(lookup("#status").queryAs(Label.class).getText().contains("không xóa nhiệm vụ nào"));
        // one click of Hoàn tác takes the whole acceptance back, and there is nothing more to undo
        clickOn("#undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(strip(before), strip(stored(wardId).allTasks()));
        assertTrue(lookup("#undo").queryButton().isDisabled(), "accept all was one step of undo");

        // deleting a ward task with no counterpart is asked first, with the task shown; "Không xóa" deletes nothing
        selectFirst(changes, PlanChange.Kind.UNMATCHED);
        PlanChange unmatched = changes.getSelectionModel().getSelectedItem();
        clickOn("#deleteWard");
        Node confirm = lookup("#deleteConfirm").query();
        assertTrue(((javafx.scene.control.DialogPane) confirm).getContentText()
                .startsWith("Nhiệm vụ " + unmatched.wardTasks().get(0) + ":"));
        shot("delete-confirm");
        clickOn(Messages.get("compare.deleteNo"));
        assertEquals(76, stored(wardId).taskCount());
        clickOn("#deleteWard");
        clickOn(Messages.get("compare.deleteYes"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(75, stored(wardId).taskCount(), "deleted on the officer's word only");
        clickOn("#undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(76, stored(wardId).taskCount());

        // a task that follows two points: tick the second candidate too
        selectFirst(changes, PlanChange.Kind.RELINK);
        PlanChange relink = changes.getSelectionModel().getSelectedItem();
        clickOn("#candidate-1");
        PlanChange two = changes.getSelectionModel().getSelectedItem();
        assertEquals(relink.oldKey(), two.oldKey());
        assertEquals(2, Remapping.keys(two.newKey()).size(), two.newKey());
        clickOn("#accept");
        WaitForAsyncUtils.waitForFxEvents();
        String number = relink.wardTasks().get(0);
        assertEquals(two.newKey(), stored(wardId).allTasks().stream().filter(t -> t.number().equals(number))
                .findFirst().orElseThrow().parentRef().number());

        // the officer decides every other task: the proposal, or "no counterpart: keep it citing KH 92"
        int guard = 100;
        while (guard-- > 0 && changes.getItems().stream().anyMatch(ReplacementInWindowTest::toDecide)) {
            PlanChange c = changes.getItems().stream().filter(ReplacementInWindowTest::toDecide).findFirst().orElseThrow();
            interact(() -> changes.getSelectionModel().select(c));
            clickOn(c.kind() == PlanChange.Kind.UNMATCHED ? "#keepOld" : "#accept");
            WaitForAsyncUtils.waitForFxEvents();
        }
        clickOn("#acceptAll");
        waitUntilDone();
        Plan switched = stored(wardId);
        assertTrue(names(switched).containsAll(names(before)), "no ward task deleted");
        assertEquals("", switched.parentPlan().number(), "the ward plan now derives from the 2026 plan");
        assertTrue(changes.getItems().isEmpty(), "nothing left, no relink to where a task already points: "
                + changes.getItems());
        clickOn(Messages.get("compare.close"));

        // the same comparison opened again lists nothing either
        TableView<PlanChange> again = openReplacement();
        assertNoNoOp(again, switched);
        assertTrue(again.getItems().isEmpty(), again.getItems().toString());
        clickOn(Messages.get("compare.close"));
    }

    @Test
    void theTopThreeChoiceAt150Percent() throws Exception {
        start();
        interact(() -> window.context().textScaleProperty().set(1.5));
        TableView<PlanChange> changes = openReplacement();
        selectFirst(changes, PlanChange.Kind.RELINK);
        for (int i = 0; i < 3; i++) {
            CheckBox box = lookup("#candidate-" + i).queryAs(CheckBox.class);
            assertTrue(box.isVisible() && box.getWidth() > 0, "candidate " + i);
        }
        Button keep = lookup("#keepOld").queryButton();
        assertTrue(keep.isVisible());
        shot("replacement-150");
        clickOn(Messages.get("compare.close"));
    }

    @Test
    void theOfficerExtendsTheMatchingDictionary() throws Exception {
        start();
        clickOn("#menu-tools");
        clickOn(Messages.get("menu.tools.dictionary").replace("_", ""), org.testfx.robot.Motion.VERTICAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#dictionaryText");
        write("VNeID = định danh điện tử");
        shot("dictionary");
        clickOn("#saveDictionary");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Messages.get("dictionary.saved"), lookup("#dictionaryStatus").queryAs(Label.class).getText());
        assertEquals("định danh điện tử", services.derivations().dictionary().orElseThrow().dictionary().lines()
                .get("VNeID"), "kept in the store folder and read by the next comparison");
        clickOn(Messages.get("dictionary.close"));
    }

    private static boolean toDecide(PlanChange c) {
        return c.kind() == PlanChange.Kind.RELINK || c.kind() == PlanChange.Kind.UNMATCHED;
    }

    /** No change relinks a ward task to the point of the new plan it already follows. */
    private static void assertNoNoOp(TableView<PlanChange> changes, Plan ward) {
        for (PlanChange c : changes.getItems()) {
            if (c.kind() == PlanChange.Kind.RELINK) {
                for (String number : c.wardTasks()) {
                    PlanTask t = ward.allTasks().stream().filter(w -> w.number().equals(number)).findFirst().orElseThrow();
                    assertFalse(t.parentRef().number().equals(c.newKey()) && t.parentRef().plan().number().isEmpty(),
                            "no-op relink " + c);
                }
            }
        }
    }

    private TableView<PlanChange> openReplacement() {
        clickOn("#menu-tools");
        clickOn(Messages.get("menu.tools.compare").replace("_", ""), org.testfx.robot.Motion.VERTICAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#against");
        clickOn(cellStartingWith("Kế hoạch thay thế: (chưa có số) — Thực hiện Nghị quyết số 11"));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<PlanChange> table = lookup("#changes").queryAs(TableView.class);
        return table;
    }

    private void selectFirst(TableView<PlanChange> table, PlanChange.Kind kind) {
        PlanChange c = table.getItems().stream().filter(x -> x.kind() == kind).findFirst().orElseThrow();
        interact(() -> {
            table.getSelectionModel().select(c);
            table.scrollTo(c);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUntilDone() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !lookup("#acceptAll").queryButton().isDisabled()
                || lookup("#changes").queryAs(TableView.class).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    Plan stored(long id) {
        return services.plans().get(id);
    }

    private static List<String> names(Plan p) {
        return names(p.allTasks());
    }

    private static List<String> names(List<PlanTask> tasks) {
        return tasks.stream().map(PlanTask::name).toList();
    }

    private static List<PlanTask> strip(List<PlanTask> tasks) {
        return tasks.stream().map(PlanTask::withoutIds).toList();
    }

    private Node cellStartingWith(String prefix) {
        return lookup(n -> n instanceof ListCell<?> && n.isVisible() && ((Labeled) n).getText() != null
                && ((Labeled) n).getText().startsWith(prefix)).query();
    }

    private void shot(String name) throws Exception {
        Shots.take(name, stage);
    }
}
