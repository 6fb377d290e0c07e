package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.service.derive.WardDerivationTest.CHON_THANH;
import static vn.plandesk.service.derive.WardDerivationTest.KH92;
import static vn.plandesk.service.derive.WardDerivationTest.PLAN_2026;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.TaskRef;

/**
 * The 2026 plan replaces KH 92 as the Chơn Thành plan's parent, in memory: what "accept all" may take without the
 * officer, the officer's corrections of the mapping, deleting ward tasks with no counterpart, and what each step
 * writes (the ward plan, which parent, which baseline).
 */
class ReplacementSessionTest {
    record Write(Plan ward, Long parentId, Plan baseline) {
    }

    private final List<Write> writes = new ArrayList<>();

    private SyncSession session(Plan ward) {
        return new SyncSession(ward, KH92, 1L, PLAN_2026, 2L, (w, parentId, baseline) -> {
            writes.add(new Write(w, parentId, baseline));
            return w;
        });
    }

    private final SyncSession session = session(CHON_THANH);

    private PlanChange change(String oldKey) {
        return session.changes().stream().filter(c -> oldKey.equals(c.oldKey())).findFirst().orElseThrow();
    }

    private static List<PlanChange> ofKind(List<PlanChange> changes, PlanChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    @Test
    void eachRelinkShowsItsProposalAndTheWholeMappingIsListed() {
        assertTrue(session.isReplacement());
        assertSame(PLAN_2026, session.current());
        PlanChange relink = change("3");
        Remapping.Proposal p = session.proposal(relink).orElseThrow();
        assertEquals("3", p.parentTask());
        assertEquals("1.đ)", p.candidates().get(0).key());
        assertEquals(p.candidates().get(0).score(), relink.score(), 1e-12, "the relink carries its point's score");
        List<Remapping.Proposal> mapping = session.remapping();
        assertEquals(CHON_THANH.allTasks().size(), mapping.stream().map(Remapping.Proposal::wardTask).distinct().count(),
                "every ward task citing KH 92 has a proposal");
        assertTrue(session.proposal(ofKind(session.changes(), PlanChange.Kind.ADDED).get(0)).isEmpty(),
                "a task of the new plan alone comes from no proposal");

        SyncSession sameParent = new SyncSession(CHON_THANH, KH92, 1L, PlanComparisonTest.editedKh92(), 1L,
                (w, parentId, baseline) -> w);
        assertTrue(sameParent.remapping().isEmpty());
        assertTrue(sameParent.proposal(sameParent.changes().get(0)).isEmpty());
    }

    @Test
    void acceptAllTakesOnlyConfidentMatchesAndThePointsTheOfficerChose() {
        List<PlanChange> changes = session.changes();
        for (PlanChange c : changes) {
            boolean expected = switch (c.kind()) {
                case RELINK -> session.proposal(c).orElseThrow().decision() == Remapping.Decision.MATCH;
                case UNMATCHED, REMOVED -> false;
                default -> true;
            };
            assertEquals(expected, session.acceptedByAll(c), c::toString);
        }
        PlanChange unsure = ofKind(changes, PlanChange.Kind.RELINK).stream()
                .filter(c -> !session.acceptedByAll(c)).findFirst().orElseThrow();
        session.retarget(unsure.oldKey(), unsure.newKey());
        assertTrue(session.acceptedByAll(change(unsure.oldKey())), "a point the officer chose is taken");
        session.retarget(unsure.oldKey(), "  ");
        assertFalse(session.acceptedByAll(change(unsure.oldKey())), "a blank choice goes back to the proposal");
    }

    @Test
    void theOfficersPointReplacesTheProposalAndAPointTheNewPlanLacksIsRefused() {
        Remapping.Proposal p = session.proposal(change("3")).orElseThrow();
        Remapping.Candidate second = p.candidates().get(1);
        session.retarget("3", second.key());
        PlanChange corrected = change("3");
        assertEquals(second.key(), corrected.newKey());
        assertEquals(second.score(), corrected.score(), 1e-12, "the score shown is the chosen point's");

        String notAPoint = "1.đ), 99.z)";
        PlanDeskException e = assertThrows(PlanDeskException.class, () -> session.retarget("3", notAPoint));
        assertEquals("derive.unknownTask", e.key());
        assertEquals("99.z)", e.args()[0]);
        assertEquals(second.key(), change("3").newKey(), "a refused choice leaves the one before");

        session.retarget("3", "");
        assertEquals("1.đ)", change("3").newKey(), "blank goes back to the proposal");
    }

    @Test
    void aWardTaskCitingANumberTheOldPlanLacksIsShownWithItsOwnGroupAndText() {
        // the ward's task 2 (group I) moved to group III, citing a number KH 92 does not have, on work the 2026 plan
        // has nothing like
        List<TaskGroup> groups = new ArrayList<>(CHON_THANH.groups());
        PlanTask two = groups.get(0).tasks().get(1);
        PlanTask cited = new PlanTask(two.id(), two.number(), "Nuôi cá chép ở hồ sen", two.leader(), two.leadUnits(),
                two.coordinatingUnits(), two.result(), two.deadline(), two.role(),
                new TaskRef(two.parentRef().plan(), "999"), two.note(), two.flags(), two.subTasks());
        List<PlanTask> first = new ArrayList<>(groups.get(0).tasks());
        first.remove(1);
        groups.set(0, groups.get(0).withTasks(first));
        int third = groups.stream().map(TaskGroup::number).toList().indexOf(3);
        List<PlanTask> inThird = new ArrayList<>(groups.get(third).tasks());
        inThird.add(cited);
        groups.set(third, groups.get(third).withTasks(inThird));
        SyncSession s = session(CHON_THANH.withGroups(groups));
        PlanChange c = s.changes().stream().filter(x -> "999".equals(x.oldKey())).findFirst().orElseThrow();
        assertEquals(PlanChange.Kind.UNMATCHED, c.kind());
        assertEquals(3, c.group(), "the ward task's own group");
        assertEquals(cited, c.oldTask(), "the ward task's own text stands for the old task");
        assertEquals(List.of(two.number()), c.wardTasks());
    }

    @Test
    void deletingTheTasksWithNoCounterpartIsOneStepTheOfficerCanUndo() {
        PlanChange unmatched = ofKind(session.changes(), PlanChange.Kind.UNMATCHED).get(0);
        assertFalse(session.acceptedByAll(unmatched));
        session.accept(session.changes().get(0));
        session.undo();
        assertTrue(session.canRedo());

        session.deleteWardTasks(unmatched);
        Plan ward = session.ward();
        assertEquals(CHON_THANH.taskCount() - unmatched.wardTasks().size(), ward.taskCount());
        List<String> numbers = ward.allTasks().stream().map(PlanTask::number).toList();
        for (int i = 0; i < numbers.size(); i++) {
            assertEquals(String.valueOf(i + 1), numbers.get(i), "the ward plan is numbered on without a gap");
        }
        assertEquals(ward, writes.get(writes.size() - 1).ward());
        assertEquals(1L, writes.get(writes.size() - 1).parentId(), "deleting does not switch the parent");
        assertFalse(session.canRedo(), "deleting ends the redo line");
        assertEquals(1, session.undoDepth());
        assertTrue(session.changes().stream().noneMatch(c -> unmatched.oldKey().equals(c.oldKey())));

        assertTrue(session.undo());
        assertEquals(CHON_THANH, session.ward());
        assertEquals(CHON_THANH, writes.get(writes.size() - 1).ward(), "the undo writes the tasks back");
    }

    @Test
    void acceptingAllAfterAnUndoEndsTheRedoLine() {
        session.accept(change("3"));
        session.undo();
        assertTrue(session.canRedo());
        assertTrue(session.acceptAll() > 0);
        assertFalse(session.canRedo());
        assertFalse(session.redo());
        assertEquals(1, session.undoDepth(), "accept all is one step");
    }

    @Test
    void aTaskOfTheNewPlanIsAddedToTheWardWhileKh92StaysTheParentUntilTheSwitch() {
        PlanChange added = ofKind(session.changes(), PlanChange.Kind.ADDED).get(0);
        session.accept(added);
        Write w = writes.get(writes.size() - 1);
        assertEquals(1L, w.parentId(), "KH 92 stays the parent until the switch is accepted");
        assertEquals(KH92, w.baseline(), "the baseline stays KH 92");
        assertEquals(CHON_THANH.taskCount() + 1, w.ward().taskCount());
        PlanTask in = w.ward().allTasks().stream()
                .filter(t -> PLAN_2026.ref().sameIdentity(t.parentRef().plan())).findFirst().orElseThrow();
        assertEquals(added.newKey(), in.parentRef().number());
        assertEquals(TaskChoice.COORDINATE_NOTE, in.note());
    }

    @Test
    void theSwitchOfParentIsListedOnlyWhenNoWardTaskIsLeftToRelink() {
        ofKind(session.changes(), PlanChange.Kind.UNMATCHED).forEach(session::keep);
        List<PlanChange> relinks = ofKind(session.changes(), PlanChange.Kind.RELINK);
        assertTrue(relinks.size() > 1);
        relinks.subList(1, relinks.size()).forEach(session::keep);
        assertEquals(List.of(), ofKind(session.changes(), PlanChange.Kind.PARENT_SWITCH),
                "one ward task still waits for its point of the new plan");
        session.keep(relinks.get(0));
        assertEquals(1, ofKind(session.changes(), PlanChange.Kind.PARENT_SWITCH).size(),
                "every ward task follows the new plan or is kept as it is");

        // the other way round: every relink kept, the tasks without a counterpart still waiting
        SyncSession other = session(CHON_THANH);
        ofKind(other.changes(), PlanChange.Kind.RELINK).forEach(other::keep);
        assertTrue(ofKind(other.changes(), PlanChange.Kind.UNMATCHED).size() > 0);
        assertEquals(List.of(), ofKind(other.changes(), PlanChange.Kind.PARENT_SWITCH),
                "a ward task without a counterpart still waits for the officer's word");
    }
}
