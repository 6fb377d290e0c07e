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
}
