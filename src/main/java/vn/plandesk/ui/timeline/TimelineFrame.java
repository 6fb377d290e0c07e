package vn.plandesk.ui.timeline;

import java.util.List;
import vn.plandesk.draw.timeline.TimelineChart;
import vn.plandesk.draw.timeline.TimelinePainter;
import vn.plandesk.draw.timeline.TimelineRow;
import vn.plandesk.draw.timeline.TimelineShape;
import vn.plandesk.draw.timeline.TimelineSurface;

/**
 * One screen frame of the timeline: the axis on top, the names on the left, and only the rows in view. Independent
 * of JavaFX (it paints onto any {@link TimelineSurface}), so the benchmark can time exactly what the canvas draws.
 */
public final class TimelineFrame {
    public static final double ROW_HEIGHT = 24;
    public static final double AXIS_HEIGHT = 36;
    public static final double NUMBER_WIDTH = 46;
    public static final double FONT_SIZE = 12;

    /**
     * What the viewer sees.
     *
     * @param width     the frame's width
     * @param height    the frame's height
     * @param nameWidth the names column's width
     * @param scrollX   how far the chart is scrolled right, in chart units
     * @param scrollY   how far the rows are scrolled down, in pixels
     * @param selected  the selected row, or -1
     * @param dragRow   the row whose diamond is being dragged, or -1
     * @param dragX     where the dragged diamond is, in chart units
     * @param dragLabel the deadline the drop would write
     */
    public record View(double width, double height, double nameWidth, double scrollX, double scrollY, int selected,
                       int dragRow, double dragX, String dragLabel) {
    }

    private TimelineFrame() {
    }

    public static int firstVisibleRow(View v) {
        return (int) Math.floor(v.scrollY() / ROW_HEIGHT);
    }

    public static void paint(TimelineSurface s, TimelineChart chart, TimelinePainter.AxisLabels labels,
                             String numberHeader, String nameHeader, View v) {
        double chartLeft = v.nameWidth();
        double originX = chartLeft - v.scrollX();
        double bodyTop = AXIS_HEIGHT;
        double bottom = v.height();
        s.fillRect(0, 0, v.width(), v.height(), 0xFFFFFF);
        List<TimelineRow> rows = chart.rows();
        int first = Math.max(0, firstVisibleRow(v));
        int last = Math.min(rows.size() - 1, (int) Math.floor((v.scrollY() + bottom - bodyTop) / ROW_HEIGHT));
        double contentBottom = Math.min(bottom, bodyTop + rows.size() * ROW_HEIGHT - v.scrollY());
        s.pushClip(chartLeft, bodyTop, v.width() - chartLeft, bottom - bodyTop);
        TimelinePainter.paintGrid(s, chart.scale(), originX, chartLeft, v.width(), bodyTop, contentBottom);
        s.popClip();
        s.pushClip(0, bodyTop, v.width(), bottom - bodyTop);
        for (int i = first; i <= last; i++) {
            TimelineRow row = rows.get(i);
            double top = bodyTop + i * ROW_HEIGHT - v.scrollY();
            if (row.isGroup()) {
                String title = row.group().roman() + ". " + row.group().title();
                String line = TimelinePainter.ellipsize(s, title, FONT_SIZE, true, v.width() - 30);
                TimelinePainter.paintGroupBand(s, row, 0, v.width(), top, ROW_HEIGHT, FONT_SIZE, true, List.of(line));
                continue;
            }
            if (i == v.selected()) {
                s.fillRect(0, top, v.width(), ROW_HEIGHT, TimelinePainter.SELECTED_BACKGROUND);
            }
            double nameSpace = v.nameWidth() - NUMBER_WIDTH - 6 - row.depth() * FONT_SIZE;
            String name = TimelinePainter.ellipsize(s, row.task().name(), FONT_SIZE, false, nameSpace);
            s.pushClip(0, top, v.nameWidth(), ROW_HEIGHT);
            TimelinePainter.paintNameCell(s, row, 0, NUMBER_WIDTH, top, ROW_HEIGHT, FONT_SIZE, List.of(name));
            s.popClip();
            s.pushClip(chartLeft, top, v.width() - chartLeft, ROW_HEIGHT);
            if (i == v.dragRow()) {
                paintDragged(s, row, originX, top, v);
            } else {
                TimelinePainter.paintShapes(s, row, originX, top, ROW_HEIGHT);
            }
            // today's line runs through task rows only, so it never crosses a group's title
            TimelinePainter.paintToday(s, chart.scale(), chart.today(), originX, chartLeft, v.width(), top,
                    top + ROW_HEIGHT);
            TimelinePainter.paintStatusMarks(s, row, originX, top, ROW_HEIGHT);
            s.popClip();
            s.line(0, top + ROW_HEIGHT, v.width(), top + ROW_HEIGHT, TimelinePainter.GRID_MINOR, 0.5, false);
            // the names column's edge, row by row: a group's band runs across it
            s.line(chartLeft, top, chartLeft, top + ROW_HEIGHT, TimelinePainter.GRID_YEAR, 1, false);
        }
        s.popClip();
        // header: column names over the names, the axis over the chart
        s.fillRect(0, 0, chartLeft, AXIS_HEIGHT, TimelinePainter.AXIS_BACKGROUND);
        s.text(numberHeader, 4, AXIS_HEIGHT / 2 + FONT_SIZE * 0.35, FONT_SIZE, true, TimelinePainter.TEXT);
        s.text(nameHeader, NUMBER_WIDTH, AXIS_HEIGHT / 2 + FONT_SIZE * 0.35, FONT_SIZE, true, TimelinePainter.TEXT);
        s.line(0, AXIS_HEIGHT, chartLeft, AXIS_HEIGHT, TimelinePainter.GRID_YEAR, 1, false);
        TimelinePainter.paintAxis(s, chart.scale(), labels, originX, chartLeft, v.width(), 0, AXIS_HEIGHT,
                FONT_SIZE);
        s.line(chartLeft, 0, chartLeft, AXIS_HEIGHT, TimelinePainter.GRID_YEAR, 1, false);
    }

    /** The row while its diamond is dragged: the old shapes faint under a ghost diamond and the new deadline. */
    private static void paintDragged(TimelineSurface s, TimelineRow row, double originX, double top, View v) {
        TimelinePainter.paintShapes(s, row, originX, top, ROW_HEIGHT);
        TimelineShape.Diamond d = row.movableDiamond();
        TimelineRow ghost = new TimelineRow(row.group(), row.task(), row.depth(), false, false,
                List.of(new TimelineShape.Diamond(v.dragX(), null, true, d == null ? row.shapes().get(0).style()
                        : d.style())));
        TimelinePainter.paintShapes(s, ghost, originX, top, ROW_HEIGHT);
        double x = originX + v.dragX() + 10;
        double w = s.textWidth(v.dragLabel(), FONT_SIZE, true) + 8;
        s.fillRect(x, top + 3, w, ROW_HEIGHT - 6, 0xFFFFE0);
        s.strokeRect(x, top + 3, w, ROW_HEIGHT - 6, TimelinePainter.BORDER, 0.8);
        s.text(v.dragLabel(), x + 4, top + ROW_HEIGHT / 2 + FONT_SIZE * 0.35, FONT_SIZE, true, TimelinePainter.TEXT);
    }
}
