package vn.plandesk.service.timeline;

import java.util.ArrayList;
import java.util.List;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.draw.timeline.LegendItem;
import vn.plandesk.draw.timeline.TimelineShape;
import vn.plandesk.draw.timeline.TimelineStyle;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.service.Messages;

/** The legend of a plan's timeline, in the officer's language: the role colours the plan uses, then each shape. */
public final class TimelineLegend {
    private static final double W = LegendItem.SAMPLE_WIDTH;

    private TimelineLegend() {
    }

    public static List<LegendItem> of(Plan plan) {
        return of(plan, null);
    }

    /**
     * With the plan's tracking: the statuses of the period (done, late, waiting, each with the mark that tells it in
     * black and white) and, when the plan differs from it, the baseline's outline and the badge of an added task.
     */
    public static List<LegendItem> of(Plan plan, TimelineTracking tracking) {
        boolean roles = plan.allTasks().stream().map(PlanTask::role).anyMatch(r -> r != null);
        List<LegendItem> items = new ArrayList<>();
        if (roles) {
            items.add(bar("timeline.legend.lead", TimelineStyle.LEAD));
            items.add(bar("timeline.legend.coordinate", TimelineStyle.COORDINATE));
        } else {
            items.add(bar("timeline.legend.unit", TimelineStyle.UNIT));
        }
        TimelineStyle s = roles ? TimelineStyle.LEAD : TimelineStyle.UNIT;
        if (tracking == null || tracking.period() == null) {
            items.add(bar("timeline.legend.overdue", TimelineStyle.OVERDUE));
        } else {
            Period p = tracking.period();
            items.add(new LegendItem(Messages.get("timeline.legend.statusOf",
                    Messages.get(p.labelKey(), p.labelArgs())), List.of(), false));
            items.add(status("timeline.legend.statusDone", TimelineStyle.DONE));
            items.add(status("timeline.legend.statusLate", TimelineStyle.OVERDUE));
            items.add(status("timeline.legend.statusWaiting", TimelineStyle.WAITING));
        }
        if (tracking != null && tracking.differsFromBaseline()) {
            items.add(item("timeline.legend.baseline", new TimelineShape.Bar(0, W * 0.5, s),
                    new TimelineShape.Baseline(0, W - 2, TimelineStyle.BASELINE)));
            items.add(item("timeline.legend.added", new TimelineShape.Added(W / 2 - 5, TimelineStyle.BASELINE)));
        }
        items.add(item("timeline.legend.due", new TimelineShape.Diamond(W / 2, null, false, s)));
        items.add(item("timeline.legend.continuous", new TimelineShape.Band(0, W, s)));
        items.add(item("timeline.legend.yearly", new TimelineShape.Mark(W / 2, W, s)));
        items.add(item("timeline.legend.openEnded", new TimelineShape.Band(0, W, s), new TimelineShape.Arrow(W, s)));
        items.add(item("timeline.legend.done", new TimelineShape.Check(W / 2 - 8, TimelineStyle.DONE)));
        items.add(item("timeline.legend.unreadable", new TimelineShape.Warning(W / 2 - 8, TimelineStyle.WARNING)));
        items.add(new LegendItem(Messages.get("timeline.legend.today"), List.of(), true));
        return items;
    }

    private static LegendItem status(String key, TimelineStyle style) {
        return item(key, new TimelineShape.Bar(0, W, style), new TimelineShape.StatusMark(W / 2, style));
    }

    private static LegendItem bar(String key, TimelineStyle style) {
        return item(key, new TimelineShape.Bar(0, W, style));
    }

    private static LegendItem item(String key, TimelineShape... shapes) {
        return new LegendItem(Messages.get(key), List.of(shapes), false);
    }
}
