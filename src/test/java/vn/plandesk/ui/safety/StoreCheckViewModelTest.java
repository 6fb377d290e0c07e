package vn.plandesk.ui.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.service.Messages;
import vn.plandesk.service.StoreHealth;
import vn.plandesk.store.Database;
import vn.plandesk.ui.BackgroundWork;
import vn.plandesk.ui.FxThread;

/** The check runs in the background and its sentences replace the "running" line. */
class StoreCheckViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theCheckRunsOffTheFxThreadAndShowsWhatItFound() {
        FxThread.start();
        Messages.setLocale(Messages.VIETNAMESE);
        try (Database db = Database.open(dir); BackgroundWork work = new BackgroundWork(e -> { })) {
            StoreCheckViewModel model = new StoreCheckViewModel(new StoreHealth(db), work);
            FxThread.run(model::check);
            FxThread.awaitIdle(work);
            List<String> lines = FxThread.call(() -> List.copyOf(model.lines()));
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(lines.get(0).startsWith("Kho dữ liệu nguyên vẹn"), lines.get(0));
            assertTrue(FxThread.call(() -> model.wholeProperty().get()));
            assertFalse(FxThread.call(() -> model.runningProperty().get()));
        }
    }

    @Test
    void aFailedCheckOffersSalvageWhichCopiesTheSoundPlansIntoANewStoreAndNamesTheLostOne() throws Exception {
        FxThread.start();
        Messages.setLocale(Messages.VIETNAMESE);
        Path store = dir.resolve("store");
        Path target = dir.resolve("salvaged");
        List<vn.plandesk.model.Plan> samples = new vn.plandesk.service.SampleLibrary().plans();
        try (Database db = Database.open(store); BackgroundWork work = new BackgroundWork(e -> { })) {
            vn.plandesk.store.PlanRepository repo = new vn.plandesk.store.PlanRepository(db);
            repo.insert(samples.get(0));
            long damaged = repo.insert(samples.get(3));
            db.inTransaction(c -> {
                try (var s = c.createStatement()) {
                    return s.executeUpdate("UPDATE task SET name = name || 'x' WHERE id = (SELECT MIN(id) FROM task"
                            + " WHERE plan_id = " + damaged + ")");
                }
            });
            db.flush();
            StoreCheckViewModel model = new StoreCheckViewModel(new StoreHealth(db), work);
            assertFalse(FxThread.call(() -> model.salvageOfferedProperty().get()), "not before the check has run");
            FxThread.run(model::check);
            FxThread.awaitIdle(work);
            assertTrue(FxThread.call(() -> model.salvageOfferedProperty().get()), "offered when the check fails");

            FxThread.run(() -> model.salvageInto(target));
            FxThread.awaitIdle(work);
            List<String> lines = FxThread.call(() -> List.copyOf(model.lines()));
            assertTrue(lines.get(0).startsWith("Đã chép sang kho mới " + target + ": 1 kế hoạch,"), lines.toString());
            assertEquals("Không cứu được 1 mục:", lines.get(1), lines.toString());
            assertTrue(lines.get(2).startsWith("  Kế hoạch " + damaged + ": nội dung đọc được không khớp"), lines.toString());
            assertTrue(lines.get(3).startsWith("Kho bị hỏng "), lines.toString());
            // the open store is only flushed (its last commits written) before its file is copied: the damage stays
            // (this new store has no backup yet, so the sentence is the one that names none)
            assertEquals("store.planDamagedNoBackup", org.junit.jupiter.api.Assertions.assertThrows(
                    vn.plandesk.model.PlanDeskException.class, () -> repo.load(damaged)).key());
            assertEquals(samples.get(0), repo.load(1).orElseThrow().withoutIds());
        }
        try (Database db = Database.open(target)) {
            vn.plandesk.store.PlanRepository repo = new vn.plandesk.store.PlanRepository(db);
            assertEquals(List.of(samples.get(0)), repo.list().stream()
                    .map(p -> repo.load(p.id()).orElseThrow().withoutIds()).toList());
        }
    }
}
