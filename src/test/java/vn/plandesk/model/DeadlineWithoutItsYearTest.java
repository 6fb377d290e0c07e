package vn.plandesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Deadlines as the appendices write them when the year stands elsewhere: a month or a quarter in the deadline column
 * with the year marked in the 2025–2030 columns, or the text written in a year's column itself; and dated deadlines
 * at the edges of the calendar.
 */
class DeadlineWithoutItsYearTest {
    @Test
    void aQuarterWithoutItsYearTakesTheMarkedYearAndIsKnownToHaveTakenIt() {
        Deadline d = Deadline.of("Quý II", Map.of(2026, "x"));
        assertEquals(Deadline.Kind.QUARTER, d.kind());
        assertEquals(2026, d.year());
        assertEquals(LocalDate.of(2026, 6, 30), d.dueDate());
        assertTrue(d.yearInferred(), "the year came from the grid, not from the text");

        Deadline written = Deadline.of("Quý II/2027", Map.of(2026, "x"));
        assertEquals(2027, written.year(), "a year in the text wins over the grid");
        assertFalse(written.yearInferred());
    }

    @Test
    void aMonthWithoutItsYearTakesTheMarkedYearAndIsKnownToHaveTakenIt() {
        Deadline d = Deadline.of("Tháng 9", Map.of(2025, "x"));
        assertEquals(LocalDate.of(2025, 9, 30), d.dueDate());
        assertTrue(d.yearInferred());
        assertFalse(Deadline.of("Tháng 9/2025", Map.of(2025, "x")).yearInferred());
    }

    @Test
    void aQuarterWrittenInAYearsColumnIsThatQuarterOfThatYear() {
        Deadline d = Deadline.of("", Map.of(2027, "Quý III"));
        assertEquals(Deadline.Kind.QUARTER, d.kind());
        assertEquals(2027, d.year());
        assertEquals(3, d.quarter());
        assertEquals(LocalDate.of(2027, 9, 30), d.dueDate());

        assertEquals(Deadline.Kind.YEAR_GRID, Deadline.of("", Map.of(2027, "x")).kind(), "a mark is only a year");
    }

    @Test
    void theFirstAndLastDaysOfTheYearAreDatesAndDaysOutsideTheCalendarAreNot() {
        assertEquals(LocalDate.of(2026, 1, 1), Deadline.of("01/01/2026").dueDate());
        assertEquals(LocalDate.of(2025, 10, 1), Deadline.of("1/10/2025").dueDate());
        assertEquals(LocalDate.of(2025, 12, 31), Deadline.of("31/12/2025").dueDate());
        for (String outside : new String[] {"0/1/2026", "32/1/2026", "29/2/2026", "15/0/2026", "15/13/2026"}) {
            assertFalse(Deadline.of(outside).isReadable(), outside);
        }
    }

    @Test
    void aDateIsADeadlineByItUnlessTheTextSaysTheWorkRunsWithinIt() {
        assertEquals(Deadline.Relation.BY, Deadline.of("31/12/2025").relation());
        assertEquals(Deadline.Relation.BY, Deadline.of("Trước ngày 31/12/2025").relation());
        assertEquals(Deadline.Relation.DURING, Deadline.of("Trong ngày 15/9/2025").relation());
    }
}
