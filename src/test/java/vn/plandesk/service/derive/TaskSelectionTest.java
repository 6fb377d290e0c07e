package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanTask;

/**
 * The tasks of the parent the officer names on the command line ("derive 7 --tasks 1,3,5-9"): single numbers, ranges
 * either way round, the parent's numbers only, in the order typed; a slip is told in one sentence, never a guess.
 */
class TaskSelectionTest {
    private static final Plan PARENT = WardDerivationTest.KH92;
    /** A parent whose numbered tasks are 1, 2, 4, 5, 7 and 9 (the ward cites KH 92 with gaps), and a point "3.a)". */
    private static final List<ParentTask> TASKS = tasks("1", "2", "4", "5", "7", "9", "3.a)");

    private static List<ParentTask> tasks(String... keys) {
        List<ParentTask> out = new ArrayList<>();
        for (String k : keys) {
            out.add(new ParentTask(1, k, PlanTask.named(k, "Nhiệm vụ " + k), false));
        }
        return out;
    }

    private static Set<String> select(String selection) {
        return DerivationService.select(TASKS, selection, PARENT);
    }

    private static PlanDeskException refused(String selection) {
        return assertThrows(PlanDeskException.class, () -> select(selection), selection);
    }

    @Test
    void aRangeTakesTheParentsNumbersInItInOrderEitherWayRound() {
        assertEquals(List.of("2", "4", "5", "7"), List.copyOf(select("2-7")));
        assertEquals(List.of("2", "4", "5", "7"), List.copyOf(select("7 - 2")), "typed backwards");
        assertEquals(List.of("9"), List.copyOf(select("8-9")), "a range that ends on the last task");
        assertEquals(List.of("1"), List.copyOf(select("1-1")));
    }

    @Test
    void singleTasksAndRangesMixAndBlankPartsAreSkipped() {
        assertEquals(List.of("3.a)", "1", "2", "9"), List.copyOf(select(" 3.a), ,1-2,9,")));
        assertEquals(List.of("5", "4"), List.copyOf(select("5,4,5")), "a task named twice is taken once");
    }

    @Test
    void aRangePastTheLastTaskIsASlipNotEveryTask() {
        PlanDeskException e = refused("1-10");
        assertEquals("derive.rangeBeyond", e.key());
        assertEquals("9", e.args()[2], "the sentence names the parent's last task");
        assertEquals("derive.rangeBeyond", refused("10-1").key(), "backwards too");
        assertEquals("derive.badRange", refused("1-12345678901").key(), "a number too long to be a task");
        assertEquals("derive.badRange", refused("12345678901-1").key());
        assertEquals("derive.rangeBeyond", refused("1-1234567890").key(), "ten digits are still read as a number");
        assertEquals("derive.rangeBeyond", refused("1234567890-1").key());
    }

    @Test
    void aTaskTheParentLacksOrNoTaskAtAllIsRefused() {
        PlanDeskException unknown = refused("1,3");
        assertEquals("derive.unknownTask", unknown.key());
        assertArrayEquals(new Object[] {"3", PARENT.ref().citation()}, unknown.args());
        assertEquals("derive.noTasks", refused(" , ").key());
        assertEquals("derive.noTasks", assertThrows(PlanDeskException.class,
                () -> DerivationService.select(tasks("1", "3"), "2-2", PARENT)).key(),
                "a range inside the parent's numbers that holds none of them");
    }
}
