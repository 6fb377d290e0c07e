package vn.plandesk.model.table;

import java.util.Locale;
import vn.plandesk.model.Text;

/**
 * What a column of an appendix table holds. The same fields drive the writers (which print the official header) and
 * the readers (which recognise a header as officers type it: any case, with or without diacritics, in any order).
 */
public enum AppendixField {
    NUMBER("STT"),
    PARENT_NUMBER("STT (theo Kế hoạch cấp trên)"),
    NAME("Nhiệm vụ"),
    ROLE("Nhiệm vụ (theo Kế hoạch cấp trên)"),
    /** One year of the 2025–2030 grid; the column carries its year. */
    YEAR("Thời gian"),
    LEADER("Lãnh đạo phụ trách"),
    LEAD_UNITS("Đơn vị chủ trì, thực hiện"),
    COORDINATING_UNITS("Đơn vị phối hợp"),
    RESULT("Kết quả"),
    DEADLINE("Thời gian hoàn thành"),
    NOTE("Ghi chú"),
    INDICATOR("Chỉ tiêu"),
    UNIT("Đơn vị tính"),
    TARGET("Kết quả"),
    /** A column the reader does not use. */
    IGNORED("");

    private final String header;

    AppendixField(String header) {
        this.header = header;
    }

    /** The header the official appendix prints for this field when nothing more specific is known. */
    public String header() {
        return header;
    }

    /**
     * The field a header names, or null. Indicator tables print "Kết quả" for the target: {@code indicators} says which
     * table the header stands in.
     */
    public static AppendixField recognize(String headerText, boolean indicators) {
        // an empty header starts with and contains none of the words below: it names no field
        String f = Text.fold(headerText).replace('\n', ' ');
        if (yearOf(headerText) != null) {
            return YEAR;
        }
        if (f.equals("tt") || f.startsWith("stt") || f.startsWith("so tt") || f.startsWith("so thu tu")) {
            return f.contains("theo") ? PARENT_NUMBER : NUMBER;
        }
        if (f.startsWith("nhiem vu") && f.contains("theo")) {
            return ROLE;
        }
        if (f.startsWith("vai tro")) {
            return ROLE;
        }
        if (f.startsWith("ten nhiem vu") || f.equals("nhiem vu") || f.startsWith("nhiem vu,")
                || f.startsWith("noi dung") || f.startsWith("nhiem vu cu the")) {
            return NAME;
        }
        if (f.startsWith("lanh dao")) {
            return LEADER;
        }
        if (f.startsWith("don vi tinh") || f.equals("dvt")) {
            return UNIT;
        }
        if (f.contains("chu tri")) {
            return LEAD_UNITS;
        }
        if (f.contains("phoi hop")) {
            return COORDINATING_UNITS;
        }
        if (f.startsWith("ket qua") || f.startsWith("san pham") || f.startsWith("chi tieu dat")
                || f.startsWith("muc tieu")) {
            return indicators ? TARGET : RESULT;
        }
        if (f.startsWith("thoi gian") || f.startsWith("thoi han") || f.startsWith("tien do")) {
            return DEADLINE;
        }
        if (f.startsWith("ghi chu")) {
            return NOTE;
        }
        if (f.startsWith("chi tieu") || f.startsWith("ten chi tieu")) {
            return INDICATOR;
        }
        return null;
    }

    /** "2025", "Năm 2025" → 2025; null when the header is not a year of the plans' range. */
    public static Integer yearOf(String headerText) {
        String f = Text.fold(headerText).toLowerCase(Locale.ROOT);
        if (f.startsWith("nam ")) {
            f = f.substring(4).strip();
        }
        if (f.endsWith(".0")) {
            f = f.substring(0, f.length() - 2);
        }
        if (f.matches("20[2-4]\\d")) {
            return Integer.parseInt(f);
        }
        return null;
    }

    /** Whether a column of this field holds the names of units, one or more to a cell. */
    public boolean holdsUnits() {
        return this == LEAD_UNITS || this == COORDINATING_UNITS;
    }
}
