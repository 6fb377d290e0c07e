package vn.plandesk.ui.timeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.scene.control.ChoiceDialog;
import vn.plandesk.model.Plan;
import vn.plandesk.draw.timeline.TimelinePaper;
import vn.plandesk.service.Messages;
import vn.plandesk.service.PdfExportService;
import vn.plandesk.ui.WindowContext;
import vn.plandesk.ui.print.FileTarget;

/**
 * "Xuất tiến độ PDF…": asks for the paper (A4 or A3, landscape) and the file, then writes the open plan's timeline
 * through the PDF export service on the window's worker, the status bar showing its progress; a failure is logged
 * and told in a sentence by the window, as for every export.
 */
public final class TimelinePdfExport {
    private final WindowContext context;
    private final PdfExportService pdf;
    private FileTarget target = FileTarget.platform();

    TimelinePdfExport(WindowContext context, PdfExportService pdf) {
        this.context = context;
        this.pdf = pdf;
    }

    /** Where to ask for the file; the platform's dialog unless a test gives another. */
    public void setTarget(FileTarget target) {
        this.target = target;
    }

    void run() {
        Plan plan = context.plan();
        if (plan == null) {
            return;
        }
        ChoiceDialog<TimelinePaper> paper = new ChoiceDialog<>(TimelinePaper.A4, List.of(TimelinePaper.values()));
        paper.initOwner(context.stage());
        paper.setTitle(Messages.get("timeline.exportPdf.title"));
        paper.setHeaderText(Messages.get("timeline.exportPdf.paper"));
        paper.getDialogPane().setId("timeline-export-dialog");
        Optional<TimelinePaper> chosen = paper.showAndWait();
        if (chosen.isEmpty()) {
            return;
        }
        target.file(context.stage(), Messages.get("timeline.exportPdf.fileName") + ".pdf")
                .ifPresent(file -> write(plan.id(), chosen.get(), file));
    }

    /** Writes the PDF in the background; the status bar says where it went. */
    public Task<Path> write(long planId, TimelinePaper paper, Path file) {
        LocalDate today = LocalDate.now();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() {
                updateProgress(-1, 1);
                return pdf.exportTimeline(planId, paper, today, file);
            }
        };
        context.statusProperty().set(Messages.get("timeline.exportPdf.running"));
        task.setOnSucceeded(e -> context.statusProperty().set(
                Messages.get("timeline.exportPdf.done", file.getFileName().toString())));
        context.runInBackground(task);
        return task;
    }
}
