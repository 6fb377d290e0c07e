package vn.plandesk.draw.timeline;

import java.util.List;

/**
 * One entry of the timeline's legend: sample shapes (x from 0 to {@link #SAMPLE_WIDTH}) and what they mean. With
 * {@code todayLine} the sample is today's dashed line instead.
 */
public record LegendItem(String label, List<TimelineShape> shapes, boolean todayLine) {
    public static final double SAMPLE_WIDTH = 24;

    public LegendItem {
        shapes = List.copyOf(shapes);
    }
}
