package vn.plandesk.service.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.tracking.IndicatorResult;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.service.SampleStore;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.edit.PlanEditors;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.TrackingRepository;

/**
 * An indicator's result corrected in the same period replaces the one before, and undo brings that one back; a result
 * of another plan's indicator is refused in one sentence and nothing is written.
 */
class IndicatorResultEditsTest {
    @TempDir
    Path dir;

    @Test
    void aCorrectedResultReplacesTheFormerAndUndoBringsItBack() {
        long planId = SampleStore.copyTo(dir).get(2);
        try (Database db = Database.open(dir)) {
            PlanEditor editor = new PlanEditors(new PlanRepository(db)).open(planId);
            TrackingService tracking = new TrackingService(new TrackingRepository(db));
            List<Indicator> indicators = editor.plan().indicators();
            Indicator tfp = indicators.get(8);
            Indicator other = indicators.get(9);
            IndicatorResult first = new IndicatorResult(tfp.id(), Period.year(2026), "54", null, "", null);
            IndicatorResult q1 = new IndicatorResult(tfp.id(), Period.quarter(2026, 1), "50", null, "", null);
            IndicatorResult otherYear = new IndicatorResult(other.id(), Period.year(2026), "48", null, "", null);
            tracking.recordResult(editor, first);
            tracking.recordResult(editor, q1);
            tracking.recordResult(editor, otherYear);
            IndicatorResult corrected = new IndicatorResult(tfp.id(), Period.year(2026), "56", null, "Cục Thống kê",
                    null);
            tracking.recordResult(editor, corrected);
            assertEquals(3, tracking.results(planId).size(), "the year's result is replaced, the others kept");
            assertTrue(tracking.results(planId).contains(corrected));
            assertTrue(tracking.results(planId).contains(q1));
            assertTrue(tracking.results(planId).contains(otherYear));
            assertTrue(editor.undo());
            assertTrue(tracking.results(planId).contains(first), "undo brings the former value back");
            assertEquals(3, tracking.results(planId).size());

            int steps = editor.history().size();
            long foreign = indicators.stream().mapToLong(Indicator::id).max().orElseThrow() + 1000;
            assertEquals("progress.noIndicator", assertThrows(PlanDeskException.class, () -> tracking.recordResult(
                    editor, new IndicatorResult(foreign, Period.year(2026), "1", null, "", null))).key());
            assertEquals(steps, editor.history().size());
            assertEquals(3, tracking.results(planId).size());
        }
    }
}
