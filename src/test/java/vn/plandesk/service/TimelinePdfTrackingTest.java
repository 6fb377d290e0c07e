package vn.plandesk.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.app.Services;
import vn.plandesk.draw.timeline.TimelinePaper;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.PlanBuilder;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.edit.TaskFields;

/**
 * The printed timeline of a tracked plan, as File → Export and {@code export-timeline} write it from the store: the
 * statuses of the quarter it is printed in and the baseline, named in its legend; an untracked plan's legend is as it
 * was.
 */
class TimelinePdfTrackingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);

    @TempDir
    Path dir;

    private static String text(Path pdf) throws Exception {
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            return PdfTextExtractor.getTextFromPage(doc.getPage(1)).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theTimelinePrintsTheQuartersStatusesAndTheDeadlineAsIssued() throws Exception {
        try (Services s = Services.open(dir)) {
            long id = s.plans().list().stream().filter(p -> p.issuer().contains("Chơn Thành"))
                    .map(PlanSummary::id).findFirst().orElseThrow();
            Path before = s.pdf().exportTimeline(id, TimelinePaper.A4, TODAY, dir.resolve("before.pdf"));
            assertFalse(text(before).contains(Messages.get("timeline.legend.baseline")), "not issued yet");

            PlanEditor editor = s.editors().open(id);
            editor.updateDetails("edit.details", p -> PlanBuilder.from(p).number("145")
                    .issueDate(LocalDate.of(2025, 10, 20)).build());
            List<PlanTask> tasks = editor.plan().allTasks();
            editor.updateTask(tasks.get(0).id(), "edit.timelineDeadline",
                    t -> TaskFields.deadline(t, Deadline.of("Quý III/2029")));
            s.tracking().record(editor, ProgressEntry.of(tasks.get(1).id(), Period.quarterOf(TODAY),
                    ProgressStatus.DONE));

            Path printed = s.pdf().exportTimeline(id, TimelinePaper.A4, TODAY, dir.resolve("after.pdf"));
            String shots = System.getProperty("plandesk.shots"); // left for a person to look at
            if (shots != null) {
                java.nio.file.Files.copy(printed, Path.of(shots, "timeline-tracking.pdf"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            String after = text(printed);
            for (String key : List.of("timeline.legend.statusDone", "timeline.legend.statusLate",
                    "timeline.legend.statusWaiting", "timeline.legend.baseline", "timeline.legend.added")) {
                assertTrue(after.contains(Messages.get(key)), key + " in " + after);
            }
            assertTrue(after.contains(Messages.get("timeline.legend.statusOf", "Quý II/2026")), after);
        }
    }
}
