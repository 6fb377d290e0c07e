package vn.plandesk.model.tracking;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.RomanNumeral;

/**
 * A reporting period of the 2025–2030 plans. Entries are recorded per quarter; the six-month and yearly reports the
 * documents ask for are views computed from the quarters they cover, so nothing is entered twice.
 *
 * @param year    2025–2030
 * @param kind    quarter, half year or whole year
 * @param number  the quarter (1–4) or the half (1–2); 0 for a year
 */
public record Period(int year, Kind kind, int number) implements Comparable<Period> {

    public enum Kind { QUARTER, HALF, YEAR }

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(Q|H)(\\d))?");

    public Period {
        if (kind == null) {
            throw new IllegalArgumentException("a period needs a kind");
        }
        if (year < Deadline.PLAN_START_YEAR || year > Deadline.PLAN_END_YEAR) {
            throw new PlanDeskException("period.outOfRange", String.valueOf(year),
                    String.valueOf(Deadline.PLAN_START_YEAR), String.valueOf(Deadline.PLAN_END_YEAR));
        }
        int max = switch (kind) {
            case QUARTER -> 4;
            case HALF -> 2;
            case YEAR -> 0;
        };
        if (kind == Kind.YEAR ? number != 0 : number < 1 || number > max) {
            throw new PlanDeskException("period.unreadable", year + "-" + kind + number);
        }
    }

    public static Period quarter(int year, int quarter) {
        return new Period(year, Kind.QUARTER, quarter);
    }

    public static Period half(int year, int half) {
        return new Period(year, Kind.HALF, half);
    }

    public static Period year(int year) {
        return new Period(year, Kind.YEAR, 0);
    }

    /**
     * Reads "2026-Q1", "2026-H1" or "2026".
     *
     * @throws PlanDeskException "period.unreadable" or "period.outOfRange"
     */
    public static Period parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw new PlanDeskException("period.unreadable", text == null ? "" : text.strip());
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return year(year);
        }
        int n = Integer.parseInt(m.group(3));
        Kind kind = "Q".equals(m.group(2)) ? Kind.QUARTER : Kind.HALF;
        if (n < 1 || n > (kind == Kind.QUARTER ? 4 : 2)) {
            // told as typed: the constructor's own sentence would name the kind ("2026-QUARTER5")
            throw new PlanDeskException("period.unreadable", text.strip());
        }
        return new Period(year, kind, n);
    }

    /** Every quarter of the plans' range, in order: 24 of them. */
    public static List<Period> allQuarters() {
        List<Period> out = new ArrayList<>();
        for (int y = Deadline.PLAN_START_YEAR; y <= Deadline.PLAN_END_YEAR; y++) {
            for (int q = 1; q <= 4; q++) {
                out.add(quarter(y, q));
            }
        }
        return out;
    }

    /** The quarter a day falls in, kept within the plans' range. */
    public static Period quarterOf(LocalDate day) {
        int y = Math.max(Deadline.PLAN_START_YEAR, Math.min(Deadline.PLAN_END_YEAR, day.getYear()));
        // a day before the plans falls in their first quarter, a day after them in their last
        int q = day.getYear() < y ? 1 : day.getYear() > y ? 4 : (day.getMonthValue() + 2) / 3;
        return quarter(y, q);
    }

    /** The quarters this period covers, in order. */
    public List<Period> quarters() {
        return switch (kind) {
            case QUARTER -> List.of(this);
            case HALF -> List.of(quarter(year, number * 2 - 1), quarter(year, number * 2));
            case YEAR -> List.of(quarter(year, 1), quarter(year, 2), quarter(year, 3), quarter(year, 4));
        };
    }

    /** The last quarter of the period: a six-month or yearly view shows each task as it stood at its end. */
    public Period lastQuarter() {
        List<Period> qs = quarters();
        return qs.get(qs.size() - 1);
    }

    public LocalDate start() {
        return YearMonth.of(year, (quarters().get(0).number - 1) * 3 + 1).atDay(1);
    }

    public LocalDate end() {
        return YearMonth.of(year, lastQuarter().number * 3).atEndOfMonth();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    /** "2026-Q1", "2026-H1", "2026": the form the CLI and the exchange format use. */
    @Override
    public String toString() {
        return switch (kind) {
            case QUARTER -> year + "-Q" + number;
            case HALF -> year + "-H" + number;
            case YEAR -> String.valueOf(year);
        };
    }

    /** The bundle key of the label the officer reads: "Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026". */
    public String labelKey() {
        return switch (kind) {
            case QUARTER -> "period.quarter";
            case HALF -> number == 1 ? "period.firstHalf" : "period.secondHalf";
            case YEAR -> "period.year";
        };
    }

    /** The label's arguments, as text so that the year is never printed with a thousands separator. */
    public Object[] labelArgs() {
        return kind == Kind.QUARTER
                ? new Object[] {String.valueOf(year), RomanNumeral.format(number)}
                : new Object[] {String.valueOf(year)};
    }

    /** Quarters before halves before years within a year: the order of the period list. */
    @Override
    public int compareTo(Period o) {
        int c = Integer.compare(year, o.year);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(kind.ordinal(), o.kind.ordinal());
        return c != 0 ? c : Integer.compare(number, o.number);
    }
}
