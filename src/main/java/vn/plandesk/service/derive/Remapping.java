package vn.plandesk.service.derive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanRef;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.TaskRef;

/**
 * When a new plan replaces the ward's parent, the task of the new plan each ward task now follows: for every ward task
 * citing the old parent, the new plan's tasks ranked by how alike they are, and a decision. Only a confident match is
 * accepted without the officer; several close candidates or none are the officer's to decide.
 */
public final class Remapping {
    /** How many candidates a proposal keeps (the dialog offers three). */
    public static final int CANDIDATES = 3;

    public enum Decision {
        /** One point of the new plan clearly fits. */
        MATCH,
        /** No point fits well enough: the officer keeps the task citing the old plan, or chooses. */
        NONE,
        /** Two or more points fit about as well: the task may follow several, the officer chooses. */
        SEVERAL
    }

    /** A task of the new plan, as the new plan cites it ("1.a)", "III.2"), and how well it fits. */
    public record Candidate(String key, double score) {
    }

    /**
     * The proposal for one ward task.
     *
     * @param wardTask   the ward task's printed number
     * @param parentTask the old parent's task it cites now
     * @param group      the ward task's group (1–7)
     * @param candidates the new plan's best tasks, best first
     */
    public record Proposal(String wardTask, String parentTask, int group, List<Candidate> candidates,
                           Decision decision) {
        public Proposal {
            candidates = List.copyOf(candidates);
        }

        /** The keys the ward task is proposed to follow: the best for a match, the close ones for several. */
        public List<String> proposedKeys(double closeTo) {
            return switch (decision) {
                case NONE -> List.of();
                case MATCH -> List.of(candidates.get(0).key());
                case SEVERAL -> candidates.stream().filter(c -> c.score() >= closeTo).map(Candidate::key).toList();
            };
        }
    }

    /** Scores an old parent task against the tasks of the new plan. */
    public interface Scorer {
        /** One score a new task, in the order of {@code news}. */
        double[] scores(ParentTask old, List<ParentTask> news);
    }

    /**
     * The thresholds of a decision: a match scores at least {@code match}, or at least {@code low} with a lead of
     * {@code lead} (a share of its score) over the runner-up; {@code margin} is the gap under which two points are
     * "several". A short task scores low against every long point, so a low score that stands well clear of the
     * others is as sure as a high one; a low score among others like it is not.
     */
    public record Thresholds(double match, double margin, double low, double lead) {
        /** One threshold, no match under it whatever the lead. */
        public Thresholds(double match, double margin) {
            this(match, margin, match, 0);
        }
    }

    private Remapping() {
    }

    /**
     * The proposals for every ward task that cites {@code oldParent}, in the ward plan's order. A ward task whose cited
     * number the old parent lacks is scored on its own text.
     */
    public static List<Proposal> propose(Plan ward, Plan oldParent, Plan newParent, Scorer scorer, Thresholds t) {
        List<ParentTask> olds = ParentTask.of(oldParent);
        List<ParentTask> news = ParentTask.of(newParent);
        Map<String, List<Candidate>> byKey = new LinkedHashMap<>();
        List<Proposal> out = new ArrayList<>();
        for (TaskGroup g : ward.groups()) {
            for (PlanTask task : allOf(g)) {
                TaskRef ref = task.parentRef();
                if (ref == null || !cites(ref, oldParent.ref())) {
                    continue;
                }
                for (String key : keys(ref.number())) {
                    List<Candidate> ranked = byKey.computeIfAbsent(key, k -> {
                        ParentTask old = ParentTask.find(olds, k)
                                .orElseGet(() -> new ParentTask(g.number(), k, task, false));
                        return rank(scorer.scores(old, news), news);
                    });
                    out.add(new Proposal(task.number(), key, g.number(), ranked, decide(ranked, t)));
                }
            }
        }
        return out;
    }

    /** The printed number of a ward task's citation may name several tasks: "3.đ), 3.h)". */
    public static List<String> keys(String number) {
        List<String> out = new ArrayList<>();
        for (String k : number.split(",\\s+")) {
            if (!k.isBlank()) {
                out.add(k.strip());
            }
        }
        return out;
    }

    /** The citation of several tasks, as printed in the ward's "STT theo Kế hoạch số …" column. */
    public static String citation(List<String> keys) {
        return String.join(", ", keys);
    }

    static boolean cites(TaskRef ref, PlanRef plan) {
        return plan.sameIdentity(ref.plan());
    }

    private static List<PlanTask> allOf(TaskGroup g) {
        List<PlanTask> all = new ArrayList<>();
        for (PlanTask t : g.tasks()) {
            all.add(t);
            all.addAll(t.subTasks());
        }
        return all;
    }

    private static List<Candidate> rank(double[] scores, List<ParentTask> news) {
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < news.size(); i++) {
            all.add(new Candidate(news.get(i).key(), scores[i]));
        }
        all.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return all.subList(0, Math.min(CANDIDATES, all.size()));
    }

    static Decision decide(List<Candidate> ranked, Thresholds t) {
        if (ranked.isEmpty() || ranked.get(0).score() < t.low()) {
            return Decision.NONE;
        }
        double top = ranked.get(0).score();
        double second = ranked.size() > 1 ? ranked.get(1).score() : 0;
        if (top < t.match() && top - second < t.lead() * top) {
            return Decision.NONE;
        }
        if (ranked.size() > 1 && ranked.get(1).score() >= t.match()
                && ranked.get(0).score() - ranked.get(1).score() < t.margin()) {
            return Decision.SEVERAL;
        }
        return Decision.MATCH;
    }

    /** The best candidate of a proposal that is not a NONE, if any. */
    public static Optional<Candidate> best(Proposal p) {
        return p.decision() == Decision.NONE || p.candidates().isEmpty() ? Optional.empty()
                : Optional.of(p.candidates().get(0));
    }
}
