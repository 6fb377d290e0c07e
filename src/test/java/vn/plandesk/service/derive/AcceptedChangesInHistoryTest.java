package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.service.SampleStore;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.store.Database;
import vn.plandesk.store.DerivationRepository;
import vn.plandesk.store.PlanRepository;

/**
 * Accepted changes of the parent as steps of the ward plan's undo history: the tasks keep their ids, so the edits made
 * before and after an accepted change undo and redo around it.
 */
class AcceptedChangesInHistoryTest {
    @TempDir
    Path dir;
    private Database db;
    private PlanRepository plans;
    private DerivationService service;
    private long kh92;

    @BeforeEach
    void open() {
        kh92 = SampleStore.copyTo(dir).get(1);
        db = Database.open(dir);
        plans = new PlanRepository(db);
        service = new DerivationService(plans, new DerivationRepository(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anAcceptedChangeKeepsTheTaskIdsAndUndoesAndRedoesWithTheEditsAroundIt() {
        long id = service.derive(kh92, "Chơn Thành", null);
        PlanEditor editor = new PlanEditor(plans, service.plan(id));
        List<Long> ids = editor.plan().allTasks().stream().map(PlanTask::id).toList();
        PlanTask first = editor.plan().allTasks().get(0);
        PlanTask second = editor.plan().allTasks().get(1);
        editor.updateTask(second.id(), "edit.result", t -> t.withName("Việc thứ hai, sửa trước"));

        plans.replace(kh92, PlanComparisonTest.editedKh92());
        SyncSession s = service.compare(id, null);
        assertEquals(5, s.changes().size());
        PlanChange reworded = s.changes().stream().filter(c -> c.kind() == PlanChange.Kind.REWORDED).findFirst()
                .orElseThrow();
        s.accept(reworded);
        PlanEditor.StoredChange step = s.asStoredChange();
        editor.recordStored("edit.acceptParentChange", s.ward(), step);
        assertEquals(ids, service.plan(id).allTasks().stream().map(PlanTask::id).toList(), "ids kept");
        String accepted = name(service.plan(id), reworded.wardTasks().get(0));
        editor.updateTask(first.id(), "edit.name", t -> t.withName("Việc thứ nhất, sửa sau"));

        assertTrue(editor.undo());
        assertTrue(editor.undo());
        assertEquals(5, service.compare(id, null).changes().size(), "the parent's snapshot went back too");
        assertFalse(s.canUndo());
        assertEquals("Việc thứ hai, sửa trước", service.plan(id).allTasks().get(1).name());
        assertTrue(editor.undo());
        assertEquals(second.name(), service.plan(id).allTasks().get(1).name());

        assertTrue(editor.redo());
        assertTrue(editor.redo());
        assertTrue(editor.redo());
        Plan stored = service.plan(id);
        assertEquals(stored, editor.plan());
        assertEquals("Việc thứ nhất, sửa sau", stored.allTasks().get(0).name());
        assertEquals(accepted, name(stored, reworded.wardTasks().get(0)));
        assertEquals(4, service.compare(id, null).changes().size());
        assertEquals(ids, stored.allTasks().stream().map(PlanTask::id).toList());
    }

    private static String name(Plan p, String number) {
        return p.allTasks().stream().filter(t -> t.number().equals(number)).findFirst().orElseThrow().name();
    }
}
