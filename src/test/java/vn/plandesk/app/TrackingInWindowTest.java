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
import vn.plandesk.draw.timeline.TimelineChart;
import vn.plandesk.draw.timeline.TimelineShape;
import vn.plandesk.draw.timeline.TimelineStyle;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.PlanProgress;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.model.tracking.StatusRule;
import vn.plandesk.service.tracking.TrackingService;
import vn.plandesk.ui.Page;
import vn.plandesk.ui.timeline.TimelinePage;
import vn.plandesk.ui.timeline.TimelineView;

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

    /** The page's table, looked up once it is shown: lookups from the test's thread race the FX thread's changes. */
    private TableView<Object> table;

    private TableView<Object> table() {
        return table;
    }

    /** Reads something of the window on the FX thread. */
    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(60, TimeUnit.SECONDS);
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
        table = onFx(() -> lookup("#tracking-table").queryAs(TableView.class));
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

    /** Presses and releases keys through the window's robot, without waiting after each: the keys queue in order. */
    private void keys(KeyCode... codes) {
        for (KeyCode k : codes) {
            robotContext().getBaseRobot().pressKeyboard(k);
            robotContext().getBaseRobot().releaseKeyboard(k);
        }
    }

    private static KeyCode[] times(int n, KeyCode k) {
        KeyCode[] out = new KeyCode[Math.max(0, n)];
        java.util.Arrays.fill(out, k);
        return out;
    }

    /** The task's row as the page holds it now. */
    private Object item(long taskId) {
        return table().getItems().get(rowOf(taskId));
    }

    /**
     * Records a task's status and result from the keyboard, as an officer going down the table does: Down to the
     * task's row, F4 opens its status list, Down or Up to the status, Enter; F2 edits its result, the text typed,
     * Enter. The keys queue in order; the walk waits once for what they recorded.
     */
    private void record(PlanTask task, ProgressStatus status, String result) throws Exception {
        // read on the FX thread: the rows are given anew after every edit
        int row = onFx(() -> rowOf(task.id()));
        int from = onFx(() -> table().getSelectionModel().getSelectedIndex());
        ProgressStatus shown = onFx(() -> ((vn.plandesk.ui.TrackingViewModel.Row) item(task.id())).task()
                .status());
        keys(times(row - from, KeyCode.DOWN));
        keys(KeyCode.F4);
        int steps = status.ordinal() - shown.ordinal();
        keys(times(Math.abs(steps), steps > 0 ? KeyCode.DOWN : KeyCode.UP));
        keys(KeyCode.ENTER);
        // the status is saved and the rows given anew; the table lays them out before the next key, as it does
        // between an officer's keys (a robot's keys can outrun the layout on a loaded machine)
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> services.tracking().progress(plan(), Q1_2026)
                    .entry(task.id(), Q1_2026).filter(e -> e.status() == status).isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("task " + task.number() + ": wanted " + status + "; recorded "
                    + services.tracking().progress(plan(), Q1_2026).entry(task.id(), Q1_2026) + "; " + state(), e);
        }
        // and the officer sees it in the row, given anew from the store, before the next key
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> rowOf(task.id()) >= 0
                && ((vn.plandesk.ui.TrackingViewModel.Row) item(task.id())).task().status() == status));
        onFx(() -> {
            table().layout();
            return null;
        });
        // the officer types once the result's field is there, with the caret in it. On a loaded machine the table's
        // layout may move the row out of view just after F2 (rows of wrapped text measured anew): the table then ends
        // the edit and keeps the keys (CellTextEditorTest), and the officer, seeing no field, presses F2 again
        for (int attempt = 1; ; attempt++) {
            keys(KeyCode.F2);
            try {
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> table().getEditingCell() != null
                        && stage.getScene().getFocusOwner() instanceof TextField f && inTable(f)));
                break;
            } catch (java.util.concurrent.TimeoutException e) {
                String now = state();
                if (attempt == 3) {
                    throw new AssertionError("task " + task.number() + ": no result field after F2, three times; "
                            + now, e);
                }
                System.err.println("task " + task.number() + ": no result field after F2, pressed again; " + now);
                // the keys must be in the table for F2 to reach it
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> inTable(stage.getScene()
                        .getFocusOwner())));
            }
        }
        TextField field = onFx(() -> (TextField) stage.getScene().getFocusOwner());
        for (char c : result.toCharArray()) {
            robotContext().getBaseRobot().typeKeyboard(stage.getScene(), KeyCode.UNDEFINED, String.valueOf(c));
        }
        // Enter once the text typed is in the field, as the officer sees it there (the typed keys and Enter take
        // different roads to the window, and Enter could pass them on a loaded machine)
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> result.equals(field.getText())));
        keys(KeyCode.ENTER);
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> table().getEditingCell() == null)
                    && recorded(task, status, result));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("task " + task.number() + ": wanted " + status + " / " + result + "; recorded "
                    + services.tracking().progress(plan(), Q1_2026).entry(task.id(), Q1_2026) + "; " + state(), e);
        }
    }

    /** What the window's keys reach now, for a failure to name. */
    private String state() throws Exception {
        return onFx(() -> "editing " + table().getEditingCell() + "; rows shown " + from(table())
                .lookup(".table-row-cell").match((Node n) -> n.isVisible()
                        && ((javafx.scene.control.TableRow<?>) n).getItem() != null).queryAll().stream()
                .map(n -> ((javafx.scene.control.TableRow<?>) n).getIndex()).sorted().toList()
                + "; selected " + table().getSelectionModel()
                .getSelectedIndex() + "; focus " + stage.getScene().getFocusOwner() + "; stage focused "
                + stage.isFocused() + "; other windows " + javafx.stage.Window.getWindows().stream()
                .filter(w -> w != stage && w.isShowing()).map(Object::toString).toList());
    }

    private boolean inTable(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == table()) {
                return true;
            }
        }
        return false;
    }

    private boolean recorded(PlanTask task, ProgressStatus status, String result) {
        return services.tracking().progress(plan(), Q1_2026).entry(task.id(), Q1_2026)
                .filter(e -> e.status() == status && e.result().equals(result)).isPresent();
    }

    private static String resultOf(PlanTask t) {
        return "Đạt " + t.number();
    }

    /** Checks the box of the one document the picker's search finds for the words typed. */
    private void choose(String search) throws Exception {
        TextField field = lookup("#register-search").queryAs(TextField.class);
        interact(field::clear);
        clickOn(field);
        write(search);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#register-list").queryAs(TableView.class)
                .getItems().size() == 1);
        Node box = lookup("#register-list .check-box").match(TrackingInWindowTest::shown).query();
        clickOn(box);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void quarterOneOf2026ForEveryTaskIsRecordedThroughTheWindowAndFoundAfterARestart() throws Exception {
        start();
        List<PlanTask> tasks = plan().allTasks();
        assertEquals(76, tasks.size(), "the Chơn Thành plan is open");
        openQuarter();
        Shots.take("tracking-empty", stage);
        // one click on the first task; from there on the keyboard, row after row
        clickOn(cell(tasks.get(0).id(), "number"));
        WaitForAsyncUtils.waitForFxEvents();
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

        // two documents of the register as the evidence of the first task, chosen in the picker
        PlanTask cited = tasks.get(0);
        interact(() -> table().scrollTo(0));
        clickOn(lookup("#documents-" + cited.id()).match(TrackingInWindowTest::shown).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#register-list").tryQuery().isPresent()
                && window.context().background().idleProperty().get());
        choose("chuyen doi so 2556");
        choose("457 ban chi dao");
        Shots.take("tracking-picker", stage);
        clickOn("#register-apply");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> services.tracking().progress(plan(), Q1_2026)
                .entry(cited.id(), Q1_2026).orElseThrow().documentIds().size() == 2);
        assertEquals(2 * 76 + 1, window.context().editor().history().size(), "the evidence chosen: one step of undo");
        List<Long> documents = services.tracking().progress(plan(), Q1_2026).entry(cited.id(), Q1_2026)
                .orElseThrow().documentIds();
        assertEquals(List.of("2556/QĐ-UBND", "457/QĐ-UBND"), documents.stream()
                .map(id -> services.documents().get(id).numberAndSymbol()).toList());
        String citations = "2556/QĐ-UBND ngày 06/11/2025\n457/QĐ-UBND ngày 21/07/2025";
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> citations.equals(documentsCellText(cited.id())));

        // Ctrl+Z takes the last result back, Ctrl+Y puts it again
        PlanTask last = tasks.get(tasks.size() - 1);
        interact(() -> table().scrollTo(rowOf(last.id())));
        clickOn(cell(last.id(), "number"));
        push(KeyCode.CONTROL, KeyCode.Z);
        push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", services.tracking().progress(plan().id()).entry(last.id(), Q1_2026).orElseThrow().result());
        push(KeyCode.CONTROL, KeyCode.Y);
        push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();

        clickOn("#tracking-tab-charts");
        Shots.take("tracking-charts", stage);
        clickOn("#tracking-tab-table");
        quit();

        start();
        // before the tracking page is visited: the overdue filter reads the statuses recorded (this quarter's, where
        // a one-off task keeps the status it was given in Quý I)
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.context().background().idleProperty().get());
        clickOn("#filter-overdue");
        WaitForAsyncUtils.waitForFxEvents();
        Set<Long> overdueNow = window.context().shownProperty().get();
        java.time.LocalDate today = java.time.LocalDate.now();
        List<PlanTask> finishedLate = tasks.stream().filter(t -> !StatusRule.recurs(t) && given.get(t.id()).finished()
                && StatusRule.duePassed(t.deadline(), today)).toList();
        assertFalse(finishedLate.isEmpty(), "finished tasks past their deadline, which the plan alone calls overdue");
        for (PlanTask t : finishedLate) {
            assertFalse(overdueNow.contains(t.id()), t.number() + " is finished, not overdue");
        }
        clickOn("#filter-overdue");
        WaitForAsyncUtils.waitForFxEvents();

        // the timeline of Quý I/2026 marks what was recorded: done as done, waiting as waiting, nothing else as either
        clickOn(nav(1));
        push(KeyCode.CONTROL, KeyCode.T);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.context().pageProperty().get() == Page.TIMELINE
                && timeline().trackingProperty().get() != null);
        interact(() -> lookup("#timeline-period").queryAs(ComboBox.class).setValue(Q1_2026));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> timeline().trackingProperty().get() != null
                && Q1_2026.equals(timeline().trackingProperty().get().period()));
        WaitForAsyncUtils.waitForFxEvents();
        TimelineChart chart = timeline().chart();
        int marked = 0;
        for (PlanTask t : tasks) {
            ProgressStatus s = given.get(t.id());
            List<TimelineStyle> marks = chart.rows().get(chart.indexOf(t)).shapes().stream()
                    .filter(TimelineShape.StatusMark.class::isInstance)
                    .map(m -> ((TimelineShape.StatusMark) m).style()).toList();
            TimelineStyle expected = s.finished() ? TimelineStyle.DONE
                    : s == ProgressStatus.WAITING ? TimelineStyle.WAITING : null;
            if (expected != null) {
                assertEquals(List.of(expected), marks, t.number() + " " + s);
                marked++;
            } else {
                assertFalse(marks.contains(TimelineStyle.DONE) || marks.contains(TimelineStyle.WAITING),
                        t.number() + " " + s + " " + marks);
            }
        }
        assertTrue(marked > 0, "some tasks done or waiting in the walk");

        PlanProgress stored = services.tracking().progress(plan().id());
        assertEquals(76, stored.size());
        for (PlanTask t : tasks) {
            ProgressEntry e = stored.entry(t.id(), Q1_2026).orElseThrow(() -> new AssertionError(t.number()));
            assertEquals(given.get(t.id()), e.status(), t.number());
            assertEquals(resultOf(t), e.result(), t.number());
        }
        assertEquals(documents, stored.entry(cited.id(), Q1_2026).orElseThrow().documentIds(), "the evidence kept");
        openQuarter();
        assertEquals(76 + plan().groups().size(), table().getItems().size(), "every task under its group's heading");
        for (PlanTask t : List.of(tasks.get(0), tasks.get(1), tasks.get(2))) {
            assertEquals(given.get(t.id()), ((ComboBox<?>) statusOf(t.id())).getValue(), t.number());
            assertTrue(((TableCell<?, ?>) cell(t.id(), "result")).getItem().equals(resultOf(t)));
        }
        assertEquals(citations, documentsCellText(cited.id()), "the evidence named after the restart");

        // the task form of a group page shows the task's progress in the quarter chosen on the tracking page
        select(1, cited.id());
        assertEquals(given.get(cited.id()), lookup("#form-progress-status").queryAs(ComboBox.class).getValue());
        assertEquals(resultOf(cited), lookup("#form-progress-result")
                .queryAs(javafx.scene.control.TextArea.class).getText());
        interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        Shots.take("form-progress-1366-100", stage);
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#tracking-table").tryQuery().isPresent());

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

        // for a person to look at: the page, its charts, the picker and the form at 1366 × 768, at 100 % and 150 %
        interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        Shots.take("tracking-1366-100", stage);
        // on the laptop the usual statuses are read whole in their lists; only the long "Chờ chỉ đạo, hướng dẫn của
        // tỉnh" may end in "…" (its tooltip has it whole)
        interact(() -> table().layout());
        java.util.List<String> statusesShown = lookup(".tracking-status .list-cell .text").queryAll().stream()
                .filter(Node::isVisible).map(n -> ((javafx.scene.text.Text) n).getText()).toList();
        assertFalse(statusesShown.isEmpty());
        for (String shown : statusesShown) {
            assertTrue(shown.startsWith("Chờ chỉ đạo") || !(shown.contains("...") || shown.contains("…")),
                    "\"" + shown + "\" whole at 1366 × 768");
        }
        clickOn("#tracking-tab-charts");
        Shots.take("tracking-charts-1366-100", stage);
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        Shots.take("tracking-charts-1366-150", stage);
        clickOn("#tracking-tab-table");
        Shots.take("tracking-1366-150", stage);
        // at 150 % on the laptop's screen a header wraps between its words, never inside one ("Nguyên nhân")
        interact(() -> table().layout());
        for (javafx.scene.control.TableColumn<?, ?> c : table().getColumns()) {
            javafx.scene.control.Labeled header = (javafx.scene.control.Labeled) c.getGraphic();
            javafx.scene.text.Text word = new javafx.scene.text.Text();
            word.setFont(header.getFont());
            for (String w : header.getText().split("\\s+")) {
                word.setText(w);
                assertTrue(c.getWidth() >= word.getLayoutBounds().getWidth(), "\"" + w + "\" whole in its column");
            }
        }
        if (Shots.on()) {
            interact(() -> table().scrollTo(rowOf(cited.id())));
            clickOn(lookup("#documents-" + cited.id()).match(TrackingInWindowTest::shown).queryAs(Node.class));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#register-list").tryQuery().isPresent());
            clickOn("#register-new");
            WaitForAsyncUtils.waitForFxEvents();
            Shots.take("tracking-picker-1366-150", stage);
            clickOn("#register-close");
        }
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT1);
    }

    private TimelineView timeline() {
        return lookup("#timeline-page").queryAs(TimelinePage.class).view();
    }

    /** The text of a task's cell of cited documents. */
    private String documentsCellText(long taskId) {
        Node cell = cell(taskId, "documents");
        return from(cell).lookup(".cell-text").queryAs(javafx.scene.text.Text.class).getText();
    }
}
