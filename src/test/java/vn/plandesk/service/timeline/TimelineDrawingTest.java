package vn.plandesk.service.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.WardRole;
import vn.plandesk.draw.timeline.RecordingSurface;
import vn.plandesk.draw.timeline.TimelineChart;
import vn.plandesk.draw.timeline.TimelinePainter;
import vn.plandesk.draw.timeline.TimelineRow;
import vn.plandesk.draw.timeline.TimelineScale;
import vn.plandesk.draw.timeline.TimelineShape;
import vn.plandesk.draw.timeline.TimelineStyle;
import vn.plandesk.draw.timeline.TimelineZoom;
import vn.plandesk.model.tracking.StatusRule;
import vn.plandesk.service.SampleLibrary;

/** The Chơn Thành plan drawn row by row on a recording surface: each due date's diamond stands where its date is. */
class TimelineDrawingTest {
    private static final double ORIGIN = 300;
    private static final double ROW = 24;

    @Test
    void everyDatedTaskOfTheWardPlanHasItsDiamondAtTheEndOfItsDueDay() {
        Plan ward = new SampleLibrary().plan("chon-thanh-ward-plan.json");
        TimelineScale scale = TimelineScale.plan(TimelineZoom.QUARTER);
        LocalDate today = LocalDate.of(2026, 6, 15);
        TimelineChart chart = TimelineLayout.build(ward, scale, Set.of(), Map.of(), today);
        int diamonds = 0;
        for (int i = 0; i < chart.rows().size(); i++) {
            TimelineRow row = chart.rows().get(i);
            if (row.isGroup()) {
                continue;
            }
            RecordingSurface s = new RecordingSurface();
            TimelinePainter.paintShapes(s, row, ORIGIN, i * ROW, ROW);
            PlanTask t = row.task();
            LocalDate due = t.deadline().dueDate();
            List<RecordingSurface.Op> polygons = s.ofKind("fillPolygon");
            boolean dated = row.shapes().stream().anyMatch(x -> x instanceof TimelineShape.Diamond);
            if (!dated) {
                continue;
            }
            diamonds++;
            RecordingSurface.Op diamond = polygons.get(polygons.size() - 1);
            double x = ORIGIN + scale.xEnd(due);
            assertEquals(x, diamond.v()[0], 1e-9, t.number() + " " + t.deadline().printed());
            assertEquals(i * ROW + ROW / 2, diamond.v()[5], 1e-9, "on the row's middle: " + t.number());
            TimelineStyle expected = row.overdue() ? TimelineStyle.OVERDUE
                    : t.role() == WardRole.LEAD ? TimelineStyle.LEAD : TimelineStyle.COORDINATE;
            assertEquals(expected.fill(), diamond.rgb(), t.number());
            assertEquals(due.isBefore(today) && !t.deadline().openEnded() && !StatusRule.waitsForProvince(t),
                    row.overdue(), "late unless it goes on or waits for the province: " + t.number());
            // its bar ends at the diamond
            RecordingSurface.Op bar = s.ofKind("fillRect").get(0);
            assertTrue(bar.v()[0] + bar.v()[2] <= x + 1e-9, t.number());
        }
        assertTrue(diamonds > 10, "the ward plan has dated tasks: " + diamonds);
    }
}
