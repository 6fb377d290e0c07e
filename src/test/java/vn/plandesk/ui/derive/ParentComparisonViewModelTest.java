package vn.plandesk.ui.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.service.Messages;
import vn.plandesk.service.SampleStore;
import vn.plandesk.service.derive.DerivationService;
import vn.plandesk.service.derive.ParentTask;
import vn.plandesk.service.derive.PlanChange;
import vn.plandesk.service.derive.PlanDiffTestAccess;
import vn.plandesk.service.derive.Remapping;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.store.Database;
import vn.plandesk.store.DerivationRepository;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.ui.BackgroundWork;
import vn.plandesk.ui.FxThread;

/**
 * "So sánh với kế hoạch cấp trên" without a window: the view model on a real store lists the parent's changes, accepts
 * one or all (on the worker), undoes through the plan's history, asks before deleting ward tasks, and maps the ward's
 * tasks onto a replacing plan.
 */
class ParentComparisonViewModelTest {
    @TempDir
    Path dir;
    private Database db;
    private PlanRepository plans;
    private DerivationService derivations;
    private BackgroundWork work;
    private final List<String> errors = new ArrayList<>();
    private final AtomicInteger changed = new AtomicInteger();
    private long kh92;
    private long chonThanh;
    private long plan2026;

    @BeforeEach
    void open() {
        List<Long> ids = SampleStore.copyTo(dir);
        kh92 = ids.get(1);
        chonThanh = ids.get(2);
        plan2026 = ids.get(3);
        db = Database.open(dir);
        plans = new PlanRepository(db);
        derivations = new DerivationService(plans, new DerivationRepository(db));
        work = new BackgroundWork(t -> errors.add("unhandled " + t));
    }

    @AfterEach
    void close() {
        work.close();
        db.close();
    }

    /** A ward plan derived from all of KH 92, whose parent the province then edits. */
    private long wardOfEditedKh92() {
        long ward = derivations.derive(kh92, "phường Chơn Thành", null);
        plans.replace(kh92, PlanDiffTestAccess.editedKh92());
        return ward;
    }

    private ParentComparisonViewModel model(long ward, PlanEditor editor) {
        return FxThread.call(() -> {
            ParentComparisonViewModel m = new ParentComparisonViewModel(derivations, ward, editor, work,
                    changed::incrementAndGet);
            m.setOnError(errors::add);
            m.load();
            return m;
        });
    }

    private static List<PlanChange.Kind> kinds(ParentComparisonViewModel m) {
        return m.changes().stream().map(PlanChange::kind).toList();
    }

    @Test
    void listsTheChangesAcceptsOneAndUndoesItThroughThePlansHistory() {
        long ward = wardOfEditedKh92();
        PlanEditor editor = new PlanEditor(plans, derivations.plan(ward));
        ParentComparisonViewModel m = model(ward, editor);
        assertEquals(List.of(PlanChange.Kind.REWORDED, PlanChange.Kind.DEADLINE, PlanChange.Kind.REMOVED,
                PlanChange.Kind.ADDED, PlanChange.Kind.RENUMBERED), kinds(m));
        assertEquals(Messages.get("compare.status", 5), m.statusProperty().get());
        assertEquals(m.changes().get(0), m.selectedProperty().get(), "the first change is selected");
        assertTrue(m.detailProperty().get().startsWith(m.changeText(m.changes().get(0))));
        assertFalse(m.canUndoProperty().get());
        assertFalse(m.acceptDisabled().get());
        assertFalse(m.mappableProperty().get(), "nothing to map when the parent is the same plan");
        assertEquals(Messages.get("compare.title", derivations.plan(ward).issuer()), m.titleProperty().get());

        FxThread.run(m::accept);
        assertEquals(4, m.changes().size());
        assertEquals(1, changed.get());
        assertTrue(m.canUndoProperty().get());
        assertTrue(derivations.plan(ward).allTasks().stream().anyMatch(t -> t.name().endsWith("trên toàn phường")),
                "the reworded task is stored");
        assertTrue(editor.history().canUndo(), "the accepted change is a step of the plan's undo history");

        FxThread.run(m::undo);
        assertEquals(5, m.changes().size());
        assertFalse(m.canUndoProperty().get());
        assertTrue(derivations.plan(ward).allTasks().stream().noneMatch(t -> t.name().endsWith("trên toàn phường")));
        assertTrue(errors.isEmpty(), errors::toString);
    }

    @Test
    void acceptAllRunsOnTheWorkerDeletesNothingAndIsOneStepOfUndo() {
        long ward = wardOfEditedKh92();
        int tasks = derivations.plan(ward).taskCount();
        ParentComparisonViewModel m = model(ward, null);
        FxThread.run(m::acceptAll);
        FxThread.awaitIdle(work);
        assertFalse(m.busyProperty().get());
        assertEquals(List.of(PlanChange.Kind.REMOVED), kinds(m), "a removal waits for the officer's word");
        assertEquals(tasks + 1, derivations.plan(ward).taskCount(), "the added task is in, none deleted");
        assertTrue(m.statusProperty().get().startsWith(Messages.get("compare.acceptedAll", 4, "").strip()),
                m.statusProperty().get());
        FxThread.run(m::undo);
        assertEquals(5, m.changes().size(), "one step of undo takes the whole acceptance back");
        assertEquals(tasks, derivations.plan(ward).taskCount());
        assertTrue(errors.isEmpty(), errors::toString);
    }

    @Test
    void deletingTheWardTasksOfARemovedParentTaskNeedsTheOfficersWord() {
        long ward = wardOfEditedKh92();
        int tasks = derivations.plan(ward).taskCount();
        ParentComparisonViewModel m = model(ward, null);
        PlanChange removed = m.changes().get(2);
        List<ParentComparisonViewModel.Deletion> asked = new ArrayList<>();
        m.setConfirmDeletion(d -> {
            asked.add(d);
            return false;
        });
        FxThread.run(() -> m.selectedProperty().set(removed));
        assertTrue(m.removableProperty().get());
        FxThread.run(m::accept);
        assertEquals(1, asked.size(), "accepting a removal asks first");
        ParentComparisonViewModel.Deletion d = asked.get(0);
        assertEquals(Messages.get("compare.deleteHeader", removed.wardTasks().size()), d.header());
        assertEquals(removed.wardTasks().size(), d.lines().size());
        assertTrue(d.lines().get(0).contains(removed.wardTasks().get(0)), d.lines().toString());
        assertEquals(tasks, derivations.plan(ward).taskCount(), "refused: nothing deleted");
        assertEquals(5, m.changes().size());

        m.setConfirmDeletion(x -> true);
        FxThread.run(m::deleteWardTasks);
        assertEquals(tasks - removed.wardTasks().size(), derivations.plan(ward).taskCount());
        assertEquals(4, m.changes().size());
        assertTrue(m.changes().stream().noneMatch(c -> c.kind() == PlanChange.Kind.REMOVED));
        assertTrue(m.canUndoProperty().get());
    }

    @Test
    void aReplacingPlanIsMappedTaskByTaskAndATaskWithoutCounterpartIsKept() {
        ParentComparisonViewModel m = model(chonThanh, null);
        FxThread.run(() -> m.againstProperty().set(m.choices().stream().filter(p -> p.id() == plan2026)
                .findFirst().orElseThrow()));
        assertTrue(m.session().isReplacement());
        assertEquals(Messages.get("compare.statusReplacement", m.changes().size(),
                m.changes().stream().filter(c -> !m.session().acceptedByAll(c)).count()), m.statusProperty().get());
        PlanChange relink = m.changes().stream().filter(c -> c.kind() == PlanChange.Kind.RELINK).findFirst()
                .orElseThrow();
        FxThread.run(() -> m.selectedProperty().set(relink));
        assertTrue(m.mappableProperty().get());
        assertEquals(3, m.candidates().size());
        assertTrue(m.candidates().get(0).chosen(), "the proposal is ticked");
        assertTrue(m.candidatesText(relink).contains(" · "), m.candidatesText(relink));
        assertEquals(relink.newKey(), m.targetProperty().get().key(), "the list of points shows the proposal");

        // the ward task follows two points
        List<String> two = List.of(m.candidates().get(0).key(), m.candidates().get(1).key());
        FxThread.run(() -> m.chooseCandidates(two));
        PlanChange both = m.selectedProperty().get();
        assertEquals(relink.oldKey(), both.oldKey());
        assertEquals(two, Remapping.keys(both.newKey()));

        // a point that is not in the new plan is refused in one sentence
        FxThread.run(() -> {
            m.targetProperty().set(new ParentTask(1, "99.z)", PlanTask.named("z)", "Không có"), false));
            m.retarget();
        });
        assertEquals(1, errors.size());
        assertFalse(errors.get(0).isBlank());

        // no counterpart: kept citing the old plan, nothing in the ward plan changes
        Plan before = derivations.plan(chonThanh);
        PlanChange unmatched = m.changes().stream().filter(c -> c.kind() == PlanChange.Kind.UNMATCHED).findFirst()
                .orElseThrow();
        FxThread.run(() -> {
            m.selectedProperty().set(unmatched);
            m.keepOld();
        });
        assertTrue(m.changes().stream().noneMatch(c -> unmatched.oldKey().equals(c.oldKey())));
        assertEquals(before, derivations.plan(chonThanh));
        assertNull(unmatched.newKey());
    }
}
