package vn.plandesk.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.ReportPeriod;
import vn.plandesk.model.ReportingRule;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.report.ReportState;
import vn.plandesk.service.reporting.ReportingCalendar;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.ReportingRuleRepository;

/**
 * The report service's steps as the officer takes them: every report is listed; an edit is one step of the plan's
 * undo history, an edit that changes nothing is none, and a periodic report keeps its period whatever the edit says;
 * a report numbered and dated in its text is sent as it is and Ctrl+Z takes the sending back; the plan stays open in
 * its editor through every undo and redo; every plan's calendar shows each report's state; the status bar names a
 * late report and the next one due together; an unknown report or plan is told in one sentence.
 */
class ReportServiceStepsTest extends OnChonThanhReports {

    @Test
    void everyReportOfTheStoreIsListedAndAnUnknownOneIsToldInOneSentence() {
        Report draft = store.reports.draft(store.editor, ReportKind.QUARTER, RQ1);
        assertEquals(List.of(draft), store.reports.reports());
        assertEquals("report.notFound", assertThrows(PlanDeskException.class,
                () -> store.reports.get(draft.id() + 99)).key());
        assertEquals("plan.notFound", assertThrows(PlanDeskException.class,
                () -> store.reports.drafted(store.editor.plan().id() + 99, ReportKind.QUARTER, RQ1)).key());
        assertThrows(IllegalArgumentException.class, () -> store.reports.update(store.editor, draft.withId(null)),
                "a report not stored is not updated");
    }

    @Test
    void anEditIsOneUndoStepAndTheEditorKeepsItsPlanThroughUndoAndRedo() {
        List<Plan> heard = new ArrayList<>();
        store.editor.addListener(heard::add);
        Report draft = store.reports.draft(store.editor, ReportKind.QUARTER, RQ1);
        int steps = store.editor.history().size();
        Report edited = store.reports.update(store.editor, draft.withSections(draft.sections().subList(0, 2)));
        assertEquals(steps + 1, store.editor.history().size());
        assertEquals(edited, store.reports.get(draft.id()));

        assertTrue(store.editor.undo());
        assertEquals(draft, store.reports.get(draft.id()), "undo puts the draft back");
        assertTrue(store.editor.plan() != null && store.editor.plan().id() != null, "the plan stays open");
        assertTrue(store.editor.redo());
        assertEquals(edited, store.reports.get(draft.id()), "redo makes the edit again");
        assertEquals(store.editor.plan(), heard.get(heard.size() - 1), "the window heard the plan, not nothing");
        assertTrue(heard.stream().allMatch(p -> p != null));
    }

    @Test
    void anEditThatChangesNothingIsNoStep() {
        Report draft = store.reports.draft(store.editor, ReportKind.QUARTER, RQ1);
        int steps = store.editor.history().size();
        assertEquals(draft, store.reports.update(store.editor, draft));
        assertEquals(steps, store.editor.history().size());
    }

    @Test
    void aPeriodicReportKeepsItsPeriodAndAReportOnRequestTakesTheOneGiven() {
        ReportPeriod half = ReportPeriod.half(2026, 1);
        Report quarter = store.reports.draft(store.editor, ReportKind.QUARTER, RQ1);
        Report asked = store.reports.draft(store.editor, ReportKind.AD_HOC, RQ1);
        assertEquals(RQ1, store.reports.update(store.editor, withPeriod(quarter, half)).period());
        assertEquals(half, store.reports.update(store.editor, withPeriod(asked, half)).period());
        assertEquals(half, store.reports.get(asked.id()).period());
    }

    @Test
    void aReportNumberedAndDatedInItsTextIsSentAsItIsAndCtrlZTakesTheSendingBack() {
        Report draft = store.reports.draft(store.editor, ReportKind.QUARTER, RQ1);
        Report numbered = store.reports.update(store.editor,
                draft.withNumberAndDate("21", draft.symbol(), LocalDate.of(2026, 4, 5)));
        Report sent = store.reports.markSent(store.editor, draft.id());
        assertEquals(ReportState.SENT, sent.state());
        assertEquals("21", sent.number());
        assertEquals(sent, store.reports.get(draft.id()));
        assertTrue(store.editor.undo());
        assertEquals(numbered, store.reports.get(draft.id()), "a draft again, as numbered");
    }

    @Test
    void everyPlansCalendarShowsEachReportsStateAndTheStatusBarNamesALateAndTheNextTogether() {
        long plan = store.editor.plan().id();
        new ReportingCalendar(new PlanRepository(store.db), new ReportingRuleRepository(store.db)).setRules(plan,
                List.of(new ReportingRule(ReportKind.HALF_YEAR, 10, 6, "", ""),
                        new ReportingRule(ReportKind.YEAR, 15, 6, "", "")));
        Report draft = store.reports.draft(store.editor, ReportKind.HALF_YEAR, ReportPeriod.half(2026, 1));
        List<ReportService.Slotted> slots = store.reports.calendarOfEveryPlan(2026);
        ReportService.Slotted half = slots.stream().filter(s -> s.scheduled().planId() == plan
                && s.slot().due().kind() == ReportKind.HALF_YEAR).findFirst().orElseThrow();
        assertEquals(ReportState.DRAFT, half.slot().state());
        assertEquals(draft.id(), half.slot().reportId());

        String said = store.reports.dueWarning(LocalDate.of(2026, 6, 12)).orElseThrow();
        assertTrue(said.startsWith("Báo cáo 6 tháng (6 tháng đầu năm 2026) đã quá hạn gửi từ ngày 10/06/2026"), said);
        assertTrue(said.contains(" Báo cáo năm (năm 2026, chưa lập) đến hạn ngày 15/06/2026, còn 3 ngày."), said);
    }

    private static Report withPeriod(Report r, ReportPeriod period) {
        return new Report(r.id(), r.planId(), r.kind(), period, r.asOf(), r.parentOrgan(), r.issuingOrgan(),
                r.locality(), r.number(), r.symbol(), r.date(), r.summary(), r.recipients(), r.introduction(),
                r.sections(), r.closing(), r.distribution(), r.signer(), r.appendices(), r.footnotes(), r.state(),
                r.version(), r.previousVersion(), r.sentAt());
    }
}
