package vn.plandesk.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
import vn.plandesk.model.timeline.LegendItem;
import vn.plandesk.service.PlanService;
import vn.plandesk.service.Settings;
import vn.plandesk.service.edit.PlanEditors;
import vn.plandesk.service.edit.TaskFields;
import vn.plandesk.service.timeline.TimelineLegend;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.ui.MainWindow;
import vn.plandesk.ui.Page;

/** The timeline page read as the officer reads it: with its legend, at the window's text size, or a sentence. */
class TimelineOnScreenTest extends FxRobot {
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
            window = new MainWindow(stage, plans, new PlanEditors(repo), new Settings(dir), dir);
            TimelinePage.install(window);
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

    private TimelineView view() {
        return lookup("#timeline-page").queryAs(TimelinePage.class).view();
    }

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
