package vn.plandesk.draw.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.PlanTask;

/**
 * The timeline's frame: the axis refuses a range or a density it could not draw; the row of a task is found by its
 * store key, or, for a task not yet stored, by its value; the paper is landscape A4 or A3; and each meaning has a
 * colour of its own with an outline darker than its fill, so shapes stay apart when the page is printed in grey.
 */
class TimelineScaleTest {
    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    @Test
    void aRangeWithoutBothEndsOrEndingBeforeItStartsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TimelineScale(null, START, 1));
        assertThrows(IllegalArgumentException.class, () -> new TimelineScale(START, null, 1));
        assertThrows(IllegalArgumentException.class, () -> new TimelineScale(START, START.minusDays(1), 1));
        assertEquals(2.0, new TimelineScale(START, START, 2).width(), 1e-9, "one day is a range");
    }

    @Test
    void aDensityOfNothingOrLessOrNotANumberIsRefused() {
        for (double u : new double[]{0, -1, Double.NaN}) {
            assertThrows(IllegalArgumentException.class, () -> new TimelineScale(START, START.plusDays(9), u),
                    "units per day " + u);
        }
        assertEquals(10 * 0.001, new TimelineScale(START, START.plusDays(9), 0.001).width(), 1e-12);
    }

    @Test
    void theDayUnderAPointIsTheDayItFallsInKeptWithinTheRange() {
        TimelineScale scale = TimelineScale.plan(2.5);
        LocalDate day = LocalDate.of(2027, 3, 14);
        assertEquals(day, scale.date(scale.x(day)));
        assertEquals(day, scale.date(scale.xEnd(day) - 0.01), "the day's last point");
        assertEquals(day.plusDays(1), scale.date(scale.xEnd(day)));
        assertEquals(START, scale.date(-40), "before the range: its first day");
        assertEquals(LocalDate.of(2030, 12, 31), scale.date(scale.width() + 40), "after it: its last day");
    }

    @Test
    void theRowOfATaskIsFoundByItsKeyOrElseByItsValue() {
        PlanTask stored = PlanTask.named("1", "Đã lưu").withId(7L);
        PlanTask draft = PlanTask.named("2", "Chưa lưu");
        TimelineChart chart = new TimelineChart(TimelineScale.plan(1), List.of(TimelineRow.group(null, false),
                row(stored), row(draft)), START);

        assertEquals(1, chart.indexOf(stored.withName("Tên đã sửa")), "the same key after an edit");
        assertEquals(2, chart.indexOf(PlanTask.named("2", "Chưa lưu")));
        assertEquals(-1, chart.indexOf(PlanTask.named("2", "Khác")));
        assertEquals(-1, chart.indexOf(stored.withId(8L)));
        assertEquals(-1, chart.indexOf(null));
    }

    private static TimelineRow row(PlanTask t) {
        return new TimelineRow(null, t, 0, false, false, List.of());
    }

    @Test
    void thePaperIsLandscapeA4OrA3InPoints() {
        assertEquals(841.89, TimelinePaper.A4.width(), 0.01);
        assertEquals(595.28, TimelinePaper.A4.height(), 0.01);
        assertEquals(1190.55, TimelinePaper.A3.width(), 0.01);
        assertEquals(841.89, TimelinePaper.A3.height(), 0.01);
    }

    @Test
    void eachMeaningHasItsOwnColourWithAnOutlineDarkerThanItsFill() {
        Set<Integer> fills = new HashSet<>();
        Set<Integer> strokes = new HashSet<>();
        for (TimelineStyle st : TimelineStyle.values()) {
            assertTrue(fills.add(st.fill()), st + "'s fill is its own");
            assertTrue(strokes.add(st.stroke()), st + "'s outline is its own");
            assertTrue(luminance(st.stroke()) < luminance(st.fill()), st + "'s outline is darker");
        }
    }

    private static double luminance(int rgb) {
        return 0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF);
    }
}
