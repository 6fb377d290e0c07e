package vn.plandesk.service.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanTask;
import vn.plandesk.service.PlanService;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;

/** Moving a deadline writes it to the store and undoes cleanly; every writer of the plan is told. */
class TimelineServiceTest {
    @TempDir
    Path folder;
    private Database db;
    private PlanService plans;
    private TimelineService timeline;

    @BeforeEach
    void open() {
        db = Database.open(folder);
        PlanRepository repo = new PlanRepository(db);
        plans = new PlanService(repo);
        timeline = new TimelineService(repo);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static PlanTask find(Plan plan, String number, int group) {
        return plan.group(group).orElseThrow().tasks().stream().filter(t -> t.number().equals(number)).findFirst()
                .orElseThrow();
    }

    @Test
    void aMovedDeadlineIsStoredAndUndoRestoresTheOldText() {
        long id = plans.add(new SampleLibrary().plan("chon-thanh-ward-plan.json"));
        Plan plan = plans.get(id);
        PlanTask task = plan.allTasks().stream().filter(t -> t.deadline().raw().equals("Tháng 12/2025")).findFirst()
                .orElseThrow();
        List<String> told = new ArrayList<>();
        timeline.addListener((taskId, d) -> told.add(taskId + " " + d.printed()));

        DeadlineEdit edit = timeline.moveDeadline(task, DeadlineRewrite.toMonth(task.deadline(), YearMonth.of(2026, 6)));
        PlanTask stored = plans.get(id).allTasks().stream().filter(t -> t.id().equals(task.id())).findFirst().orElseThrow();
        assertEquals("Tháng 6/2026", stored.deadline().raw());
        assertTrue(edit.description().contains("Tháng 12/2025") && edit.description().contains("Tháng 6/2026"));

        edit.undo();
        stored = plans.get(id).allTasks().stream().filter(t -> t.id().equals(task.id())).findFirst().orElseThrow();
        assertEquals("Tháng 12/2025", stored.deadline().raw());
        edit.redo();
        stored = plans.get(id).allTasks().stream().filter(t -> t.id().equals(task.id())).findFirst().orElseThrow();
        assertEquals("Tháng 6/2026", stored.deadline().raw());
        assertEquals(List.of(task.id() + " Tháng 6/2026", task.id() + " Tháng 12/2025", task.id() + " Tháng 6/2026"),
                told);
        // nothing else of the plan changed
        assertEquals(plan.taskCount(), plans.get(id).taskCount());
    }

    @Test
    void aProvinceRowKeepsItsYearGridWhenMoved() {
        long id = plans.add(new SampleLibrary().plan("province-2025-appendix-ii.json"));
        PlanTask task = find(plans.get(id), "1", 1); // "Tháng 4" in the 2025 column
        timeline.moveDeadline(task, DeadlineRewrite.toQuarter(task.deadline(), 2026, 2));
        Deadline d = find(plans.get(id), "1", 1).deadline();
        assertEquals(Map.of(2026, "Quý 2"), d.years());
        assertEquals(Deadline.Kind.QUARTER, d.kind());
    }

    @Test
    void aTaskNotInTheStoreCannotBeMoved() {
        PlanTask loose = PlanTask.named("1", "Nhiệm vụ").withDeadline(Deadline.of("Tháng 6/2026"));
        PlanDeskException e = assertThrows(PlanDeskException.class,
                () -> timeline.moveDeadline(loose, Deadline.of("Tháng 7/2026")));
        assertEquals("timeline.notStored", e.key());
    }

    @Test
    void withDeadlineReplacesOneTaskAndItsSubTasksAreFound() {
        long id = plans.add(new SampleLibrary().plan("province-2025-appendix-ii.json"));
        Plan plan = plans.get(id);
        PlanTask sub = plan.allTasks().stream().filter(t -> t.number().equals("2.1")).findFirst().orElseThrow();
        Plan changed = TimelineService.withDeadline(plan, sub.id(), Deadline.of("Quý I/2027"));
        PlanTask after = changed.allTasks().stream().filter(t -> t.id().equals(sub.id())).findFirst().orElseThrow();
        assertEquals("Quý I/2027", after.deadline().raw());
        assertEquals(plan.allTasks().size(), changed.allTasks().size());
    }
}
