package vn.plandesk.service.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.plandesk.model.PlanDeskException;

/**
 * A labelled reference for the replacement mapping, read from a table built by reading both plans: for each ward task
 * the points of the new plan it now follows (the best first), or none. It measures a mapping: top-1 precision (of the
 * tasks given a proposal, how many got a listed point), recall (of the tasks that have a counterpart, how many got a
 * listed point) and top-3 coverage (of those, how many have a listed point among the three candidates).
 */
public final class RemapReference {
    /** The figures of one mapping against the reference. */
    public record Figures(int tasks, int withCounterpart, int proposed, int right, int inTopThree, int confident,
                          int confidentRight, List<String> misses) {
        public double precision() {
            return proposed == 0 ? 1 : (double) right / proposed;
        }

        public double recall() {
            return withCounterpart == 0 ? 1 : (double) right / withCounterpart;
        }

        public double topThree() {
            return withCounterpart == 0 ? 1 : (double) inTopThree / withCounterpart;
        }

        /** Of the matches "accept all" takes without asking, how many are right. */
        public double confidentPrecision() {
            return confident == 0 ? 1 : (double) confidentRight / confident;
        }
    }

    /** The points each ward task follows, by ward task number; an empty list when it has no counterpart. */
    private final Map<String, List<String>> points = new LinkedHashMap<>();

    private RemapReference() {
    }

    /** Reads the tab-separated table: ward task, old key, points (space separated, "-" for none), note. */
    public static RemapReference parse(String text) {
        RemapReference r = new RemapReference();
        int line = 0;
        for (String row : text.split("\\R")) {
            line++;
            if (row.isBlank() || row.startsWith("#") || row.startsWith("ward\t")) {
                continue;
            }
            String[] cells = row.split("\t");
            if (cells.length < 3) {
                throw new PlanDeskException("remap.reference.badRow", line);
            }
            List<String> keys = new ArrayList<>();
            for (String k : cells[2].strip().split("\\s+")) {
                if (!k.equals("-") && !k.isEmpty()) {
                    keys.add(k);
                }
            }
            r.points.put(cells[0].strip(), List.copyOf(keys));
        }
        return r;
    }

    public int size() {
        return points.size();
    }

    public Figures measure(List<Remapping.Proposal> proposals) {
        int withCounterpart = 0;
        int proposed = 0;
        int right = 0;
        int top = 0;
        int confident = 0;
        int confidentRight = 0;
        List<String> misses = new ArrayList<>();
        Map<String, Remapping.Proposal> byWard = new LinkedHashMap<>();
        proposals.forEach(p -> byWard.putIfAbsent(p.wardTask(), p));
        for (Map.Entry<String, List<String>> e : points.entrySet()) {
            List<String> listed = e.getValue();
            Remapping.Proposal p = byWard.get(e.getKey());
            boolean has = !listed.isEmpty();
            if (has) {
                withCounterpart++;
            }
            if (p == null) {
                continue;
            }
            String best = Remapping.best(p).map(Remapping.Candidate::key).orElse(null);
            boolean ok = best != null && listed.contains(best);
            if (best != null) {
                proposed++;
                if (ok) {
                    right++;
                }
            }
            if (p.decision() == Remapping.Decision.MATCH) {
                confident++;
                if (ok) {
                    confidentRight++;
                }
            }
            if (has && p.candidates().stream().anyMatch(c -> listed.contains(c.key()))) {
                top++;
            }
            if (!ok && (best != null || has)) {
                misses.add(e.getKey() + ": " + (best == null ? "—" : best) + " ≠ " + (has ? String.join(" ", listed) : "—"));
            }
        }
        return new Figures(points.size(), withCounterpart, proposed, right, top, confident, confidentRight, misses);
    }
}
