package vn.plandesk.model.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.PlanTask;

/**
 * What the officer records for a task and reads back: which entry a period shows, what counts as evidence, which
 * statuses are finished or closed, and when a deadline has passed.
 */
class RecordedProgressTest {
    private static final Period Q1 = Period.quarter(2026, 1);
    private static final Period Q2 = Period.quarter(2026, 2);
    private static final Period Q3 = Period.quarter(2026, 3);

    private static PlanTask task(Long id, String deadline) {
        return new PlanTask(id, "1", "Nhiệm vụ thử", "", List.of("Phòng Kinh tế"), List.of(), "", Deadline.of(deadline),
                null, null, "", List.of(), List.of());
    }

    @Test
    void aDeadlinePassesTheDayAfterItsLastDay() {
        Deadline q1 = Deadline.of("Quý I/2026");
        assertFalse(StatusRule.duePassed(q1, LocalDate.of(2026, 3, 31)), "due on 31/3, not yet passed that day");
        assertTrue(StatusRule.duePassed(q1, LocalDate.of(2026, 4, 1)));
        assertFalse(StatusRule.duePassed(Deadline.of("Thường xuyên"), LocalDate.of(2030, 12, 31)),
                "recurring work is never past due");
        assertFalse(StatusRule.duePassed(Deadline.of("2025 và những năm tiếp theo"), LocalDate.of(2027, 1, 1)),
                "open-ended work is never past due");
        assertFalse(StatusRule.duePassed(Deadline.of("Đã thực hiện"), LocalDate.of(2030, 12, 31)),
                "no day named, none to pass");
    }

    @Test
    void finishedIsDoneOrDoneLateAndClosedAddsNotCarriedOut() {
        Set<ProgressStatus> finished = EnumSet.noneOf(ProgressStatus.class);
        Set<ProgressStatus> closed = EnumSet.noneOf(ProgressStatus.class);
        for (ProgressStatus s : ProgressStatus.values()) {
            if (s.finished()) {
                finished.add(s);
            }
            if (s.closed()) {
                closed.add(s);
            }
            assertEquals("progress.status." + s.name(), s.key());
            assertEquals(s, ProgressStatus.byName(" " + s.name().toLowerCase().replace('_', '-') + " "));
        }
        assertEquals(EnumSet.of(ProgressStatus.DONE, ProgressStatus.DONE_LATE), finished);
        assertEquals(EnumSet.of(ProgressStatus.DONE, ProgressStatus.DONE_LATE, ProgressStatus.NOT_DONE), closed);
        assertNull(ProgressStatus.byName(null));
        assertNull(ProgressStatus.byName("hoàn thành"), "the Vietnamese label is read elsewhere, not as a name");
    }

    @Test
    void evidenceIsATextOrADocumentOfTheRegisterAndEachDocumentCountsOnce() {
        ProgressEntry bare = ProgressEntry.of(1, Q1, ProgressStatus.DONE);
        assertFalse(bare.hasEvidence());
        assertTrue(bare.documentIds().isEmpty());
        ProgressEntry text = new ProgressEntry(1, Q1, ProgressStatus.DONE, " Đã xong ", null, "", "", "",
                "  Báo cáo số 12/BC-UBND ", null);
        assertTrue(text.hasEvidence());
        assertEquals("Báo cáo số 12/BC-UBND", text.evidence(), "kept without the spaces around it");
        assertEquals("Đã xong", text.result());
        assertTrue(text.documentIds().isEmpty(), "no list given is an empty list");
        ProgressEntry docs = new ProgressEntry(1, Q1, ProgressStatus.DONE, "", null, "", "", "", "",
                List.of(7L, 3L, 7L));
        assertTrue(docs.hasEvidence());
        assertEquals(List.of(7L, 3L), docs.documentIds());
        assertEquals(9, docs.withTaskId(9).taskId());
        assertEquals(docs.documentIds(), docs.withTaskId(9).documentIds());
    }

    @Test
    void aOneOffTaskShowsItsEarlierEntryAndARecurringOneShowsNothingInALaterPeriod() {
        PlanProgress p = PlanProgress.of(List.of(ProgressEntry.of(1, Q1, ProgressStatus.IN_PROGRESS),
                ProgressEntry.of(2, Q1, ProgressStatus.IN_PROGRESS)));
        PlanTask oneOff = task(1L, "Quý IV/2026");
        PlanTask recurring = task(2L, "Thường xuyên");
        assertEquals(Optional.of(ProgressEntry.of(1, Q1, ProgressStatus.IN_PROGRESS)), p.entryFor(oneOff, Q3));
        assertEquals(Optional.empty(), p.entryFor(recurring, Q3));
        assertEquals(Optional.of(ProgressEntry.of(2, Q1, ProgressStatus.IN_PROGRESS)),
                p.entryFor(recurring, Period.half(2026, 1)), "the half holds Q1");
        assertEquals(Optional.empty(), p.entryFor(oneOff, Period.quarter(2025, 4)), "nothing before the first entry");
        assertEquals(ProgressStatus.IN_PROGRESS, p.lookup(Q3).statusOf(oneOff));
        assertEquals(ProgressStatus.NOT_STARTED, p.lookup(Q3).statusOf(recurring));
        assertEquals(ProgressStatus.NOT_STARTED, p.statusOf(task(null, "Quý IV/2026"), Q1),
                "a task not yet stored has nothing recorded");
        assertEquals(Optional.empty(), p.entryFor(task(null, "Quý IV/2026"), Q1));
    }

    @Test
    void quartersReadLaterReplaceTheSameQuarterAndKeepTheRest() {
        PlanProgress p = PlanProgress.of(List.of(ProgressEntry.of(1, Q1, ProgressStatus.IN_PROGRESS),
                ProgressEntry.of(2, Q1, ProgressStatus.DONE)));
        assertTrue(p == p.withAll(List.of()), "nothing read, nothing changed");
        PlanProgress q = p.withAll(List.of(ProgressEntry.of(1, Q1, ProgressStatus.BEHIND),
                ProgressEntry.of(1, Q2, ProgressStatus.DONE_LATE), ProgressEntry.of(3, Q2, ProgressStatus.WAITING)));
        assertEquals(ProgressStatus.BEHIND, q.entry(1, Q1).orElseThrow().status());
        assertEquals(ProgressStatus.DONE_LATE, q.entry(1, Q2).orElseThrow().status());
        assertEquals(ProgressStatus.DONE, q.entry(2, Q1).orElseThrow().status(), "another task's entry is kept");
        assertEquals(ProgressStatus.WAITING, q.entry(3, Q2).orElseThrow().status());
        assertEquals(4, q.size());
        assertEquals(2, p.size(), "the old state is left as it was");
        assertEquals(ProgressStatus.IN_PROGRESS, p.entry(1, Q1).orElseThrow().status());
        assertTrue(p == p.without(1, Q2), "removing what is not there changes nothing");
        assertEquals(List.of(Q1), List.copyOf(q.without(1, Q2).entries(1).keySet()));
    }

    @Test
    void everyEntryIsListedByTaskThenQuarter() {
        PlanProgress p = PlanProgress.of(List.of(ProgressEntry.of(30, Q2, ProgressStatus.DONE),
                ProgressEntry.of(4, Q3, ProgressStatus.DONE), ProgressEntry.of(30, Q1, ProgressStatus.IN_PROGRESS),
                ProgressEntry.of(4, Q1, ProgressStatus.IN_PROGRESS)));
        assertEquals(List.of("4 " + Q1, "4 " + Q3, "30 " + Q1, "30 " + Q2),
                p.all().stream().map(e -> e.taskId() + " " + e.period()).toList());
        assertTrue(PlanProgress.empty().all().isEmpty());
        assertEquals(0, PlanProgress.empty().size());
    }

    @Test
    void anIndicatorJudgedByHandOnlyKeepsARealJudgement() {
        IndicatorResult byHand = new IndicatorResult(1, Period.year(2026), " Đã hình thành ", null, "", Judgement.BY_HAND);
        assertNull(byHand.byHand(), "waiting for the officer is no judgement");
        assertEquals("Đã hình thành", byHand.value());
        assertEquals(Judgement.BY_HAND, byHand.judge("Hình thành khu dân cư số"));
        IndicatorResult judged = new IndicatorResult(1, Period.year(2026), "Đã hình thành", null, "",
                Judgement.ACHIEVED);
        assertEquals(Judgement.ACHIEVED, judged.judge("Hình thành khu dân cư số"));
        assertEquals(5, judged.withIndicatorId(5).indicatorId());
        IndicatorResult number = new IndicatorResult(2, Period.year(2026), "85", null, "Chi cục Thống kê", null);
        assertEquals(Judgement.EXCEEDED, number.judge("≥ 80"));
        assertEquals(Judgement.NOT_ACHIEVED, number.judge("≤ 25"));
    }

    @Test
    void aValueWithoutANumberKeepsTheOfficersJudgementOfANumericTarget() {
        assertEquals(Judgement.ACHIEVED, IndicatorJudge.judge(vn.plandesk.model.IndicatorTarget.parse("≥ 80"),
                "Đạt theo báo cáo của Sở", Judgement.ACHIEVED));
        assertEquals(Judgement.NOT_ACHIEVED, new IndicatorResult(1, Period.year(2026), "chưa có số liệu", null, "",
                Judgement.NOT_ACHIEVED).judge("100"));
        assertEquals(Judgement.BY_HAND, new IndicatorResult(1, Period.year(2026), "chưa có số liệu", null, "", null)
                .judge("100"), "nothing to judge by: the officer judges");
    }

    @Test
    void aFigureInTheValueOfATargetInWordsIsLeftToTheOfficer() {
        assertEquals(Judgement.BY_HAND, new IndicatorResult(1, Period.year(2026), "Đã triển khai 3 điểm", null, "", null)
                .judge("Triển khai hạ tầng IoT ở mức cơ bản"));
    }

    @Test
    void anIndicatorResultNeedsItsPeriod() {
        assertThrows(IllegalArgumentException.class, () -> new IndicatorResult(1, null, "85", null, "", null));
    }

    @Test
    void aTrackingWithNothingRecordedIsEmptyAndKeepsItsOwnLists() {
        assertTrue(PlanTracking.none().isEmpty());
        PlanTracking nothingGiven = new PlanTracking(null, null, null);
        assertTrue(nothingGiven.isEmpty());
        assertEquals(List.of(), nothingGiven.progress());
        assertEquals(List.of(), nothingGiven.results());
        List<ProgressEntry> entries = new java.util.ArrayList<>(List.of(ProgressEntry.of(1, Q1, ProgressStatus.DONE)));
        List<IndicatorResult> results = new java.util.ArrayList<>(
                List.of(new IndicatorResult(1, Period.year(2026), "85", null, "", null)));
        PlanTracking t = new PlanTracking(entries, results, null);
        entries.clear();
        results.clear();
        assertFalse(t.isEmpty());
        assertEquals(1, t.progress().size(), "a list changed after it was given is not the tracking's");
        assertEquals(1, t.results().size());
    }

    @Test
    void aTargetsBoundIsJudgedAsWritten() {
        assertEquals(Judgement.NOT_ACHIEVED, IndicatorJudge.judge(vn.plandesk.model.IndicatorTarget.parse("< 10"), "10",
                null), "a strict upper bound is not met by the bound");
        assertEquals(Judgement.ACHIEVED, IndicatorJudge.judge(vn.plandesk.model.IndicatorTarget.parse("< 10"), "9,9",
                null));
        assertEquals(Judgement.ACHIEVED, IndicatorJudge.judge(vn.plandesk.model.IndicatorTarget.parse("16-18"), "18",
                null), "the top of a range meets it");
        assertEquals(Judgement.EXCEEDED, IndicatorJudge.judge(vn.plandesk.model.IndicatorTarget.parse("16-18"), "18,1",
                null));
        assertEquals(Judgement.NOT_ACHIEVED, IndicatorJudge.judge(vn.plandesk.model.IndicatorTarget.parse("16-18"),
                "15,9", null));
        assertEquals(Judgement.ACHIEVED, IndicatorJudge.judge(vn.plandesk.model.IndicatorTarget.parse("> 0,7"), "0,71",
                null));
    }
}
