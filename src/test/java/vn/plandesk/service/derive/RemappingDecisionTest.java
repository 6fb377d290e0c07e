package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

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
        List<Remapping.Candidate> ranked = new java.util.ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            ranked.add(new Remapping.Candidate("p" + i, scores[i]));
        }
        return Remapping.decide(ranked, t);
    }
}
