package vn.plandesk.model.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.PlanDeskException;

/**
 * The edges of the reporting periods the officer picks: the first and last day of each quarter, half and year, days
 * outside 2025–2030, and the order of the period list.
 */
class ReportingPeriodEdgesTest {

    @Test
    void eachQuarterRunsFromTheFirstDayOfItsFirstMonthToTheLastDayOfItsThird() {
        int[][] months = {{1, 3, 31}, {4, 6, 30}, {7, 9, 30}, {10, 12, 31}};
        for (int q = 1; q <= 4; q++) {
            Period p = Period.quarter(2027, q);
            LocalDate first = LocalDate.of(2027, months[q - 1][0], 1);
            LocalDate last = LocalDate.of(2027, months[q - 1][1], months[q - 1][2]);
            assertEquals(first, p.start(), p.toString());
            assertEquals(last, p.end(), p.toString());
            assertTrue(p.contains(first) && p.contains(last), p + " holds its first and last day");
            assertFalse(p.contains(first.minusDays(1)), p + " does not hold the day before");
            assertFalse(p.contains(last.plusDays(1)), p + " does not hold the day after");
            assertEquals(p, Period.quarterOf(first));
            assertEquals(p, Period.quarterOf(last));
            assertEquals(p, p.lastQuarter(), "a quarter is its own last quarter");
        }
    }

    @Test
    void theSecondHalfAndTheYearSpanTheirQuarters() {
        Period h2 = Period.half(2026, 2);
        assertEquals(LocalDate.of(2026, 7, 1), h2.start());
        assertEquals(LocalDate.of(2026, 12, 31), h2.end());
        assertEquals(Period.quarter(2026, 4), h2.lastQuarter());
        Period year = Period.year(2026);
        assertEquals(LocalDate.of(2026, 1, 1), year.start());
        assertEquals(LocalDate.of(2026, 12, 31), year.end());
        assertFalse(year.contains(LocalDate.of(2025, 12, 31)));
        assertFalse(year.contains(LocalDate.of(2027, 1, 1)));
        assertEquals(List.of(Period.quarter(2026, 1), Period.quarter(2026, 2), Period.quarter(2026, 3),
                Period.quarter(2026, 4)), year.quarters());
    }

    @Test
    void daysOutsideThePlansFallInTheirFirstOrLastQuarter() {
        assertEquals(Period.quarter(2025, 1), Period.quarterOf(LocalDate.of(2024, 11, 20)));
        assertEquals(Period.quarter(2030, 4), Period.quarterOf(LocalDate.of(2031, 2, 3)));
        assertEquals(Period.quarter(2025, 1), Period.quarterOf(LocalDate.of(2025, 1, 1)));
        assertEquals(Period.quarter(2030, 4), Period.quarterOf(LocalDate.of(2030, 12, 31)));
    }

    @Test
    void theQuartersOfThePlansAreListedInTimeOrderFromTheFirstToTheLast() {
        List<Period> all = Period.allQuarters();
        assertEquals(Period.quarter(2025, 1), all.get(0));
        assertEquals(Period.quarter(2030, 4), all.get(all.size() - 1));
        List<Period> sorted = new ArrayList<>(all);
        sorted.sort(null);
        assertEquals(all, sorted);
        for (int i = 1; i < all.size(); i++) {
            assertEquals(all.get(i - 1).end().plusDays(1), all.get(i).start(), "no gap, no overlap at " + all.get(i));
        }
    }

    @Test
    void withinAYearTheListShowsQuartersThenHalvesThenTheYear() {
        List<Period> list = new ArrayList<>(List.of(Period.year(2026), Period.half(2026, 2), Period.quarter(2027, 1),
                Period.quarter(2026, 4), Period.half(2026, 1), Period.quarter(2026, 1), Period.year(2025)));
        list.sort(null);
        assertEquals(List.of(Period.year(2025), Period.quarter(2026, 1), Period.quarter(2026, 4), Period.half(2026, 1),
                Period.half(2026, 2), Period.year(2026), Period.quarter(2027, 1)), list);
        assertEquals(0, Period.parse("2026-H1").compareTo(Period.half(2026, 1)));
    }

    @Test
    void aPeriodOutsideTheRangeOrWithAWrongNumberIsRefused() {
        assertEquals("period.outOfRange",
                assertThrows(PlanDeskException.class, () -> Period.quarter(2024, 4)).key());
        assertEquals("period.outOfRange",
                assertThrows(PlanDeskException.class, () -> Period.year(2031)).key());
        for (Runnable bad : List.<Runnable>of(() -> Period.quarter(2026, 0), () -> Period.quarter(2026, 5),
                () -> Period.half(2026, 0), () -> Period.half(2026, 3), () -> new Period(2026, Period.Kind.YEAR, 1))) {
            assertEquals("period.unreadable", assertThrows(PlanDeskException.class, bad::run).key());
        }
        assertThrows(IllegalArgumentException.class, () -> new Period(2026, null, 1), "a period needs a kind");
        assertEquals("period.unreadable", assertThrows(PlanDeskException.class, () -> Period.parse(null)).key());
        assertEquals("period.unreadable", assertThrows(PlanDeskException.class, () -> Period.parse("2026-H0")).key());
        Period.quarter(2025, 1);
        Period.quarter(2030, 4);
        Period.half(2030, 2);
    }
}
