package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.service.derive.Remapping.Candidate;
import vn.plandesk.service.derive.Remapping.Decision;
import vn.plandesk.service.derive.Remapping.Proposal;

/**
 * The figures "remap --reference" prints for a mapping, counted by hand on a small labelled table: which proposals
 * are right, which the officer would have to correct (the misses, each told with what was proposed and what is
 * right), and what "accept all" would take wrongly.
 */
class RemapFiguresTest {
    private static final String TABLE = String.join("\n",
            "# ward task, old key, the points it now follows, note",
            "ward\told\tpoints\tnote",
            "1\t3\t1.đ)\tsame point",
            "2\t4\t2.a) 2.b)\ttwo points",
            "",
            "3\t5\t-\tno counterpart",
            "4\t6\t3.c)",
            "5\t7\t-",
            "6\t8\t4.a)\t");

    private static Proposal proposal(String ward, Decision decision, String... keys) {
        List<Candidate> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            candidates.add(new Candidate(keys[i], 0.5 - i * 0.01));
        }
        return new Proposal(ward, "old", 1, candidates, decision);
    }

    @Test
    void eachProposalIsCountedAgainstThePointsTheTableLists() {
        RemapReference reference = RemapReference.parse(TABLE);
        assertEquals(6, reference.size(), "comments, the header and blank lines are no ward tasks");
        RemapReference.Figures f = reference.measure(List.of(
                proposal("1", Decision.MATCH, "1.đ)", "2.a)"),
                proposal("1", Decision.NONE, "9"), // a second citation of the same ward task: the first counts
                proposal("2", Decision.SEVERAL, "2.c)", "2.b)"),
                proposal("3", Decision.NONE, "5.a)"),
                // ward task 4 got no proposal at all
                proposal("5", Decision.MATCH, "9"),
                proposal("6", Decision.NONE, "4.b)")));
        assertEquals(6, f.tasks());
        assertEquals(4, f.withCounterpart(), "1, 2, 4 and 6 follow a point of the new plan");
        assertEquals(3, f.proposed(), "a NONE proposes nothing");
        assertEquals(1, f.right());
        assertEquals(2, f.inTopThree(), "task 2's right point is second among its candidates");
        assertEquals(2, f.confident());
        assertEquals(1, f.confidentRight());
        assertEquals(List.of("2: 2.c) ≠ 2.a) 2.b)", "5: 9 ≠ —", "6: — ≠ 4.a)"), f.misses());
        assertEquals(1.0 / 3, f.precision(), 1e-12);
        assertEquals(1.0 / 4, f.recall(), 1e-12);
        assertEquals(2.0 / 4, f.topThree(), 1e-12);
        assertEquals(1.0 / 2, f.confidentPrecision(), 1e-12);
    }

    @Test
    void withNothingToCountEveryFigureIsWhole() {
        RemapReference.Figures none = RemapReference.parse("5\t7\t-").measure(List.of());
        assertArrayEquals(new double[] {1, 1, 1, 1},
                new double[] {none.precision(), none.recall(), none.topThree(), none.confidentPrecision()});
        assertEquals(List.of(), none.misses());
    }

    @Test
    void aRowWithoutItsPointsIsToldByItsLine() {
        PlanDeskException e = assertThrows(PlanDeskException.class,
                () -> RemapReference.parse("# table\n1\t3\t1.đ)\n2\t4\n"));
        assertEquals("remap.reference.badRow", e.key());
        assertArrayEquals(new Object[] {3}, e.args());
    }
}
