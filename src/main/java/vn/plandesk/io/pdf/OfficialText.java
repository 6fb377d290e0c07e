package vn.plandesk.io.pdf;

import java.time.LocalDate;
import java.util.Locale;
import vn.plandesk.model.OfficialDate;
import vn.plandesk.model.Plan;

/**
 * The fixed words and the number and date forms of an official document. They are part of the document, not of the
 * program's interface: a plan is printed in Vietnamese whatever language the window speaks, so they live here and not
 * in the message bundles.
 */
final class OfficialText {
    static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String RECIPIENTS = "Nơi nhận:";
    /** Beside a task's STT on each page its row goes on to. */
    static final String CONTINUED = vn.plandesk.io.table.RowBreak.CONTINUED;
    /** Room left by hand for a number or a day or month not given yet (as the seeds print it). */
    static final String BLANK = "      ";

    private OfficialText() {
    }

    /** "Số: 05/KH-UBND", or "Số:      /KH-UBND" while the plan has no number. */
    static String numberLine(Plan plan) {
        return numberLine(plan.number(), plan.symbol());
    }

    /** "Số: 05/BC-UBND", or "Số:      /BC-UBND" while the document has no number. */
    static String numberLine(String number, String symbol) {
        return "Số: " + (number.isEmpty() ? BLANK : twoDigits(number)) + "/" + symbol;
    }

    /**
     * "Chơn Thành, ngày 05 tháng 01 năm 2026"; while the plan has no date, "Chơn Thành, ngày      tháng      năm 2026"
     * with the year of printing.
     */
    static String placeAndDate(Plan plan, int draftYear) {
        return placeAndDate(plan.locality(), plan.issueDate(), draftYear);
    }

    /** The same for any document: its place, and its date or the blanks of a draft with the year it belongs to. */
    static String placeAndDate(String locality, LocalDate d, int draftYear) {
        String date = d == null
                ? "ngày" + BLANK + "tháng" + BLANK + "năm " + draftYear
                : OfficialDate.spelled(d);
        return locality.isEmpty() ? capitalise(date) : locality + ", " + date;
    }

    /** "05/01/2026", "29/6/2025"; blanks "      /     /2026" while there is no date. */
    static String shortDate(LocalDate d, int draftYear) {
        if (d == null) {
            return BLANK + "/" + BLANK + "/" + draftYear;
        }
        return OfficialDate.numeric(d);
    }

    /**
     * "(Kèm theo Kế hoạch số 05/KH-UBND ngày 05/01/2026 của UBND phường Chơn Thành)", with blanks for what the plan does
     * not have yet.
     */
    static String attachedTo(Plan plan, int draftYear) {
        String number = plan.number().isEmpty() ? BLANK : twoDigits(plan.number());
        String of = plan.issuer().isEmpty() ? "" : " của " + plan.issuer();
        return "(Kèm theo " + sentenceCase(plan.documentType()) + " số " + number + "/" + plan.symbol()
                + " ngày " + shortDate(plan.issueDate(), draftYear) + of + ")";
    }

    /** Numbers below 10 take a leading 0: "05". */
    static String twoDigits(String number) {
        return number.length() == 1 && Character.isDigit(number.charAt(0)) ? "0" + number : number;
    }

    /** "KẾ HOẠCH" → "Kế hoạch". */
    static String sentenceCase(String upper) {
        if (upper.isEmpty()) {
            return upper;
        }
        String lower = upper.toLowerCase(Locale.forLanguageTag("vi"));
        return capitalise(lower);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi")) + s.substring(1);
    }
}
