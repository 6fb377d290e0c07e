package vn.plandesk.model;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as official documents print them (Nghị định 30/2020/NĐ-CP): days below 10 and the months 1 and 2 take a
 * leading 0, the other months none ("05/01/2026", "15/9/2025", "ngày 05 tháng 01 năm 2026"), the same in every
 * output; and the year a draft without a date belongs to.
 */
public final class OfficialDate {
    /** The year of a date a text cites, "15/9/2025" or "tháng 01 năm 2026" (not "đến năm 2030", a target). */
    private static final Pattern CITED_DATE = Pattern.compile(
            "(?:\\d{1,2}/\\d{1,2}/|tháng\\s+\\d{1,2}\\s+năm\\s+)(\\d{4})(?!\\d)");

    /**
     * The one date pattern of what the officer reads and types on screen and in the command line ("05/09/2025"):
     * fixed width, so dates line up in lists; printed documents use {@link #numeric(LocalDate)}. Strict: a date that
     * does not exist ("31/02/2026") is refused, not moved to the month's last day.
     */
    public static final java.time.format.DateTimeFormatter SCREEN = java.time.format.DateTimeFormatter
            .ofPattern("dd/MM/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private OfficialDate() {
    }

    /** "05/09/2025": a date as the window and the command line show it. */
    public static String screen(LocalDate d) {
        return SCREEN.format(d);
    }

    /** "05/01/2026", "15/9/2025". */
    public static String numeric(LocalDate d) {
        return day(d) + "/" + month(d) + "/" + d.getYear();
    }

    /** "ngày 05 tháng 01 năm 2026". */
    public static String spelled(LocalDate d) {
        return "ngày " + day(d) + " tháng " + month(d) + " năm " + d.getYear();
    }

    /** Days below 10 take a leading 0. */
    public static String day(LocalDate d) {
        return d.getDayOfMonth() < 10 ? "0" + d.getDayOfMonth() : String.valueOf(d.getDayOfMonth());
    }

    /** Months 1 and 2 take a leading 0 ("tháng 01"), the others none ("tháng 6"). */
    public static String month(LocalDate d) {
        return d.getMonthValue() <= 2 ? "0" + d.getMonthValue() : String.valueOf(d.getMonthValue());
    }

    /**
     * The year a plan is dated in: its date's; for a draft, the latest year the document itself names (the plan it
     * derives from or replaces, its summary, its legal bases and introduction), as the seeds print the blanks
     * ("ngày      /     /2025" in a ward plan drawn up after KH 92 of 15/9/2025); else {@code fallback}.
     */
    public static int year(Plan plan, int fallback) {
        if (plan.issueDate() != null) {
            return plan.issueDate().getYear();
        }
        int latest = 0;
        for (PlanRef ref : new PlanRef[] {plan.parentPlan(), plan.replacesPlan()}) {
            if (ref != null && ref.date() != null) {
                latest = Math.max(latest, ref.date().getYear());
            }
        }
        StringBuilder text = new StringBuilder(plan.summary());
        plan.legalBases().forEach(b -> text.append('\n').append(b));
        plan.introduction().forEach(p -> text.append('\n').append(p));
        Matcher m = CITED_DATE.matcher(text);
        while (m.find()) {
            latest = Math.max(latest, Integer.parseInt(m.group(1)));
        }
        return latest == 0 ? fallback : latest;
    }
}
