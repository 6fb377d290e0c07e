package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.service.Messages;
import vn.plandesk.ui.Page;

/**
 * The window at 150 % text on the officer's 1366×768 laptop: the reports list reads its periods and states whole,
 * the tracking table keeps the task name readable beside the status list (scrolling sideways instead), and the status
 * bar keeps its left text in place while a late report's warning is shown.
 */
class LargeTextWindowTest extends WindowTestBase {

    /** The text a labeled control shows on screen: its own text, or that text cut short with "…". */
    private static String onScreen(Labeled l) {
        Node text = l.lookup(".text");
        return text instanceof Text t ? t.getText() : "";
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    private void waitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.context().background().idleProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The visible cells of a column of a plain table that show a text. */
    private List<TableCell<?, ?>> cells(TableView<?> table, String column) {
        return from(table).lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                        && column.equals(c.getTableColumn().getId()) && c.isVisible() && c.getText() != null
                        && !c.getText().isEmpty())
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n).toList();
    }

    @Test
    void at150PercentOnTheLaptopNothingTheOfficerReadsIsCutOrPushedOut() throws Exception {
        start();
        atSize(1366, 768);
        clickOn(nav(1));
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT3);
        waitIdle();
        assertEquals(1.5, window.context().textScaleProperty().get());
        double em = window.context().em();

        // the status bar with two late reports named: the left text stays whole and in its place
        String late = Messages.get("report.overdue", Messages.get("report.named",
                Messages.get("report.kind.HALF_YEAR"), "6 tháng đầu năm 2026"), "10/06/2026", 171) + " "
                + Messages.get("report.overdue", Messages.get("report.named", Messages.get("report.kind.YEAR"),
                "năm 2026"), "25/11/2026", 3);
        String left = Messages.get("status.opened", plan().allTasks().size());
        interact(() -> {
            window.context().statusProperty().set(left);
            window.context().reportWarningProperty().set(late);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label message = lookup("#status-message").queryAs(Label.class);
        Label warning = lookup("#status-report-due").queryAs(Label.class);
        Label counts = lookup("#status-counts").queryAs(Label.class);
        assertTrue(warning.isVisible(), "the warning is shown");
        assertEquals(left, onScreen(message), "the left text whole");
        assertTrue(inScene(message).getMinX() >= 0 && inScene(message).getMaxX() <= inScene(warning).getMinX(),
                "the left text in its place, before the warning");
        assertTrue(inScene(warning).getMaxX() <= inScene(counts).getMinX(), "the warning does not cover the counts");
        assertTrue(inScene(counts).getMaxX() <= stage.getScene().getWidth() + 0.5, "the counts inside the window");
        assertTrue(onScreen(warning).endsWith("…"), "a warning too long for the bar ends in …: " + onScreen(warning));
        moveTo(warning); // the tooltip is made when the pointer first rests on the warning
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(late, warning.getTooltip().getText(), "and is read whole in its tooltip");
        Shots.take("status-late-1366-150", stage);

        // the reports list: kind, period, due date and state whole ("6 tháng đầu năm 2026", "Chưa lập – quá hạn …")
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.context().pageProperty().get() == Page.REPORTS
                && lookup("#reports-table").tryQuery().isPresent());
        TableView<?> reports = lookup("#reports-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !reports.getItems().isEmpty());
        waitIdle();
        Shots.take("reports-1366-150", stage);
        List<TableCell<?, ?>> periods = cells(reports, "reports-period");
        assertTrue(periods.stream().anyMatch(c -> c.getText().startsWith("6 tháng đầu năm")),
                "the ward's six-month report is listed");
        for (String column : List.of("reports-kind", "reports-period", "reports-due", "reports-state")) {
            List<TableCell<?, ?>> shown = cells(reports, column);
            assertFalse(shown.isEmpty(), column);
            for (TableCell<?, ?> c : shown) {
                assertEquals(c.getText(), onScreen(c), column + " read whole at 150 %");
            }
        }

        // the tracking table: the task name keeps a readable width beside the 14 em status list, the table scrolls
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.context().pageProperty().get() == Page.TRACKING
                && lookup("#tracking-table").tryQuery().isPresent());
        waitIdle();
        TableView<?> tracking = lookup("#tracking-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !tracking.getItems().isEmpty());
        interact(tracking::layout);
        Shots.take("tracking-1366-150", stage);
        double sum = 0;
        for (TableColumn<?, ?> c : tracking.getColumns()) {
            Labeled header = (Labeled) c.getGraphic();
            for (String word : header.getText().split("\\s+")) {
                Text measure = new Text(word);
                measure.setFont(header.getFont());
                assertTrue(c.getWidth() >= measure.getLayoutBounds().getWidth(), "\"" + word + "\" whole");
            }
            sum += c.getWidth();
        }
        TableColumn<?, ?> task = tracking.getColumns().stream().filter(c -> "task".equals(c.getId())).findFirst()
                .orElseThrow();
        assertTrue(task.getWidth() >= 16 * em - 1, "the task name keeps 16 em: " + task.getWidth() / em + " em");
        assertTrue(sum > tracking.getWidth(), "at 150 % the columns are wider than the laptop's window");
        assertTrue(tracking.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar b
                && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()), "so the table scrolls sideways");
        assertEquals(message.getText(), onScreen(message), "the left text still whole");
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT1);
    }

    /** The menu item of the window's menus with this id. */
    private javafx.scene.control.MenuItem menuItem(String id) {
        javafx.scene.control.MenuBar bar = lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        java.util.ArrayDeque<javafx.scene.control.MenuItem> todo = new java.util.ArrayDeque<>(bar.getMenus());
        while (!todo.isEmpty()) {
            javafx.scene.control.MenuItem i = todo.pop();
            if (id.equals(i.getId())) {
                return i;
            }
            if (i instanceof javafx.scene.control.Menu m) {
                todo.addAll(m.getItems());
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    /** Opens a dialog from the menus, takes its picture and closes it with Esc. */
    private void dialogShot(String id, String name) throws Exception {
        javafx.scene.control.MenuItem item = menuItem(id);
        WaitForAsyncUtils.asyncFx(item::fire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w != stage && w.isShowing() && w instanceof javafx.stage.Stage));
        waitIdle();
        Shots.take(name, stage);
        for (int i = 0; i < 3 && javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w != stage && w.isShowing() && w instanceof javafx.stage.Stage); i++) {
            push(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /**
     * For a person to look at (only with -Dplandesk.shots=DIR): every page and dialog of the window at 1366×768, at
     * 100 % and 150 % text.
     */
    @Test
    void everyPageAndDialogPicturedAtBothTextSizes() throws Exception {
        Assumptions.assumeTrue(Shots.on(), "pictures only when asked for");
        start();
        atSize(1366, 768);
        long ward = plan().id();
        long province = services.plans().list().stream().filter(p -> p.title().contains("Phụ lục II")).findFirst()
                .orElseThrow().id();
        for (int size : new int[] {100, 150}) {
            clickOn(nav(1));
            push(KeyCode.CONTROL, KeyCode.ALT, size == 100 ? KeyCode.DIGIT1 : KeyCode.DIGIT3);
            waitIdle();
            String at = "-1366-" + size;
            select(1, group(1).tasks().get(0).id());
            Shots.take("tour-ward-group1" + at, stage);
            push(KeyCode.CONTROL, KeyCode.DIGIT8);
            waitIdle();
            Shots.take("tour-indicators" + at, stage);
            push(KeyCode.CONTROL, KeyCode.DIGIT9);
            waitIdle();
            Shots.take("tour-details" + at, stage);
            clickOn(nav(1));
            push(KeyCode.CONTROL, KeyCode.T);
            waitIdle();
            Shots.take("tour-timeline" + at, stage);
            push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
            waitIdle();
            Shots.take("tour-tracking" + at, stage);
            clickOn("#tracking-tab-charts");
            waitIdle();
            Shots.take("tour-tracking-charts" + at, stage);
            clickOn("#tracking-tab-table");
            long first = group(1).tasks().get(0).id();
            // at 150 % the button is off to the right, where the table scrolls sideways
            javafx.scene.control.Button pick = lookup("#documents-" + first).match(Node::isVisible)
                    .queryAs(javafx.scene.control.Button.class);
            interact(pick::fire);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#register-list").tryQuery().isPresent());
            waitIdle();
            Shots.take("tour-register" + at, stage);
            push(KeyCode.ESCAPE);
            waitIdle();
            push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B);
            waitIdle();
            Shots.take("tour-reports" + at, stage);
            TableView<?> reports = lookup("#reports-table").queryAs(TableView.class);
            interact(() -> reports.getSelectionModel().select(0));
            if (size == 100) {
                interact(() -> lookup("#reports-draft").queryAs(javafx.scene.control.Button.class).fire());
            }
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#report-summary").tryQuery().isPresent());
            waitIdle();
            Shots.take("tour-reports-editor" + at, stage);
            interact(() -> {
                window.context().statusProperty().set(Messages.get("status.opened", 76));
                window.context().reportWarningProperty().set(Messages.get("report.overdue", Messages.get(
                        "report.named", Messages.get("report.kind.YEAR"), "năm 2026"), "25/11/2026", 3));
            });
            WaitForAsyncUtils.waitForFxEvents();
            Shots.take("tour-status-late" + at, stage);
            clickOn(nav(1));
            waitIdle();
            dialogShot("menu-help-about", "tour-about" + at);
            dialogShot("menu-file-print", "tour-print" + at);
            dialogShot("menu-tools-wardUnits", "tour-ward-units" + at);
            dialogShot("menu-tools-dictionary", "tour-dictionary" + at);
            dialogShot("menu-tools-compare", "tour-compare" + at);
            dialogShot("menu-tools-clarity", "tour-clarity" + at);
            dialogShot("menu-tools-backups", "tour-backups" + at);
            dialogShot("menu-tools-checkStore", "tour-check-store" + at);
            dialogShot("menu-tools-derive", "tour-derive" + at);
            interact(() -> window.context().openPlan(province));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> plan() != null && plan().id() == province);
            waitIdle();
            clickOn(nav(3));
            waitIdle();
            Shots.take("tour-province-group3" + at, stage);
            interact(() -> window.context().openPlan(ward));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> plan() != null && plan().id() == ward);
            waitIdle();
        }
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT1);
    }
}
