package vn.plandesk.io.table;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.model.OfficialDate;
import vn.plandesk.model.PlanRef;
import vn.plandesk.model.Text;

/**
 * The plan citations in appendix headers and title blocks: "Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh
 * Đồng Nai", with blanks to fill by hand where a draft has no number or date yet.
 */
public final class PlanCitation {
    /** What the seeds print in place of a number or date not given yet. */
    static final String BLANK_NUMBER = "      ";
    static final String BLANK_DAY_MONTH = "      /     /";
    private static final Pattern CITED = Pattern.compile(
            "s[oố]\\s*:?\\s*([0-9]*)\\s*/\\s*([\\p{L}\\d]+(?:-[\\p{L}\\d]+)*)"
                    + "(?:\\s+ng[aà]y\\s+(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4}))?"
                    + "(?:[^()]*?\\s+c[uủ]a\\s+([^()]+?))?\\s*\\)?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "UBND tỉnh" in "UBND tỉnh Đồng Nai". */
    private static final Pattern LEVEL = Pattern.compile(
            "((?:UBND|Ủy ban nhân dân|Ủy ban Nhân dân) (?:tỉnh|thành phố|huyện|quận|thị xã))\\s+\\S.*");

    private PlanCitation() {
    }

    /**
     * "(Kèm theo Kế hoạch số      /KH-UBND ngày      /     /2025 của UBND phường Chơn Thành)": blanks for the number
     * and the day and month a draft does not have yet, and the year it belongs to.
     */
    public static String attachedTo(String documentType, PlanRef ref, int draftYear) {
        String number = ref.number().isEmpty() ? BLANK_NUMBER : ref.number();
        String date = ref.date() == null ? BLANK_DAY_MONTH + draftYear : OfficialDate.numeric(ref.date());
        String issuer = ref.issuer().isEmpty() ? "" : " của " + ref.issuer();
        return "(Kèm theo " + sentenceCase(documentType) + " số " + number + "/" + ref.symbol() + " ngày " + date
                + issuer + ")";
    }

    /** "Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh Đồng Nai", as the ward columns cite the parent plan. */
    public static String cite(PlanRef ref) {
        String date = ref.date() == null ? "" : " ngày " + OfficialDate.numeric(ref.date());
        String issuer = ref.issuer().isEmpty() ? "" : " của " + ref.issuer();
        return "Kế hoạch số " + ref.numberAndSymbol() + date + issuer;
    }

    /**
     * "Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh", as the ward appendix's column headers cite the parent
     * plan (seed 002): the issuer by its level only, the place being the ward's own province.
     */
    public static String inColumnHeader(PlanRef ref) {
        Matcher level = LEVEL.matcher(ref.issuer());
        return cite(level.lookingAt() ? new PlanRef(ref.number(), ref.symbol(), ref.date(), level.group(1)) : ref);
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
