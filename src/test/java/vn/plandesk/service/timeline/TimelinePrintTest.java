package vn.plandesk.service.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.plandesk.draw.timeline.TimelineChart;
import vn.plandesk.draw.timeline.TimelinePaper;
import vn.plandesk.io.pdf.TimelinePdf;
import vn.plandesk.model.Plan;
import vn.plandesk.service.SampleLibrary;

/**
 * The printed timeline's chart, before it is written: the plan's whole range from 2025 to 2030 fills the paper's chart
 * width exactly, on A4 and on the wider A3, so no bar runs off the page and no page is left half empty.
 */
class TimelinePrintTest {
    private static final Plan WARD = new SampleLibrary().plan("chon-thanh-ward-plan.json");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);

    @Test
    void thePlansWholeRangeFillsThePapersChartWidth() {
        for (TimelinePaper paper : TimelinePaper.values()) {
            TimelineChart chart = TimelineService.printedChart(WARD, paper, TODAY, null);
            assertEquals(LocalDate.of(2025, 1, 1), chart.scale().from(), paper.name());
            assertEquals(LocalDate.of(2030, 12, 31), chart.scale().to(), paper.name());
            assertEquals(TimelinePdf.chartWidth(paper), chart.scale().width(), 1e-6, paper.name());
            assertEquals(WARD.taskCount() + WARD.groups().size(), chart.rows().size(), "every group and task a row");
        }
        assertTrue(TimelineService.printedChart(WARD, TimelinePaper.A3, TODAY, null).scale().unitsPerDay()
                > TimelineService.printedChart(WARD, TimelinePaper.A4, TODAY, null).scale().unitsPerDay());
    }
}
