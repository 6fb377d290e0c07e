package vn.plandesk.service.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;

/** Every edit is in the store at once, and undo/redo write the store back and forth. */
class PlanEditorTest {
    @TempDir
    Path dir;
    Database db;
    PlanRepository repo;
    PlanEditor editor;
    long planId;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        repo = new PlanRepository(db);
        planId = repo.insert(new SampleLibrary().plan("chon-thanh-ward-plan.json"));
        editor = new PlanEditor(repo, repo.load(planId).orElseThrow());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Plan stored() {
        return repo.load(planId).orElseThrow();
    }

    private List<String> numbers(Plan p, int group) {
        return p.group(group).orElseThrow().tasks().stream().map(PlanTask::number).toList();
    }

    @Test
    void aFieldEditIsStoredAndUndoneAndRedone() {
        PlanTask first = editor.plan().group(5).orElseThrow().tasks().get(0);
        editor.updateTask(first.id(), "edit.name", t -> TaskFields.name(t, "Tên mới"));
        assertEquals("Tên mới", stored().group(5).orElseThrow().tasks().get(0).name());
        assertEquals(editor.plan(), stored());
        editor.undo();
        assertEquals(first.name(), stored().group(5).orElseThrow().tasks().get(0).name());
        editor.redo();
        assertEquals("Tên mới", stored().group(5).orElseThrow().tasks().get(0).name());
    }

    @Test
    void addingATaskRenumbersTheRestAndUndoRemovesIt() {
        Plan before = editor.plan();
        PlanTask first = before.group(1).orElseThrow().tasks().get(0);
        long id = editor.addTask(1, first.id());
        Plan after = stored();
        assertEquals(before.taskCount() + 1, after.taskCount());
        assertEquals("2", editor.task(id).orElseThrow().number());
        assertEquals(String.valueOf(before.taskCount() + 1), after.allTasks().get(after.taskCount() - 1).number());
        assertEquals(editor.plan(), after);
        editor.undo();
        assertEquals(before, stored());
    }

    @Test
    void subTasksAreNumberedUnderTheirParent() {
        PlanTask parent = editor.plan().group(2).orElseThrow().tasks().get(1);
        long a = editor.addSubTask(parent.id());
        long b = editor.addSubTask(parent.id());
        assertEquals(parent.number() + ".1", editor.task(a).orElseThrow().number());
        assertEquals(parent.number() + ".2", editor.task(b).orElseThrow().number());
        assertEquals(2, stored().group(2).orElseThrow().tasks().get(1).subTasks().size());
    }

    @Test
    void aDeletedTaskComesBackWithItsIdOnUndo() {
        Plan before = editor.plan();
        PlanTask t = before.group(3).orElseThrow().tasks().get(2);
        long sub = editor.addSubTask(t.id());
        Plan withSub = editor.plan();
        editor.deleteTask(t.id());
        assertTrue(stored().allTasks().stream().noneMatch(x -> x.id().equals(t.id()) || x.id() == sub));
        editor.undo();
        assertEquals(withSub, stored());
        editor.undo();
        assertEquals(before, stored());
        editor.redo();
        editor.redo();
        assertEquals(editor.plan(), stored());
        assertFalse(editor.task(t.id()).isPresent());
    }

    @Test
    void movingToAnotherGroupRenumbersBoth() {
        Plan before = editor.plan();
        PlanTask t = before.group(5).orElseThrow().tasks().get(0);
        int sizeV = before.group(5).orElseThrow().tasks().size();
        editor.moveTask(t.id(), 6, null, null);
        Plan after = stored();
        assertEquals(sizeV - 1, after.group(5).orElseThrow().tasks().size());
        PlanTask moved = after.group(6).orElseThrow().tasks().get(after.group(6).orElseThrow().tasks().size() - 1);
        assertEquals(t.name(), moved.name());
        assertEquals(t.number(), after.group(5).orElseThrow().tasks().get(0).number(), "V's next task takes the number");
        assertEquals(editor.plan(), after);
        editor.undo();
        assertEquals(before, stored());
    }

    @Test
    void moveUpAndDownSwapNeighbours() {
        List<PlanTask> g = editor.plan().group(4).orElseThrow().tasks();
        assertFalse(editor.moveBy(g.get(0).id(), -1));
        assertTrue(editor.moveBy(g.get(0).id(), +1));
        List<PlanTask> now = stored().group(4).orElseThrow().tasks();
        assertEquals(g.get(0).name(), now.get(1).name());
        assertEquals(numbers(editor.plan(), 4), List.of(g.stream().map(PlanTask::number).toArray(String[]::new)));
    }

    @Test
    void indicatorsAndDetailsEditTheSameWay() {
        Indicator first = editor.plan().indicators().get(0);
        editor.updateIndicator(first.id(), "edit.indicator",
                i -> new Indicator(i.id(), i.number(), i.name(), i.unit(), i.section(), "≥ 99"));
        long added = editor.addIndicator(null);
        editor.updateDetails("edit.details", p -> new Plan(p.id(), p.kind(), p.parentOrgan(), p.issuingOrgan(),
                p.issuer(), p.locality(), "123", p.symbol(), p.issueDate(), p.documentType(), p.summary(),
                p.legalBases(), p.introduction(), p.sections(), p.recipients(), p.signer(), p.parentPlan(),
                p.replacesPlan(), p.numbering(), p.appendixTitles(), p.groups(), p.indicators(), p.partial()));
        Plan s = stored();
        assertEquals("≥ 99", s.indicators().get(0).target());
        assertEquals(added, s.indicators().get(s.indicators().size() - 1).id());
        assertEquals("123", s.number());
        editor.undo();
        editor.undo();
        editor.undo();
        assertEquals(first, stored().indicators().get(0));
        assertEquals("", stored().number());
    }

    @Test
    void theHistoryIsOneLineAcrossEveryKindOfEdit() {
        Plan start = editor.plan();
        PlanTask t = start.group(5).orElseThrow().tasks().get(0);
        editor.updateTask(t.id(), "edit.deadline", x -> TaskFields.deadlineText(x, "Quý IV/2025"));
        editor.addTask(2, null);
        editor.moveTask(t.id(), 6, null, null);
        while (editor.undo()) {
            // back to the start
        }
        assertEquals(start, stored());
        assertFalse(editor.history().canUndo());
        assertTrue(editor.history().canRedo());
    }
}
