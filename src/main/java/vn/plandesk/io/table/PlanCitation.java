package vn.plandesk.io.table;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.model.PlanRef;
import vn.plandesk.model.Text;

/**
 * The plan citations in appendix headers and title blocks: "Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh
 * Đồng Nai", with blanks to fill by hand where a draft has no number or date yet.
 */
public final class PlanCitation {
    /** What the seeds print in place of a number or date not given yet. */
    static final String BLANK_NUMBER = "      ";
    static final String BLANK_DATE = "      /     /      ";
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final Pattern CITED = Pattern.compile(
            "s[oố]\\s*:?\\s*([0-9]*)\\s*/\\s*([\\p{L}\\d]+(?:-[\\p{L}\\d]+)*)"
                    + "(?:\\s+ng[aà]y\\s+(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4}))?"
                    + "(?:[^()]*?\\s+c[uủ]a\\s+([^()]+?))?\\s*\\)?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PlanCitation() {
    }

    /** "(Kèm theo Kế hoạch số      /KH-UBND ngày      /     /      của UBND phường Chơn Thành)". */
    public static String attachedTo(String documentType, PlanRef ref) {
        String number = ref.number().isEmpty() ? BLANK_NUMBER : ref.number();
        String date = ref.date() == null ? BLANK_DATE : FULL.format(ref.date());
        String issuer = ref.issuer().isEmpty() ? "" : " của " + ref.issuer();
        return "(Kèm theo " + sentenceCase(documentType) + " số " + number + "/" + ref.symbol() + " ngày " + date
                + issuer + ")";
    }

    /** "Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh Đồng Nai", as the ward columns cite the parent plan. */
    public static String cite(PlanRef ref) {
        String date = ref.date() == null ? "" : " ngày " + SHORT.format(ref.date());
        String issuer = ref.issuer().isEmpty() ? "" : " của " + ref.issuer();
        return "Kế hoạch số " + ref.numberAndSymbol() + date + issuer;
    }

    /**
     * Reads the plan a text cites ("… số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh)"); null when it cites none. Blank
     * numbers and dates give blank fields.
     */
    public static PlanRef parse(String text) {
        String t = Text.nfc(text).replace('\n', ' ').strip();
        Matcher m = CITED.matcher(t);
        if (!m.find()) {
            return null;
        }
        LocalDate date = null;
        if (m.group(3) != null) {
            try {
                date = LocalDate.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                date = null;
            }
        }
        String issuer = m.group(6) == null ? "" : m.group(6).strip();
        return new PlanRef(m.group(1), m.group(2), date, issuer);
    }

    /** "KẾ HOẠCH" → "Kế hoạch". */
    static String sentenceCase(String documentType) {
        String t = Text.nfc(documentType).strip();
        if (t.isEmpty()) {
            return "Kế hoạch";
        }
        String lower = t.toLowerCase(java.util.Locale.forLanguageTag("vi"));
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
