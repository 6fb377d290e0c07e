package vn.plandesk.model.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanTask;

class StatusRuleTest {
    private static final Period Q1 = Period.quarter(2026, 1);
    private static final Period Q2 = Period.quarter(2026, 2);
    private static final Period Q3 = Period.quarter(2026, 3);

    private static PlanTask task(long id, String deadline, String note) {
        return new PlanTask(id, "1", "Nhiệm vụ thử", "", List.of("Phòng Kinh tế"), List.of(), "", Deadline.of(deadline),
                null, null, note, List.of(), List.of());
    }

    @Test
    void aOneOffTaskKeepsItsLatestStatusUntilDone() {
        PlanTask t = task(1, "Quý IV/2026", "");
        PlanProgress p = PlanProgress.of(List.of(ProgressEntry.of(1, Q1, ProgressStatus.IN_PROGRESS)));
        assertEquals(ProgressStatus.NOT_STARTED, p.statusOf(t, Period.quarter(2025, 4)), "before its first entry");
        assertEquals(ProgressStatus.IN_PROGRESS, p.statusOf(t, Q1));
        assertEquals(ProgressStatus.IN_PROGRESS, p.statusOf(t, Q3), "carried on");
        p = p.with(ProgressEntry.of(1, Q2, ProgressStatus.DONE));
        assertEquals(ProgressStatus.DONE, p.statusOf(t, Q3));
        assertEquals(ProgressStatus.DONE, p.statusOf(t, Period.year(2028)));
        assertEquals(ProgressStatus.IN_PROGRESS, p.statusOf(t, Q1), "earlier periods keep their own");
    }

    @Test
    void aRecurringTaskNeedsAnEntryInEachPeriod() {
        for (String d : List.of("Thường xuyên", "Hàng năm", "Quý I hằng năm", "2025 và những năm tiếp theo")) {
            PlanTask t = task(2, d, "");
            PlanProgress p = PlanProgress.of(List.of(ProgressEntry.of(2, Q1, ProgressStatus.DONE)));
            assertEquals(ProgressStatus.DONE, p.statusOf(t, Q1), d);
            assertEquals(ProgressStatus.NOT_STARTED, p.statusOf(t, Q2), d + ": a new period, nothing reported yet");
            assertEquals(ProgressStatus.DONE, p.statusOf(t, Period.half(2026, 1)), d + ": the half includes Q1");
        }
    }

    @Test
    void aTaskThatWaitsForTheProvinceSaysSoUntilReported() {
        PlanTask t = task(3, "Tháng 12/2025", "Thực hiện khi có chỉ đạo, hướng dẫn triển khai của tỉnh");
        assertEquals(ProgressStatus.WAITING, PlanProgress.empty().statusOf(t, Q1));
        assertEquals(ProgressStatus.WAITING, StatusLookup.UNTRACKED.statusOf(t));
        PlanProgress p = PlanProgress.of(List.of(ProgressEntry.of(3, Q1, ProgressStatus.IN_PROGRESS)));
        assertEquals(ProgressStatus.IN_PROGRESS, p.statusOf(t, Q1));
        assertEquals(ProgressStatus.DONE, StatusRule.defaultStatus(task(4, "Đã thực hiện", "")));
    }

    @Test
    void aTaskWhoseTimeSaysItWaitsForTheProvinceWaitsToo() {
        // the province's appendices put the condition in the time column and leave the note empty
        PlanTask t = task(5, "Thực hiện khi có chỉ đạo, hướng dẫn của tỉnh", "");
        assertEquals(ProgressStatus.WAITING, PlanProgress.empty().statusOf(t, Q1));
        assertTrue(StatusRule.waitsForProvince(t));
        assertFalse(StatusRule.waitsForProvince(task(6, "Quý II/2026", "Phối hợp với Công an phường")));
        assertEquals(ProgressStatus.NOT_STARTED, StatusRule.defaultStatus(task(6, "Quý II/2026", "")));
    }

    @Test
    void lateIsDuePassedAndNotFinishedNorWaiting() {
        assertTrue(StatusRule.late(ProgressStatus.NOT_STARTED, true));
        assertTrue(StatusRule.late(ProgressStatus.IN_PROGRESS, true));
        assertTrue(StatusRule.late(ProgressStatus.BEHIND, false), "reported behind is late whatever the date");
        for (ProgressStatus s : List.of(ProgressStatus.DONE, ProgressStatus.DONE_LATE, ProgressStatus.WAITING,
                ProgressStatus.NOT_DONE)) {
            assertFalse(StatusRule.late(s, true), s.name());
        }
        assertFalse(StatusRule.late(ProgressStatus.IN_PROGRESS, false));
    }

    @Test
    void notCarriedOutNeedsItsReason() {
        assertEquals("progress.reasonRequired", assertThrows(PlanDeskException.class,
                () -> ProgressEntry.of(1, Q1, ProgressStatus.NOT_DONE)).key());
        new ProgressEntry(1, Q1, ProgressStatus.NOT_DONE, "", null, "", "", "Tỉnh dừng triển khai", "", List.of());
        assertThrows(IllegalArgumentException.class, () -> ProgressEntry.of(1, Period.year(2026), ProgressStatus.DONE));
        assertThrows(IllegalArgumentException.class, () -> ProgressEntry.of(1, Q1, null), "an entry without a status");
        assertEquals("progress.tooLong", assertThrows(PlanDeskException.class, () -> new ProgressEntry(1, Q1,
                ProgressStatus.DONE, "x".repeat(ProgressEntry.MAX_TEXT + 1), null, "", "", "", "", List.of())).key());
        // the limit itself is allowed
        assertEquals(ProgressEntry.MAX_TEXT, new ProgressEntry(1, Q1, ProgressStatus.DONE, "", null, "", "", "",
                "x".repeat(ProgressEntry.MAX_TEXT), List.of()).evidence().length());
    }

    @Test
    void progressChangesShareNothingWithTheOldState() {
        PlanProgress a = PlanProgress.of(List.of(ProgressEntry.of(1, Q1, ProgressStatus.DONE)));
        PlanProgress b = a.with(ProgressEntry.of(1, Q2, ProgressStatus.DONE)).without(1, Q1);
        assertEquals(1, a.size());
        assertEquals(List.of(Q2), List.copyOf(b.entries(1).keySet()));
        assertEquals(0, b.without(1, Q2).size());
        // what a reader is handed cannot change the recorded progress behind the store's back
        for (PlanProgress p : List.of(a, b, a.withAll(List.of(ProgressEntry.of(2, Q1, ProgressStatus.DONE))))) {
            assertThrows(UnsupportedOperationException.class, () -> p.entries(1).clear());
        }
        assertEquals(ProgressStatus.DONE, ProgressStatus.byName("done"));
        assertEquals(ProgressStatus.DONE_LATE, ProgressStatus.byName("done-late"));
    }
}
