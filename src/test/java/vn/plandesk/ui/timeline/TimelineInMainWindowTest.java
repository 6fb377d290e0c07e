package vn.plandesk.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.draw.timeline.LegendItem;
import vn.plandesk.draw.timeline.TimelineRow;
import vn.plandesk.draw.timeline.TimelineZoom;
import vn.plandesk.service.PdfExportService;
import vn.plandesk.service.PlanService;
import vn.plandesk.service.Settings;
import vn.plandesk.service.edit.PlanEditors;
import vn.plandesk.service.edit.TaskFields;
import vn.plandesk.service.timeline.TimelineLegend;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.ui.MainWindow;
import vn.plandesk.ui.Page;
import vn.plandesk.ui.print.FixedFileTarget;

/**
 * The timeline as a page of the real main window, clicked through: opened from the View menu, zoomed, its selection
 * the window's, a dragged diamond one edit of the window's undo history, its PDF exported from File → Export.
 */
class TimelineInMainWindowTest extends FxRobot {
    @TempDir
    Path dir;
    Database db;
    PlanService plans;
    MainWindow window;

    private void start() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            db = Database.open(dir);
            PlanRepository repo = new PlanRepository(db);
            plans = new PlanService(repo);
            plans.loadSamples();
            // the window as the app builds it, with the timeline hooked in as WindowExtensions does
            window = new MainWindow(stage, plans, new PlanEditors(repo), new Settings(dir), dir);
            TimelinePage.install(window, new PdfExportService(plans));
            window.show();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.context().plan() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.setupFixture(() -> {
            FxToolkit.toolkitContext().getRegisteredStage().hide();
            db.close();
        });
    }

    private Plan plan() {
        return window.context().plan();
    }

    private TimelineView view() {
        return lookup("#timeline-page").queryAs(TimelinePage.class).view();
    }

    private TimelineCanvas canvas() {
        return (TimelineCanvas) view().getCenter();
    }

    private Point2D onScreen(double x, double y) {
        return canvas().canvas().localToScreen(x, y);
    }

    /** The middle of a row's name, on screen, after scrolling the row into view. */
    private Point2D rowName(int row) {
        interact(() -> canvas().reveal(row));
        return onScreen(120, TimelineFrame.AXIS_HEIGHT + row * TimelineFrame.ROW_HEIGHT - canvas().scrollY()
                + TimelineFrame.ROW_HEIGHT / 2);
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<PlanTask> table(int group) {
        return lookup("#group-table-" + group).queryAs(TreeTableView.class);
    }

    private Node cell(int group, long taskId, String column) {
        WaitForAsyncUtils.waitForFxEvents();
        return from(table(group)).lookup(".tree-table-cell").match((Node n) -> n instanceof TreeTableCell<?, ?> c
                && c.getTableColumn() != null && column.equals(c.getTableColumn().getId())
                && c.getTableRow() != null && c.getTableRow().getItem() instanceof PlanTask t && t.id() == taskId
                && c.isVisible()).query();
    }

    /** A task's row of its group's table, as the table holds it now. */
    private PlanTask inTable(int group, long id) {
        for (TreeItem<PlanTask> t : table(group).getRoot().getChildren()) {
            if (t.getValue().id() == id) {
                return t.getValue();
            }
            for (TreeItem<PlanTask> s : t.getChildren()) {
                if (s.getValue().id() == id) {
                    return s.getValue();
                }
            }
        }
        throw new AssertionError("not in the table: " + id);
    }

    private int groupOf(long id) {
        return window.context().editor().locate(id).orElseThrow().group();
    }

    private int firstRowWith(String deadline) {
        for (int i = 0; i < view().chart().rows().size(); i++) {
            TimelineRow r = view().chart().rows().get(i);
            if (!r.isGroup() && r.task().deadline().raw().equals(deadline)) {
                return i;
            }
        }
        throw new AssertionError("no task due " + deadline);
    }

    private void openTimelineFromMenu() {
        clickOn("#menu-view");
        clickOn("#menu-view-timeline");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTimelineIsAPageOfTheWindowInStepWithTheTables() throws Exception {
        start();
        // a task chosen in group I's table
        PlanTask chosen = plan().group(1).orElseThrow().tasks().get(2);
        clickOn(cell(1, chosen.id(), "number"));
        assertEquals(chosen.id(), window.context().selectedTaskProperty().get());

        openTimelineFromMenu();
        assertEquals(Page.TIMELINE, window.context().pageProperty().get());
        assertEquals(plan().taskCount() + plan().groups().size(), view().chart().rows().size(),
                "the open plan: a band per group, a row per task");
        assertEquals(chosen.id(), view().selectedTaskProperty().get().id(), "the table's task is the chart's");
        assertEquals(view().chart().indexOf(chosen), canvas().selectedRow());

        // zoom by month, quarter and back to the years
        clickOn("#timeline-zoom-month");
        assertEquals(TimelineZoom.MONTH, view().zoomProperty().get());
        assertEquals(4.0, view().chart().scale().unitsPerDay());
        clickOn("#timeline-zoom-quarter");
        assertEquals(1.5, view().chart().scale().unitsPerDay());
        clickOn("#timeline-zoom-year");
        assertTrue(view().chart().scale().unitsPerDay() < 1.5);

        // a task chosen on the chart is the window's: the form shows it, its group's table selects it
        int row = firstRowWith("Thường xuyên");
        PlanTask onChart = view().chart().rows().get(row).task();
        clickOn(rowName(row));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(onChart.id(), window.context().selectedTaskProperty().get());
        assertEquals(onChart.number(), lookup("#form-number").queryAs(Label.class).getText());

        // a double click opens it in its group's page, selected there
        doubleClickOn(rowName(row));
        WaitForAsyncUtils.waitForFxEvents();
        int group = groupOf(onChart.id());
        assertEquals(Page.group(group), window.context().pageProperty().get());
        assertEquals(onChart.id(), table(group).getSelectionModel().getSelectedItem().getValue().id());

        // the shortcut brings the timeline back
        push(KeyCode.CONTROL, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Page.TIMELINE, window.context().pageProperty().get());
    }

    @Test
    void aDraggedDiamondIsOneEditOfTheWindowsUndoHistory() throws Exception {
        start();
        push(KeyCode.CONTROL, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        int row = firstRowWith("Tháng 12/2025");
        PlanTask task = view().chart().rows().get(row).task();
        int group = groupOf(task.id());
        int edits = window.context().editor().history().size();

        interact(() -> canvas().reveal(row));
        double[] p = canvas().diamondPoint(row);
        // about six months right, into Q2 2026; the year zoom snaps to quarters
        double dx = 180 * view().chart().scale().unitsPerDay();
        drag(onScreen(p[0], p[1])).moveBy(dx / 2, 0).moveBy(dx / 2, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Quý II/2026", stored(task.id()), "written to the store");
        assertEquals(edits + 1, window.context().editor().history().size(), "one edit in the window's history");
        assertEquals("Quý II/2026", view().chart().rows().get(view().chart().indexOf(task)).task().deadline().raw());

        // the group's table shows it at once
        interact(() -> window.context().reveal(task.id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Quý II/2026", inTable(group, task.id()).deadline().raw());

        push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Tháng 12/2025", stored(task.id()));
        assertEquals("Tháng 12/2025", inTable(group, task.id()).deadline().raw());
        assertEquals("Tháng 12/2025", ((TreeTableCell<?, ?>) cell(group, task.id(), "deadline")).getItem(),
                "the cell on screen too");
        push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Quý II/2026", inTable(group, task.id()).deadline().raw());
        push(KeyCode.CONTROL, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Quý II/2026", view().chart().rows().get(view().chart().indexOf(task)).task().deadline().raw(),
                "the chart follows an undo and a redo made elsewhere");
    }

    @Test
    void theTimelinePdfIsExportedFromTheFileMenuOnTheChosenPaper() throws Exception {
        start();
        push(KeyCode.CONTROL, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        Path file = dir.resolve("tien-do-2025-2030.pdf");
        lookup("#timeline-page").queryAs(TimelinePage.class).export().setTarget(new FixedFileTarget(dir, dir));
        clickOn("#menu-file");
        moveTo("#menu-file-export");
        clickOn("#menu-file-export-timeline");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<Object> paper = lookup("#timeline-export-dialog .combo-box").queryAs(ComboBox.class);
        interact(() -> paper.getSelectionModel().select(1)); // A3
        clickOn(lookup("#timeline-export-dialog .button").match(
                (Node b) -> b instanceof javafx.scene.control.Button btn && btn.isDefaultButton()).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(file)
                && window.context().runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toString()))) {
            assertEquals(1190.55, pdf.getPage(1).getPageSize().getWidth(), 1, "A3 landscape");
            assertTrue(pdf.getNumberOfPages() >= 1);
        }
        assertTrue(window.context().statusProperty().get().contains("tien-do-2025-2030.pdf"));
    }

    private String stored(long id) {
        return plans.get(plan().id()).allTasks().stream().filter(t -> t.id() == id).findFirst().orElseThrow()
                .deadline().raw();
    }

    @Test
    void aStartSetInTheFormBeginsTheBarOnTheTimeline() throws Exception {
        start();
        push(KeyCode.CONTROL, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        int row = firstRowWith("Tháng 12/2025");
        PlanTask task = view().chart().rows().get(row).task();
        clickOn(rowName(row));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(task.id(), window.context().selectedTaskProperty().get());
        double before = ((vn.plandesk.draw.timeline.TimelineShape.Bar) view().chart().rows().get(row).shapes().get(0)).x0();

        javafx.scene.control.DatePicker start = lookup("#form-start").queryAs(javafx.scene.control.DatePicker.class);
        clickOn(start.getEditor());
        write("01/06/2025");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        java.time.LocalDate june = java.time.LocalDate.of(2025, 6, 1);
        assertEquals(june, plans.get(plan().id()).allTasks().stream().filter(t -> t.id().equals(task.id()))
                .findFirst().orElseThrow().start(), "stored");
        double after = ((vn.plandesk.draw.timeline.TimelineShape.Bar) view().chart().rows().get(row).shapes().get(0)).x0();
        assertEquals(view().chart().scale().x(june), after, 0.001, "the bar begins at the start");
        assertTrue(after != before);

        clickOn(rowName(row)); // back on the chart: the field keeps its own Ctrl+Z for its text
        push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, plans.get(plan().id()).allTasks().stream().filter(t -> t.id().equals(task.id()))
                .findFirst().orElseThrow().start(), "undone");
        assertEquals(before, ((vn.plandesk.draw.timeline.TimelineShape.Bar) view().chart().rows().get(row).shapes()
                .get(0)).x0(), 0.001);
        assertEquals(null, start.getValue(), "the form follows the undo");
    }

    // ---- read as the officer reads it: with its legend, at the window's text size, or a sentence

    private void showTimeline() {
        clickOn("#nav-group-1");
        push(KeyCode.CONTROL, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Page.TIMELINE, window.context().pageProperty().get());
    }

    @Test
    void theLegendIsOnScreenAndTheChartFollowsTheTextSize() throws Exception {
        start();
        showTimeline();
        Canvas legend = lookup("#timeline-legend").queryAs(Canvas.class);
        assertTrue(legend.isVisible() && legend.getHeight() > 20 && legend.getWidth() > 200, "a legend under the chart");
        assertEquals(TimelineLegend.of(window.context().plan()).stream().map(LegendItem::label).toList(),
                view().legendLabels(), "the PDF's legend");
        assertTrue(view().legendLabels().contains("Thời hạn hoàn thành"));

        TimelineCanvas canvas = (TimelineCanvas) view().getCenter();
        int row = -1;
        for (int i = 0; i < view().chart().rows().size() && row < 0; i++) {
            if (view().chart().rows().get(i).movableDiamond() != null) {
                row = i;
            }
        }
        int r = row;
        interact(() -> canvas.setScrollY(0));
        double[] before = canvas.diamondPoint(r);
        double legendBefore = legend.getHeight();
        clickOn("#nav-group-1");
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT3);
        push(KeyCode.CONTROL, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> canvas.setScrollY(0));
        double[] after = canvas.diamondPoint(r);
        assertEquals(before[1] * 1.5, after[1], 0.5, "rows are drawn 1.5 times as tall at 150 %");
        assertTrue(legend.getHeight() > legendBefore, "the legend's text is larger too");
    }

    @Test
    void aPlanWithoutDeadlinesSaysSoInsteadOfAnEmptyChart() throws Exception {
        start();
        Plan p = plans.get(window.context().plan().id()).withoutIds();
        java.util.List<TaskGroup> groups = p.groups().stream().map(g -> g.withTasks(g.tasks().stream()
                .map(t -> TaskFields.deadline(t, Deadline.of("")).withSubTasks(t.subTasks().stream()
                        .map(s -> TaskFields.deadline(s, Deadline.of(""))).toList())).toList())).toList();
        long id = plans.add(p.withGroups(groups));
        interact(() -> {
            window.context().plansChanged();
            window.context().openPlan(id);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.context().plan().id() == id);
        WaitForAsyncUtils.waitForFxEvents();
        showTimeline();
        Label note = lookup("#timeline-no-deadlines").queryAs(Label.class);
        assertTrue(note.isVisible() && note.getScene() != null, "a sentence instead of the chart");
        assertTrue(note.getText().startsWith("Chưa nhiệm vụ nào"), note.getText());
        assertFalse(lookup((Node n) -> n instanceof TimelineCanvas && n.getScene() != null).tryQuery().isPresent());
        for (PlanTask t : window.context().plan().allTasks()) {
            assertTrue(t.deadline().isEmpty());
        }
    }
}
