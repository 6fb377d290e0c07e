package vn.plandesk.service.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanBuilder;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.tracking.IndicatorResult;
import vn.plandesk.model.tracking.Judgement;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.PlanProgress;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.SampleStore;
import vn.plandesk.service.derive.PlanChange;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.edit.PlanEditors;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.TrackingRepository;

/** Progress through the service, on a real store: one undo step per change, restart finds everything. */
class TrackingServiceTest {
    private static final Period Q1 = Period.parse("2026-Q1");
    private static final Period Q2 = Period.parse("2026-Q2");
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);

    @TempDir
    Path dir;

    /** The Chơn Thành ward plan's id in the sample store. */
    private long chonThanh() {
        return SampleStore.copyTo(dir).get(2);
    }

    @Test
    void aQuarterForAllSeventySixTasksIsFoundAfterARestart() {
        long planId = chonThanh();
        List<ProgressEntry> recorded = new ArrayList<>();
        try (Database db = Database.open(dir)) {
            PlanEditor editor = new PlanEditors(new PlanRepository(db)).open(planId);
            TrackingService tracking = new TrackingService(new TrackingRepository(db));
            List<PlanTask> tasks = editor.plan().allTasks();
            assertEquals(76, tasks.size());
            ProgressStatus[] statuses = ProgressStatus.values();
            for (int i = 0; i < tasks.size(); i++) {
                ProgressStatus s = statuses[i % statuses.length];
                ProgressEntry e = new ProgressEntry(tasks.get(i).id(), Q1, s, "Kết quả " + (i + 1), TODAY, "Phòng Kinh tế",
                        "", s == ProgressStatus.NOT_DONE ? "Tỉnh chưa bố trí kinh phí" : "", "", List.of());
                tracking.record(editor, e);
                recorded.add(e);
            }
            assertEquals(76, editor.history().size(), "each entry is one step of the plan's undo history");
        }
        try (Database db = Database.open(dir)) {
            TrackingService tracking = new TrackingService(new TrackingRepository(db));
            Plan plan = new PlanRepository(db).load(planId).orElseThrow();
            List<TaskStatus> rows = tracking.entries(plan, Q1, TODAY);
            assertEquals(recorded, rows.stream().map(TaskStatus::entry).toList());
            assertTrue(rows.stream().allMatch(TaskStatus::own));
            StatusCounts counts = tracking.counts(plan, Q1);
            assertEquals(76, counts.total().values().stream().mapToInt(Integer::intValue).sum());
            assertEquals(11, counts.count(ProgressStatus.NOT_STARTED));
            assertEquals(7, counts.byGroup().size());
            assertTrue(counts.byUnit().containsKey("Phòng Văn hóa - Xã hội"));
            assertEquals(11, TrackingService.withStatus(rows, Set.of(ProgressStatus.DONE)).size());
            assertEquals(22, TrackingService.withStatus(rows, Set.of(ProgressStatus.DONE, ProgressStatus.DONE_LATE))
                    .size());
            assertEquals(10, counts.count(ProgressStatus.NOT_DONE));
        }
    }

    @Test
    void undoAndRedoRestoreEntriesExactlyInOrderWithOtherEdits() {
        long planId = chonThanh();
        try (Database db = Database.open(dir)) {
            PlanEditor editor = new PlanEditors(new PlanRepository(db)).open(planId);
            TrackingRepository repo = new TrackingRepository(db);
            TrackingService tracking = new TrackingService(repo);
            PlanTask t = editor.plan().allTasks().get(5);
            ProgressEntry first = new ProgressEntry(t.id(), Q1, ProgressStatus.IN_PROGRESS, "Đang khảo sát", null, "",
                    "", "", "", List.of(4L));
            ProgressEntry second = new ProgressEntry(t.id(), Q1, ProgressStatus.DONE, "Đã xong", TODAY, "Công an phường",
                    "", "", "Biên bản nghiệm thu", List.of(4L, 9L));
            tracking.record(editor, first);
            editor.updateTask(t.id(), "edit.name", x -> x.withName("Tên mới của nhiệm vụ"));
            tracking.record(editor, second);
            Deadline deadline = t.deadline();

            assertTrue(editor.undo());
            assertEquals(List.of(first), repo.progress(planId));
            assertEquals(first, tracking.progress(planId).entry(t.id(), Q1).orElseThrow());
            assertTrue(editor.undo());
            assertEquals(t.name(), editor.task(t.id()).orElseThrow().name());
            assertTrue(editor.undo());
            assertEquals(List.of(), repo.progress(planId));
            assertEquals(0, tracking.progress(planId).size());

            assertTrue(editor.redo());
            assertTrue(editor.redo());
            assertTrue(editor.redo());
            assertEquals(List.of(second), repo.progress(planId));
            assertEquals("Tên mới của nhiệm vụ", editor.task(t.id()).orElseThrow().name());
            assertEquals(deadline, editor.task(t.id()).orElseThrow().deadline(), "progress never touches the deadline");

            tracking.clear(editor, t.id(), Q1);
            assertEquals(List.of(), repo.progress(planId));
            assertTrue(editor.undo());
            assertEquals(List.of(second), repo.progress(planId));
        }
    }

    @Test
    void severalEntriesAreOneEditAndAnUnknownTaskChangesNothing() {
        long planId = chonThanh();
        try (Database db = Database.open(dir)) {
            PlanEditor editor = new PlanEditors(new PlanRepository(db)).open(planId);
            TrackingRepository repo = new TrackingRepository(db);
            TrackingService tracking = new TrackingService(repo);
            List<PlanTask> tasks = editor.plan().allTasks();
            tracking.record(editor, ProgressEntry.of(tasks.get(0).id(), Q1, ProgressStatus.BEHIND));
            tracking.recordAll(editor, "edit.progress", List.of(
                    ProgressEntry.of(tasks.get(0).id(), Q1, ProgressStatus.DONE),
                    ProgressEntry.of(tasks.get(1).id(), Q2, ProgressStatus.DONE)));
            assertEquals(2, editor.history().size());
            assertEquals(2, repo.progress(planId).size());
            editor.undo();
            assertEquals(List.of(ProgressEntry.of(tasks.get(0).id(), Q1, ProgressStatus.BEHIND)),
                    repo.progress(planId), "one undo takes back both and puts the earlier entry back");
            PlanDeskException e = assertThrows(PlanDeskException.class, () -> tracking.recordAll(editor,
                    "edit.progress", List.of(ProgressEntry.of(tasks.get(2).id(), Q1, ProgressStatus.DONE),
                            ProgressEntry.of(987_654, Q1, ProgressStatus.DONE))));
            assertEquals("progress.noTask", e.key());
            assertEquals(1, repo.progress(planId).size());
            assertEquals(2, editor.history().size());
        }
    }

    @Test
    void lateReadsTheStatus() {
        long planId = chonThanh();
        try (Database db = Database.open(dir)) {
            PlanEditor editor = new PlanEditors(new PlanRepository(db)).open(planId);
            TrackingService tracking = new TrackingService(new TrackingRepository(db));
            PlanTask due2025 = editor.plan().allTasks().stream()
                    .filter(t -> t.deadline().printed().equals("Tháng 12/2025") && t.note().isEmpty())
                    .findFirst().orElseThrow();
            TaskStatus before = row(tracking.entries(editor.plan(), Q1, TODAY), due2025);
            assertEquals(ProgressStatus.NOT_STARTED, before.status());
            assertTrue(before.late());
            tracking.record(editor, ProgressEntry.of(due2025.id(), Period.parse("2025-Q4"), ProgressStatus.DONE));
            TaskStatus after = row(tracking.entries(editor.plan(), Q1, TODAY), due2025);
            assertEquals(ProgressStatus.DONE, after.status(), "a one-off task keeps its status after it is done");
            assertFalse(after.late());
            assertFalse(after.own());
            PlanTask waiting = editor.plan().allTasks().stream()
                    .filter(t -> t.deadline().printed().equals("Tháng 12/2025") && !t.note().isEmpty())
                    .findFirst().orElseThrow();
            TaskStatus w = row(tracking.entries(editor.plan(), Q1, TODAY), waiting);
            assertEquals(ProgressStatus.WAITING, w.status());
            assertFalse(w.late());
        }
    }

    /** A view reads only the quarters it needs; the statuses are those of the whole history. */
    @Test
    void readingAPeriodsQuartersGivesTheSameStatusesAsTheWholeHistory() {
        long planId = chonThanh();
        try (Database db = Database.open(dir)) {
            PlanEditor editor = new PlanEditors(new PlanRepository(db)).open(planId);
            TrackingRepository repo = new TrackingRepository(db);
            List<PlanTask> tasks = editor.plan().allTasks();
            List<ProgressEntry> entries = new ArrayList<>();
            List<Period> quarters = Period.allQuarters();
            for (int i = 0; i < tasks.size(); i++) {
                // entries scattered over the years, some tasks never reported
                if (i % 5 != 4) {
                    entries.add(ProgressEntry.of(tasks.get(i).id(), quarters.get((i * 7) % 24),
                            ProgressStatus.values()[i % 6]));
                }
                if (i % 3 == 0) {
                    entries.add(ProgressEntry.of(tasks.get(i).id(), quarters.get((i * 11) % 24), ProgressStatus.DONE));
                }
            }
            repo.putAll(planId, entries);
            TrackingService whole = new TrackingService(repo);
            whole.progress(planId);
            for (String p : List.of("2030-Q4", "2026-Q3", "2025-Q3", "2027-H2", "2028", "2026-Q1")) {
                Period period = Period.parse(p);
                TrackingService fresh = new TrackingService(repo);
                assertEquals(whole.entries(editor.plan(), period, TODAY), fresh.entries(editor.plan(), period, TODAY), p);
            }
        }
    }

    @Test
    void indicatorResultsAreOneEditEach() {
        long planId = chonThanh();
        try (Database db = Database.open(dir)) {
            PlanEditor editor = new PlanEditors(new PlanRepository(db)).open(planId);
            TrackingService tracking = new TrackingService(new TrackingRepository(db));
            var ind = editor.plan().indicators().stream().filter(i -> i.number().equals("12.1")).findFirst()
                    .orElseThrow();
            tracking.recordResult(editor, new IndicatorResult(ind.id(), Period.year(2026), "82,5%", TODAY,
                    "Báo cáo của Trung tâm Phục vụ hành chính công", null));
            IndicatorResult got = tracking.results(planId).get(0);
            assertEquals(Judgement.EXCEEDED, got.judge(ind.target()));
            editor.undo();
            assertEquals(List.of(), tracking.results(planId));
            editor.redo();
            assertEquals(List.of(got), tracking.results(planId));
        }
    }

    @Test
    void theBaselineIsKeptWhenThePlanIsIssuedAndLaterChangesShowAgainstIt() {
        long planId = chonThanh();
        try (Database db = Database.open(dir)) {
            PlanEditors editors = new PlanEditors(new PlanRepository(db));
            TrackingService tracking = new TrackingService(new TrackingRepository(db));
            editors.onOpen(tracking::watch);
            PlanEditor editor = editors.open(planId);
            assertTrue(tracking.baseline(planId).isEmpty(), "a draft has no baseline");
            editor.updateDetails("edit.details", p -> PlanBuilder.from(p).number("145")
                    .issueDate(LocalDate.of(2025, 10, 20)).build());
            Plan issued = tracking.baseline(planId).orElseThrow();
            assertEquals(editor.plan().withoutIds(), issued);
            assertEquals(List.of(), tracking.changesSinceBaseline(editor.plan()));
            PlanTask t = editor.plan().allTasks().get(10);
            editor.updateTask(t.id(), "edit.deadline", x -> x.withDeadline(Deadline.of("Quý IV/2027")));
            List<PlanChange> changes = tracking.changesSinceBaseline(editor.plan());
            assertEquals(1, changes.size());
            assertEquals(issued, tracking.baseline(planId).orElseThrow(), "a later edit leaves the baseline");
        }
    }

    private static TaskStatus row(List<TaskStatus> rows, PlanTask t) {
        return rows.stream().filter(r -> r.task().id().equals(t.id())).findFirst().orElseThrow();
    }

    /**
     * A page opened on nothing yet has nothing in memory, not even the first quarter; reading ahead then takes one job
     * a quarter back to the plan's very first, and says when nothing is left.
     */
    @Test
    void readingAheadGoesBackToTheFirstQuarterOneJobAQuarter() {
        long planId = chonThanh();
        try (Database db = Database.open(dir)) {
            TrackingService page = new TrackingService(new TrackingRepository(db));
            Period first = Period.allQuarters().get(0);
            assertFalse(page.hasRead(planId, first), "nothing read yet");
            int jobs = 0;
            while (page.readAhead(planId)) {
                jobs++;
            }
            assertEquals(Period.allQuarters().size(), jobs);
            assertTrue(page.hasRead(planId, first));
        }
    }

    @Test
    void quartersReadAheadGiveTheSameStatusesAsReadingTheWholeHistoryAndAreNotPutOverAnEdit() {
        long planId = chonThanh();
        try (Database db = Database.open(dir)) {
            PlanEditor editor = new PlanEditors(new PlanRepository(db)).open(planId);
            TrackingService writer = new TrackingService(new TrackingRepository(db));
            List<PlanTask> tasks = editor.plan().allTasks();
            writer.record(editor, ProgressEntry.of(tasks.get(0).id(), Period.parse("2025-Q3"), ProgressStatus.DONE));
            writer.record(editor, ProgressEntry.of(tasks.get(1).id(), Period.parse("2029-Q2"), ProgressStatus.BEHIND));

            TrackingService page = new TrackingService(new TrackingRepository(db));
            Plan plan = editor.plan();
            page.entries(plan, Q1, TODAY);
            assertTrue(page.hasRead(planId, Q1), "the quarter shown and those before it");
            assertFalse(page.hasRead(planId, Period.parse("2029")));
            // an edit in a quarter not yet read ahead: read first, then kept, never overwritten by the read ahead
            page.record(editor, ProgressEntry.of(tasks.get(2).id(), Period.parse("2030-Q4"), ProgressStatus.DONE));
            int jobs = 0;
            while (page.readAhead(planId)) {
                jobs++;
            }
            assertTrue(jobs > 0 && jobs < Period.allQuarters().size(), "one quarter a job, those already read skipped");
            assertFalse(page.readAhead(planId), "nothing left to read");
            assertTrue(page.hasRead(planId, Period.parse("2030-Q4")));
            PlanProgress whole = new TrackingService(new TrackingRepository(db)).progress(planId);
            for (Period p : List.of(Period.parse("2029"), Period.parse("2030-Q4"), Q1)) {
                assertEquals(new TrackingService(new TrackingRepository(db)).entries(plan, p, TODAY),
                        page.entries(plan, p, TODAY), p.toString());
            }
            assertEquals(whole.entry(tasks.get(2).id(), Period.parse("2030-Q4")),
                    page.progress(planId).entry(tasks.get(2).id(), Period.parse("2030-Q4")));
        }
    }
}
