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
import vn.plandesk.store.PlanRepository;

/**
 * For view-model tests of the window's parts: a store on a real H2 file with the sample plans and the window's shared
 * state ({@link WindowContext}) without a window, a plan opened in it as the window opens one.
 */
final class OpenPlanFixture implements AutoCloseable {
    final Database db;
    final PlanRepository repository;
    final PlanService plans;
    final WindowContext context;

    OpenPlanFixture(Path dir) {
        FxThread.start();
        db = Database.open(dir.resolve("store"));
        repository = new PlanRepository(db);
        plans = new PlanService(repository);
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
