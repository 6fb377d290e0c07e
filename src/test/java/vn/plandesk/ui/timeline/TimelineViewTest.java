package vn.plandesk.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.draw.timeline.TimelineRow;
import vn.plandesk.draw.timeline.TimelineZoom;
import vn.plandesk.service.PlanService;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.service.edit.PlanEditors;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;

/**
 * The officer zooms, selects in the table and sees it on the chart, drags a diamond (an edit of the plan's editor,
 * stored at once) and takes it back.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private Database db;
    private PlanService plans;
    private long planId;
    private TimelineHost host;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("timeline-test");
        db = Database.open(folder);
        PlanRepository repo = new PlanRepository(db);
        plans = new PlanService(repo);
        planId = plans.add(new SampleLibrary().plan("chon-thanh-ward-plan.json"));
        host = new TimelineHost(new PlanEditors(repo).open(planId));
        host.view.todayProperty().set(LocalDate.of(2026, 6, 15));
        stage.setScene(host.scene(1200, 720)); // within the headless screen (1280 × 800)
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private TimelineCanvas canvas() {
        return (TimelineCanvas) host.view.getCenter();
    }

    /** The screen point of a canvas point. */
    private Point2D onScreen(double x, double y) {
        return canvas().canvas().localToScreen(x, y);
    }

    @Test
    void theZoomButtonsChangeTheScaleAndKeepTheRows(FxRobot robot) {
        int rows = host.view.chart().rows().size();
        robot.clickOn("#timeline-zoom-month");
        assertEquals(TimelineZoom.MONTH, host.view.zoomProperty().get());
        assertEquals(4.0, host.view.chart().scale().unitsPerDay());
        robot.clickOn("#timeline-zoom-quarter");
        assertEquals(1.5, host.view.chart().scale().unitsPerDay());
        robot.clickOn("#timeline-zoom-year");
        assertTrue(host.view.chart().scale().unitsPerDay() < 1.5, "the year zoom is the widest");
        assertTrue(host.view.chart().scale().width() <= canvas().chartViewWidth()
                || host.view.chart().scale().unitsPerDay() == 0.25, "2025–2030 fit the width, or the floor is hit");
        robot.clickOn("#timeline-zoom-year"); // clicking the chosen zoom again leaves it chosen
        assertEquals(TimelineZoom.YEAR, host.view.zoomProperty().get());
        assertEquals(rows, host.view.chart().rows().size());
    }

    @Test
    void aRowSelectedInTheTableIsSelectedOnTheChartAndBack(FxRobot robot) {
        robot.clickOn(robot.lookup(".table-row-cell").nth(4).queryAs(javafx.scene.Node.class));
        PlanTask inTable = host.table.getSelectionModel().getSelectedItem();
        assertNotNull(inTable);
        assertEquals(inTable.id(), host.view.selectedTaskProperty().get().id());
        int row = host.view.chart().indexOf(inTable);
        assertEquals(row, canvas().selectedRow(), "the chart highlights the same task");

        // now on the chart: click the name of the next task row
        int next = row + 1;
        while (host.view.chart().rows().get(next).isGroup()) {
            next++;
        }
        double y = TimelineFrame.AXIS_HEIGHT + next * TimelineFrame.ROW_HEIGHT - canvas().scrollY()
                + TimelineFrame.ROW_HEIGHT / 2;
        robot.clickOn(onScreen(120, y));
        PlanTask onChart = host.view.chart().rows().get(next).task();
        assertEquals(onChart.id(), host.view.selectedTaskProperty().get().id());
        assertEquals(onChart.id(), host.table.getSelectionModel().getSelectedItem().id());
    }

    @Test
    void selectingATaskFarDownScrollsTheChartToIt(FxRobot robot) {
        PlanTask last = host.table.getItems().get(host.table.getItems().size() - 1);
        robot.interact(() -> host.table.getSelectionModel().select(host.table.getItems().size() - 1));
        int row = host.view.chart().indexOf(last);
        double top = row * TimelineFrame.ROW_HEIGHT - canvas().scrollY();
        assertTrue(top >= 0 && top + TimelineFrame.ROW_HEIGHT <= canvas().bodyHeight(), "row in view: " + top);
    }

    @Test
    void draggingADiamondMovesTheDeadlineAndUndoTakesItBack(FxRobot robot) {
        int row = firstRowWith("Tháng 12/2025");
        PlanTask task = host.view.chart().rows().get(row).task();
        int edits = host.editor.history().size();
        robot.interact(() -> host.view.selectedTaskProperty().set(task));
        double[] p = canvas().diamondPoint(row);
        // about six months right, from the end of 2025 into Q2 2026; the year zoom snaps to quarters
        double dx = 180 * host.view.chart().scale().unitsPerDay();
        robot.drag(onScreen(p[0], p[1])).moveBy(dx / 2, 0).moveBy(dx / 2, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Quý II/2026", deadlineInStore(task));
        assertEquals("Quý II/2026", taskInView(task).deadline().raw());
        assertEquals("Quý II/2026", host.table.getItems().get(SelectionSync.indexOf(host.table.getItems(), task))
                .deadline().printed(), "the table shows the new deadline too");
        assertEquals(edits + 1, host.editor.history().size(), "one step of the editor's undo history");

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Tháng 12/2025", deadlineInStore(task));
        assertEquals("Tháng 12/2025", taskInView(task).deadline().raw());
        assertEquals("Tháng 12/2025", host.table.getItems().get(SelectionSync.indexOf(host.table.getItems(), task))
                .deadline().printed());
    }

    @Test
    void aClickOnADiamondWithoutMovingChangesNothing(FxRobot robot) {
        int row = firstRowWith("Quý IV/2025");
        PlanTask task = host.view.chart().rows().get(row).task();
        robot.interact(() -> host.view.selectedTaskProperty().set(task));
        double[] p = canvas().diamondPoint(row);
        robot.clickOn(onScreen(p[0], p[1]));
        assertEquals("Quý IV/2025", deadlineInStore(task));
        assertEquals(0, host.editor.history().size(), "no edit");
    }

    @Test
    void aDoubleClickOpensTheTaskAndAGroupBandFolds(FxRobot robot) {
        int row = firstRowWith("Thường xuyên");
        double y = TimelineFrame.AXIS_HEIGHT + row * TimelineFrame.ROW_HEIGHT - canvas().scrollY() + 12;
        robot.doubleClickOn(onScreen(120, y));
        assertEquals(host.view.chart().rows().get(row).task().id(), host.opened.id());

        int rows = host.view.chart().rows().size();
        int groupOne = host.view.chart().rows().get(0).group().taskCount();
        robot.interact(() -> canvas().setScrollY(0));
        robot.clickOn(onScreen(200, TimelineFrame.AXIS_HEIGHT + 12));
        assertEquals(rows - groupOne, host.view.chart().rows().size());
        assertTrue(host.view.chart().rows().get(0).collapsed());
        robot.clickOn(onScreen(200, TimelineFrame.AXIS_HEIGHT + 12));
        assertEquals(rows, host.view.chart().rows().size());
    }

    @Test
    void theTableScrollsInStepWithTheChart(FxRobot robot) {
        robot.interact(() -> canvas().setScrollY(40 * TimelineFrame.ROW_HEIGHT));
        WaitForAsyncUtils.waitForFxEvents();
        PlanTask top = host.view.topTaskProperty().get();
        javafx.scene.control.skin.VirtualFlow<?> flow =
                (javafx.scene.control.skin.VirtualFlow<?>) host.table.lookup(".virtual-flow");
        PlanTask tableTop = host.table.getItems().get(flow.getFirstVisibleCell().getIndex());
        assertEquals(top.id(), tableTop.id(), "the table's first row is the chart's first task");
    }

    private int firstRowWith(String deadline) {
        for (int i = 0; i < host.view.chart().rows().size(); i++) {
            TimelineRow r = host.view.chart().rows().get(i);
            if (!r.isGroup() && r.task().deadline().raw().equals(deadline)) {
                return i;
            }
        }
        throw new AssertionError("no task due " + deadline);
    }

    private String deadlineInStore(PlanTask task) {
        Plan plan = plans.get(planId);
        return plan.allTasks().stream().filter(t -> t.id().equals(task.id())).findFirst().orElseThrow()
                .deadline().raw();
    }

    private PlanTask taskInView(PlanTask task) {
        return host.view.chart().rows().get(host.view.chart().indexOf(task)).task();
    }
}
