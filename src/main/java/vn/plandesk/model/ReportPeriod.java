package vn.plandesk.model;

/**
 * The period a report covers: a quarter, the first or second half, or the whole of a year. Its code is what the
 * command line takes and prints ("2026-Q1", "2026-H1", "2026").
 *
 * @param year  2025 …
 * @param kind  quarter, half or year
 * @param index the quarter (1–4) or the half (1–2); 0 for a year
 */
public record ReportPeriod(int year, Kind kind, int index) {
    /** How long the period is. */
    public enum Kind { QUARTER, HALF, YEAR }

    public ReportPeriod {
        if (kind == null || year < 2000 || year > 2100
                || (kind == Kind.QUARTER && (index < 1 || index > 4))
                || (kind == Kind.HALF && (index < 1 || index > 2))
                || (kind == Kind.YEAR && index != 0)) {
            throw new PlanDeskException("report.period.bad", year + " " + kind + " " + index);
        }
    }

    public static ReportPeriod quarter(int year, int quarter) {
        return new ReportPeriod(year, Kind.QUARTER, quarter);
    }

    public static ReportPeriod half(int year, int half) {
        return new ReportPeriod(year, Kind.HALF, half);
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(year, Kind.YEAR, 0);
    }

    /** "2026-Q1", "2026-H1", "2026". */
    public String code() {
        return switch (kind) {
            case QUARTER -> year + "-Q" + index;
            case HALF -> year + "-H" + index;
            case YEAR -> String.valueOf(year);
        };
    }

    /** Reads a code as {@link #code()} writes it (case ignored). */
    public static ReportPeriod parse(String code) {
        String c = Text.nfc(code).strip().toUpperCase(java.util.Locale.ROOT);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})(?:-([QH])(\\d))?").matcher(c);
        if (!m.matches()) {
            throw new PlanDeskException("report.period.bad", code);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return year(year);
        }
        int index = Integer.parseInt(m.group(3));
        return m.group(2).equals("Q") ? quarter(year, index) : half(year, index);
    }

    /** "Quý I/2026", "6 tháng đầu năm 2026", "6 tháng cuối năm 2026", "năm 2026": as the documents name them. */
    public String printed() {
        return switch (kind) {
            case QUARTER -> "Quý " + RomanNumeral.format(index) + "/" + year;
            case HALF -> (index == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case YEAR -> "năm " + year;
        };
    }
}
