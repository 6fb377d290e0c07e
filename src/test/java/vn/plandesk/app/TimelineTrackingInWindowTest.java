package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.draw.timeline.TimelineChart;
import vn.plandesk.draw.timeline.TimelineRow;
import vn.plandesk.draw.timeline.TimelineShape;
import vn.plandesk.draw.timeline.TimelineStyle;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.PlanBuilder;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.Messages;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.edit.TaskFields;
import vn.plandesk.ui.Page;
import vn.plandesk.ui.timeline.TimelinePage;
import vn.plandesk.ui.timeline.TimelineView;

/**
 * The timeline page of the window as the program builds it: the statuses recorded for the current quarter and the
 * deadline as issued of a task moved since the plan was issued are drawn and named in the legend.
 */
class TimelineTrackingInWindowTest extends WindowTestBase {

    private TimelineView view() {
        return lookup("#timeline-page").queryAs(TimelinePage.class).view();
    }

    private static List<TimelineShape> marks(TimelineChart chart, PlanTask t, Class<? extends TimelineShape> kind) {
        TimelineRow row = chart.rows().get(chart.indexOf(t));
        return row.shapes().stream().filter(kind::isInstance).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTimelineShowsTheQuartersStatusesAndTheDeadlineAsIssued() throws Exception {
        start();
        PlanEditor editor = window.context().editor();
        Period quarter = Period.quarterOf(LocalDate.now());
        List<PlanTask> dated = plan().allTasks().stream()
                .filter(t -> t.deadline().dueDate() != null && !t.deadline().openEnded()).toList();
        PlanTask done = dated.get(0);
        PlanTask behind = dated.get(1);
        PlanTask waiting = dated.get(2);
        PlanTask moved = dated.get(3);
        Map<PlanTask, ProgressStatus> given = Map.of(done, ProgressStatus.DONE, behind, ProgressStatus.BEHIND,
                waiting, ProgressStatus.WAITING);
        interact(() -> {
            // issued: its tasks as they are now are kept as the baseline; then one deadline moves
            editor.updateDetails("edit.details", p -> PlanBuilder.from(p).number("145")
                    .issueDate(LocalDate.of(2025, 10, 20)).build());
            editor.updateTask(moved.id(), "edit.timelineDeadline",
                    t -> TaskFields.deadline(t, Deadline.of("Quý III/2029")));
            given.forEach((t, s) -> services.tracking().record(editor, ProgressEntry.of(t.id(), quarter, s)));
        });
        clickOn(nav(1));
        push(KeyCode.CONTROL, KeyCode.T);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.context().pageProperty().get() == Page.TIMELINE
                && view().trackingProperty().get() != null && view().trackingProperty().get().differsFromBaseline());
        WaitForAsyncUtils.waitForFxEvents();

        TimelineChart chart = view().chart();
        assertEquals(TimelineStyle.DONE,
                marks(chart, done, TimelineShape.StatusMark.class).get(0).style(), "done: a check");
        assertEquals(TimelineStyle.OVERDUE,
                marks(chart, behind, TimelineShape.StatusMark.class).get(0).style(), "behind: late");
        assertEquals(TimelineStyle.WAITING,
                marks(chart, waiting, TimelineShape.StatusMark.class).get(0).style(), "waiting: an hourglass");
        assertEquals(1, marks(chart, moved, TimelineShape.Baseline.class).size(), "the deadline as issued");
        assertTrue(view().legendLabels().contains(Messages.get("timeline.legend.baseline")), view().legendLabels()
                .toString());
        assertTrue(view().legendLabels().contains(Messages.get("timeline.legend.statusWaiting")));
        interact(() -> view().scrollToTop(moved));
        Shots.take("timeline-tracking", stage);

        // another quarter chosen at the top: its statuses, before anything was recorded
        Period first = Period.parse("2025-Q1");
        interact(() -> lookup("#timeline-period").queryAs(ComboBox.class).setValue(first));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view().trackingProperty().get() != null
                && first.equals(view().trackingProperty().get().period()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(marks(view().chart(), done, TimelineShape.StatusMark.class).stream()
                .noneMatch(m -> m.style() == TimelineStyle.DONE), "not done in Quý I/2025");
        assertTrue(view().legendLabels().contains(Messages.get("timeline.legend.statusOf", "Quý I/2025")),
                view().legendLabels().toString());
        interact(() -> lookup("#timeline-period").queryAs(ComboBox.class).setValue(quarter));

        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> view().scrollToTop(moved));
        Shots.take("timeline-tracking-150", stage);
    }
}
