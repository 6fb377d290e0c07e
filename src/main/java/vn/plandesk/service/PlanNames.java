package vn.plandesk.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.service.derive.WardIdentity;

/**
 * Names the plans of a list by what tells them apart, short enough to be read whole in the window's list: the ward
 * (ward plans derived from one province plan differ in little else), the number or "dự thảo", the date, and the start
 * of the trích yếu cut after a whole phrase, never in "…". Two plans that would still read the same also say how
 * many tasks they have.
 */
public final class PlanNames {
    /** About two lines of the navigator at 100 %. */
    static final int TITLE_LENGTH = 56;
    /** Words a shortened title does not end on: it would read as cut in the middle of a phrase. */
    private static final Set<String> LINKS = Set.of("của", "về", "và", "theo", "số", "các", "cho", "trên", "tại",
            "với", "để", "trong", "đến", "từ", "năm", "ngày", "tháng", "có", "là", "những", "được", "hoặc");

    private PlanNames() {
    }

    /** The names of the given plans, by id, in their order. */
    public static Map<Long, String> of(List<PlanSummary> plans) {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (PlanSummary p : plans) {
            String n = name(p);
            names.put(p.id(), n);
            seen.merge(n, 1, Integer::sum);
        }
        for (PlanSummary p : plans) {
            if (seen.get(names.get(p.id())) > 1) {
                names.put(p.id(), Messages.get("nav.planTasks", names.get(p.id()), p.tasks()));
            }
        }
        return names;
    }

    /** One plan's name: "phường Chơn Thành: dự thảo – Triển khai các nhiệm vụ theo Kế hoạch số 92/KH-UBND". */
    public static String name(PlanSummary p) {
        String id = p.number().isEmpty() ? Messages.get("nav.draft") : p.ref().numberAndSymbol();
        if (p.date() != null) {
            id = Messages.get("nav.dated", id, vn.plandesk.model.OfficialDate.numeric(p.date()));
        }
        String line = Messages.get("nav.plan", id, shorten(p.title(), TITLE_LENGTH));
        if (p.kind() == PlanKind.WARD && !p.issuer().isBlank()) {
            WardIdentity w = WardIdentity.parse(p.issuer());
            return Messages.get("nav.wardPlan", w.level() + " " + w.name(), line);
        }
        return line;
    }

    /**
     * The start of a title, at most about {@code length} letters, cut where a phrase ends: after a comma or a closing
     * bracket, or before a linking word ("của", "theo", "số", …) or a date ("ngày 14 tháng 01 năm 2026" tells the
     * reader little); never inside brackets and never on a linking word. Only a title with no such place is cut
     * after its last whole word that fits.
     */
    public static String shorten(String title, int length) {
        String t = title.strip();
        if (t.length() <= length) {
            return t;
        }
        String[] words = t.split("\\s+");
        int size = 0;
        int open = 0;
        int phrase = 0;
        int fits = 0;
        for (int i = 0; i < words.length; i++) {
            size += (i == 0 ? 0 : 1) + words[i].length();
            if (size > length) {
                break;
            }
            open += count(words[i], '(') - count(words[i], ')');
            if (open > 0) {
                continue;
            }
            fits = i + 1;
            String next = i + 1 < words.length ? words[i + 1].toLowerCase() : "";
            if (i >= 2 && next.equals("ngày")) {
                phrase = i + 1; // what follows is the date
                break;
            }
            if (i >= 1 && (words[i].endsWith(",") || words[i].endsWith(")") || words[i].endsWith(";")
                    || LINKS.contains(next)) && !LINKS.contains(words[i].toLowerCase())) {
                phrase = i + 1;
            }
        }
        // a phrase that ends very early ("Phát triển,") says too little: then the words that fit
        int cut = phrase > 0 && String.join(" ", List.of(words).subList(0, phrase)).length() >= length / 3
                ? phrase : Math.max(fits, 1);
        List<String> kept = new ArrayList<>(List.of(words).subList(0, cut));
        while (kept.size() > 1 && LINKS.contains(kept.get(kept.size() - 1).toLowerCase())) {
            kept.remove(kept.size() - 1);
        }
        return String.join(" ", kept).replaceAll("[\\s,;:–-]+$", "");
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
