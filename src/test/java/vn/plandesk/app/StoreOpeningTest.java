package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.store.Database;

/** The window's store opened while the toolkit starts, with the plan the window shows first read ahead. */
class StoreOpeningTest {
    @Test
    void theStoreOpensAndThePlanOpenLastIsReadAheadForTheWindow(@TempDir Path dir) throws Exception {
        long ward;
        try (Services s = Services.open(dir)) {
            ward = s.plans().list().stream().filter(p -> p.kind() == PlanKind.WARD).map(PlanSummary::id)
                    .findFirst().orElseThrow();
            s.settings().put("plan.last", ward);
            s.settings().save();
        }

        StoreOpening opening = StoreOpening.start(dir);
        try (Services s = opening.services()) {
            Optional<PlanEditor> read = opening.lastPlan().get(60, TimeUnit.SECONDS);

            assertTrue(read.isPresent(), "the plan open last is read while the toolkit starts");
            assertSame(read.get(), s.editors().open(ward), "the window finds its editor open, not read again");
            assertEquals(76, read.get().plan().taskCount());
        }
    }

    @Test
    void aNewStoreOpensWithNothingToReadAhead(@TempDir Path dir) throws Exception {
        StoreOpening opening = StoreOpening.start(dir);
        try (Services s = opening.services()) {
            assertTrue(s.isNew(), "the window loads the samples itself, showing their progress");
            assertEquals(Optional.empty(), opening.lastPlan().get(60, TimeUnit.SECONDS));
        }
    }

    @Test
    void aStoreInUseIsRefusedWhenTheWindowTakesIt(@TempDir Path dir) {
        try (Services held = Services.open(dir, Database.Holder.COMMAND)) {
            StoreOpening opening = StoreOpening.start(dir);

            PlanDeskException refused = assertThrows(PlanDeskException.class, opening::services);
            assertEquals("store.inUseByCommand", refused.key());
        }
    }
}
