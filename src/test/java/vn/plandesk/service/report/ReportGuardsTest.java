package vn.plandesk.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.ReportPeriod;
import vn.plandesk.model.ReportingRule;
import vn.plandesk.model.report.Report;
import vn.plandesk.service.SampleStore;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.edit.PlanEditors;
import vn.plandesk.service.register.DocumentRegister;
import vn.plandesk.service.reporting.ReportingCalendar;
import vn.plandesk.service.tracking.TrackingService;
import vn.plandesk.store.Database;
import vn.plandesk.store.DocumentRepository;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.ReportRepository;
import vn.plandesk.store.ReportingRuleRepository;
import vn.plandesk.store.TrackingRepository;

/**
 * What the report service refuses and where a draft is sent: a report is changed only through its own plan (its
 * undo history), sent once with both its number and its date, drafted only for a period; and "Kính gửi" names where
 * the plan's rules send that kind of report, else where its reports go.
 */
class ReportGuardsTest {
    private static final ReportPeriod RQ1 = ReportPeriod.quarter(2026, 1);

    @TempDir
    Path dir;
    private Database db;
    private PlanEditors editors;
    private ReportingCalendar calendar;
    private long chonThanh;
    private long kh92;

    @BeforeEach
    void store() {
        List<Long> ids = SampleStore.copyTo(dir);
        chonThanh = ids.get(2);
        kh92 = ids.get(1);
        db = Database.open(dir);
        PlanRepository plans = new PlanRepository(db);
        editors = new PlanEditors(plans);
        calendar = new ReportingCalendar(plans, new ReportingRuleRepository(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ReportService reports(LocalDate today) {
        PlanRepository plans = new PlanRepository(db);
        return new ReportService(new ReportRepository(db, new ReportText()), plans,
                new TrackingService(new TrackingRepository(db)), new DocumentRegister(new DocumentRepository(db)),
                calendar, Clock.fixed(today.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
    }

    @Test
    void aReportIsChangedOnlyThroughItsOwnPlan() {
        ReportService reports = reports(LocalDate.of(2026, 4, 3));
        PlanEditor own = editors.open(chonThanh);
        PlanEditor other = editors.open(kh92);
        Report draft = reports.draft(own, ReportKind.QUARTER, RQ1);
        int otherSteps = other.history().size();
        assertThrows(IllegalArgumentException.class, () -> reports.delete(other, draft.id()));
        assertThrows(IllegalArgumentException.class, () -> reports.update(other, draft.withSections(List.of())));
        assertThrows(IllegalArgumentException.class,
                () -> reports.markSent(other, draft.id(), "3", LocalDate.of(2026, 4, 5)));
        assertThrows(IllegalArgumentException.class, () -> reports.keepDraft(other,
                reports.drafted(chonThanh, ReportKind.QUARTER, RQ1)));
        Report sent = reports.markSent(own, draft.id(), "3", LocalDate.of(2026, 4, 5));
        assertThrows(IllegalArgumentException.class, () -> reports.correct(other, sent.id()));
        assertEquals(otherSteps, other.history().size(), "nothing was recorded in the other plan's history");
        assertEquals(List.of(sent), reports.reports(chonThanh), "nothing changed");
    }

    @Test
    void aReportIsSentOnceWithBothItsNumberAndItsDate() {
        ReportService reports = reports(LocalDate.of(2026, 4, 3));
        PlanEditor editor = editors.open(chonThanh);
        Report draft = reports.draft(editor, ReportKind.QUARTER, RQ1);
        assertEquals("report.notNumbered", assertThrows(PlanDeskException.class,
                () -> reports.markSent(editor, draft.id(), "12", null)).key(), "a number without a date");
        assertEquals("report.notNumbered", assertThrows(PlanDeskException.class,
                () -> reports.markSent(editor, draft.id(), "", LocalDate.of(2026, 4, 5))).key(), "a date without a number");
        assertEquals("report.notNumbered", assertThrows(PlanDeskException.class,
                () -> reports.markSent(editor, draft.id(), null, LocalDate.of(2026, 4, 5))).key());
        Report sent = reports.markSent(editor, draft.id(), "12", LocalDate.of(2026, 4, 5));
        assertEquals("report.sentIsSent", assertThrows(PlanDeskException.class,
                () -> reports.markSent(editor, sent.id(), "13", LocalDate.of(2026, 4, 6))).key());
        assertEquals("report.sentIsSent", assertThrows(PlanDeskException.class,
                () -> reports.markSent(editor, sent.id())).key());
        assertEquals(sent, reports.get(sent.id()));
        assertThrows(IllegalArgumentException.class, () -> reports.keepDraft(editor, sent),
                "a stored report is not kept again as a new draft");
        assertThrows(IllegalArgumentException.class, () -> reports.keepDraft(editor, sent.withId(null)),
                "nor a sent one");
    }

    @Test
    void aPeriodicReportNeedsItsPeriodAndIsDatedAtItsEndOrTodayWithinIt() {
        PlanEditor editor = editors.open(chonThanh);
        assertEquals("report.draft.noPeriod", assertThrows(PlanDeskException.class,
                () -> reports(LocalDate.of(2026, 4, 3)).drafted(editor.plan(), ReportKind.QUARTER, null)).key());
        assertEquals("(Tính đến 31/3/2026)", reports(LocalDate.of(2026, 4, 3)).drafted(editor.plan(),
                ReportKind.QUARTER, RQ1).appendices().get(0).note(), "drafted after the quarter: its last day");
        assertEquals("(Tính đến 15/3/2026)", reports(LocalDate.of(2026, 3, 15)).drafted(editor.plan(),
                ReportKind.QUARTER, RQ1).appendices().get(0).note(), "drafted within it: today");
        assertEquals("(Tính đến 31/3/2026)", reports(LocalDate.of(2025, 12, 20)).drafted(editor.plan(),
                ReportKind.QUARTER, RQ1).appendices().get(0).note(), "drafted ahead of it: its last day");
        assertEquals(ReportKind.HALF_YEAR, ReportService.kindOf(ReportPeriod.half(2026, 1)));
        assertEquals(ReportKind.QUARTER, ReportService.kindOf(RQ1));
        assertEquals(ReportKind.YEAR, ReportService.kindOf(ReportPeriod.year(2026)));
    }

    @Test
    void theDraftIsAddressedWhereTheRulesSendItsKindElseWhereTheReportsGo() {
        calendar.setRules(chonThanh, List.of(new ReportingRule(ReportKind.HALF_YEAR, 10, 6, "", ""),
                new ReportingRule(ReportKind.YEAR, 25, 11, "Phòng Văn hóa – Xã hội", ""),
                new ReportingRule(ReportKind.QUARTER, 5, 3, "UBND thành phố Đồng Xoài", "")));
        ReportService reports = reports(LocalDate.of(2026, 12, 1));
        assertEquals(List.of("UBND thành phố Đồng Xoài."),
                reports.drafted(chonThanh, ReportKind.QUARTER, RQ1).recipients(), "the quarter's own recipient");
        assertEquals(List.of("Phòng Văn hóa – Xã hội."),
                reports.drafted(chonThanh, ReportKind.YEAR, ReportPeriod.year(2026)).recipients());
        assertEquals(List.of("Phòng Văn hóa – Xã hội."), reports.drafted(chonThanh, ReportKind.HALF_YEAR,
                ReportPeriod.half(2026, 1)).recipients(), "a rule without a recipient: where the reports go");
        calendar.setRules(chonThanh, List.of());
        assertEquals(List.of(), reports.drafted(chonThanh, ReportKind.QUARTER, RQ1).recipients(), "no rule: blank");
    }
}
