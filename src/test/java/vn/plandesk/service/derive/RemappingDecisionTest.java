package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.TaskRef;

/** When a proposal is a match: a high score, or a low one standing clear of the runner-up. */
class RemappingDecisionTest {
    private static final Remapping.Thresholds T = new Remapping.Thresholds(0.24, 0.02, 0.12, 0.2);

    private static Remapping.Decision decide(double... scores) {
        List<Remapping.Candidate> ranked = new java.util.ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            ranked.add(new Remapping.Candidate("p" + i, scores[i]));
        }
        return Remapping.decide(ranked, T);
    }

    @Test
    void aHighScoreIsAMatch() {
        assertEquals(Remapping.Decision.MATCH, decide(0.30, 0.20, 0.10));
    }

    @Test
    void aLowScoreWellClearOfTheOthersIsAMatch() {
        // a short task against long points: 0.15 against 0.11 leads by more than a fifth of its score
        assertEquals(Remapping.Decision.MATCH, decide(0.15, 0.11, 0.10));
    }

    @Test
    void aLowScoreAmongOthersLikeItIsNone() {
        assertEquals(Remapping.Decision.NONE, decide(0.20, 0.18, 0.17));
    }

    @Test
    void underTheLowestScoreNoLeadMakesAMatch() {
        assertEquals(Remapping.Decision.NONE, decide(0.11, 0.01, 0.0));
    }

    @Test
    void twoHighScoresCloseTogetherAreSeveral() {
        assertEquals(Remapping.Decision.SEVERAL, decide(0.30, 0.29, 0.10));
    }

    @Test
    void oneThresholdAloneKeepsTheOldRule() {
        Remapping.Thresholds one = new Remapping.Thresholds(0.22, 0.02);
        assertEquals(Remapping.Decision.NONE, Remapping.decide(
                List.of(new Remapping.Candidate("a", 0.21), new Remapping.Candidate("b", 0.01)), one));
    }

    @Test
    void aScoreRightOnAThresholdReachesIt() {
        // thresholds and scores in halves and quarters, exact in binary: "on the threshold" is exactly on it
        Remapping.Thresholds t = new Remapping.Thresholds(0.5, 0.125, 0.25, 0.5);
        assertEquals(Remapping.Decision.MATCH, decide(t, 0.25, 0.0), "on the lowest score, well clear");
        assertEquals(Remapping.Decision.MATCH, decide(t, 0.375, 0.1875), "a lead of exactly the share asked");
        assertEquals(Remapping.Decision.SEVERAL, decide(t, 0.5, 0.5), "two on the match score, side by side");
        assertEquals(Remapping.Decision.SEVERAL, decide(t, 0.5625, 0.5), "a runner-up on the match score, close");
        assertEquals(Remapping.Decision.MATCH, decide(t, 0.625, 0.5), "a lead of exactly the margin is clear");
    }

    @Test
    void aLoneCandidateIsDecidedByItsScoreAlone() {
        assertEquals(Remapping.Decision.MATCH, decide(0.30));
        assertEquals(Remapping.Decision.MATCH, decide(0.15), "nothing to stand clear of");
        assertEquals(Remapping.Decision.NONE, decide(0.11));
        assertEquals(Remapping.Decision.NONE, decide());
    }

    private static Remapping.Decision decide(Remapping.Thresholds t, double... scores) {
        List<Remapping.Candidate> ranked = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            ranked.add(new Remapping.Candidate("p" + i, scores[i]));
        }
        return Remapping.decide(ranked, t);
    }

    @Test
    void onlyTheWardTasksCitingTheOldParentGetAProposal() {
        Plan ward = WardDerivationTest.CHON_THANH;
        List<TaskGroup> groups = new ArrayList<>(ward.groups());
        List<PlanTask> first = new ArrayList<>(groups.get(0).tasks());
        PlanTask own = first.get(0);
        // the ward's first task cites nothing, its second another plan of the province
        first.set(0, new PlanTask(own.id(), own.number(), own.name(), own.leader(), own.leadUnits(),
                own.coordinatingUnits(), own.result(), own.deadline(), own.role(), null, own.note(), own.flags(),
                own.subTasks()));
        PlanTask other = first.get(1);
        first.set(1, new PlanTask(other.id(), other.number(), other.name(), other.leader(),
                other.leadUnits(), other.coordinatingUnits(), other.result(), other.deadline(), other.role(),
                new TaskRef(WardDerivationTest.PLAN_2026.ref(), "1.a)"), other.note(),
                other.flags(), other.subTasks()));
        groups.set(0, groups.get(0).withTasks(first));
        Remapping.Scorer none = (old, news) -> new double[news.size()];
        List<Remapping.Proposal> proposals = Remapping.propose(ward.withGroups(groups), WardDerivationTest.KH92,
                WardDerivationTest.PLAN_2026, none, T);
        List<String> proposedFor = proposals.stream().map(Remapping.Proposal::wardTask).distinct().toList();
        assertEquals(ward.allTasks().size() - 2, proposedFor.size());
        assertFalse(proposedFor.contains(own.number()) || proposedFor.contains(other.number()));
        assertTrue(proposals.stream().allMatch(p -> p.decision() == Remapping.Decision.NONE
                && Remapping.best(p).isEmpty()), "nothing scores: nothing proposed");
    }
}
