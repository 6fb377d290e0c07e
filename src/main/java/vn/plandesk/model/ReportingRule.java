package vn.plandesk.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * One reporting rule of a plan: which report, due by which day, sent to whom, and the plan's own words for it.
 *
 * @param kind      quarterly, six-monthly, yearly or on request
 * @param day       the day of the month the report is due by ("trước ngày 10" → 10); 0 for a report on request
 * @param month     for a quarterly report the month within the quarter (1–3; 3 is "tháng cuối Quý"); for a six-month or
 *                  yearly report the month of the year (6 in "trước ngày 10/6"); 0 for a report on request
 * @param recipient where it goes ("Phòng Văn hóa – Xã hội", "Sở Khoa học và Công nghệ")
 * @param text      the plan's sentence the rule was read from, kept to show beside it
 */
public record ReportingRule(ReportKind kind, int day, int month, String recipient, String text) {

    public ReportingRule {
        if (kind == null) {
            throw new PlanDeskException("report.rule.noKind");
        }
        recipient = Text.nfc(recipient).strip();
        text = Text.nfc(text).strip();
        if (kind == ReportKind.AD_HOC) {
            day = 0;
            month = 0;
        } else {
            int maxMonth = kind == ReportKind.QUARTER ? 3 : 12;
            if (month < 1 || month > maxMonth || day < 1 || day > 31) {
                throw new PlanDeskException("report.rule.badDate", day, month);
            }
        }
    }

    /**
     * The reports this rule asks for in a year, each with its period and due date, in date order. A day past the end
     * of a short month falls on the month's last day (31 in a quarter's second month is 31/5, 28/2 or 29/2, 30/11).
     */
    public List<DueReport> reportsOf(int year) {
        return switch (kind) {
            case QUARTER -> List.of(quarter(year, 1), quarter(year, 2), quarter(year, 3), quarter(year, 4));
            case HALF_YEAR -> List.of(new DueReport(kind, ReportPeriod.half(year, 1), due(year, month), recipient));
            case YEAR -> List.of(new DueReport(kind, ReportPeriod.year(year), due(year, month), recipient));
            case AD_HOC -> List.of();
        };
    }

    private DueReport quarter(int year, int q) {
        return new DueReport(kind, ReportPeriod.quarter(year, q), due(year, (q - 1) * 3 + month), recipient);
    }

    private LocalDate due(int year, int monthOfYear) {
        YearMonth ym = YearMonth.of(year, monthOfYear);
        return ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }

    /** The due date of this rule's report for a period, if the rule asks for one for it. */
    public Optional<LocalDate> dueFor(ReportPeriod period) {
        return reportsOf(period.year()).stream().filter(r -> r.period().equals(period)).map(DueReport::due)
                .findFirst();
    }
}
