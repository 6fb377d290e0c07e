package vn.plandesk.model.tracking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.PlanDeskException;

class PeriodTest {
    @Test
    void readsAndPrintsQuartersHalvesAndYears() {
        for (String s : List.of("2026-Q1", "2026-H1", "2026", "2030-Q4", "2025-H2")) {
            assertEquals(s, Period.parse(s).toString());
        }
        assertEquals(Period.quarter(2026, 3), Period.parse(" 2026-q3 "));
    }

    @Test
    void halvesAndYearsAreMadeOfQuarters() {
        assertEquals(List.of(Period.quarter(2026, 1), Period.quarter(2026, 2)), Period.parse("2026-H1").quarters());
        assertEquals(List.of(Period.quarter(2026, 3), Period.quarter(2026, 4)), Period.parse("2026-H2").quarters());
        assertEquals(4, Period.year(2027).quarters().size());
        assertEquals(Period.quarter(2027, 4), Period.year(2027).lastQuarter());
        assertEquals(LocalDate.of(2026, 4, 1), Period.quarter(2026, 2).start());
        assertEquals(LocalDate.of(2026, 6, 30), Period.half(2026, 1).end());
        assertTrue(Period.year(2026).contains(LocalDate.of(2026, 12, 31)));
        assertFalse(Period.quarter(2026, 1).contains(LocalDate.of(2026, 4, 1)));
        assertEquals(24, Period.allQuarters().size());
        assertEquals(Period.quarter(2026, 2), Period.quarterOf(LocalDate.of(2026, 5, 9)));
    }

    @Test
    void badPeriodsAreRefusedInOneSentence() {
        for (String s : List.of("", "2026-Q5", "2026-H3", "Q1", "2026-Q", "abc")) {
            assertEquals("period.unreadable", assertThrows(PlanDeskException.class, () -> Period.parse(s)).key(), s);
        }
        assertEquals("period.outOfRange",
                assertThrows(PlanDeskException.class, () -> Period.parse("2031-Q1")).key());
        assertArrayEquals(new Object[] {"2026-q5"},
                assertThrows(PlanDeskException.class, () -> Period.parse(" 2026-q5 ")).args(),
                "the sentence names the period as typed");
    }

    @Test
    void labelsComeFromTheBundleKeysWithTheYearAsText() {
        assertEquals("period.quarter", Period.parse("2026-Q1").labelKey());
        assertArrayEquals(new Object[] {"2026", "I"}, Period.parse("2026-Q1").labelArgs());
        assertEquals("period.firstHalf", Period.parse("2026-H1").labelKey());
        assertEquals("period.secondHalf", Period.parse("2026-H2").labelKey());
        assertEquals("period.year", Period.parse("2026").labelKey());
    }

    @Test
    void periodsSortByTime() {
        assertTrue(Period.quarter(2025, 4).compareTo(Period.quarter(2026, 1)) < 0);
        assertTrue(Period.quarter(2026, 2).compareTo(Period.quarter(2026, 3)) < 0);
    }
}
