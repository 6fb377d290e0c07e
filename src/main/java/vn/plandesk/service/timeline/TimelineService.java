package vn.plandesk.service.timeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.plandesk.io.pdf.TimelinePdf;
import vn.plandesk.io.pdf.TimelinePdfText;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.RomanNumeral;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.timeline.TimelineChart;
import vn.plandesk.model.timeline.TimelinePaper;
import vn.plandesk.model.timeline.TimelinePainter;
import vn.plandesk.model.timeline.TimelineScale;
import vn.plandesk.service.Messages;
import vn.plandesk.store.PlanRepository;

/** The timeline's use cases: its layout, moving a deadline (undoably) and printing it. */
public final class TimelineService {

    /** Told of every deadline written through this service, so every view of the plan can follow. */
    @FunctionalInterface
    public interface DeadlineListener {
        void deadlineChanged(long taskId, Deadline deadline);
    }

    private final PlanRepository plans;
    private final List<DeadlineListener> listeners = new CopyOnWriteArrayList<>();

    public TimelineService(PlanRepository plans) {
        this.plans = plans;
    }

    public void addListener(DeadlineListener l) {
        listeners.add(l);
    }

    public void removeListener(DeadlineListener l) {
        listeners.remove(l);
    }

    /**
     * Moves a stored task's deadline: writes it in one transaction and returns the edit, already done, for the undo
     * stack.
     *
     * @throws PlanDeskException "timeline.notStored" when the task has no store key
     */
    public DeadlineEdit moveDeadline(PlanTask task, Deadline to) {
        if (task.id() == null) {
            throw new PlanDeskException("timeline.notStored", task.number());
        }
        DeadlineEdit edit = new DeadlineEdit(task.id(), task.number(), task.deadline(), to, this::write);
        edit.redo();
        return edit;
    }

    private void write(long taskId, Deadline deadline) {
        plans.updateTaskDeadline(taskId, deadline);
        for (DeadlineListener l : listeners) {
            l.deadlineChanged(taskId, deadline);
        }
    }

    /** The timeline of a plan on screen. */
    public static TimelineChart layout(Plan plan, TimelineScale scale, Set<Integer> collapsed, LocalDate today) {
        return TimelineLayout.build(plan, scale, collapsed, Map.of(), today);
    }

    /** The plan with one task's deadline replaced (the task found by store key, sub-tasks included). */
    public static Plan withDeadline(Plan plan, long taskId, Deadline deadline) {
        List<TaskGroup> groups = new ArrayList<>(plan.groups().size());
        for (TaskGroup g : plan.groups()) {
            List<PlanTask> tasks = new ArrayList<>(g.tasks().size());
            for (PlanTask t : g.tasks()) {
                PlanTask n = Long.valueOf(taskId).equals(t.id()) ? t.withDeadline(deadline) : t;
                if (!n.subTasks().isEmpty()) {
                    n = n.withSubTasks(n.subTasks().stream()
                            .map(s -> Long.valueOf(taskId).equals(s.id()) ? s.withDeadline(deadline) : s).toList());
                }
                tasks.add(n);
            }
            groups.add(g.withTasks(tasks));
        }
        return plan.withGroups(groups);
    }

    /** Prints the plan's timeline as a landscape PDF; rows go on over as many pages as they need. */
    public static void writePdf(Plan plan, TimelinePaper paper, LocalDate today, OutputStream out) {
        TimelineScale days = TimelineScale.plan(1.0); // one unit a day: its width is the number of days
        TimelineScale scale = days.withUnitsPerDay(TimelinePdf.chartWidth(paper) / days.width());
        TimelineChart chart = TimelineLayout.build(plan, scale, Set.of(), Map.of(), today);
        try {
            TimelinePdf.write(chart, pdfText(plan), paper, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TimelinePdfText pdfText(Plan plan) {
        String number = plan.number().isEmpty() ? "……" : plan.number();
        String symbol = plan.symbol().isEmpty() ? "KH-UBND" : plan.symbol();
        String date = plan.issueDate() == null ? "……"
                : vn.plandesk.model.OfficialDate.numeric(plan.issueDate());
        return new TimelinePdfText(
                Messages.get("timeline.pdf.title"),
                Messages.get("timeline.pdf.identity", number + "/" + symbol, date, plan.issuer()),
                plan.summary(),
                Messages.get("column.number"),
                Messages.get("column.task"),
                TimelineLegend.of(plan),
                axisLabels(),
                Messages.get("timeline.pdf.page"));
    }

    /** Quarter and month labels of the axis, in the officer's language. */
    public static TimelinePainter.AxisLabels axisLabels() {
        String quarter = Messages.get("timeline.axis.quarter");
        String shortMonth = Messages.get("timeline.axis.shortMonth");
        String longMonth = Messages.get("timeline.axis.longMonth");
        return new TimelinePainter.AxisLabels(
                q -> java.text.MessageFormat.format(quarter, RomanNumeral.format(q)),
                m -> java.text.MessageFormat.format(shortMonth, m),
                m -> java.text.MessageFormat.format(longMonth, m));
    }
}
