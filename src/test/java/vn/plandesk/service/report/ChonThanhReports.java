package vn.plandesk.service.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The sample store's Chơn Thành plan open in its editor, with the services its reports are drafted from, on a store
 * copied into a test's folder; "today" is the day given, so that the draft's date does not depend on the machine's.
 */
final class ChonThanhReports implements AutoCloseable {
    final Database db;
    final PlanEditor editor;
    final TrackingService tracking;
    final DocumentRegister register;
    final ReportService reports;

    ChonThanhReports(Path dir, LocalDate today) {
        long planId = SampleStore.copyTo(dir).get(2);
        db = Database.open(dir);
        PlanRepository plans = new PlanRepository(db);
        editor = new PlanEditors(plans).open(planId);
        tracking = new TrackingService(new TrackingRepository(db));
        register = new DocumentRegister(new DocumentRepository(db));
        reports = new ReportService(new ReportRepository(db, new ReportText()), plans, tracking, register,
                new ReportingCalendar(plans, new ReportingRuleRepository(db)),
                Clock.fixed(today.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
    }

    @Override
    public void close() {
        db.close();
    }
}
