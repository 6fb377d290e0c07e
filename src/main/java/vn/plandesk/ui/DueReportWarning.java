package vn.plandesk.ui;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import vn.plandesk.service.report.ReportService;

/**
 * The status bar's warning of the next report due ({@link ReportService#dueWarning}): read off the FX thread when the
 * window opens a plan and again after every edit, undo and redo (drafting or sending a report changes what it says).
 */
final class DueReportWarning {
    private final WindowContext context;
    private final ReportService reports;
    private final Supplier<LocalDate> today;

    private DueReportWarning(WindowContext context, ReportService reports, Supplier<LocalDate> today) {
        this.context = context;
        this.reports = reports;
        this.today = today;
    }

    /** Keeps {@link WindowContext#reportWarningProperty()} up to date from now on. */
    static DueReportWarning follow(WindowContext context, ReportService reports, Supplier<LocalDate> today) {
        DueReportWarning w = new DueReportWarning(context, reports, today);
        // for the plan the window starts with, once its first frame is drawn: the warning comes a moment after it
        context.editorProperty().addListener((o, old, e) -> context.afterFirstFrame(w::refresh));
        context.edits().addListener((o, old, v) -> w.refresh());
        // a window that is starting opens its plan next, and the listener above reads the warning then: reading it now
        // as well would only compete with the window's start (every report's content is read)
        if (context.editor() != null) {
            w.refresh();
        }
        return w;
    }

    /** Reads the warning on the worker and shows it. */
    void refresh() {
        LocalDate day = today.get();
        Task<Optional<String>> read = new Task<>() {
            @Override
            protected Optional<String> call() {
                return reports.dueWarning(day);
            }
        };
        read.setOnSucceeded(e -> context.reportWarningProperty().set(read.getValue().orElse("")));
        // a warning that cannot be read is no reason to interrupt the officer: the log has it
        context.background().run(read, t -> { });
    }
}
