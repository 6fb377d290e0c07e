package vn.plandesk.service.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import vn.plandesk.model.PlanTask;
import vn.plandesk.service.PlanService;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.edit.PlanEditors;
import vn.plandesk.service.edit.TaskFields;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;

/**
 * A deadline dragged on the timeline is rewritten in the plan's style and kept by the plan's editor, as the window's
 * timeline page does: stored at once in the store file, one step of undo, every view of the plan told.
 */
class MovedDeadlineTest {
    @TempDir
    Path folder;
    private Database db;
    private PlanRepository repo;
    private PlanService plans;

    @BeforeEach
    void open() {
        db = Database.open(folder);
        repo = new PlanRepository(db);
        plans = new PlanService(repo);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static void move(PlanEditor editor, PlanTask task, Deadline to) {
        editor.updateTask(task.id(), "edit.timelineDeadline", t -> TaskFields.deadline(t, to));
    }

    private Deadline stored(long planId, long taskId) {
        // read back from the file by a fresh repository, not from the editor's memory
        return new PlanService(new PlanRepository(db)).get(planId).allTasks().stream()
                .filter(t -> t.id() == taskId).findFirst().orElseThrow().deadline();
    }

    @Test
    void aMovedDeadlineIsStoredAsOneStepAndUndoRestoresTheOldText() {
        long id = plans.add(new SampleLibrary().plan("chon-thanh-ward-plan.json"));
        PlanEditor editor = new PlanEditors(repo).open(id);
        Plan plan = editor.plan();
        PlanTask task = plan.allTasks().stream().filter(t -> t.deadline().raw().equals("Tháng 12/2025")).findFirst()
                .orElseThrow();
        List<String> told = new ArrayList<>();
        editor.addListener(p -> told.add(p.allTasks().stream().filter(t -> t.id().equals(task.id())).findFirst()
                .orElseThrow().deadline().printed()));

        move(editor, task, DeadlineRewrite.toMonth(task.deadline(), YearMonth.of(2026, 6)));
        assertEquals("Tháng 6/2026", stored(id, task.id()).raw());
        assertEquals(1, editor.history().size(), "one step of undo");

        editor.undo();
        assertEquals("Tháng 12/2025", stored(id, task.id()).raw());
        editor.redo();
        assertEquals("Tháng 6/2026", stored(id, task.id()).raw());
        assertEquals(List.of("Tháng 6/2026", "Tháng 12/2025", "Tháng 6/2026"), told);
        // nothing else of the plan changed
        Plan after = plans.get(id);
        assertEquals(plan.taskCount(), after.taskCount());
        for (PlanTask t : plan.allTasks()) {
            if (!t.id().equals(task.id())) {
                assertEquals(t.deadline(), after.allTasks().stream().filter(x -> x.id().equals(t.id())).findFirst()
                        .orElseThrow().deadline());
            }
        }
    }

    @Test
    void aProvinceRowKeepsItsYearGridWhenMoved() {
        long id = plans.add(new SampleLibrary().plan("province-2025-appendix-ii.json"));
        PlanEditor editor = new PlanEditors(repo).open(id);
        PlanTask task = editor.plan().group(1).orElseThrow().tasks().stream().filter(t -> t.number().equals("1"))
                .findFirst().orElseThrow(); // "Tháng 4" in the 2025 column
        move(editor, task, DeadlineRewrite.toQuarter(task.deadline(), 2026, 2));
        Deadline d = stored(id, task.id());
        assertEquals(Map.of(2026, "Quý 2"), d.years());
        assertEquals(Deadline.Kind.QUARTER, d.kind());
    }
}
