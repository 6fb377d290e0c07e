package vn.plandesk.service.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.NumberingScheme;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanBuilder;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanTask;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;

/**
 * What the officer notices of the editor beyond one edit: the window hears every edit, undo and redo; the ends of a
 * list stop a move; a new edit after undo ends the redo line; a plan not stored cannot be edited.
 */
class PlanEditorBehaviourTest {
    /** One store for the class (opening one costs more than the tests): each test edits a plan of its own in it. */
    @TempDir
    static Path dir;
    static Database db;
    static PlanRepository repo;
    PlanEditor editor;
    long planId;
    final List<Plan> heard = new ArrayList<>();

    @BeforeAll
    static void openStore() {
        db = Database.open(dir);
        repo = new PlanRepository(db);
    }

    @AfterAll
    static void closeStore() {
        db.close();
    }

    @BeforeEach
    void open() {
        planId = repo.insert(new SampleLibrary().plan("chon-thanh-ward-plan.json"));
        editor = new PlanEditors(repo).open(planId);
        editor.addListener(heard::add);
    }

    private Plan stored() {
        return repo.load(planId).orElseThrow();
    }

    private List<PlanTask> tasks(Plan p, int group) {
        return p.group(group).orElseThrow().tasks();
    }

    private List<String> names(Plan p, int group) {
        return tasks(p, group).stream().map(PlanTask::name).toList();
    }

    @Test
    void listenersHearEveryEditUndoAndRedoWithThePlanAsStored() {
        PlanTask first = tasks(editor.plan(), 5).get(0);
        editor.updateTask(first.id(), "edit.name", t -> TaskFields.name(t, "Tên mới"));
        assertEquals(1, heard.size());
        assertEquals(stored(), heard.get(0));
        assertEquals("Tên mới", tasks(heard.get(0), 5).get(0).name());

        assertTrue(editor.undo());
        assertEquals(2, heard.size());
        assertEquals(first.name(), tasks(heard.get(1), 5).get(0).name());
        assertEquals(stored(), heard.get(1));

        assertTrue(editor.redo());
        assertEquals(3, heard.size());
        assertEquals("Tên mới", tasks(heard.get(2), 5).get(0).name());

        // nothing left to redo: no step, no notification
        assertFalse(editor.redo());
        assertEquals(3, heard.size());
    }

    @Test
    void aRemovedListenerHearsNothingMore() {
        List<Plan> other = new ArrayList<>();
        Consumer<Plan> listener = other::add;
        editor.addListener(listener);
        editor.addTask(1, null);
        editor.removeListener(listener);
        editor.addTask(1, null);
        assertEquals(1, other.size());
        assertEquals(2, heard.size());
    }

    @Test
    void anEditThatChangesNothingIsNeitherStoredNorAStepNorHeard() {
        PlanTask first = tasks(editor.plan(), 5).get(0);
        Plan before = editor.plan();
        editor.updateTask(first.id(), "edit.name", t -> TaskFields.name(t, first.name()));
        assertSame(before, editor.plan());
        assertFalse(editor.history().canUndo());
        assertTrue(heard.isEmpty());
        assertFalse(editor.undo());
        assertTrue(heard.isEmpty());
    }

    @Test
    void aPlanNotYetStoredCannotBeEdited() {
        Plan unsaved = new SampleLibrary().plan("chon-thanh-ward-plan.json");
        assertThrows(IllegalArgumentException.class, () -> new PlanEditor(repo, unsaved));
    }

    @Test
    void theLastTaskDoesNotMoveDownAndTheOneBeforeItDoes() {
        Plan before = editor.plan();
        List<PlanTask> g = tasks(before, 4);
        int n = g.size();
        assertTrue(n >= 2);
        assertFalse(editor.moveBy(g.get(n - 1).id(), +1));
        assertEquals(before, stored());
        assertFalse(editor.history().canUndo());
        assertTrue(heard.isEmpty());

        assertTrue(editor.moveBy(g.get(n - 2).id(), +1));
        List<PlanTask> now = tasks(stored(), 4);
        assertEquals(g.get(n - 2).name(), now.get(n - 1).name());
        assertEquals(g.get(n - 1).name(), now.get(n - 2).name());
        assertEquals(g.get(n - 1).number(), now.get(n - 1).number(), "numbers stay in order after the move");
        assertEquals("edit.moveDown", editor.history().nextUndo().orElseThrow().labelKey());

        assertTrue(editor.moveBy(g.get(n - 2).id(), -1));
        assertEquals("edit.moveUp", editor.history().nextUndo().orElseThrow().labelKey());
        assertEquals(names(before, 4), names(stored(), 4));
    }

    @Test
    void subTasksMoveAmongTheirSiblingsOnly() {
        PlanTask parent = tasks(editor.plan(), 2).get(1);
        long a = editor.addSubTask(parent.id());
        long b = editor.addSubTask(parent.id());
        editor.updateTask(a, "edit.name", t -> TaskFields.name(t, "Một"));
        editor.updateTask(b, "edit.name", t -> TaskFields.name(t, "Hai"));
        assertFalse(editor.moveBy(a, -1));
        assertFalse(editor.moveBy(b, +1));
        assertTrue(editor.moveBy(b, -1));
        PlanTask p = tasks(stored(), 2).get(1);
        assertEquals(List.of("Hai", "Một"), p.subTasks().stream().map(PlanTask::name).toList());
        assertEquals(List.of(parent.number() + ".1", parent.number() + ".2"),
                p.subTasks().stream().map(PlanTask::number).toList());
        assertEquals(new PlanEditor.Location(2, 1, 0), editor.locate(b).orElseThrow());
        assertTrue(editor.locate(b).orElseThrow().isSubTask());
        assertFalse(editor.locate(parent.id()).orElseThrow().isSubTask());
    }

    @Test
    void aSubTaskAddedUnderASubTaskComesRightAfterIt() {
        PlanTask parent = tasks(editor.plan(), 2).get(1);
        long a = editor.addSubTask(parent.id());
        long b = editor.addSubTask(parent.id());
        long between = editor.addSubTask(a);
        List<Long> ids = tasks(stored(), 2).get(1).subTasks().stream().map(PlanTask::id).toList();
        assertEquals(List.of(a, between, b), ids);
    }

    @Test
    void aNewTaskAfterASubTaskComesAfterItsParent() {
        PlanTask parent = tasks(editor.plan(), 2).get(1);
        long sub = editor.addSubTask(parent.id());
        long added = editor.addTask(2, sub);
        assertEquals(new PlanEditor.Location(2, 2, -1), editor.locate(added).orElseThrow());
        long atEnd = editor.addTask(3, null);
        assertEquals(tasks(stored(), 3).size() - 1, editor.locate(atEnd).orElseThrow().index());
    }

    @Test
    void aNewEditAfterUndoEndsTheRedoLine() {
        PlanTask first = tasks(editor.plan(), 5).get(0);
        editor.updateTask(first.id(), "edit.name", t -> TaskFields.name(t, "Một"));
        editor.updateTask(first.id(), "edit.name", t -> TaskFields.name(t, "Hai"));
        editor.undo();
        assertTrue(editor.history().canRedo());
        editor.updateTask(first.id(), "edit.name", t -> TaskFields.name(t, "Ba"));
        assertFalse(editor.history().canRedo());
        assertFalse(editor.redo());
        assertEquals("Ba", tasks(stored(), 5).get(0).name());
        assertEquals(2, editor.history().size());
        editor.undo();
        assertEquals("Một", tasks(stored(), 5).get(0).name());
    }

    @Test
    void aTaskWithSubTasksCannotBecomeASubTask() {
        PlanTask parent = tasks(editor.plan(), 2).get(1);
        editor.addSubTask(parent.id());
        PlanTask other = tasks(editor.plan(), 2).get(0);
        Plan before = editor.plan();
        PlanDeskException e = assertThrows(PlanDeskException.class,
                () -> editor.moveTask(parent.id(), 2, other.id(), null));
        assertEquals("edit.twoLevels", e.key());
        assertEquals(before, stored());
    }

    @Test
    void aTaskMovesUnderAnotherAsItsSubTaskAndBeforeAGivenTask() {
        List<PlanTask> g = tasks(editor.plan(), 3);
        PlanTask moving = g.get(2);
        editor.moveTask(moving.id(), 3, g.get(0).id(), null);
        PlanTask parent = tasks(stored(), 3).get(0);
        assertEquals(List.of(moving.name()), parent.subTasks().stream().map(PlanTask::name).toList());
        assertEquals(parent.number() + ".1", parent.subTasks().get(0).number());
        assertEquals("edit.moveTask", editor.history().nextUndo().orElseThrow().labelKey());

        PlanTask last = tasks(editor.plan(), 3).get(tasks(editor.plan(), 3).size() - 1);
        editor.moveTask(last.id(), 4, null, tasks(editor.plan(), 4).get(0).id());
        assertEquals(last.name(), tasks(stored(), 4).get(0).name());
        assertEquals("edit.moveToGroup", editor.history().nextUndo().orElseThrow().labelKey());
    }

    @Test
    void aTaskMovesBeforeTheGivenTaskOrSubTaskAndToTheEndWhenThatOneIsElsewhere() {
        PlanTask moving = tasks(editor.plan(), 3).get(0);
        editor.moveTask(moving.id(), 4, null, tasks(editor.plan(), 4).get(1).id());
        assertEquals(moving.name(), tasks(stored(), 4).get(1).name());

        PlanTask other = tasks(editor.plan(), 3).get(0);
        editor.moveTask(other.id(), 4, null, tasks(editor.plan(), 5).get(0).id());
        List<PlanTask> g4 = tasks(stored(), 4);
        assertEquals(other.name(), g4.get(g4.size() - 1).name(), "a task of group V is not in IV: to the end");

        PlanTask parent = tasks(editor.plan(), 2).get(1);
        long a = editor.addSubTask(parent.id());
        long b = editor.addSubTask(parent.id());
        long fresh = editor.addTask(3, null);
        editor.updateTask(a, "edit.name", t -> TaskFields.name(t, "Một"));
        editor.updateTask(b, "edit.name", t -> TaskFields.name(t, "Hai"));
        editor.updateTask(fresh, "edit.name", t -> TaskFields.name(t, "Chen giữa"));
        editor.moveTask(fresh, 2, parent.id(), b);
        PlanTask p = stored().group(2).orElseThrow().tasks().stream().filter(t -> t.name().equals(parent.name()))
                .findFirst().orElseThrow();
        assertEquals(List.of("Một", "Chen giữa", "Hai"), p.subTasks().stream().map(PlanTask::name).toList());
    }

    /** The ids of a task's sub-tasks as stored. */
    private List<Long> subTaskIds(long parentId) {
        return stored().allTasks().stream().filter(t -> t.id() == parentId).findFirst().orElseThrow().subTasks()
                .stream().map(PlanTask::id).toList();
    }

    @Test
    void aSubTaskDeletedOrMovedOutLeavesItsParentAndTheOtherSubTasks() {
        PlanTask parent = tasks(editor.plan(), 2).get(1);
        long a = editor.addSubTask(parent.id());
        long b = editor.addSubTask(parent.id());
        long c = editor.addSubTask(parent.id());
        editor.deleteTask(b);
        assertEquals(List.of(a, c), subTaskIds(parent.id()));
        editor.moveTask(a, 3, null, null);
        assertEquals(List.of(c), subTaskIds(parent.id()));
        List<PlanTask> g3 = tasks(stored(), 3);
        assertEquals(a, g3.get(g3.size() - 1).id(), "now a task of its own, last of group III");
    }

    @Test
    void aTaskMovedUnderAParentGoesBeforeItsFirstSubTaskOrLastWhenTheTaskGivenIsNotOneOfIts() {
        PlanTask parent = tasks(editor.plan(), 2).get(1);
        long sub = editor.addSubTask(parent.id());
        long first = editor.addTask(3, null);
        editor.moveTask(first, 2, parent.id(), sub);
        assertEquals(List.of(first, sub), subTaskIds(parent.id()));
        long last = editor.addTask(3, null);
        editor.moveTask(last, 2, parent.id(), tasks(editor.plan(), 4).get(0).id());
        assertEquals(List.of(first, sub, last), subTaskIds(parent.id()));
    }

    @Test
    void aParentNotInTheGroupGivenIsToldByItsKeyAndNothingMoves() {
        long fresh = editor.addTask(3, null);
        PlanTask elsewhere = tasks(editor.plan(), 2).get(0);
        Plan before = editor.plan();
        PlanDeskException e = assertThrows(PlanDeskException.class,
                () -> editor.moveTask(fresh, 3, elsewhere.id(), null));
        assertEquals("edit.noTask", e.key());
        assertEquals(before, stored());
    }

    @Test
    void theSecondIndicatorMovesUpToTheTop() {
        List<Indicator> list = editor.plan().indicators();
        assertTrue(editor.moveIndicator(list.get(1).id(), -1));
        assertEquals(list.get(1).name(), stored().indicators().get(0).name());
        assertEquals("edit.moveUp", editor.history().nextUndo().orElseThrow().labelKey());
    }

    @Test
    void movingATaskOntoItselfChangesNothing() {
        PlanTask t = tasks(editor.plan(), 3).get(1);
        Plan before = editor.plan();
        editor.moveTask(t.id(), 3, null, t.id());
        editor.moveTask(t.id(), 3, t.id(), null);
        assertEquals(before, stored());
        assertFalse(editor.history().canUndo());
    }

    @Test
    void anUnknownTaskIsToldByItsKey() {
        assertEquals("edit.noTask", assertThrows(PlanDeskException.class, () -> editor.moveBy(-7, 1)).key());
        assertEquals("edit.noTask", assertThrows(PlanDeskException.class, () -> editor.deleteTask(-7)).key());
        assertEquals("edit.noTask", assertThrows(PlanDeskException.class, () -> editor.addSubTask(-7)).key());
        assertEquals("edit.noTask", assertThrows(PlanDeskException.class,
                () -> editor.updateTask(-7, "edit.name", t -> t)).key());
        assertEquals("edit.noGroup", assertThrows(PlanDeskException.class, () -> editor.addTask(9, null)).key());
        assertTrue(heard.isEmpty());
    }

    @Test
    void indicatorsMoveWithinTheirListAndStopAtItsEnds() {
        List<Indicator> list = editor.plan().indicators();
        int n = list.size();
        assertTrue(n >= 2);
        assertFalse(editor.moveIndicator(list.get(0).id(), -1));
        assertFalse(editor.moveIndicator(list.get(n - 1).id(), +1));
        assertFalse(editor.moveIndicator(-7, +1));
        assertTrue(editor.moveIndicator(list.get(0).id(), +1));
        assertEquals(list.get(0).name(), stored().indicators().get(1).name());
        assertEquals("edit.moveDown", editor.history().nextUndo().orElseThrow().labelKey());
        long added = editor.addIndicator(list.get(0).id());
        assertEquals(added, stored().indicators().get(2).id());
        editor.deleteIndicator(list.get(1).id());
        assertEquals(n, stored().indicators().size());
        assertTrue(stored().indicators().stream().noneMatch(i -> i.id().equals(list.get(1).id())));
    }

    @Test
    void aNewNumberingSchemeRenumbersTheTasksInTheSameEdit() {
        assertEquals(NumberingScheme.CONTINUOUS, editor.plan().numbering());
        editor.updateDetails("edit.details", p -> PlanBuilder.from(p).numbering(NumberingScheme.PER_GROUP).build());
        Plan s = stored();
        assertEquals(NumberingScheme.PER_GROUP, s.numbering());
        for (int g = 1; g <= 7; g++) {
            if (!tasks(s, g).isEmpty()) {
                assertEquals("1", tasks(s, g).get(0).number(), "group " + g);
            }
        }
        assertEquals(1, editor.history().size());
        editor.undo();
        assertEquals(NumberingScheme.CONTINUOUS, stored().numbering());
    }

    @Test
    void aChangeStoredElsewhereIsOneStepOfThisPlansHistory() {
        Plan before = editor.plan();
        // another service stores the plan without its first indicator
        Plan elsewhere = repo.sync(before, before.withIndicators(before.indicators().subList(1, before.indicators().size())));
        List<String> calls = new ArrayList<>();
        editor.recordStored("edit.accept", elsewhere, new PlanEditor.StoredChange() {
            @Override
            public Plan undo() {
                calls.add("undo");
                return repo.sync(elsewhere, before);
            }

            @Override
            public Plan redo() {
                calls.add("redo");
                return repo.sync(before, elsewhere);
            }
        });
        assertEquals(elsewhere, editor.plan());
        assertEquals(List.of(elsewhere), heard);
        editor.undo();
        editor.redo();
        assertEquals(List.of("undo", "redo"), calls);
        assertEquals(stored(), editor.plan());
        assertEquals(3, heard.size());

        Plan foreign = before.withId(planId + 100);
        assertThrows(IllegalArgumentException.class,
                () -> editor.recordStored("edit.accept", foreign, null));
        assertThrows(IllegalArgumentException.class,
                () -> editor.recordStored("edit.accept", before.withId(null), null));
    }

    @Test
    void theEditorsKeepOneEditorAndItsHistoryPerPlan() {
        PlanEditors editors = new PlanEditors(repo);
        PlanEditor e = editors.open(planId);
        e.addTask(1, null);
        assertSame(e, editors.open(planId));
        assertTrue(editors.open(planId).history().canUndo());
        assertEquals("plan.notFound", assertThrows(PlanDeskException.class, () -> editors.open(planId + 100)).key());
    }
}
