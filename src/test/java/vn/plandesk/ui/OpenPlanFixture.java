package vn.plandesk.ui;

import java.nio.file.Path;
import java.util.List;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.service.PlanService;
import vn.plandesk.service.Settings;
import vn.plandesk.service.edit.PlanEditors;
import vn.plandesk.store.Database;
import vn.plandesk.service.register.DocumentRegister;
import vn.plandesk.service.report.ReportService;
import vn.plandesk.service.report.ReportText;
import vn.plandesk.service.reporting.ReportingCalendar;
import vn.plandesk.service.tracking.TrackingService;
import vn.plandesk.store.DocumentRepository;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.ReportRepository;
import vn.plandesk.store.ReportingRuleRepository;
import vn.plandesk.store.TrackingRepository;

/**
 * For view-model tests of the window's parts: a store on a real H2 file with the sample plans and the window's shared
 * state ({@link WindowContext}) without a window, a plan opened in it as the window opens one.
 */
final class OpenPlanFixture implements AutoCloseable {
    final Database db;
    final PlanRepository repository;
    final PlanService plans;
    final WindowContext context;
    /** The progress, the reporting rules and the reports, when asked for ({@link #withReports}); else null. */
    final TrackingService tracking;
    final ReportService reports;

    OpenPlanFixture(Path dir) {
        this(dir, false);
    }

    /** With the samples' reporting rules and documents, the progress and the reports of the store. */
    static OpenPlanFixture withReports(Path dir) {
        return new OpenPlanFixture(dir, true);
    }

    private OpenPlanFixture(Path dir, boolean reporting) {
        FxThread.start();
        db = Database.open(dir.resolve("store"));
        repository = new PlanRepository(db);
        if (reporting) {
            ReportingRuleRepository rules = new ReportingRuleRepository(db);
            DocumentRegister register = new DocumentRegister(new DocumentRepository(db));
            tracking = new TrackingService(new TrackingRepository(db));
            plans = new PlanService(repository, rules, register, tracking);
            reports = new ReportService(new ReportRepository(db, new ReportText()), repository, tracking, register,
                    new ReportingCalendar(repository, rules));
        } else {
            tracking = null;
            reports = null;
            plans = new PlanService(repository);
        }
        plans.loadSamples();
        context = FxThread.call(() -> new WindowContext(null, plans, new PlanEditors(repository), new Settings(dir)));
    }

    /** The id of the first stored plan of a kind (the Chơn Thành ward plan, KH 92 of the province). */
    long first(PlanKind kind) {
        return plans.list().stream().filter(p -> p.kind() == kind).map(PlanSummary::id).findFirst().orElseThrow();
    }

    /** Opens a plan as the window does, off the FX thread, and waits until it is shown. */
    Plan open(long id) {
        FxThread.run(() -> context.openPlan(id));
        FxThread.awaitIdle(context.background());
        return context.plan();
    }

    /** The plan as the store holds it now. */
    Plan stored() {
        return plans.get(context.plan().id());
    }

    /** The steps of the open plan's undo history. */
    int undoSteps() {
        return context.editor().history().size();
    }

    List<Long> taskIds(int group) {
        return context.plan().group(group).orElseThrow().tasks().stream().map(t -> t.id()).toList();
    }

    @Override
    public void close() {
        context.background().close();
        db.close();
    }
}
