package vn.plandesk.service.derive;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.model.OfficialDate;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanRef;
import vn.plandesk.model.Signer;
import vn.plandesk.model.Text;

/**
 * Drafts a ward plan's body from its parent, as the Chơn Thành plan is built on KH 92: the Căn cứ chain (the parent's
 * own bases, the documents its trích yếu and opening cite, ordered by date, then the parent itself), sections I–IV
 * with the reporting deadlines of seed 002, Nơi nhận and the signer. The wording is in
 * {@code derive/ward-plan-wording.properties}; everything is a draft the officer edits.
 */
public final class WardPlanDraft {
    private static final Properties WORDING = load();
    /** "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị", "… ngày 14 tháng 01 năm 2026 của Chính phủ". */
    private static final Pattern CITED = Pattern.compile(
            "(Nghị quyết|Kế hoạch hành động|Kế hoạch|Chương trình hành động|Quyết định|Chỉ thị|Kết luận) số ([\\p{L}\\p{N}/\\-.]+),? ngày "
                    + "(\\d{1,2})(?:/| tháng )(\\d{1,2})(?:/| năm )(\\d{4}) của (Bộ Chính trị|Ban Chấp hành Trung ương|"
                    + "Quốc hội|Chính phủ|Thủ tướng Chính phủ|Tỉnh ủy|HĐND tỉnh|UBND tỉnh)");

    private WardPlanDraft() {
    }

    /** The body drafted from the parent for the ward. */
    public static PlanBody body(Plan parent, WardIdentity ward) {
        String cite = citation(parent);
        Object[] a = {cite, ward.level(), ward.name(), subject(parent), ""};
        List<BodySection> sections = List.of(
                new BodySection(w("s1.heading", a), List.of(w("s1.p1", a), w("s1.p2", a), w("s1.p3", a), w("s1.p4", a))),
                new BodySection(w("s2.heading", a), List.of(), List.of(
                        new BodySection(w("s2.1.heading", a), List.of(w("s2.1.p1", a), w("s2.1.p2", a))),
                        new BodySection(w("s2.2.heading", a), List.of(w("s2.2.p1", a))))),
                new BodySection(w("s3.heading", a), List.of(w("s3.p1", a))),
                new BodySection(w("s4.heading", a),
                        List.of(w("s4.p1", a), w("s4.p2", a), w("s4.p3", a), w("s4.p4", a), w("s4.p5", a))));
        List<String> recipients = List.of(w("recipients", a).split("\\|"));
        return new PlanBody(w("summary", a), legalBases(parent), List.of(w("introduction", a)), sections, recipients,
                new Signer(List.of(), w("signer.title", a), ""));
    }

    /** The appendix titles: the task list, and the indicators table when the parent has one. */
    public static List<String> appendixTitles(Plan parent, boolean withIndicators) {
        Object[] a = {"", "", "", "", citation(parent).toUpperCase(Locale.forLanguageTag("vi"))};
        return withIndicators ? List.of(w("appendix.tasks", a), w("appendix.indicators", a)) : List.of(w("appendix.tasks", a));
    }

    /**
     * The Căn cứ paragraphs: the parent's own first, then the documents its trích yếu and opening cite (by date), then
     * the parent itself; a document is named once.
     */
    static List<String> legalBases(Plan parent) {
        Map<String, String> bases = new LinkedHashMap<>();
        for (String b : parent.legalBases()) {
            bases.put(keyOf(b), endWithSemicolon(b));
        }
        record Cited(LocalDate date, String text) {
        }
        List<Cited> cited = new ArrayList<>();
        String sources = parent.summary() + "\n" + String.join("\n", parent.introduction());
        Matcher m = CITED.matcher(sources);
        while (m.find()) {
            LocalDate date;
            try {
                date = LocalDate.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException e) {
                continue;
            }
            String text = "Căn cứ " + m.group(1) + " số " + m.group(2) + " ngày " + OfficialDate.numeric(date) + " của " + m.group(6) + ";";
            cited.add(new Cited(date, text));
        }
        cited.sort(Comparator.comparing(Cited::date));
        for (Cited c : cited) {
            bases.putIfAbsent(keyOf(c.text()), c.text());
        }
        Object[] a = {citation(parent), "", "", subject(parent), ""};
        String own = w("basis.parent", a);
        bases.putIfAbsent(keyOf(own), own);
        return List.copyOf(bases.values());
    }

    /** "Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh". */
    public static String citation(Plan parent) {
        String type = parent.documentType().isEmpty() ? "Kế hoạch" : capitalised(parent.documentType());
        PlanRef ref = parent.ref();
        String numbered = ref.number().isEmpty() ? type : type + " số " + ref.numberAndSymbol();
        String dated = ref.date() == null ? numbered : numbered + " ngày " + OfficialDate.numeric(ref.date());
        String issuer = shortIssuer(parent.issuer());
        return issuer.isEmpty() ? dated : dated + " của " + issuer;
    }

    /** "UBND tỉnh Đồng Nai" → "UBND tỉnh", as a ward cites its province. */
    static String shortIssuer(String issuer) {
        return Text.nfc(issuer).replaceFirst("^(.*?\\b(?:tỉnh|thành phố|phường|xã))\\s+\\p{Lu}.*$", "$1").strip();
    }

    /** The parent's trích yếu as it reads after "về": lower-cased first letter, no final full stop. */
    private static String subject(Plan parent) {
        String s = parent.summary().strip();
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + s.substring(1);
    }

    /** A document is known by its number: "57-NQ/TW". */
    private static String keyOf(String basis) {
        Matcher m = Pattern.compile("số\\s+([\\p{L}\\p{N}/\\-.]+)").matcher(basis);
        return m.find() ? Text.fold(m.group(1)).replaceAll("[\\s.,]+$", "") : Text.fold(basis);
    }

    private static String endWithSemicolon(String s) {
        String t = s.strip().replaceAll("[.;,]+$", "");
        return t + ";";
    }

    private static String capitalised(String s) {
        String lower = s.toLowerCase(Locale.forLanguageTag("vi"));
        return lower.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi")) + lower.substring(1);
    }

    private static String w(String key, Object[] args) {
        String pattern = WORDING.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("wording missing: " + key);
        }
        return new MessageFormat(pattern, Locale.forLanguageTag("vi")).format(args);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = WardPlanDraft.class.getResourceAsStream("/derive/ward-plan-wording.properties")) {
            if (in == null) {
                throw new IllegalStateException("ward plan wording missing from the build");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
