package vn.plandesk.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A task's time as the plan prints it ({@link #raw} and, for province appendices, the year grid {@link #years}) and
 * what it means. The raw text is always kept, so an unreadable deadline is flagged, never dropped; it is printed as it
 * was written unless the officer edits it.
 *
 * @param raw          the deadline cell as printed ("Quý IV/2025", "Thường xuyên"); "" when the plan only has a year grid
 * @param years        the year grid 2025–2030: year → the cell's text ("x", "Tháng 4", "Quý 3"); empty when there is none
 * @param kind         what sort of deadline this is
 * @param year         the year of a dated deadline (null when there is none)
 * @param quarter      1–4 for quarter deadlines (also "Quý I hằng năm")
 * @param month        1–12 for month deadlines
 * @param day          day of month for a full date
 * @param yearInferred the year did not stand in the text: it was taken from the grid, or could not be known
 * @param openEnded    "… và các năm tiếp theo", "… và duy trì thường xuyên": the work goes on after the due date
 * @param recurrence   how the deadline comes back
 * @param relation     "trước …" (by) or "trong …" (during)
 */
public record Deadline(String raw, SortedMap<Integer, String> years, Kind kind, Integer year, Integer quarter,
                       Integer month, Integer day, boolean yearInferred, boolean openEnded, Recurrence recurrence,
                       Relation relation) {

    /** The last year the 2025–2030 plans run to; continuous and recurring work is drawn and reported up to it. */
    public static final int PLAN_END_YEAR = 2030;
    public static final int PLAN_START_YEAR = 2025;

    public enum Kind {
        /** "Thường xuyên": throughout the period. */
        CONTINUOUS,
        /** "Hàng năm", "Quý I hằng năm": comes back every year. */
        RECURRING,
        /** "trước 31/12/2025". */
        DATE,
        /** "Tháng 12/2025", "Tháng 4" with the year from the grid. */
        MONTH,
        /** "Quý IV/2025", "Quý 3". */
        QUARTER,
        /** "Năm 2026", "2025 và những năm tiếp theo". */
        YEAR,
        /** Only year marks: "x x x x x x". */
        YEAR_GRID,
        /** "Đã thực hiện": a status, the work is done. */
        DONE,
        /** Nothing written. */
        NONE,
        /** Text the parser cannot read; kept as it is and flagged. */
        UNREADABLE
    }

    public enum Recurrence {
        NONE, YEARLY
    }

    public enum Relation {
        BY, DURING
    }

    public Deadline {
        raw = Text.nfc(raw).strip();
        TreeMap<Integer, String> y = new TreeMap<>();
        if (years != null) {
            years.forEach((k, v) -> {
                String t = Text.nfc(v).strip();
                if (k != null && !t.isEmpty()) {
                    y.put(k, t);
                }
            });
        }
        years = Collections.unmodifiableSortedMap(y);
        if (kind == null) {
            kind = Kind.NONE;
        }
        if (recurrence == null) {
            recurrence = Recurrence.NONE;
        }
        if (relation == null) {
            relation = Relation.BY;
        }
    }

    /** Parses the printed deadline and year grid. */
    public static Deadline of(String raw, Map<Integer, String> years) {
        return DeadlineParser.parse(raw, years);
    }

    public static Deadline of(String raw) {
        return DeadlineParser.parse(raw, Map.of());
    }

    public static Deadline none() {
        return of("", Map.of());
    }

    public boolean isReadable() {
        return kind != Kind.UNREADABLE;
    }

    public boolean isEmpty() {
        return kind == Kind.NONE;
    }

    /** The marked years of the grid, in order. */
    public List<Integer> markedYears() {
        return List.copyOf(years.keySet());
    }

    /**
     * The end of the period the deadline names: Quý II/2030 → 30/06/2030, Tháng 12/2025 → 31/12/2025, Năm 2026 →
     * 31/12/2026, a year grid → the end of its last year. Null for continuous, recurring, done, empty and unreadable
     * deadlines, and for a month or quarter whose year is unknown; see {@link #dueDateIn(int)} for those that recur.
     */
    public LocalDate dueDate() {
        return switch (kind) {
            case DATE -> year == null || month == null || day == null ? null : LocalDate.of(year, month, day);
            case MONTH -> year == null ? null : YearMonth.of(year, month).atEndOfMonth();
            case QUARTER -> year == null ? null : YearMonth.of(year, quarter * 3).atEndOfMonth();
            case YEAR -> year == null ? null : LocalDate.of(year, 12, 31);
            case YEAR_GRID -> years.isEmpty() ? null : LocalDate.of(years.lastKey(), 12, 31);
            default -> null;
        };
    }

    /**
     * When the work is due within a given year: the plain due date if it falls in that year; for recurring deadlines
     * the period's end in that year ("Quý I hằng năm" → 31/03); for continuous work and open-ended deadlines after their
     * start, the end of that year; null when the task has nothing due that year.
     */
    public LocalDate dueDateIn(int y) {
        switch (kind) {
            case CONTINUOUS:
                return LocalDate.of(y, 12, 31);
            case RECURRING:
                return quarter == null ? LocalDate.of(y, 12, 31) : YearMonth.of(y, quarter * 3).atEndOfMonth();
            case YEAR_GRID:
                return years.containsKey(y) ? LocalDate.of(y, 12, 31) : null;
            default:
                LocalDate due = dueDate();
                if (due == null) {
                    return null;
                }
                if (due.getYear() == y) {
                    return due;
                }
                if (openEnded && y > due.getYear()) {
                    return LocalDate.of(y, 12, 31);
                }
                return null;
        }
    }

    /** Whether the deadline repeats every year: recurring, continuous, open-ended, or a grid of several years. */
    public boolean recurs() {
        return recurrence != Recurrence.NONE || kind == Kind.CONTINUOUS || openEnded
                || (kind == Kind.YEAR_GRID && years.size() > 1);
    }

    /** The deadline written the one way PlanDesk prints it: "Tháng 6/2026", "Quý II/2026", "Thường xuyên", … */
    public String canonical() {
        String tail = openEnded ? " và các năm tiếp theo" : "";
        return switch (kind) {
            case CONTINUOUS -> "Thường xuyên";
            case RECURRING -> quarter == null ? "Hằng năm" : "Quý " + RomanNumeral.format(quarter) + " hằng năm";
            case DATE -> (relation == Relation.BY ? "Trước ngày " : "Ngày ")
                    + OfficialDate.numeric(java.time.LocalDate.of(year, month, day));
            case MONTH -> "Tháng " + month + (year == null ? "" : "/" + year) + tail;
            case QUARTER -> "Quý " + RomanNumeral.format(quarter) + (year == null ? "" : "/" + year) + tail;
            case YEAR -> "Năm " + year + tail;
            case YEAR_GRID -> yearGridText();
            case DONE -> "Đã thực hiện";
            case NONE -> "";
            case UNREADABLE -> raw;
        };
    }

    /** What the ward prints for a province year grid: "Năm 2026", "Năm 2025 - 2026", "Thường xuyên" for every year. */
    private String yearGridText() {
        List<Integer> ys = markedYears();
        if (ys.size() == PLAN_END_YEAR - PLAN_START_YEAR + 1) {
            return "Thường xuyên";
        }
        if (ys.size() == 1) {
            String cell = years.get(ys.get(0));
            return "x".equalsIgnoreCase(cell) ? "Năm " + ys.get(0) : cell + "/" + ys.get(0);
        }
        boolean contiguous = ys.get(ys.size() - 1) - ys.get(0) == ys.size() - 1;
        if (contiguous) {
            return "Năm " + ys.get(0) + " - " + ys.get(ys.size() - 1);
        }
        return "Năm " + String.join(", ", ys.stream().map(String::valueOf).toList());
    }

    /** The text to print: the raw text when there is one, else the canonical form (for year grids). */
    public String printed() {
        return raw.isEmpty() ? canonical() : raw;
    }
}
