package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.PlanProgress;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.model.tracking.StatusRule;
import vn.plandesk.service.tracking.TrackingService;
import vn.plandesk.ui.Page;

/**
 * The officer records Quý I/2026 for every task of the Chơn Thành plan on the tracking page, the status picked from
 * each row's list and the result typed in its cell, closes the program, starts it again and finds everything; the
 * window's overdue filter agrees with the statuses recorded.
 */
class TrackingInWindowTest extends WindowTestBase {
    private static final Period Q1_2026 = Period.quarter(2026, 1);
    /** The statuses given in turn; "không thực hiện" needs its reason, which the view model's test covers. */
    private static final List<ProgressStatus> CYCLE = List.of(ProgressStatus.DONE, ProgressStatus.IN_PROGRESS,
            ProgressStatus.BEHIND, ProgressStatus.WAITING, ProgressStatus.DONE_LATE, ProgressStatus.NOT_STARTED);

    @SuppressWarnings("unchecked")
    private TableView<Object> table() {
        return lookup("#tracking-table").queryAs(TableView.class);
    }

    /** Goes to the tracking page with its shortcut and chooses Quý I/2026 from the list at its top. */
    private void openQuarter() throws Exception {
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#tracking-table").tryQuery().isPresent());
        assertEquals(Page.TRACKING, window.context().pageProperty().get());
        clickOn("#tracking-period");
        WaitForAsyncUtils.waitForFxEvents();
        String label = TrackingService.label(Q1_2026);
        clickOn(lookup(".combo-box-popup .list-cell").match((Node n) -> n instanceof ListCell<?> c
                && label.equals(c.getText()) && n.isVisible()).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Q1_2026.equals(
                lookup("#tracking-period").queryAs(ComboBox.class).getValue())
                && window.context().background().idleProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** How a task's row names it (a row's text also names the task's sub-tasks, without "task="). */
    private static String rowKey(long taskId) {
        return "task=PlanTask[id=" + taskId + ",";
    }

    /** Whether a node is shown: it and every parent visible (a table keeps spare cells hidden). */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private Node statusOf(long taskId) {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup("#status-" + taskId).match(TrackingInWindowTest::shown).query();
    }

    private int rowOf(long taskId) {
        List<Object> items = table().getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).toString().contains(rowKey(taskId))) {
                return i;
            }
        }
        throw new AssertionError("no row for task " + taskId);
    }

    /** The visible cell of a task's row in a column of the tracking table. */
    private Node cell(long taskId, String column) {
        WaitForAsyncUtils.waitForFxEvents();
        return from(table()).lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> c
                && c.getTableColumn() != null && column.equals(c.getTableColumn().getId())
                && c.getTableRow() != null && c.getTableRow().getItem() != null
                && c.getTableRow().getItem().toString().contains(rowKey(taskId)) && shown(c)).query();
    }

    private void record(PlanTask task, ProgressStatus status, String result) throws Exception {
        int row = rowOf(task.id());
        interact(() -> table().scrollTo(Math.max(0, row - 2)));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(statusOf(task.id()));
        WaitForAsyncUtils.waitForFxEvents();
        String label = TrackingService.label(status);
        clickOn(lookup(".combo-box-popup .list-cell").match((Node n) -> n instanceof ListCell<?> c
                && label.equals(c.getText()) && n.isVisible()).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        startEditing(() -> cell(task.id(), "result"), () -> table().getEditingCell() != null);
        TextField field = lookup(".cell-editor").match(Node::isVisible).queryAs(TextField.class);
        interact(field::selectAll);
        write(result);
        push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String resultOf(PlanTask t) {
        return "Đạt " + t.number();
    }

    @Test
    void quarterOneOf2026ForEveryTaskIsRecordedThroughTheWindowAndFoundAfterARestart() throws Exception {
        start();
        List<PlanTask> tasks = plan().allTasks();
        assertEquals(76, tasks.size(), "the Chơn Thành plan is open");
        openQuarter();
        Shots.take("tracking-empty", stage);
        Map<Long, ProgressStatus> given = new HashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            PlanTask t = tasks.get(i);
            // the status the task shows already is no change: the next one of the cycle is chosen then
            ProgressStatus s = CYCLE.get(i % CYCLE.size());
            if (s == StatusRule.defaultStatus(t)) {
                s = CYCLE.get((i + 1) % CYCLE.size());
            }
            record(t, s, resultOf(t));
            given.put(t.id(), s);
        }
        Shots.take("tracking-recorded", stage);
        assertEquals(2 * 76, window.context().editor().history().size(), "a status and a result per task, each undoable");

        // Ctrl+Z takes the last result back, Ctrl+Y puts it again
        PlanTask last = tasks.get(tasks.size() - 1);
        clickOn(cell(last.id(), "number"));
        push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", services.tracking().progress(plan().id()).entry(last.id(), Q1_2026).orElseThrow().result());
        push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();

        clickOn("#tracking-tab-charts");
        Shots.take("tracking-charts", stage);
        clickOn("#tracking-tab-table");
        quit();

        start();
        PlanProgress stored = services.tracking().progress(plan().id());
        assertEquals(76, stored.size());
        for (PlanTask t : tasks) {
            ProgressEntry e = stored.entry(t.id(), Q1_2026).orElseThrow(() -> new AssertionError(t.number()));
            assertEquals(given.get(t.id()), e.status(), t.number());
            assertEquals(resultOf(t), e.result(), t.number());
        }
        openQuarter();
        assertEquals(76 + plan().groups().size(), table().getItems().size(), "every task under its group's heading");
        for (PlanTask t : List.of(tasks.get(0), tasks.get(1), tasks.get(2))) {
            assertEquals(given.get(t.id()), ((ComboBox<?>) statusOf(t.id())).getValue(), t.number());
            assertTrue(((TableCell<?, ?>) cell(t.id(), "result")).getItem().equals(resultOf(t)));
        }

        // the overdue filter lets through exactly the tasks the page marks late, none of them done or waiting
        clickOn("#filter-overdue");
        WaitForAsyncUtils.waitForFxEvents();
        Set<Long> overdue = window.context().shownProperty().get();
        Set<Long> behind = given.entrySet().stream().filter(e -> e.getValue() == ProgressStatus.BEHIND)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertTrue(overdue.containsAll(behind), "reported behind: overdue");
        for (Long id : overdue) {
            ProgressStatus s = given.get(id);
            assertFalse(s.finished() || s == ProgressStatus.WAITING, id + " " + s);
        }
        assertEquals(overdue.size() + plan().groups().stream().filter(g -> g.tasks().stream()
                .anyMatch(t -> overdue.contains(t.id()))).count(), table().getItems().size(),
                "the page shows what the filter lets through");
        Shots.take("tracking-overdue", stage);
        clickOn("#filter-overdue");

        // for a person to look at: the page and its charts at 1366 × 768, at 100 % and 150 % text
        interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        Shots.take("tracking-1366-100", stage);
        clickOn("#tracking-tab-charts");
        Shots.take("tracking-charts-1366-100", stage);
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        Shots.take("tracking-charts-1366-150", stage);
        clickOn("#tracking-tab-table");
        Shots.take("tracking-1366-150", stage);
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT1);
    }
}
