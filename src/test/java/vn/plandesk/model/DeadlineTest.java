package vn.plandesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every deadline form of the source documents (domain brief §2) with its meaning and due date. */
class DeadlineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // printed text                         | kind      | due date   | canonical
            "Tháng 12/2025                          | MONTH     | 2025-12-31 | Tháng 12/2025",
            "Tháng 9/2025                           | MONTH     | 2025-09-30 | Tháng 9/2025",
            "Tháng 2/2026                           | MONTH     | 2026-02-28 | Tháng 2/2026",
            "Tháng 6/2028                           | MONTH     | 2028-06-30 | Tháng 6/2028",
            "Quý III/2025                           | QUARTER   | 2025-09-30 | Quý III/2025",
            "Quý IV/2025                            | QUARTER   | 2025-12-31 | Quý IV/2025",
            "Quý I/2026                             | QUARTER   | 2026-03-31 | Quý I/2026",
            "Quý II/2030                            | QUARTER   | 2030-06-30 | Quý II/2030",
            "2025 và những năm tiếp theo            | YEAR      | 2025-12-31 | Năm 2025 và các năm tiếp theo",
            "Năm 2026 và các năm tiếp theo          | YEAR      | 2026-12-31 | Năm 2026 và các năm tiếp theo",
            "Quý II/2026 và các năm tiếp theo       | QUARTER   | 2026-06-30 | Quý II/2026 và các năm tiếp theo",
            "Trong tháng 10/2025 và duy trì thường xuyên | MONTH | 2025-10-31 | Tháng 10/2025 và các năm tiếp theo",
            "trước 31/12/2025                       | DATE      | 2025-12-31 | Trước ngày 31/12/2025",
            "Năm 2026                               | YEAR      | 2026-12-31 | Năm 2026",
            "Thán g 6/2026                          | MONTH     | 2026-06-30 | Tháng 6/2026",
            "Thán/g 9/2025                          | MONTH     | 2025-09-30 | Tháng 9/2025",
    })
    void datedForms(String text, Deadline.Kind kind, LocalDate due, String canonical) {
        Deadline d = Deadline.of(text);
        assertEquals(kind, d.kind(), text);
        assertEquals(due, d.dueDate(), text);
        assertEquals(canonical, d.canonical(), text);
        assertEquals(text, d.raw(), "the printed text is kept");
        assertTrue(d.isReadable());
    }

    @Test
    void openEndedFormsGoOnAfterTheirDueDate() {
        Deadline d = Deadline.of("Quý II/2026 và các năm tiếp theo");
        assertTrue(d.openEnded());
        assertTrue(d.recurs());
        assertEquals(LocalDate.of(2027, 12, 31), d.dueDateIn(2027));
        assertNull(d.dueDateIn(2025));
        assertFalse(Deadline.of("Quý IV/2025").openEnded());
    }

    @Test
    void continuousAndRecurringForms() {
        Deadline continuous = Deadline.of("Thường xuyên");
        assertEquals(Deadline.Kind.CONTINUOUS, continuous.kind());
        assertNull(continuous.dueDate());
        assertTrue(continuous.recurs());
        assertEquals(LocalDate.of(2027, 12, 31), continuous.dueDateIn(2027));

        Deadline yearly = Deadline.of("Hàng năm");
        assertEquals(Deadline.Kind.RECURRING, yearly.kind());
        assertEquals(Deadline.Recurrence.YEARLY, yearly.recurrence());
        assertEquals(LocalDate.of(2026, 12, 31), yearly.dueDateIn(2026));
        assertEquals(Deadline.Kind.RECURRING, Deadline.of("Hằng năm").kind());
        assertEquals("Hằng năm", yearly.canonical(), "printed in the one spelling, without a quarter");

        Deadline firstQuarter = Deadline.of("Quý I hằng năm");
        assertEquals(Deadline.Kind.RECURRING, firstQuarter.kind());
        assertEquals(1, firstQuarter.quarter());
        assertEquals(LocalDate.of(2027, 3, 31), firstQuarter.dueDateIn(2027));
        assertEquals("Quý I hằng năm", firstQuarter.canonical());
    }

    @Test
    void provinceYearGrids() {
        Map<Integer, String> all = grid(2025, "x", 2026, "x", 2027, "x", 2028, "x", 2029, "x", 2030, "x");
        Deadline everyYear = Deadline.of("", all);
        assertEquals(Deadline.Kind.YEAR_GRID, everyYear.kind());
        assertEquals(LocalDate.of(2030, 12, 31), everyYear.dueDate());
        assertEquals("Thường xuyên", everyYear.canonical());
        assertTrue(everyYear.recurs());
        assertEquals("Thường xuyên", everyYear.printed());

        Deadline one = Deadline.of("", grid(2026, "x"));
        assertEquals(LocalDate.of(2026, 12, 31), one.dueDate());
        assertEquals("Năm 2026", one.canonical());
        assertFalse(one.recurs());

        Deadline two = Deadline.of("", grid(2025, "x", 2026, "x"));
        assertEquals("Năm 2025 - 2026", two.canonical());
        assertEquals(LocalDate.of(2025, 12, 31), two.dueDateIn(2025));
        assertNull(two.dueDateIn(2027));

        Deadline apart = Deadline.of("", grid(2025, "x", 2027, "x"));
        assertEquals("Năm 2025, 2027", apart.canonical(), "years that do not follow each other are listed");

        Deadline julyThenYearly = Deadline.of("", grid(2025, "Tháng 7", 2026, "x", 2027, "x", 2028, "x", 2029, "x", 2030, "x"));
        assertEquals(Deadline.Kind.YEAR_GRID, julyThenYearly.kind());
        assertEquals(LocalDate.of(2030, 12, 31), julyThenYearly.dueDate());
    }

    @Test
    void aMonthOrQuarterInAYearColumnTakesThatColumnsYear() {
        Deadline april = Deadline.of("", grid(2025, "Tháng 4"));
        assertEquals(Deadline.Kind.MONTH, april.kind());
        assertEquals(LocalDate.of(2025, 4, 30), april.dueDate());
        Deadline q3 = Deadline.of("", grid(2025, "Quý 3"));
        assertEquals(Deadline.Kind.QUARTER, q3.kind());
        assertEquals(LocalDate.of(2025, 9, 30), q3.dueDate());
        Deadline splitJune = Deadline.of("", grid(2026, "Thán/g 6"));
        assertEquals(LocalDate.of(2026, 6, 30), splitJune.dueDate());
    }

    @Test
    void anyOtherTextInALoneYearColumnMarksThatYear() {
        for (String cell : List.of("Thường xuyên", "Quý I hằng năm", "Năm 2027", "Khi có chỉ đạo")) {
            Deadline d = Deadline.of("", grid(2026, cell));
            assertEquals(Deadline.Kind.YEAR_GRID, d.kind(), cell);
            assertEquals(LocalDate.of(2026, 12, 31), d.dueDate(), cell);
            assertEquals(List.of(2026), d.markedYears(), cell);
        }
    }

    @Test
    void aMonthWithoutAnyYearIsKnownButHasNoDueDate() {
        Deadline d = Deadline.of("Tháng 5");
        assertEquals(Deadline.Kind.MONTH, d.kind());
        assertTrue(d.yearInferred());
        assertNull(d.dueDate());
        assertEquals("Tháng 5", d.canonical(), "printed without a year it does not have");
        Deadline q = Deadline.of("Quý/3");
        assertEquals(Deadline.Kind.QUARTER, q.kind());
        assertEquals(3, q.quarter());
        assertEquals("Quý III", q.canonical());
    }

    @Test
    void statusBlankAndUnreadable() {
        assertEquals(Deadline.Kind.DONE, Deadline.of("Đã thực hiện").kind());
        assertEquals(Deadline.Kind.NONE, Deadline.of("  ").kind());
        assertEquals("", Deadline.none().printed());
        Deadline odd = Deadline.of("khi có chỉ đạo của tỉnh");
        assertEquals(Deadline.Kind.UNREADABLE, odd.kind());
        assertFalse(odd.isReadable());
        assertEquals("khi có chỉ đạo của tỉnh", odd.printed(), "unreadable text is kept, never dropped");
        assertEquals(Deadline.Kind.UNREADABLE, Deadline.of("trước 31/02/2025").kind(), "no 31 February");
    }

    private static Map<Integer, String> grid(Object... pairs) {
        Map<Integer, String> m = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((Integer) pairs[i], (String) pairs[i + 1]);
        }
        return m;
    }
}
