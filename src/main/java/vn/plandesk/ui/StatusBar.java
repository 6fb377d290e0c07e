package vn.plandesk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import vn.plandesk.model.Plan;
import vn.plandesk.model.WardRole;
import vn.plandesk.service.Messages;
import vn.plandesk.service.search.PlanIndex;

/**
 * The foot of the window: the last thing done on the left; on the right the warning of a report due or late, progress
 * and the plan's counts (tasks, led, coordinated, to check). Each keeps its place when they do not all fit (150 % text
 * on a 1366 px screen): the warning gives way first, down to a few words ending in "…" with the whole sentence in its
 * tooltip, then the counts; the left text is never pushed out ({@link #widths}).
 */
final class StatusBar extends HBox {
    /** The least room of a warning that gives way, in em: enough for its first words and the "…". */
    static final double WARNING_LEAST_EM = 9;

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
        // the next report due, from a week before, or one late (reports window)
        reportDue.setId("status-report-due");
        reportDue.getStyleClass().add("status-warning");
        reportDue.textProperty().bind(context.reportWarningProperty());
        reportDue.visibleProperty().bind(context.reportWarningProperty().isNotEmpty());
        reportDue.managedProperty().bind(reportDue.visibleProperty());
        reportDue.setTextOverrun(OverrunStyle.ELLIPSIS);
        reportDue.setEllipsisString("…");
        var tooltipWidth = javafx.beans.binding.Bindings.createDoubleBinding(() -> 40 * context.em(),
                context.textScaleProperty());
        for (Label l : List.of(message, reportDue, counts)) {
            // a text cut short on a narrow window is read whole in its tooltip
            HoverTooltip.install(l, () -> {
                Tooltip whole = new Tooltip();
                whole.textProperty().bind(l.textProperty());
                whole.setWrapText(true);
                whole.maxWidthProperty().bind(tooltipWidth);
                return whole;
            });
            // this bar's own layout decides who gives way; a label's least width would push the others out
            l.setMinWidth(0);
        }
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
        getChildren().addAll(message, reportDue, progress, counts);
        showCounts();
    }

    /**
     * The widths of the left text, the warning and the counts in a bar with {@code room} for the three (spacing and
     * progress taken off), from the width each wants (0 for one not shown). All three whole when they fit; else the
     * warning gives way, down to {@code warningLeast}; then the left text and the counts share what is left, the left
     * text keeping at least half of it (or all it wants when that is less) and giving way only where the counts need
     * it.
     */
    static double[] widths(double room, double left, double warning, double right, double warningLeast) {
        room = Math.max(0, room);
        if (left + warning + right <= room) {
            return new double[] {left, warning, right};
        }
        double w = Math.min(warning, Math.max(Math.min(warningLeast, warning), room - left - right));
        double rest = Math.max(0, room - w);
        double l = Math.min(left, Math.max(rest / 2, rest - right));
        double r = Math.min(right, rest - l);
        return new double[] {l, w, r};
    }

    @Override
    protected double computeMinWidth(double height) {
        // the window may be made narrow: the texts end in "…" then
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected void layoutChildren() {
        double top = snappedTopInset();
        double height = getHeight() - top - snappedBottomInset();
        double start = snappedLeftInset();
        double end = getWidth() - snappedRightInset();
        double gap = getSpacing();
        List<Node> shown = new ArrayList<>();
        for (Node n : getChildren()) {
            if (n.isManaged()) {
                shown.add(n);
            }
        }
        double room = end - start - gap * Math.max(0, shown.size() - 1);
        double bar = progress.isManaged() ? snapSizeX(progress.prefWidth(-1)) : 0;
        double[] w = widths(room - bar, snapSizeX(message.prefWidth(-1)),
                reportDue.isManaged() ? snapSizeX(reportDue.prefWidth(-1)) : 0, snapSizeX(counts.prefWidth(-1)),
                WARNING_LEAST_EM * context.em());
        layoutInArea(message, start, top, w[0], height, 0, HPos.LEFT, VPos.CENTER);
        // the rest stands at the right end, the counts last
        double x = end - w[2];
        layoutInArea(counts, x, top, w[2], height, 0, HPos.LEFT, VPos.CENTER);
        if (progress.isManaged()) {
            x -= gap + bar;
            layoutInArea(progress, x, top, bar, height, 0, HPos.LEFT, VPos.CENTER);
        }
        if (reportDue.isManaged()) {
            x -= gap + w[1];
            layoutInArea(reportDue, x, top, w[1], height, 0, HPos.LEFT, VPos.CENTER);
        }
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
