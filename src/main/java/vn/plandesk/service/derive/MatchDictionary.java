package vn.plandesk.service.derive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abbreviations and synonyms of the domain as the replacement mapping reads them ("TTHC" is "thủ tục hành chính"),
 * so that a short task meets the long form of a point. The shipped lines come first; the officer's own lines (the same
 * "phrase = meaning" form) are read after them and win.
 */
public final class MatchDictionary {
    private record Entry(Pattern phrase, String meaning) {
    }

    private final Map<String, String> lines = new LinkedHashMap<>();
    private List<Entry> entries;

    private MatchDictionary() {
    }

    /** The dictionary shipped with PlanDesk. */
    public static MatchDictionary shipped() {
        try (InputStream in = MatchDictionary.class.getResourceAsStream("/derive/match-dictionary.txt")) {
            MatchDictionary d = new MatchDictionary();
            d.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This dictionary with the officer's lines added (they replace a shipped line for the same phrase). */
    public MatchDictionary with(String officerLines) {
        MatchDictionary d = new MatchDictionary();
        d.lines.putAll(lines);
        d.read(officerLines == null ? "" : officerLines);
        return d;
    }

    /** The lines as "phrase = meaning", the shipped ones first. */
    public Map<String, String> lines() {
        return Map.copyOf(lines);
    }

    private void read(String text) {
        for (String line : text.split("\\R")) {
            // the phrase and its meaning, split at the first "="; a line without one (a blank line too) says nothing,
            // and one without a phrase or a meaning ("= nghĩa") is dropped below
            String[] sides = line.split("=", 2);
            if (sides.length == 1 || line.strip().startsWith("#")) {
                continue;
            }
            String phrase = sides[0].strip();
            String meaning = sides[1].strip();
            if (!phrase.isEmpty() && !meaning.isEmpty()) {
                lines.put(phrase, meaning);
            }
        }
        entries = null;
    }

    /** The text, lower case, with every phrase read as its meaning (longest phrases first). */
    String expand(String lowerText) {
        String s = lowerText;
        for (Entry e : entries()) {
            Matcher m = e.phrase.matcher(s);
            if (m.find()) {
                s = m.replaceAll(Matcher.quoteReplacement(e.meaning));
            }
        }
        return s;
    }

    private List<Entry> entries() {
        if (entries == null) {
            List<Map.Entry<String, String>> sorted = new ArrayList<>(lines.entrySet());
            sorted.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
            List<Entry> out = new ArrayList<>();
            for (Map.Entry<String, String> e : sorted) {
                String phrase = VietnameseText.lower(e.getKey());
                out.add(new Entry(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])"),
                        " " + VietnameseText.lower(e.getValue()) + " "));
            }
            entries = out;
        }
        return entries;
    }
}
