package vn.plandesk.service.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.RomanNumeral;

/**
 * A deadline moved to another month or quarter, written the way the plan writes it: "Tháng 6/2026", "Quý II/2026"
 * in a plan that prints deadline text; "Tháng 6", "Quý 2" in the year column of a plan that prints a year grid (the
 * province appendix). An open-ended deadline stays open-ended ("… và các năm tiếp theo").
 */
public final class DeadlineRewrite {
    static final String OPEN_TAIL = " và các năm tiếp theo";

    private DeadlineRewrite() {
    }

    /** The deadline moved to the month (when {@code toMonth}) or the quarter that contains a date. */
    public static Deadline snap(Deadline old, LocalDate date, boolean toMonth) {
        return toMonth ? toMonth(old, YearMonth.from(date))
                : toQuarter(old, date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public static Deadline toMonth(Deadline old, YearMonth month) {
        if (printsGrid(old)) {
            return Deadline.of("", Map.of(month.getYear(), "Tháng " + month.getMonthValue()));
        }
        return Deadline.of(monthText(month) + tail(old), old.years());
    }

    public static Deadline toQuarter(Deadline old, int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter 1–4: " + quarter);
        }
        if (printsGrid(old)) {
            return Deadline.of("", Map.of(year, "Quý " + quarter));
        }
        return Deadline.of(quarterText(year, quarter) + tail(old), old.years());
    }

    /** "Tháng 6/2026". */
    public static String monthText(YearMonth month) {
        return "Tháng " + month.getMonthValue() + "/" + month.getYear();
    }

    /** "Quý II/2026". */
    public static String quarterText(int year, int quarter) {
        return "Quý " + RomanNumeral.format(quarter) + "/" + year;
    }

    /** A province row: no text of its own, the year grid says it all. */
    private static boolean printsGrid(Deadline d) {
        return d.raw().isEmpty() && !d.years().isEmpty();
    }

    private static String tail(Deadline d) {
        return d.openEnded() ? OPEN_TAIL : "";
    }
}
