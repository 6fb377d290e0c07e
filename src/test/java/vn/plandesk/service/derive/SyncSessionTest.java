package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.service.derive.WardDerivationTest.CHON_THANH;
import static vn.plandesk.service.derive.WardDerivationTest.KH92;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Plan;
import vn.plandesk.service.edit.PlanEditor;

/**
 * The comparison of the Chơn Thành plan with an edited KH 92, kept in memory: what the officer accepts, undoes and
 * redoes is written each time (ward plan and baseline together), and the list of changes follows.
 */
class SyncSessionTest {
    /** Each write: the ward plan and the baseline stored with it. */
    record Write(Plan ward, Plan baseline) {
    }

    private final List<Write> writes = new ArrayList<>();
    private final Plan edited = PlanComparisonTest.editedKh92();
    private final SyncSession session = new SyncSession(CHON_THANH, KH92, 7L, edited, 7L, (ward, parentId, baseline) -> {
        assertEquals(7L, parentId);
        writes.add(new Write(ward, baseline));
        return null; // as if stored unchanged
    });

    @Test
    void anAcceptedChangeIsStoredUndoneAndRedone() {
        assertFalse(session.isReplacement());
        List<PlanChange> changes = session.changes();
        assertEquals(5, changes.size());
        assertFalse(session.canUndo());
        assertFalse(session.canRedo());

        session.accept(changes.get(0));
        Plan accepted = session.ward();
        assertNotEquals(CHON_THANH, accepted);
        assertEquals(1, writes.size());
        assertEquals(accepted, writes.get(0).ward());
        assertEquals(4, session.changes().size());
        assertEquals(1, session.undoDepth());
        assertTrue(session.canUndo());
        assertFalse(session.canRedo());

        assertTrue(session.undo());
        assertEquals(CHON_THANH, session.ward());
        assertEquals(new Write(CHON_THANH, KH92), writes.get(1), "the undo writes the ward plan and baseline back");
        assertEquals(KH92, session.baseline());
        assertEquals(5, session.changes().size());
        assertEquals(0, session.undoDepth());
        assertTrue(session.canRedo());

        assertTrue(session.redo());
        assertEquals(accepted, session.ward());
        assertEquals(accepted, writes.get(2).ward());
        assertEquals(writes.get(0), writes.get(2), "redo writes what accepting wrote");
        assertEquals(4, session.changes().size());
        assertEquals(1, session.undoDepth());
        assertFalse(session.canRedo());
        assertFalse(session.redo(), "nothing more to redo");
        assertEquals(3, writes.size());
    }

    @Test
    void undoAndRedoGoNewestFirst() {
        session.accept(session.changes().get(0));
        Plan one = session.ward();
        session.accept(session.changes().get(0));
        Plan two = session.ward();
        assertEquals(2, session.undoDepth());
        assertEquals(3, session.changes().size());

        session.undo();
        assertEquals(one, session.ward());
        session.undo();
        assertEquals(CHON_THANH, session.ward());
        assertFalse(session.undo());
        assertEquals(4, writes.size());

        session.redo();
        assertEquals(one, session.ward());
        session.redo();
        assertEquals(two, session.ward());
        assertEquals(3, session.changes().size());
    }

    @Test
    void acceptingAfterAnUndoEndsTheRedoLine() {
        session.accept(session.changes().get(0));
        session.undo();
        assertTrue(session.canRedo());
        session.accept(session.changes().get(1));
        assertFalse(session.canRedo());
        assertFalse(session.redo());
        assertEquals(1, session.undoDepth());
    }

    @Test
    void theWardPlansUndoHistoryStepsTheSession() {
        session.accept(session.changes().get(0));
        Plan accepted = session.ward();
        PlanEditor.StoredChange step = session.asStoredChange();
        assertEquals(CHON_THANH, step.undo());
        assertEquals(accepted, step.redo());
        assertEquals(4, session.changes().size());
    }

    @Test
    void acceptAllTakesEveryChangeButADeletionAsOneStepAndDeletingIsTheOfficersOwnStep() {
        assertEquals(4, session.acceptAll());
        assertEquals(List.of(PlanChange.Kind.REMOVED), session.changes().stream().map(PlanChange::kind).toList(),
                "a task removed from the parent is never deleted by accept all");
        assertEquals(1, session.undoDepth(), "accept all is one step");
        assertEquals(0, session.acceptAll());
        session.deleteWardTasks(session.changes().get(0));
        assertTrue(session.changes().isEmpty());
        assertTrue(PlanComparison.between(session.baseline(), edited).isEmpty(), "the baseline has caught up with the parent");
    }
}
