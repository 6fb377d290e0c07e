package vn.plandesk.service.derive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.plandesk.model.Text;

/**
 * How alike two task texts are, from 0 to 1: the cosine of their TF-IDF vectors over folded syllables and syllable
 * pairs. Vietnamese words are built of syllables ("chuyển đổi số"), so pairs carry much of the meaning; the IDF, taken
 * over the tasks of both plans, lets the phrase every task shares ("khoa học, công nghệ, đổi mới sáng tạo và chuyển
 * đổi số") weigh nothing and the words that tell tasks apart weigh most.
 */
public final class TaskMatcher {
    private final Map<String, Double> idf = new HashMap<>();
    /** Vectors already built: a comparison of two plans asks for each text many times. */
    private final Map<String, Map<String, Double>> vectors = new HashMap<>();
    private double unseen = 1.0;

    /** @param corpus the texts of both plans, to weigh the terms */
    public TaskMatcher(Collection<String> corpus) {
        Map<String, Integer> df = new HashMap<>();
        for (String text : corpus) {
            terms(text).keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = corpus.size();
        df.forEach((t, d) -> idf.put(t, Math.log((n + 1.0) / (d + 1.0))));
        // a term neither plan has (the text is new) still counts, with the weight of the rarest term
        unseen = idf.values().stream().mapToDouble(Double::doubleValue).max().orElse(1.0);
    }

    public double similarity(String a, String b) {
        return cosine(vector(a), vector(b));
    }

    private Map<String, Double> vector(String text) {
        // a null text (a map's null key) folds to no terms, as the empty text does
        return vectors.computeIfAbsent(text, t -> {
            Map<String, Double> v = new HashMap<>();
            terms(t).forEach((term, count) -> v.put(term, count * idf.getOrDefault(term, unseen)));
            return v;
        });
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double na = norm(a);
        double nb = norm(b);
        return na == 0 || nb == 0 ? 0 : dot(a, b) / (na * nb);
    }

    static double dot(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double o = b.get(e.getKey());
            if (o != null) {
                dot += e.getValue() * o;
            }
        }
        return dot;
    }

    private static double norm(Map<String, Double> v) {
        double s = 0;
        for (double x : v.values()) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    /** Syllables and syllable pairs of the folded text, with their counts. */
    static Map<String, Integer> terms(String text) {
        List<String> words = new ArrayList<>();
        for (String w : Text.fold(text).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            out.merge(words.get(i), 1, Integer::sum);
            if (i + 1 < words.size()) {
                out.merge(words.get(i) + " " + words.get(i + 1), 1, Integer::sum);
            }
        }
        return out;
    }
}
