package vn.plandesk.service.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Deadline;

class DeadlineRewriteTest {

    @Test
    void aMonthIsWrittenTheWayThePlanWritesIt() {
        Deadline d = DeadlineRewrite.toMonth(Deadline.of("Tháng 12/2025"), YearMonth.of(2026, 6));
        assertEquals("Tháng 6/2026", d.raw());
        assertEquals(Deadline.Kind.MONTH, d.kind());
        assertEquals(LocalDate.of(2026, 6, 30), d.dueDate());
    }

    @Test
    void aQuarterGetsItsRomanNumeral() {
        for (int q = 1; q <= 4; q++) {
            Deadline d = DeadlineRewrite.toQuarter(Deadline.of("Tháng 12/2025"), 2026, q);
            assertEquals("Quý " + new String[]{"I", "II", "III", "IV"}[q - 1] + "/2026", d.raw());
            assertEquals(Deadline.Kind.QUARTER, d.kind());
            assertEquals(YearMonth.of(2026, q * 3).atEndOfMonth(), d.dueDate());
        }
        assertThrows(IllegalArgumentException.class, () -> DeadlineRewrite.toQuarter(Deadline.none(), 2026, 5));
    }

    @Test
    void snappingTakesTheMonthOrTheQuarterOfTheDropDate() {
        Deadline from = Deadline.of("Quý IV/2025");
        assertEquals("Tháng 8/2026", DeadlineRewrite.snap(from, LocalDate.of(2026, 8, 17), true).raw());
        assertEquals("Quý III/2026", DeadlineRewrite.snap(from, LocalDate.of(2026, 8, 17), false).raw());
        assertEquals("Quý I/2027", DeadlineRewrite.snap(from, LocalDate.of(2027, 1, 1), false).raw());
    }

    @Test
    void anOpenEndedDeadlineStaysOpenEnded() {
        Deadline d = DeadlineRewrite.toQuarter(Deadline.of("Quý II/2026 và các năm tiếp theo"), 2027, 1);
        assertEquals("Quý I/2027 và các năm tiếp theo", d.raw());
        assertTrue(d.openEnded());
        Deadline y = DeadlineRewrite.toMonth(Deadline.of("2025 và những năm tiếp theo"), YearMonth.of(2025, 10));
        assertEquals("Tháng 10/2025 và các năm tiếp theo", y.raw());
        assertTrue(y.openEnded());
    }

    @Test
    void aProvinceRowMovesItsMarkInTheYearGrid() {
        Deadline grid = Deadline.of("", Map.of(2025, "Tháng 4"));
        Deadline m = DeadlineRewrite.toMonth(grid, YearMonth.of(2026, 9));
        assertEquals("", m.raw());
        assertEquals(Map.of(2026, "Tháng 9"), m.years());
        assertEquals(LocalDate.of(2026, 9, 30), m.dueDate());
        Deadline q = DeadlineRewrite.toQuarter(grid, 2027, 3);
        assertEquals(Map.of(2027, "Quý 3"), q.years());
        assertEquals(LocalDate.of(2027, 9, 30), q.dueDate());
    }
}
