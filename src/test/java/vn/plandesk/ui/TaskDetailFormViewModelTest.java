package vn.plandesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.WardRole;

/** The task form's fields and edits, through its view model and the window's shared state, without a window. */
class TaskDetailFormViewModelTest {
    @TempDir
    Path dir;
    private OpenPlanFixture fixture;
    private TaskDetailFormViewModel model;

    private Plan open(PlanKind kind) {
        fixture = new OpenPlanFixture(dir);
        model = FxThread.call(() -> new TaskDetailFormViewModel(fixture.context));
        return fixture.open(fixture.first(kind));
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private PlanTask stored(long id) {
        return fixture.stored().allTasks().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private long selected() {
        return fixture.context.selectedTaskProperty().get();
    }

    @Test
    void showsTheSelectedTaskAndNothingOnAPageWithoutTasks() {
        Plan plan = open(PlanKind.WARD);
        PlanTask first = plan.groups().get(0).tasks().get(0);
        assertEquals(first.id(), selected(), "the window selects the group's first task");
        assertTrue(model.hasTaskProperty().get());
        assertTrue(model.wardProperty().get(), "a ward plan: parent's number and role");
        assertEquals(first.number(), model.numberProperty().get());
        assertEquals(first.name(), model.name().text().get());
        assertEquals(first.parentRef().number(), model.parentNumber().text().get());
        assertEquals(first.role(), model.roleProperty().get());
        assertEquals(first.leadUnits(), model.leadUnitsProperty().get());
        assertEquals(first.coordinatingUnits(), model.coordinatingUnitsProperty().get());
        assertEquals(first.deadline().raw(), model.deadline().text().get());
        assertEquals(first.note(), model.note().text().get());

        PlanTask second = plan.groups().get(0).tasks().get(1);
        FxThread.run(() -> fixture.context.selectedTaskProperty().set(second.id()));
        assertEquals(second.name(), model.name().text().get());

        FxThread.run(() -> fixture.context.pageProperty().set(Page.DETAILS));
        assertFalse(model.hasTaskProperty().get(), "the plan's details have no task");
        assertEquals("", model.name().text().get());
        assertEquals("", model.numberProperty().get());
        assertEquals(List.of(), model.leadUnitsProperty().get());
        int steps = fixture.undoSteps();
        FxThread.run(() -> {
            model.name().text().set("nothing to keep it in");
            model.keepTyped();
        });
        assertEquals(steps, fixture.undoSteps(), "no task, no edit");
    }

    @Test
    void eachTextFieldIsKeptIntoThePlanAsOneUndoStep() {
        Plan plan = open(PlanKind.WARD);
        long id = plan.groups().get(0).tasks().get(0).id();
        record Field(TaskDetailFormViewModel.TextEdit edit, String typed, Function<PlanTask, String> stored) {
        }
        List<Field> fields = List.of(
                new Field(model.name(), "Tên mới của nhiệm vụ", PlanTask::name),
                new Field(model.parentNumber(), "17", t -> t.parentRef().number()),
                new Field(model.result(), "Kế hoạch được ban hành", PlanTask::result),
                new Field(model.deadline(), "Quý IV/2026", t -> t.deadline().raw()),
                new Field(model.note(), "Ghi chú mới", PlanTask::note));
        for (Field f : fields) {
            int steps = fixture.undoSteps();
            FxThread.run(() -> {
                f.edit().text().set("  " + f.typed() + " ");
                f.edit().keep();
            });
            assertEquals(f.typed(), f.stored().apply(stored(id)), "kept in the store, trimmed");
            assertEquals(steps + 1, fixture.undoSteps(), "one step of undo");
            FxThread.run(() -> f.edit().keep());
            assertEquals(steps + 1, fixture.undoSteps(), "kept again unchanged: no step");
            assertEquals("Đã lưu: " + vn.plandesk.service.Messages.get(fixture.context.editor().history().nextUndo()
                    .orElseThrow().labelKey()), fixture.context.statusProperty().get());
        }
        FxThread.run(() -> fixture.context.editor().undo());
        assertEquals(fields.get(3).typed(), stored(id).deadline().raw(), "undo takes back the last field only");
    }

    @Test
    void theDeadlineIsReadAsItIsTyped() {
        open(PlanKind.WARD);
        FxThread.run(() -> model.deadline().text().set("Quý IV/2025"));
        assertTrue(model.meaningProperty().get().startsWith("→ "), model.meaningProperty().get());
        assertTrue(model.meaningProperty().get().contains("31/12/2025"), model.meaningProperty().get());
        assertFalse(model.unreadableProperty().get());
        FxThread.run(() -> model.deadline().text().set("Quý IX/2025"));
        assertTrue(model.unreadableProperty().get());
        assertEquals("Không đọc được thời hạn này: sẽ được in đúng như đã gõ.", model.meaningProperty().get());
        FxThread.run(() -> model.deadline().text().set(""));
        assertEquals("", model.meaningProperty().get());
    }

    @Test
    void roleUnitsAndStartAreEachOneEdit() {
        Plan plan = open(PlanKind.WARD);
        PlanTask first = plan.groups().get(0).tasks().get(0);
        long id = first.id();
        int steps = fixture.undoSteps();
        WardRole other = first.role() == WardRole.LEAD ? WardRole.COORDINATE : WardRole.LEAD;
        FxThread.run(() -> model.chooseRole(other));
        assertEquals(other, stored(id).role());
        assertEquals(other, model.roleProperty().get());
        FxThread.run(() -> model.chooseRole(other));
        assertEquals(steps + 1, fixture.undoSteps(), "the same role again changes nothing");

        String unit = "Tổ công nghệ số cộng đồng";
        List<String> lead = new ArrayList<>(first.leadUnits());
        lead.add(unit);
        FxThread.run(() -> model.setLeadUnits(lead));
        assertEquals(lead, stored(id).leadUnits());
        assertEquals(lead, model.leadUnitsProperty().get());
        assertTrue(model.knownUnits().contains(unit), "a unit added is offered for the other tasks");
        FxThread.run(() -> model.setCoordinatingUnits(List.of(unit)));
        assertEquals(List.of(unit), stored(id).coordinatingUnits());

        LocalDate day = LocalDate.of(2026, 3, 1);
        FxThread.run(() -> model.startProperty().set(day));
        assertEquals(day, stored(id).start());
        assertEquals(steps + 4, fixture.undoSteps(), "role, lead units, coordinating units, start: four steps");
        FxThread.run(() -> model.startProperty().set(null));
        assertNull(stored(id).start());
    }

    @Test
    void aProvinceTaskHasALeaderAndAYearGrid() {
        Plan plan = open(PlanKind.PROVINCE);
        assertFalse(model.wardProperty().get());
        PlanTask first = plan.groups().get(0).tasks().get(0);
        long id = first.id();
        for (int year : model.years()) {
            assertEquals(first.deadline().years().containsKey(year), model.yearProperty(year).get(), "year " + year);
        }
        int year = model.years().stream().filter(y -> !model.yearProperty(y).get()).findFirst().orElseThrow();
        FxThread.run(() -> {
            model.yearProperty(year).set(true);
            model.keepYear(year);
        });
        assertTrue(stored(id).deadline().years().containsKey(year));
        FxThread.run(() -> {
            model.leader().text().set("UBND tỉnh");
            model.leader().keep();
        });
        assertEquals("UBND tỉnh", stored(id).leader());
        assertTrue(model.knownLeaders().contains("UBND tỉnh"));
    }

    @Test
    void whatIsTypedIsKeptWhenTheWindowMovesOn() {
        Plan plan = open(PlanKind.WARD);
        List<PlanTask> tasks = plan.groups().get(0).tasks();
        int steps = fixture.undoSteps();
        FxThread.run(() -> {
            model.name().text().set("Gõ dở rồi chọn nhiệm vụ khác");
            model.note().text().set("Ghi chú gõ dở");
            fixture.context.selectedTaskProperty().set(tasks.get(1).id());
        });
        assertEquals("Gõ dở rồi chọn nhiệm vụ khác", stored(tasks.get(0).id()).name());
        assertEquals("Ghi chú gõ dở", stored(tasks.get(0).id()).note());
        assertEquals(tasks.get(1).note(), stored(tasks.get(1).id()).note(), "nothing typed goes into the next task");
        assertEquals(steps + 2, fixture.undoSteps(), "each field one step");
        assertEquals(tasks.get(1).name(), model.name().text().get(), "the form shows the task chosen");

        // the page changes, then the window closes: each time what was typed is kept first
        FxThread.run(() -> {
            model.result().text().set("Kết quả gõ dở");
            fixture.context.pageProperty().set(Page.DETAILS);
        });
        assertEquals("Kết quả gõ dở", stored(tasks.get(1).id()).result());
        FxThread.run(() -> {
            fixture.context.pageProperty().set(Page.group(plan.groups().get(0).number()));
            fixture.context.selectedTaskProperty().set(tasks.get(2).id());
            model.deadline().text().set("Tháng 6/2026");
            fixture.context.keepPendingEdits();
        });
        assertEquals("Tháng 6/2026", stored(tasks.get(2).id()).deadline().raw());
    }

    @Test
    void showsAndRecordsTheTaskProgressInThePeriodOfTheTrackingPageEachChangeOneUndoStep() {
        Plan plan = open(PlanKind.WARD);
        vn.plandesk.service.tracking.TrackingService tracking = new vn.plandesk.service.tracking.TrackingService(
                new vn.plandesk.store.TrackingRepository(fixture.db));
        assertFalse(model.trackedProperty().get(), "no tracking: no progress fields");
        TrackingViewModel page = FxThread.call(() -> {
            TrackingViewModel t = new TrackingViewModel(fixture.context, tracking);
            fixture.context.trackingProperty().set(t);
            return t;
        });
        FxThread.awaitIdle(fixture.context.background());
        assertTrue(model.trackedProperty().get());
        assertEquals(TrackingViewModel.label(TrackingViewModel.currentQuarter(LocalDate.now())),
                model.progressPeriodProperty().get(), "before the page is shown: the current quarter");

        vn.plandesk.model.tracking.Period q1 = vn.plandesk.model.tracking.Period.quarter(2026, 1);
        FxThread.run(() -> page.period().set(q1));
        FxThread.awaitIdle(fixture.context.background());
        assertEquals("Quý I/2026", model.progressPeriodProperty().get(), "the period chosen on the page");
        PlanTask task = plan.groups().get(0).tasks().get(0);
        assertEquals(task.id(), selected());
        assertEquals(vn.plandesk.model.tracking.StatusRule.defaultStatus(task), model.progressStatusProperty().get());
        assertTrue(model.progressEditableProperty().get());

        int steps = fixture.undoSteps();
        FxThread.run(() -> {
            model.progressStatusProperty().set(vn.plandesk.model.tracking.ProgressStatus.DONE);
            model.keepProgressStatus(vn.plandesk.model.tracking.ProgressStatus.DONE);
            model.progressResultProperty().set("Đã ban hành Kế hoạch số 12/KH-UBND");
            model.keepProgressResult();
        });
        assertEquals(steps + 2, fixture.undoSteps(), "the status and the result, each one step of undo");
        vn.plandesk.model.tracking.ProgressEntry e = new vn.plandesk.service.tracking.TrackingService(
                new vn.plandesk.store.TrackingRepository(fixture.db)).progress(plan.id()).entry(task.id(), q1)
                .orElseThrow();
        assertEquals(vn.plandesk.model.tracking.ProgressStatus.DONE, e.status());
        assertEquals("Đã ban hành Kế hoạch số 12/KH-UBND", e.result());
        assertEquals(vn.plandesk.model.tracking.ProgressStatus.DONE, page.row(task.id()).status(), "the page agrees");

        // typed but not kept: kept when the window moves to another task
        FxThread.run(() -> model.progressResultProperty().set("Hoàn thành toàn bộ"));
        PlanTask second = plan.groups().get(0).tasks().get(1);
        FxThread.run(() -> fixture.context.selectedTaskProperty().set(second.id()));
        assertEquals("Hoàn thành toàn bộ", page.row(task.id()).entry().result(), "nothing typed is lost");
        assertEquals("", model.progressResultProperty().get(), "the next task's progress is shown");

        FxThread.run(() -> fixture.context.editor().undo());
        FxThread.run(() -> fixture.context.selectedTaskProperty().set(task.id()));
        assertEquals("Đã ban hành Kế hoạch số 12/KH-UBND", model.progressResultProperty().get(), "undo shows");

        FxThread.run(() -> page.period().set(vn.plandesk.model.tracking.Period.half(2026, 1)));
        FxThread.awaitIdle(fixture.context.background());
        assertFalse(model.progressEditableProperty().get(), "a six-month summary is read only");
        assertEquals("6 tháng đầu năm 2026", model.progressPeriodProperty().get());
    }
}
