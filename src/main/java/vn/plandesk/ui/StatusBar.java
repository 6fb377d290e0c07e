package vn.plandesk.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import vn.plandesk.model.Plan;
import vn.plandesk.model.WardRole;
import vn.plandesk.service.Messages;
import vn.plandesk.service.search.PlanIndex;

/** The foot of the window: the last thing done, the plan's counts (tasks, led, coordinated, to check), progress. */
final class StatusBar extends HBox {
    private final WindowContext context;
    private final Label message = new Label();
    private final Label counts = new Label();
    private final Label reportDue = new Label();
    private final ProgressBar progress = new ProgressBar();

    StatusBar(WindowContext context) {
        this.context = context;
        getStyleClass().add("status-bar");
        message.setId("status-message");
        counts.setId("status-counts");
        message.textProperty().bind(context.statusProperty());
        message.setMinWidth(0);
        // the next report due, from a week before (reports window)
        reportDue.setId("status-report-due");
        reportDue.getStyleClass().add("status-warning");
        reportDue.textProperty().bind(context.reportWarningProperty());
        reportDue.visibleProperty().bind(context.reportWarningProperty().isNotEmpty());
        reportDue.managedProperty().bind(reportDue.visibleProperty());
        reportDue.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        progress.setVisible(false);
        progress.setManaged(false);
        context.runningProperty().addListener((o, old, task) -> {
            progress.progressProperty().unbind();
            if (task != null) {
                progress.progressProperty().bind(task.progressProperty());
            }
            progress.setVisible(task != null);
            progress.setManaged(task != null);
            showCounts();
        });
        context.indexProperty().addListener((o, old, idx) -> showCounts());
        context.shownProperty().addListener((o, old, s) -> showCounts());
        context.statusesVersion().addListener((o, old, v) -> showCounts());
        getChildren().addAll(message, gap, reportDue, progress, counts);
        showCounts();
    }

    private void showCounts() {
        Plan plan = context.plan();
        PlanIndex idx = context.indexProperty().get();
        if (plan == null || idx == null) {
            // while a plan or the samples load, the message on the left says so; "choose a plan" would contradict it
            counts.setText(context.runningProperty().get() != null ? "" : Messages.get("status.noPlan"));
            return;
        }
        StringBuilder b = new StringBuilder(Messages.get("status.tasks", idx.size()));
        long lead = idx.count(WardRole.LEAD);
        long coordinate = idx.count(WardRole.COORDINATE);
        if (lead + coordinate > 0) {
            b.append(" · ").append(Messages.get("status.roles", lead, coordinate));
        }
        b.append(" · ").append(Messages.get("status.flagged", idx.flaggedCount()));
        // lateness as the statuses say: a finished task is not late, one waiting for the province is waiting
        long overdue = idx.overdueCount();
        long waiting = idx.waitingCount();
        if (overdue > 0) {
            b.append(" · ").append(Messages.get("status.overdue", overdue));
        }
        if (waiting > 0) {
            b.append(" · ").append(Messages.get("status.waiting", waiting));
        }
        if (context.shownProperty().get() != null) {
            b.append(" · ").append(Messages.get("status.filtered", context.shownProperty().get().size()));
        }
        counts.setText(b.toString());
    }
}
