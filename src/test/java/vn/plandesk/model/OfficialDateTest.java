package vn.plandesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.plandesk.service.SampleLibrary;

class OfficialDateTest {
    @Test
    void leadingZeroOnlyForDaysBelowTenAndTheFirstTwoMonths() {
        assertEquals("15/9/2025", OfficialDate.numeric(LocalDate.of(2025, 9, 15)));
        assertEquals("05/01/2026", OfficialDate.numeric(LocalDate.of(2026, 1, 5)));
        assertEquals("ngày 29 tháng 6 năm 2025", OfficialDate.spelled(LocalDate.of(2025, 6, 29)));
        assertEquals("Trước ngày 15/9/2025", Deadline.of("trước 15/09/2025").canonical());
    }

    @Test
    void aDraftBelongsToTheYearOfTheDocumentsItNames() {
        SampleLibrary samples = new SampleLibrary();
        // drawn up after KH 92 of 15/9/2025; its targets "đến năm 2030, 2045" are not dates
        assertEquals(2025, OfficialDate.year(samples.plan("chon-thanh-ward-plan.json"), 2031));
        // implements Nghị quyết 11/NQ-CP of 14 January 2026
        assertEquals(2026, OfficialDate.year(samples.plan("province-2026-plan.json"), 2031));
    }
}
