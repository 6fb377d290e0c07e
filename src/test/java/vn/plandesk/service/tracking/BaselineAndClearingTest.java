package vn.plandesk.service.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanBuilder;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.SampleStore;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.edit.PlanEditors;
import vn.plandesk.service.timeline.TimelineTracking;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.TrackingRepository;

/**
 * On a real store: the plan as issued is kept once, the first time it has its number and date, and survives a restart;
 * the timeline reads the moved deadlines and the period's statuses from it; clearing a quarter's entry is one undo
 * step, and clearing nothing is none.
 */
class BaselineAndClearingTest {
    private static final Period Q1 = Period.parse("2026-Q1");

    @TempDir
    Path dir;

    @Test
    void theIssuedPlanIsKeptOnceAndFoundAfterARestart() {
        long planId = SampleStore.copyTo(dir).get(2);
        Plan issued;
        try (Database db = Database.open(dir)) {
            PlanEditor editor = new PlanEditors(new PlanRepository(db)).open(planId);
            TrackingService tracking = new TrackingService(new TrackingRepository(db));
            assertFalse(TrackingService.issued(editor.plan()), "the sample is a draft");
            assertFalse(tracking.keepBaselineIfIssued(editor.plan()), "a draft has no baseline");
            assertFalse(tracking.keepBaselineIfIssued(editor.plan().withId(null)), "nor has a plan not stored");
            editor.updateDetails("edit.details", p -> PlanBuilder.from(p).number("145").build());
            assertFalse(TrackingService.issued(editor.plan()), "a number without a date is not issued yet");
            assertFalse(tracking.keepBaselineIfIssued(editor.plan()));
            editor.updateDetails("edit.details", p -> PlanBuilder.from(p).issueDate(LocalDate.of(2025, 10, 20))
                    .build());
            assertTrue(TrackingService.issued(editor.plan()));
            assertTrue(tracking.keepBaselineIfIssued(editor.plan()), "kept the first time it is issued");
            issued = editor.plan();
            PlanTask moved = editor.plan().allTasks().get(10);
            editor.updateTask(moved.id(), "edit.deadline", t -> t.withDeadline(Deadline.of("Quý IV/2027")));
            assertFalse(tracking.keepBaselineIfIssued(editor.plan()), "later edits do not replace it");
            assertEquals(issued.withoutIds(), tracking.baseline(planId).orElseThrow());
        }
        try (Database db = Database.open(dir)) {
            PlanEditor editor = new PlanEditors(new PlanRepository(db)).open(planId);
            TrackingService fresh = new TrackingService(new TrackingRepository(db));
            assertFalse(fresh.keepBaselineIfIssued(editor.plan()), "the store has it already: not kept again");
            assertEquals(issued.withoutIds(), fresh.baseline(planId).orElseThrow());

            PlanTask moved = editor.plan().allTasks().get(10);
            TimelineTracking t = fresh.timeline(editor.plan(), Q1);
            assertEquals(Q1, t.period());
            assertTrue(t.differsFromBaseline());
            assertEquals(Set.of(moved.id()), t.issuedDeadlines().keySet());
            assertEquals(issued.allTasks().get(10).deadline(), t.issuedDeadlines().get(moved.id()),
                    "the deadline as issued");
            assertTrue(t.addedSinceIssue().isEmpty());
            fresh.record(editor, ProgressEntry.of(moved.id(), Q1, ProgressStatus.BEHIND));
            assertEquals(ProgressStatus.BEHIND, fresh.timeline(editor.plan(), Q1).statuses()
                    .statusOf(editor.plan().allTasks().get(10)), "the timeline's statuses are the period's");
            assertEquals(ProgressStatus.BEHIND, fresh.statusOf(editor.plan(), moved, Q1));
            assertEquals(1, fresh.counts(editor.plan(), Q1).count(ProgressStatus.BEHIND));
        }
    }

    @Test
    void clearingAQuartersEntryIsOneUndoStepAndClearingNothingIsNone() {
        long planId = SampleStore.copyTo(dir).get(2);
        try (Database db = Database.open(dir)) {
            PlanEditor editor = new PlanEditors(new PlanRepository(db)).open(planId);
            TrackingRepository repo = new TrackingRepository(db);
            TrackingService tracking = new TrackingService(repo);
            PlanTask task = editor.plan().allTasks().get(0);
            int steps = editor.history().size();
            tracking.clear(editor, task.id(), Q1);
            assertEquals(steps, editor.history().size(), "nothing recorded, nothing to clear");

            ProgressEntry entry = new ProgressEntry(task.id(), Q1, ProgressStatus.DONE, "Đã tổ chức hội nghị", null,
                    "", "", "", "", List.of());
            // written by another service (a workbook's import), which tells this one to read the plan again
            repo.putAll(planId, List.of(entry));
            tracking.reload(planId);
            tracking.clear(editor, task.id(), Q1);
            assertEquals(steps + 1, editor.history().size(), "an entry written meanwhile is cleared");
            assertEquals(List.of(), repo.progress(planId));
            assertEquals(ProgressStatus.NOT_STARTED, tracking.statusOf(editor.plan(), task, Q1));
            assertTrue(editor.undo());
            assertEquals(List.of(entry), repo.progress(planId));
            assertEquals(ProgressStatus.DONE, tracking.statusOf(editor.plan(), task, Q1));
            assertTrue(editor.redo());
            assertEquals(List.of(), repo.progress(planId));
        }
    }

    @Test
    void entriesWrittenByAnotherServiceAreReadBeforeOneIsRecordedOverThem() {
        long planId = SampleStore.copyTo(dir).get(2);
        try (Database db = Database.open(dir)) {
            PlanEditor editor = new PlanEditors(new PlanRepository(db)).open(planId);
            TrackingRepository repo = new TrackingRepository(db);
            TrackingService tracking = new TrackingService(repo);
            PlanTask task = editor.plan().allTasks().get(0);
            ProgressEntry before = ProgressEntry.of(task.id(), Q1, ProgressStatus.IN_PROGRESS);
            repo.putAll(planId, List.of(before));
            tracking.record(editor, ProgressEntry.of(task.id(), Q1, ProgressStatus.DONE));
            assertTrue(editor.undo());
            assertEquals(List.of(before), repo.progress(planId), "undo puts back what the store had, not nothing");
        }
    }
}
