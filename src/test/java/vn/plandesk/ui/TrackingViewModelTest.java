package vn.plandesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.PlanProgress;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.model.tracking.StatusRule;
import vn.plandesk.service.search.TaskQuery;
import vn.plandesk.service.tracking.TaskStatus;
import vn.plandesk.service.tracking.TrackingService;
import vn.plandesk.store.TrackingRepository;
import vn.plandesk.ui.TrackingViewModel.Field;
import vn.plandesk.ui.TrackingViewModel.Row;

/** The tracking page's periods, edits, filters and chart counts, through its view model on the Chơn Thành plan. */
class TrackingViewModelTest {
    private static final Period Q1_2026 = Period.quarter(2026, 1);

    @TempDir
    Path dir;
    private OpenPlanFixture fixture;
    private TrackingViewModel model;
    private Plan plan;

    @BeforeEach
    void open() {
        fixture = new OpenPlanFixture(dir);
        TrackingService tracking = new TrackingService(new TrackingRepository(fixture.db));
        plan = fixture.open(fixture.first(PlanKind.WARD));
        model = FxThread.call(() -> new TrackingViewModel(fixture.context, tracking));
        choose(Q1_2026);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void choose(Period p) {
        FxThread.run(() -> model.period().set(p));
        FxThread.awaitIdle(fixture.context.background());
    }

    private List<TaskStatus> tasks() {
        return FxThread.call(() -> model.rows().stream().filter(r -> !r.heading()).map(Row::task).toList());
    }

    private TaskStatus row(long taskId) {
        return tasks().stream().filter(r -> r.task().id() == taskId).findFirst().orElseThrow();
    }

    /** What the store holds, read by a service that has read nothing before. */
    private PlanProgress stored() {
        return new TrackingService(new TrackingRepository(fixture.db)).progress(plan.id());
    }

    private PlanTask oneOff() {
        return plan.allTasks().stream().filter(t -> !StatusRule.recurs(t)).findFirst().orElseThrow();
    }

    private PlanTask recurring() {
        return plan.allTasks().stream().filter(StatusRule::recurs).findFirst().orElseThrow();
    }

    /**
     * While the window draws its first frame, the page reads nothing for a plan just opened (it is not shown, and the
     * start would share the cores with it); once the frame is drawn, it reads the plan.
     */
    @Test
    void aPlanOpenedWhileTheWindowStartsIsReadOnceItsFirstFrameIsDrawn() {
        Set<Long> ward = taskIds(plan);
        assertEquals(ward, shownTaskIds());
        FxThread.run(fixture.context::holdUntilFirstFrame);
        Plan province = fixture.open(fixture.first(PlanKind.PROVINCE));
        FxThread.awaitIdle(fixture.context.background());
        assertEquals(ward, shownTaskIds(), "read before the first frame");

        FxThread.run(fixture.context::firstFrameDrawn);
        FxThread.awaitIdle(fixture.context.background());
        assertEquals(taskIds(province), shownTaskIds());
    }

    private static Set<Long> taskIds(Plan p) {
        return p.allTasks().stream().map(PlanTask::id).collect(Collectors.toSet());
    }

    private Set<Long> shownTaskIds() {
        return tasks().stream().map(t -> t.task().id()).collect(Collectors.toSet());
    }

    @Test
    void listsTheSevenGroupsAsOneTableWithEveryTaskInItsDefaultStatus() {
        List<Row> rows = FxThread.call(() -> List.copyOf(model.rows()));
        assertEquals(plan.groups().stream().map(g -> g.number()).toList(),
                rows.stream().filter(Row::heading).map(Row::group).toList(), "one heading per group, in order");
        assertEquals(76, plan.allTasks().size());
        assertEquals(plan.allTasks().stream().map(PlanTask::id).toList(),
                tasks().stream().map(r -> r.task().id()).toList(), "every task once, in the plan's order");
        assertEquals(57, tasks().stream().filter(r -> r.status() == ProgressStatus.WAITING).count(),
                "the tasks that wait for the province say so before anything is recorded");
        assertTrue(model.editable().get(), "a quarter is edited");
        assertEquals(76, model.counts().get().total().values().stream().mapToInt(Integer::intValue).sum());
        FxThread.run(() -> model.setToday(java.time.LocalDate.of(2026, 2, 10)));
        assertEquals(java.time.LocalDate.of(2026, 2, 10), model.asOf(), "a running quarter is read on today");
        FxThread.run(() -> model.setToday(java.time.LocalDate.of(2026, 11, 27)));
        assertEquals(java.time.LocalDate.of(2026, 3, 31), model.asOf(), "a past quarter on its last day");
    }

    @Test
    void eachStatusAndTextIsOneStoredEditUndoneWithTheOthers() {
        PlanTask task = oneOff();
        int steps = fixture.undoSteps();
        FxThread.run(() -> model.setStatus(row(task.id()), ProgressStatus.IN_PROGRESS));
        FxThread.run(() -> model.setText(row(task.id()), Field.RESULT, "Đã ban hành Kế hoạch số 12/KH-UBND"));
        FxThread.run(() -> model.setText(row(task.id()), Field.EVIDENCE, "Kế hoạch số 12/KH-UBND ngày 05/02/2026"));
        FxThread.run(() -> model.setText(row(task.id()), Field.UNIT, "Phòng Văn hóa - Xã hội"));
        FxThread.run(() -> model.setText(row(task.id()), Field.SHORTCOMINGS, "Chưa có kinh phí"));
        FxThread.run(() -> model.setText(row(task.id()), Field.CAUSE, "Chờ phân bổ ngân sách"));
        assertEquals(steps + 6, fixture.undoSteps(), "one step of undo per change");
        ProgressEntry e = stored().entry(task.id(), Q1_2026).orElseThrow();
        assertEquals(ProgressStatus.IN_PROGRESS, e.status());
        assertEquals("Đã ban hành Kế hoạch số 12/KH-UBND", e.result());
        assertEquals("Kế hoạch số 12/KH-UBND ngày 05/02/2026", e.evidence());
        assertEquals("Phòng Văn hóa - Xã hội", e.unit());
        assertEquals("Chưa có kinh phí", e.shortcomings());
        assertEquals("Chờ phân bổ ngân sách", e.cause());
        assertEquals("Đã ban hành Kế hoạch số 12/KH-UBND", Field.RESULT.of(row(task.id())), "the row shows it");

        FxThread.run(() -> model.setText(row(task.id()), Field.RESULT, " Đã ban hành Kế hoạch số 12/KH-UBND "));
        assertEquals(steps + 6, fixture.undoSteps(), "the same text again is no edit");

        for (int i = 0; i < 5; i++) {
            FxThread.run(() -> fixture.context.editor().undo());
        }
        assertEquals("", Field.RESULT.of(row(task.id())), "undo shows at once on the page");
        assertEquals(ProgressStatus.IN_PROGRESS, row(task.id()).status());
        FxThread.run(() -> fixture.context.editor().undo());
        assertTrue(stored().entry(task.id(), Q1_2026).isEmpty(), "undone to nothing in the store");
        assertEquals(StatusRule.defaultStatus(task), row(task.id()).status());
        FxThread.run(() -> fixture.context.editor().redo());
        assertEquals(ProgressStatus.IN_PROGRESS, stored().entry(task.id(), Q1_2026).orElseThrow().status());
    }

    @Test
    void aOneOffTaskKeepsItsStatusInTheNextQuarterAndHalvesAndYearsAreReadOnly() {
        PlanTask once = oneOff();
        PlanTask again = recurring();
        FxThread.run(() -> model.setStatus(row(once.id()), ProgressStatus.DONE));
        FxThread.run(() -> model.setStatus(row(again.id()), ProgressStatus.DONE));
        choose(Period.quarter(2026, 2));
        assertEquals(ProgressStatus.DONE, row(once.id()).status(), "a one-off task stays done");
        assertFalse(row(once.id()).own());
        assertEquals(StatusRule.defaultStatus(again), row(again.id()).status(), "recurring work reports anew");

        choose(Period.half(2026, 1));
        assertFalse(model.editable().get(), "a six-month view is a summary");
        assertEquals(ProgressStatus.DONE, row(again.id()).status(), "as it stood at the end of the half");
        int steps = fixture.undoSteps();
        FxThread.run(() -> model.setStatus(row(again.id()), ProgressStatus.BEHIND));
        FxThread.run(() -> model.setText(row(again.id()), Field.RESULT, "không ghi"));
        assertEquals(steps, fixture.undoSteps(), "nothing is recorded in a summary");
        assertEquals(2, stored().size());

        choose(Period.year(2026));
        assertFalse(model.editable().get());
        choose(Q1_2026);
        assertTrue(model.editable().get());
        assertEquals(ProgressStatus.DONE, row(again.id()).status());
    }

    @Test
    void theStatusFilterAndTheSearchNarrowTheTableAndTheCountsFeedTheCharts() {
        List<PlanTask> group1 = plan.group(1).orElseThrow().tasks();
        int doneBefore = model.counts().get().byGroup().get(1).getOrDefault(ProgressStatus.DONE, 0);
        FxThread.run(() -> model.setStatus(row(group1.get(0).id()), ProgressStatus.DONE));
        FxThread.run(() -> model.setStatus(row(group1.get(1).id()), ProgressStatus.DONE));
        PlanTask other = plan.group(2).orElseThrow().tasks().get(0);
        FxThread.run(() -> model.setStatus(row(other.id()), ProgressStatus.BEHIND));

        Set<Long> done = tasks().stream().filter(r -> r.status() == ProgressStatus.DONE).map(r -> r.task().id())
                .collect(Collectors.toSet());
        assertTrue(done.containsAll(Set.of(group1.get(0).id(), group1.get(1).id())));
        FxThread.run(() -> model.statusFilter().set(ProgressStatus.DONE));
        List<Row> rows = FxThread.call(() -> List.copyOf(model.rows()));
        assertEquals(done, tasks().stream().map(r -> r.task().id()).collect(Collectors.toSet()));
        assertEquals(tasks().stream().map(TaskStatus::group).distinct().toList(),
                rows.stream().filter(Row::heading).map(Row::group).toList(),
                "only the groups with a task in that status");
        FxThread.run(() -> model.statusFilter().set(ProgressStatus.BEHIND));
        assertEquals(List.of(other.id()), tasks().stream().map(r -> r.task().id()).toList());
        FxThread.run(() -> model.statusFilter().set(null));
        assertEquals(76, tasks().size());

        String word = other.name().split(" ")[0] + " " + other.name().split(" ")[1];
        FxThread.run(() -> fixture.context.queryProperty().set(TaskQuery.text(word)));
        assertTrue(tasks().stream().allMatch(r -> fixture.context.hitIdsProperty().get().contains(r.task().id())));
        assertTrue(tasks().stream().anyMatch(r -> r.task().id().equals(other.id())), "the search finds it");
        FxThread.run(() -> fixture.context.queryProperty().set(TaskQuery.ALL));

        var counts = model.counts().get();
        assertEquals(doneBefore + 2, counts.byGroup().get(1).get(ProgressStatus.DONE));
        assertEquals(1, counts.byGroup().get(2).get(ProgressStatus.BEHIND));
        assertEquals(List.of("I", "II", "III", "IV", "V", "VI", "VII"),
                FxThread.call(() -> model.byGroup().stream().map(TrackingViewModel.Bar::label).toList()));
        assertFalse(model.byUnit().isEmpty(), "a bar per lead unit");
        assertEquals(plan.allTasks().stream().mapToLong(t -> t.leadUnits().size()).sum(),
                model.byUnit().stream().flatMap(b -> b.counts().values().stream()).mapToInt(Integer::intValue).sum(),
                "each task counts once for each unit that leads it");
    }

    @Test
    void theWindowsOverdueFilterReadsTheStatusesOfThePeriod() {
        PlanTask behind = plan.group(2).orElseThrow().tasks().get(0);
        PlanTask done = oneOff();
        FxThread.run(() -> model.setStatus(row(behind.id()), ProgressStatus.BEHIND));
        FxThread.run(() -> model.setStatus(row(done.id()), ProgressStatus.DONE));
        FxThread.run(() -> fixture.context.queryProperty().set(new TaskQuery("", "", null, null, null, true, false)));
        Set<Long> overdue = fixture.context.shownProperty().get();
        assertTrue(overdue.contains(behind.id()), "reported behind: overdue");
        assertFalse(overdue.contains(done.id()), "reported done: not overdue");
        for (TaskStatus r : tasks()) {
            if (overdue.contains(r.task().id())) {
                assertTrue(r.status() == ProgressStatus.BEHIND || r.status() == ProgressStatus.NOT_STARTED
                        || r.status() == ProgressStatus.IN_PROGRESS, r.task().number() + " " + r.status());
            }
        }
        assertEquals(overdue, tasks().stream().map(r -> r.task().id()).collect(Collectors.toSet()),
                "the page shows what the filter lets through");
    }

    @Test
    void aTaskNotDoneWithoutItsReasonIsRefusedInOneSentence() {
        PlanTask task = oneOff();
        int steps = fixture.undoSteps();
        FxThread.run(() -> model.setStatus(row(task.id()), ProgressStatus.NOT_DONE));
        assertFalse(model.problem().get().isEmpty());
        assertFalse(model.problem().get().contains("Exception"));
        assertEquals(steps, fixture.undoSteps());
        assertEquals(0, stored().size());
        assertEquals(StatusRule.defaultStatus(task), row(task.id()).status(), "the list shows what is stored");
        FxThread.run(() -> model.setText(row(task.id()), Field.CAUSE, "Tỉnh đã dừng chủ trương"));
        FxThread.run(() -> model.setStatus(row(task.id()), ProgressStatus.NOT_DONE));
        assertEquals("", model.problem().get());
        assertEquals(ProgressStatus.NOT_DONE, stored().entry(task.id(), Q1_2026).orElseThrow().status());
    }
}
