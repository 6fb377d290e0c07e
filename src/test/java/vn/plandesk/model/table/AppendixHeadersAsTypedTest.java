package vn.plandesk.model.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The column headers of an appendix as officers type them, in any case and with or without diacritics, and what the
 * import asks the officer when it is not sure of a sheet.
 */
class AppendixHeadersAsTypedTest {

    @Test
    void eachHeaderOfTheTaskTableNamesItsField() {
        Map<String, AppendixField> typed = Map.ofEntries(
                Map.entry("STT", AppendixField.NUMBER), Map.entry("TT", AppendixField.NUMBER),
                Map.entry("Số TT", AppendixField.NUMBER), Map.entry("Số thứ tự", AppendixField.NUMBER),
                Map.entry("STT (theo Kế hoạch cấp trên)", AppendixField.PARENT_NUMBER),
                Map.entry("Nhiệm vụ (theo Kế hoạch của tỉnh)", AppendixField.ROLE),
                Map.entry("Vai trò của phường", AppendixField.ROLE),
                Map.entry("Tên nhiệm vụ", AppendixField.NAME), Map.entry("Nhiệm vụ", AppendixField.NAME),
                Map.entry("Nhiệm vụ, giải pháp", AppendixField.NAME), Map.entry("Nội dung", AppendixField.NAME),
                Map.entry("Nhiệm vụ cụ thể", AppendixField.NAME),
                Map.entry("Lãnh đạo phụ trách", AppendixField.LEADER),
                Map.entry("Đơn vị chủ trì, thực hiện", AppendixField.LEAD_UNITS),
                Map.entry("Cơ quan chủ trì", AppendixField.LEAD_UNITS),
                Map.entry("Đơn vị phối hợp", AppendixField.COORDINATING_UNITS),
                Map.entry("Kết quả", AppendixField.RESULT), Map.entry("Sản phẩm", AppendixField.RESULT),
                Map.entry("Thời gian hoàn thành", AppendixField.DEADLINE), Map.entry("Thời hạn", AppendixField.DEADLINE),
                Map.entry("Tiến độ", AppendixField.DEADLINE), Map.entry("Ghi chú", AppendixField.NOTE));
        typed.forEach((header, field) -> {
            assertEquals(field, AppendixField.recognize(header, false), header);
            assertEquals(field, AppendixField.recognize(header.toUpperCase(), false), "upper case: " + header);
        });
        assertEquals(AppendixField.LEAD_UNITS, AppendixField.recognize("Don vi chu tri", false), "without diacritics");
        assertEquals(AppendixField.LEAD_UNITS, AppendixField.recognize("Đơn vị\nchủ trì", false), "on two lines");
        for (String none : List.of("", "   ", "Không rõ", "Cột 9")) {
            assertNull(AppendixField.recognize(none, false), none);
        }
    }

    @Test
    void theIndicatorTablesResultColumnIsTheTarget() {
        assertEquals(AppendixField.TARGET, AppendixField.recognize("Kết quả", true));
        assertEquals(AppendixField.TARGET, AppendixField.recognize("Mục tiêu", true));
        assertEquals(AppendixField.TARGET, AppendixField.recognize("Chỉ tiêu đạt được", true));
        assertEquals(AppendixField.RESULT, AppendixField.recognize("Chỉ tiêu đạt được", false));
        assertEquals(AppendixField.INDICATOR, AppendixField.recognize("Chỉ tiêu", true));
        assertEquals(AppendixField.INDICATOR, AppendixField.recognize("Tên chỉ tiêu", true));
        assertEquals(AppendixField.UNIT, AppendixField.recognize("Đơn vị tính", true));
        assertEquals(AppendixField.UNIT, AppendixField.recognize("ĐVT", true));
    }

    @Test
    void aYearOfTheGridIsReadAsTypedOrAsExcelStoresIt() {
        assertEquals(2025, AppendixField.yearOf("2025"));
        assertEquals(2026, AppendixField.yearOf("Năm 2026"));
        assertEquals(2027, AppendixField.yearOf("NĂM 2027"));
        assertEquals(2030, AppendixField.yearOf("2030.0"), "a number cell read as a decimal");
        for (String notAYear : List.of("2019", "2050", "Năm", "năm nay", "20255", "")) {
            assertNull(AppendixField.yearOf(notAYear), notAYear);
        }
        assertEquals(AppendixField.YEAR, AppendixField.recognize("Năm 2028", false));
        assertEquals(AppendixField.YEAR, AppendixField.recognize("2029", true));
    }

    @Test
    void onlyTheUnitColumnsHoldUnits() {
        EnumSet<AppendixField> units = EnumSet.noneOf(AppendixField.class);
        for (AppendixField f : AppendixField.values()) {
            if (f.holdsUnits()) {
                units.add(f);
            }
        }
        assertEquals(EnumSet.of(AppendixField.LEAD_UNITS, AppendixField.COORDINATING_UNITS), units);
        assertEquals("STT", AppendixField.NUMBER.header());
        assertEquals("Đơn vị chủ trì, thực hiện", AppendixField.LEAD_UNITS.header());
    }

    @Test
    void aSheetWithoutItsNumberOrNameOrWithAnUnknownHeaderIsShownToTheOfficer() {
        SheetMapping tasks = new SheetMapping("Phụ lục I", 4, 2, false, List.of(
                new ColumnMapping(0, "A", "STT", AppendixField.NUMBER, null),
                new ColumnMapping(1, "B", "Việc cần làm", null, null),
                new ColumnMapping(2, "C", "", AppendixField.IGNORED, null),
                new ColumnMapping(3, "D", "Năm 2026", AppendixField.YEAR, 2026)));
        assertEquals(AppendixField.IGNORED, tasks.columns().get(1).field(), "no field given: not used");
        assertEquals(List.of(AppendixField.NAME), tasks.missing());
        assertEquals(List.of("B"), tasks.unknown().stream().map(ColumnMapping::letter).toList(),
                "a blank header is not asked about");
        assertFalse(tasks.sure());
        SheetMapping told = tasks.assign(1, AppendixField.NAME, null);
        assertTrue(told.missing().isEmpty());
        assertTrue(told.unknown().isEmpty());
        assertTrue(told.sure());
        assertEquals("Việc cần làm", told.column(AppendixField.NAME).orElseThrow().header());
        assertEquals(2026, told.column(AppendixField.YEAR).orElseThrow().year());
        assertFalse(tasks.sure(), "the mapping shown before is left as it was");

        SheetMapping indicators = new SheetMapping("Chỉ tiêu", 3, 1, true, List.of(
                new ColumnMapping(0, "A", "TT", AppendixField.NUMBER, null),
                new ColumnMapping(1, "B", "Nhiệm vụ", AppendixField.NAME, null)));
        assertEquals(List.of(AppendixField.INDICATOR), indicators.missing(), "an indicator table needs its indicator");
        SheetMapping empty = new SheetMapping("Trống", 1, 1, false, List.of());
        assertEquals(List.of(AppendixField.NUMBER, AppendixField.NAME), empty.missing());
    }

    @Test
    void aDoubtfulRowIsToldWithItsSheetAndRowFirst() {
        ImportWarning w = new ImportWarning("Phụ lục I", 17, "import.warn.deadline", List.of("Quý V/2026", "Thời gian"));
        assertArrayEquals(new Object[] {"Phụ lục I", "17", "Quý V/2026", "Thời gian"}, w.messageArgs());
        assertArrayEquals(new Object[] {"Phụ lục I", "3"},
                new ImportWarning("Phụ lục I", 3, "import.warn.empty", List.of()).messageArgs());
    }
}
