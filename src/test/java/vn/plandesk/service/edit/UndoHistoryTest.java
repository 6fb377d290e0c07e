package vn.plandesk.service.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.plandesk.model.Plan;

/** The history keeps the newest 500 edits in order; an edit made after undoing ends the redo line. */
class UndoHistoryTest {

    private static UndoHistory.Entry edit(int n) {
        return new UndoHistory.Entry("edit." + n, (Plan) null, (Plan) null);
    }

    @Test
    void theOldestEditsBeyondFiveHundredAreForgotten() {
        UndoHistory h = new UndoHistory();
        for (int i = 1; i <= 501; i++) {
            h.record(edit(i));
        }
        assertEquals(500, h.size());
        assertEquals("edit.501", h.nextUndo().orElseThrow().labelKey());
        for (int i = 0; i < 499; i++) {
            h.stepBack();
        }
        assertEquals("edit.2", h.nextUndo().orElseThrow().labelKey(), "edit 1 is the one forgotten");
        h.stepBack();
        assertFalse(h.canUndo());
        assertTrue(h.nextUndo().isEmpty());
        assertEquals("edit.2", h.nextRedo().orElseThrow().labelKey());
    }

    @Test
    void fiveHundredEditsAreAllKept() {
        UndoHistory h = new UndoHistory();
        for (int i = 1; i <= 500; i++) {
            h.record(edit(i));
        }
        assertEquals(500, h.size());
        for (int i = 0; i < 499; i++) {
            h.stepBack();
        }
        assertEquals("edit.1", h.nextUndo().orElseThrow().labelKey());
    }

    @Test
    void undoAndRedoWalkTheLineAndANewEditCutsItsTail() {
        UndoHistory h = new UndoHistory();
        assertFalse(h.canUndo());
        assertFalse(h.canRedo());
        assertTrue(h.nextRedo().isEmpty());
        h.record(edit(1));
        h.record(edit(2));
        h.record(edit(3));
        h.stepBack();
        h.stepBack();
        assertEquals(1, h.doneCount());
        assertEquals("edit.2", h.nextRedo().orElseThrow().labelKey());
        h.stepForward();
        assertEquals("edit.2", h.nextUndo().orElseThrow().labelKey());
        h.record(edit(4));
        assertFalse(h.canRedo());
        assertEquals(3, h.size());
        assertEquals("edit.4", h.nextUndo().orElseThrow().labelKey());
        h.stepBack();
        h.replace(2, edit(5));
        assertEquals("edit.5", h.nextRedo().orElseThrow().labelKey());
    }
}
