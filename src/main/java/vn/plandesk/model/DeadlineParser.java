package vn.plandesk.model;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every deadline form of the source documents (domain brief §2). The text is folded (no diacritics, lower case)
 * and the line-break splits of PDF extraction ("Thán g 6", "Thán/g 6", "Quý/3") are joined before matching.
 */
final class DeadlineParser {
    private static final String ROMAN_OR_DIGIT = "(iv|iii|ii|i|[1-4])";
    private static final String OPEN_TAIL = "(?:va(?:cac|nhung)?namtieptheo|vaduytrithuongxuyen)";
    private static final Pattern MONTH = Pattern.compile("(trong|truoc)?thang(1[0-2]|0?[1-9])(?:/(\\d{4}))?(" + OPEN_TAIL + ")?");
    private static final Pattern QUARTER = Pattern.compile("(trong|truoc)?quy/?" + ROMAN_OR_DIGIT + "(?:/(\\d{4}))?(" + OPEN_TAIL + ")?");
    private static final Pattern QUARTER_YEARLY = Pattern.compile("quy" + ROMAN_OR_DIGIT + "(?:hang|hhang)?nam");
    private static final Pattern YEAR = Pattern.compile("(trong)?(?:nam)?(20\\d\\d)(" + OPEN_TAIL + ")?");
    private static final Pattern DATE = Pattern.compile("(trong|truoc)?(?:ngay)?(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern GRID_MARK = Pattern.compile("x+");

    private DeadlineParser() {
    }

    static Deadline parse(String rawText, Map<Integer, String> yearCells) {
        String raw = Text.nfc(rawText).strip();
        TreeMap<Integer, String> years = new TreeMap<>();
        if (yearCells != null) {
            yearCells.forEach((y, v) -> {
                if (y != null && !Text.isBlank(v)) {
                    years.put(y, Text.nfc(v).strip());
                }
            });
        }
        if (raw.isEmpty()) {
            return fromGrid(years);
        }
        Deadline d = fromText(raw, years);
        return d != null ? d : new Deadline(raw, years, Deadline.Kind.UNREADABLE, null, null, null, null, false, false, null, null);
    }

    /** A province row: the grid alone decides. A lone month or quarter text in a year column takes that column's year. */
    private static Deadline fromGrid(TreeMap<Integer, String> years) {
        if (years.isEmpty()) {
            return new Deadline("", years, Deadline.Kind.NONE, null, null, null, null, false, false, null, null);
        }
        if (years.size() == 1) {
            Map.Entry<Integer, String> only = years.firstEntry();
            if (!GRID_MARK.matcher(compact(only.getValue())).matches()) {
                // read the cell alone: its year is the column's, not inferred from the grid
                Deadline cell = fromText(only.getValue(), new TreeMap<>());
                if (cell != null && cell.year() == null
                        && (cell.kind() == Deadline.Kind.MONTH || cell.kind() == Deadline.Kind.QUARTER)) {
                    return new Deadline("", years, cell.kind(), only.getKey(), cell.quarter(), cell.month(), null,
                            false, false, null, null);
                }
            }
        }
        return new Deadline("", years, Deadline.Kind.YEAR_GRID, years.firstKey(), null, null, null, false, false, null, null);
    }

    /** Folded text without spaces; a slash glued between two letters is a line-break split and is dropped. */
    static String compact(String s) {
        String f = Text.fold(s).replace(" ", "").replace(".", "");
        return f.replaceAll("(?<=[a-z])/(?=[a-z])", "");
    }

    private static Deadline fromText(String raw, TreeMap<Integer, String> years) {
        String c = compact(raw);
        Integer gridYear = years.isEmpty() ? null : years.firstKey();
        if (c.equals("thuongxuyen")) {
            return new Deadline(raw, years, Deadline.Kind.CONTINUOUS, null, null, null, null, false, false, Deadline.Recurrence.YEARLY, Deadline.Relation.DURING);
        }
        if (c.equals("hangnam")) { // "Hàng năm" and "Hằng năm" fold alike
            return new Deadline(raw, years, Deadline.Kind.RECURRING, null, null, null, null, false, false, Deadline.Recurrence.YEARLY, null);
        }
        if (c.equals("dathuchien")) {
            return new Deadline(raw, years, Deadline.Kind.DONE, null, null, null, null, false, false, null, null);
        }
        Matcher m = QUARTER_YEARLY.matcher(c);
        if (m.matches()) {
            return new Deadline(raw, years, Deadline.Kind.RECURRING, null, quarterOf(m.group(1)), null, null, false, false, Deadline.Recurrence.YEARLY, null);
        }
        m = MONTH.matcher(c);
        if (m.matches()) {
            Integer y = m.group(3) == null ? gridYear : Integer.valueOf(m.group(3));
            return new Deadline(raw, years, Deadline.Kind.MONTH, y, null, Integer.valueOf(m.group(2)), null,
                    m.group(3) == null, m.group(4) != null, null, relation(m.group(1)));
        }
        m = QUARTER.matcher(c);
        if (m.matches()) {
            Integer y = m.group(3) == null ? gridYear : Integer.valueOf(m.group(3));
            return new Deadline(raw, years, Deadline.Kind.QUARTER, y, quarterOf(m.group(2)), null, null,
                    m.group(3) == null, m.group(4) != null, null, relation(m.group(1)));
        }
        m = YEAR.matcher(c);
        if (m.matches()) {
            return new Deadline(raw, years, Deadline.Kind.YEAR, Integer.valueOf(m.group(2)), null, null, null, false,
                    m.group(3) != null, null, relation(m.group(1)));
        }
        m = DATE.matcher(c);
        if (m.matches()) {
            int day = Integer.parseInt(m.group(2));
            int month = Integer.parseInt(m.group(3));
            int year = Integer.parseInt(m.group(4));
            if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
                return null;
            }
            return new Deadline(raw, years, Deadline.Kind.DATE, year, null, month, day, false, false, null,
                    m.group(1) == null || m.group(1).equals("truoc") ? Deadline.Relation.BY : Deadline.Relation.DURING);
        }
        return null;
    }

    private static Deadline.Relation relation(String word) {
        return "trong".equals(word) ? Deadline.Relation.DURING : Deadline.Relation.BY;
    }

    private static int quarterOf(String s) {
        return switch (s) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }
}
