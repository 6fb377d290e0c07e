package vn.plandesk.ui.timeline;

import javafx.concurrent.Task;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.service.Messages;
import vn.plandesk.service.PdfExportService;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.edit.TaskFields;
import vn.plandesk.service.timeline.TimelineTracking;
import vn.plandesk.service.tracking.TrackingService;
import vn.plandesk.ui.AppMenus;
import vn.plandesk.ui.MainWindow;
import vn.plandesk.ui.Page;
import vn.plandesk.ui.WindowContext;

/**
 * "Tiến độ 2025–2030" as a page of the main window: the open plan's timeline, its selection the window's selected
 * task (so the form beside it shows the task chosen on the chart, and a task chosen in a group's table is the one
 * marked here), and deadlines dragged on it written through the plan's editor, so each move is one step of the
 * window's undo history like any edit in the form.
 */
public final class TimelinePage extends BorderPane {
    private final WindowContext context;
    private final TimelineView view = new TimelineView();
    private final TimelinePdfExport export;
    /** The store's tracking, whose statuses and baseline the chart shows; null: the plan alone. */
    private final TrackingService tracking;
    /** Set while one side of the selection follows the other, so the two do not echo. */
    private boolean syncing;

    TimelinePage(WindowContext context, TimelinePdfExport export, TrackingService tracking) {
        this.context = context;
        this.export = export;
        this.tracking = tracking;
        setId("timeline-page");
        setCenter(view);
        view.setOnMoveDeadline(this::moveDeadline);
        view.setOnOpenTask(t -> {
            if (t.id() != null) {
                context.reveal(t.id());
            }
        });
        view.setOnExportPdf(export::run);
        if (tracking != null) {
            view.showPeriods(Period.allQuarters(), Period.quarterOf(view.todayProperty().get()));
            view.periodProperty().addListener((o, old, p) -> showTracking(view.planProperty().get()));
        }
        context.planProperty().addListener((o, old, p) -> showPlan(p));
        // progress is recorded on the tracking page without changing the plan: read it again when coming back
        context.pageProperty().addListener((o, old, page) -> {
            if (page == Page.TIMELINE) {
                showTracking(view.planProperty().get());
            }
        });
        view.setTextScale(context.textScaleProperty().get());
        context.textScaleProperty().addListener((o, old, s) -> view.setTextScale(s.doubleValue()));
        context.selectedTaskProperty().addListener((o, old, id) -> selectOnChart(id));
        view.selectedTaskProperty().addListener((o, old, t) -> {
            if (!syncing && t != null && t.id() != null) {
                syncing = true;
                try {
                    context.selectedTaskProperty().set(t.id());
                } finally {
                    syncing = false;
                }
            }
        });
        showPlan(context.plan());
    }

    /**
     * Adds the page to the window, with its place in the View menu and its PDF in File → Export; returns the export,
     * for the window's file dialogs.
     */
    public static TimelinePdfExport install(MainWindow window, PdfExportService pdfExport) {
        return install(window, pdfExport, null);
    }

    /** As above, the chart showing the statuses of the current quarter and the baseline the store keeps. */
    public static TimelinePdfExport install(MainWindow window, PdfExportService pdfExport, TrackingService tracking) {
        WindowContext context = window.context();
        TimelinePdfExport export = new TimelinePdfExport(context, pdfExport);
        window.addPage(Page.TIMELINE, () -> new TimelinePage(context, export, tracking));
        MenuItem show = new MenuItem(Messages.get("menu.view.timeline"));
        show.setId("menu-view-timeline");
        show.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        show.setOnAction(e -> context.pageProperty().set(Page.TIMELINE));
        window.menus().add(AppMenus.Slot.VIEW, show);
        MenuItem pdf = new MenuItem(Messages.get("menu.file.export.timeline"));
        pdf.setId("menu-file-export-timeline");
        pdf.setOnAction(e -> export.run());
        window.menus().add(AppMenus.Slot.FILE_EXPORT, pdf);
        return export;
    }

    public TimelineView view() {
        return view;
    }

    /** Where the PDF export saves; tests give a fixed file instead of the platform's dialog. */
    public TimelinePdfExport export() {
        return export;
    }

    private void showPlan(Plan p) {
        if (p == null || old(p)) {
            view.trackingProperty().set(null);
        }
        view.setPlan(p);
        selectOnChart(context.selectedTaskProperty().get());
        showTracking(p);
    }

    /** Whether the chart's tracking is another plan's. */
    private boolean old(Plan p) {
        Plan shown = view.planProperty().get();
        return shown == null || !java.util.Objects.equals(shown.id(), p.id());
    }

    /**
     * Reads the statuses of the current quarter and the changes since the baseline on the window's worker (comparing
     * a big plan with its baseline takes a while) and draws them when they come, if the plan is still the one shown.
     */
    private void showTracking(Plan p) {
        if (tracking == null || p == null || p.id() == null) {
            return;
        }
        Period quarter = view.periodProperty().get() != null ? view.periodProperty().get()
                : Period.quarterOf(view.todayProperty().get());
        Task<TimelineTracking> read = new Task<>() {
            @Override
            protected TimelineTracking call() {
                return tracking.timeline(p, quarter);
            }
        };
        read.setOnSucceeded(e -> {
            if (view.planProperty().get() == p && (view.periodProperty().get() == null
                    || quarter.equals(view.periodProperty().get()))) {
                view.trackingProperty().set(read.getValue());
            }
        });
        context.background().run(read);
    }

    private void selectOnChart(Long id) {
        if (syncing) {
            return;
        }
        Plan p = view.planProperty().get();
        PlanTask task = id == null || p == null ? null
                : p.allTasks().stream().filter(t -> id.equals(t.id())).findFirst().orElse(null);
        syncing = true;
        try {
            view.selectedTaskProperty().set(task);
        } finally {
            syncing = false;
        }
    }

    /** One drag, one edit: written by the editor, recorded in the window's undo history, shown everywhere at once. */
    private void moveDeadline(PlanTask task, Deadline to) {
        if (task.id() == null || context.editor() == null) {
            return;
        }
        context.edit("edit.timelineDeadline", () -> moveDeadline(context.editor(), task.id(), to));
    }

    /** A deadline moved on the chart, as the plan's editor keeps it: stored at once, one step of its undo history. */
    static void moveDeadline(PlanEditor editor, long taskId, Deadline to) {
        editor.updateTask(taskId, "edit.timelineDeadline", t -> TaskFields.deadline(t, to));
    }
}
