package vn.plandesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a task has due in a given year, as the year and quarter filters ask it, for deadlines that do not recur. */
class DeadlineDueInYearTest {

    @Test
    void aDatedDeadlineIsDueOnlyInItsOwnYear() {
        Deadline q2 = Deadline.of("Quý II/2027");
        assertEquals(LocalDate.of(2027, 6, 30), q2.dueDateIn(2027));
        assertNull(q2.dueDateIn(2026));
        assertNull(q2.dueDateIn(2028));
        assertEquals(LocalDate.of(2025, 12, 31), Deadline.of("Tháng 12/2025").dueDateIn(2025));
        assertEquals(LocalDate.of(2026, 12, 31), Deadline.of("Năm 2026").dueDateIn(2026));
        assertEquals(LocalDate.of(2026, 2, 28), Deadline.of("Tháng 02/2026").dueDateIn(2026));
    }

    @Test
    void nothingIsDueForWorkDoneUnreadableOrWithoutAYear() {
        for (String text : new String[]{"Đã thực hiện", "", "khi có chỉ đạo của tỉnh", "Tháng 5", "Quý/3"}) {
            Deadline d = Deadline.of(text);
            for (int y = Deadline.PLAN_START_YEAR; y <= Deadline.PLAN_END_YEAR; y++) {
                assertNull(d.dueDateIn(y), text + " in " + y);
            }
        }
    }

    @Test
    void aDeadlineThatGoesOnIsDueInItsYearAndEveryYearAfter() {
        Deadline d = Deadline.of("Quý II/2026 và các năm tiếp theo");
        assertEquals(LocalDate.of(2026, 6, 30), d.dueDateIn(2026));
        assertEquals(LocalDate.of(2030, 12, 31), d.dueDateIn(2030));
        assertNull(d.dueDateIn(2025));
    }
}
