package vn.plandesk.draw.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;

/**
 * What the painter draws, read from a display list: each shape where the chart puts it, in its style's colours; the
 * axis labelled by years and quarters or by quarters and months; grid lines, today's line, group bands, name cells,
 * the legend; text cut and wrapped to its width.
 */
class TimelinePainterTest {
    private static final double EPS = 1e-9;
    private static final TimelinePainter.AxisLabels LABELS = new TimelinePainter.AxisLabels(
            n -> "Q" + n, n -> "Th" + n, n -> "Tháng " + n);

    private final RecordingSurface s = new RecordingSurface();

    private static TimelineRow row(TimelineShape... shapes) {
        return new TimelineRow(null, null, 0, false, false, List.of(shapes));
    }

    private static void assertOp(RecordingSurface.Op op, String kind, int rgb, double... v) {
        assertEquals(kind, op.kind(), op.toString());
        assertEquals(rgb, op.rgb(), op.toString());
        assertArrayEquals(v, op.v(), EPS, op.toString());
    }

    // ---- shapes: row at top 100, 20 high (middle 110), scale x = 0 at surface x 50

    @Test
    void aBarIsABoxAcrossItsPeriodWithAGapToItsNeighbour() {
        TimelinePainter.paintShapes(s, row(new TimelineShape.Bar(10, 110, TimelineStyle.LEAD)), 50, 100, 20);
        assertEquals(2, s.ops.size());
        assertOp(s.ops.get(0), "fillRect", TimelineStyle.LEAD.fill(), 61, 105.4, 98, 9.2);
        assertOp(s.ops.get(1), "strokeRect", TimelineStyle.LEAD.stroke(), 61, 105.4, 98, 9.2);
        assertEquals(0.6, s.ops.get(1).lineWidth(), EPS);
    }

    @Test
    void aShortBarKeepsItsWidthAndAVeryShortOneStaysVisible() {
        TimelinePainter.paintShapes(s, row(new TimelineShape.Bar(10, 14, TimelineStyle.COORDINATE),
                new TimelineShape.Bar(10, 10.5, TimelineStyle.OVERDUE)), 50, 100, 20);
        assertOp(s.ops.get(0), "fillRect", TimelineStyle.COORDINATE.fill(), 60, 105.4, 4, 9.2);
        assertOp(s.ops.get(2), "fillRect", TimelineStyle.OVERDUE.fill(), 60, 105.4, 1.5, 9.2);
        assertOp(s.ops.get(3), "strokeRect", TimelineStyle.OVERDUE.stroke(), 60, 105.4, 1.5, 9.2);
    }

    @Test
    void aTallRowKeepsBarsAndDiamondsAtTheirLargestSize() {
        TimelinePainter.paintShapes(s, row(new TimelineShape.Bar(0, 100, TimelineStyle.LEAD),
                new TimelineShape.Diamond(100, LocalDate.of(2026, 6, 30), true, TimelineStyle.LEAD)), 0, 0, 100);
        assertOp(s.ops.get(0), "fillRect", TimelineStyle.LEAD.fill(), 1, 44, 98, 12);
        assertOp(s.ops.get(2), "fillPolygon", TimelineStyle.LEAD.fill(), 100, 107, 100, 93, 43, 50, 57, 50);
    }

    @Test
    void aBandIsAThinStripAndEndsInAnArrowWhenTheWorkGoesOn() {
        TimelinePainter.paintShapes(s, row(new TimelineShape.Band(0, 300, TimelineStyle.UNIT),
                new TimelineShape.Arrow(300, TimelineStyle.UNIT)), 50, 100, 20);
        assertOp(s.ops.get(0), "fillRect", TimelineStyle.UNIT.fill(), 50, 108.4, 300, 3.2);
        assertOp(s.ops.get(1), "fillPolygon", TimelineStyle.UNIT.stroke(), 341.6, 350, 341.6, 104, 110, 116);
        assertEquals(2, s.ops.size());
    }

    // ---- tracking: statuses that read in black and white, the plan as issued

    @Test
    void eachStatusIsItsOwnMarkOnADiscNotOnlyAColour() {
        TimelinePainter.paintShapes(s, row(new TimelineShape.StatusMark(100, TimelineStyle.DONE)), 50, 100, 20);
        // a white disc ringed in green with a check of two strokes
        assertEquals(0xFFFFFF, s.ofKind("fillPolygon").get(0).rgb());
        assertEquals(8, s.ofKind("fillPolygon").get(0).v().length / 2, "an octagon");
        assertEquals(TimelineStyle.DONE.stroke(), s.ofKind("strokePolygon").get(0).rgb());
        List<RecordingSurface.Op> check = s.ofKind("line");
        assertEquals(2, check.size());
        assertTrue(check.get(0).v()[3] > check.get(0).v()[1] && check.get(1).v()[3] < check.get(1).v()[1],
                "down then up: a check");
        assertEquals(150, (check.get(0).v()[0] + check.get(1).v()[2]) / 2, 2, "centred on the period's middle");

        s.ops.clear();
        TimelinePainter.paintShapes(s, row(new TimelineShape.StatusMark(100, TimelineStyle.OVERDUE)), 50, 100, 20);
        // late: a dark disc with a white "!" (a stroke and a dot), which prints as such in grey
        assertEquals(TimelineStyle.OVERDUE.stroke(), s.ofKind("fillPolygon").get(0).rgb());
        assertEquals(1, s.ofKind("line").size());
        assertEquals(0xFFFFFF, s.ofKind("line").get(0).rgb());
        assertEquals(0xFFFFFF, s.ofKind("fillRect").get(0).rgb());

        s.ops.clear();
        TimelinePainter.paintShapes(s, row(new TimelineShape.StatusMark(100, TimelineStyle.WAITING)), 50, 100, 20);
        // waiting: an hourglass, two triangles meeting at the middle
        List<RecordingSurface.Op> glass = s.ofKind("fillPolygon").subList(1, 3);
        assertEquals(List.of(TimelineStyle.WAITING.stroke(), TimelineStyle.WAITING.stroke()),
                glass.stream().map(RecordingSurface.Op::rgb).toList());
        assertEquals(110, glass.get(0).v()[5], EPS);
        assertEquals(110, glass.get(1).v()[5], EPS);
        assertTrue(s.ofKind("line").isEmpty());
    }

    @Test
    void theMarksArePaintedAgainOverTodaysLineAndNothingElseIs() {
        TimelineRow row = row(new TimelineShape.Bar(10, 110, TimelineStyle.DONE),
                new TimelineShape.StatusMark(100, TimelineStyle.DONE));
        TimelinePainter.paintShapes(s, row, 50, 100, 20);
        List<RecordingSurface.Op> all = List.copyOf(s.ops);
        s.ops.clear();
        TimelinePainter.paintStatusMarks(s, row, 50, 100, 20);
        assertEquals(all.subList(2, all.size()).toString(), s.ops.toString(), "the mark alone, drawn the same");
    }

    @Test
    void aWaitingBarIsHatchedInsideItsBoxAndOtherBarsAreNot() {
        TimelinePainter.paintShapes(s, row(new TimelineShape.Bar(10, 110, TimelineStyle.WAITING)), 50, 100, 20);
        assertEquals("fillRect", s.ops.get(0).kind());
        assertEquals("pushClip", s.ops.get(1).kind());
        List<RecordingSurface.Op> hatch = s.ofKind("line");
        assertTrue(hatch.size() >= 15, "a line every 5 units across 98");
        assertTrue(hatch.stream().allMatch(l -> l.rgb() == TimelineStyle.WAITING.stroke()
                && Math.abs(l.v()[2] - l.v()[0] - (l.v()[1] - l.v()[3])) < EPS), "diagonals");
        assertEquals("strokeRect", s.ops.get(s.ops.size() - 1).kind(), "the box is drawn over its hatching");

        s.ops.clear();
        TimelinePainter.paintShapes(s, row(new TimelineShape.Bar(10, 110, TimelineStyle.DONE)), 50, 100, 20);
        assertTrue(s.ofKind("line").isEmpty());
    }

    @Test
    void theDeadlineAsIssuedIsAnOutlineUnderTheBarWithATickAtItsEnd() {
        TimelinePainter.paintShapes(s, row(new TimelineShape.Baseline(10, 200, TimelineStyle.BASELINE)), 50, 100, 20);
        assertEquals(2, s.ops.size());
        RecordingSurface.Op outline = s.ops.get(0);
        assertEquals("strokeRect", outline.kind());
        assertEquals(TimelineStyle.BASELINE.stroke(), outline.rgb());
        assertArrayEquals(new double[]{60, 116.1, 190, 2.4}, outline.v(), EPS, "under the bar (105.4 to 114.6)");
        assertOp(s.ops.get(1), "line", TimelineStyle.BASELINE.stroke(), 250, 103.4, 250, 119.5);
        assertEquals(1.6, s.ops.get(1).lineWidth(), EPS);

        s.ops.clear();
        TimelinePainter.paintShapes(s, row(new TimelineShape.Added(10, TimelineStyle.BASELINE)), 50, 100, 20);
        assertEquals(List.of("fillRect", "strokeRect", "line", "line"),
                s.ops.stream().map(RecordingSurface.Op::kind).toList(), "a boxed +");
    }

    @Test
    void aThinRowStillShowsTheBand() {
        TimelinePainter.paintShapes(s, row(new TimelineShape.Band(0, 10, TimelineStyle.UNIT)), 0, 0, 5);
        assertOp(s.ops.get(0), "fillRect", TimelineStyle.UNIT.fill(), 0, 1.75, 10, 1.5);
    }

    @Test
    void aDiamondSitsOnTheDueDateAtTheRowsMiddle() {
        TimelinePainter.paintShapes(s, row(new TimelineShape.Diamond(200, LocalDate.of(2026, 6, 30), true,
                TimelineStyle.LEAD)), 50, 100, 20);
        assertOp(s.ops.get(0), "fillPolygon", TimelineStyle.LEAD.fill(), 250, 256.8, 250, 243.2, 103.2, 110, 116.8, 110);
        assertOp(s.ops.get(1), "strokePolygon", TimelineStyle.LEAD.stroke(), 250, 256.8, 250, 243.2, 103.2, 110, 116.8,
                110);
        assertEquals(0.8, s.ops.get(1).lineWidth(), EPS);
    }

    @Test
    void aYearlyMarkIsItsPeriodWithATickAtItsEnd() {
        TimelinePainter.paintShapes(s, row(new TimelineShape.Mark(100, 200, TimelineStyle.LEAD)), 50, 100, 20);
        assertEquals(3, s.ops.size());
        assertOp(s.ops.get(0), "fillRect", TimelineStyle.LEAD.fill(), 151, 108.4, 98, 3.2);
        assertOp(s.ops.get(1), "fillPolygon", TimelineStyle.LEAD.fill(), 241.2, 250, 245.6, 104.72, 104.72, 113.96);
        assertOp(s.ops.get(2), "strokePolygon", TimelineStyle.LEAD.stroke(), 241.2, 250, 245.6, 104.72, 104.72,
                113.96);
    }

    @Test
    void aMarkOnOneDayIsOnlyTheTick() {
        TimelinePainter.paintShapes(s, row(new TimelineShape.Mark(100, 108, TimelineStyle.COORDINATE)), 50, 100, 20);
        assertEquals(List.of("fillPolygon", "strokePolygon"), s.ops.stream().map(RecordingSurface.Op::kind).toList());
    }

    @Test
    void anUnreadableDeadlineShowsAWarningSignAndDoneWorkACheck() {
        TimelinePainter.paintShapes(s, row(new TimelineShape.Warning(0, TimelineStyle.WARNING)), 50, 100, 20);
        assertOp(s.ops.get(0), "fillPolygon", TimelineStyle.WARNING.fill(), 52, 66, 59, 115.95, 115.95, 103);
        assertOp(s.ops.get(1), "strokePolygon", TimelineStyle.WARNING.stroke(), 52, 66, 59, 115.95, 115.95, 103);
        assertOp(s.ops.get(2), "line", TimelinePainter.TEXT, 59, 107.55, 59, 112.1);
        assertOp(s.ops.get(3), "fillRect", TimelinePainter.TEXT, 58.23, 113.15, 1.54, 1.54);
        s.ops.clear();
        TimelinePainter.paintShapes(s, row(new TimelineShape.Check(0, TimelineStyle.DONE)), 50, 100, 20);
        assertEquals(2, s.ops.size());
        assertOp(s.ops.get(0), "line", TimelineStyle.DONE.stroke(), 52, 110, 56.2, 114.2);
        assertOp(s.ops.get(1), "line", TimelineStyle.DONE.stroke(), 56.2, 114.2, 64, 104);
    }

    // ---- axis and grid over 2025–2030

    @Test
    void atYearZoomTheAxisShowsYearsOverQuarters() {
        TimelineScale scale = TimelineScale.plan(TimelineZoom.YEAR);
        TimelinePainter.paintAxis(s, scale, LABELS, 0, 0, scale.width(), 0, 40, 10);
        List<RecordingSurface.Op> bold = s.texts().stream().filter(RecordingSurface.Op::flag).toList();
        assertEquals(List.of("2025", "2026", "2027", "2028", "2029", "2030"), bold.stream().map(RecordingSurface.Op::text).toList());
        for (int i = 0; i < 6; i++) {
            double x0 = scale.x(LocalDate.of(2025 + i, 1, 1));
            assertArrayEquals(new double[]{x0 + 4, 14, 10}, bold.get(i).v(), EPS, bold.get(i).toString());
        }
        List<RecordingSurface.Op> quarters = s.texts().stream().filter(o -> !o.flag()).toList();
        assertEquals(24, quarters.size());
        assertEquals(List.of("Q1", "Q2", "Q3", "Q4"), quarters.subList(4, 8).stream().map(RecordingSurface.Op::text).toList());
        // 2026's third quarter, centred in its period, on the lower line
        double px0 = scale.x(LocalDate.of(2026, 7, 1));
        double px1 = scale.xEnd(LocalDate.of(2026, 9, 30));
        assertArrayEquals(new double[]{(px0 + px1 - 9) / 2, 40 - (20 - 9) / 2.0 - 1, 9}, quarters.get(6).v(), EPS);
        assertEquals(TimelinePainter.TEXT_MUTED, quarters.get(6).rgb());
        // a strong line at each new year, light ones between quarters, all inside the axis's clip
        assertEquals("pushClip", s.ops.get(1).kind());
        assertEquals(6, s.ofKind("line").stream().filter(o -> o.rgb() == TimelinePainter.GRID_YEAR && o.v()[1] == 0).count());
        assertEquals(18, s.ofKind("line").stream().filter(o -> o.v()[0] == o.v()[2] && o.v()[1] == 20).count());
        RecordingSurface.Op last = s.ops.get(s.ops.size() - 1);
        assertOp(last, "line", TimelinePainter.GRID_YEAR, 0, 40, scale.width(), 40);
        assertEquals("popClip", s.ops.get(s.ops.size() - 2).kind());
    }

    @Test
    void atMonthZoomTheAxisShowsQuartersOverMonthsInFull() {
        TimelineScale scale = TimelineScale.plan(TimelineZoom.MONTH);
        TimelinePainter.paintAxis(s, scale, LABELS, 0, 0, scale.width(), 0, 40, 10);
        List<String> upper = s.texts().stream().filter(RecordingSurface.Op::flag).map(RecordingSurface.Op::text).toList();
        assertEquals(24, upper.size());
        assertEquals(List.of("Q1/2025", "Q2/2025", "Q3/2025", "Q4/2025", "Q1/2026"), upper.subList(0, 5));
        List<String> lower = s.texts().stream().filter(o -> !o.flag()).map(RecordingSurface.Op::text).toList();
        assertEquals(72, lower.size());
        assertEquals(IntStream.rangeClosed(1, 12).mapToObj(n -> "Tháng " + n).toList(), lower.subList(12, 24));
    }

    @Test
    void atQuarterZoomMonthsAreNamedShort() {
        TimelineScale scale = TimelineScale.plan(TimelineZoom.QUARTER);
        TimelinePainter.paintAxis(s, scale, LABELS, 0, 0, scale.width(), 0, 40, 10);
        List<String> lower = s.texts().stream().filter(o -> !o.flag()).map(RecordingSurface.Op::text).toList();
        assertEquals("Th7", lower.get(6));
    }

    @Test
    void aPeriodTooNarrowForItsWordGetsItsNumber() {
        TimelineScale scale = TimelineScale.plan(TimelineZoom.YEAR);
        TimelinePainter.AxisLabels wordy = new TimelinePainter.AxisLabels(n -> "Quý thứ " + n + " của năm", n -> "", n -> "");
        TimelinePainter.paintAxis(s, scale, wordy, 0, 0, scale.width(), 0, 40, 10);
        List<String> lower = s.texts().stream().filter(o -> !o.flag()).map(RecordingSurface.Op::text).toList();
        assertEquals(List.of("I", "II", "III", "IV"), lower.subList(0, 4));
        s.ops.clear();
        TimelineScale months = TimelineScale.plan(TimelineZoom.QUARTER);
        TimelinePainter.paintAxis(s, months, new TimelinePainter.AxisLabels(n -> "Q" + n, n -> "Tháng thứ " + n,
                n -> ""), 0, 0, months.width(), 0, 40, 10);
        List<String> monthLabels = s.texts().stream().filter(o -> !o.flag()).map(RecordingSurface.Op::text).toList();
        assertEquals(List.of("1", "2", "3"), monthLabels.subList(0, 3));
    }

    @Test
    void aYearHalfScrolledOutKeepsItsLabelAtTheLeftEdgeUntilTooLittleIsLeft() {
        TimelineScale scale = TimelineScale.plan(TimelineZoom.YEAR);
        double originX = -scale.x(LocalDate.of(2026, 7, 1));
        TimelinePainter.paintAxis(s, scale, LABELS, originX, 0, 300, 0, 40, 10);
        List<RecordingSurface.Op> years = s.texts().stream().filter(RecordingSurface.Op::flag).toList();
        assertEquals("2026", years.get(0).text());
        assertEquals(4, years.get(0).v()[0], EPS);
        assertTrue(years.stream().noneMatch(o -> o.text().equals("2025")));
        assertTrue(years.stream().noneMatch(o -> o.text().equals("2029")), "2029 starts beyond the view");
        // the quarter half scrolled out is labelled right of the edge
        List<RecordingSurface.Op> quarters = s.texts().stream().filter(o -> !o.flag()).toList();
        assertTrue(quarters.stream().allMatch(o -> o.v()[0] >= 2), quarters.toString());

        s.ops.clear();
        double nearlyGone = -(scale.xEnd(LocalDate.of(2026, 12, 31)) - 20);
        TimelinePainter.paintAxis(s, scale, LABELS, nearlyGone, 0, 300, 0, 40, 10);
        assertTrue(s.text("2026").isEmpty(), "20 units of 2026 left: no room for its label");
        assertEquals(1, s.text("2027").size());
    }

    @Test
    void theGridHasAStrongLineEachYearAndLightOnesEachQuarter() {
        TimelineScale scale = TimelineScale.plan(TimelineZoom.YEAR);
        TimelinePainter.paintGrid(s, scale, 0, 0, scale.width(), 0, 500);
        List<RecordingSurface.Op> lines = s.ofKind("line");
        assertEquals(25, lines.size());
        assertEquals(7, lines.stream().filter(o -> o.rgb() == TimelinePainter.GRID_YEAR && o.lineWidth() == 1).count());
        assertEquals(18, lines.stream().filter(o -> o.rgb() == TimelinePainter.GRID_MINOR && o.lineWidth() == 0.5).count());
        assertOp(lines.get(4), "line", TimelinePainter.GRID_YEAR, scale.x(LocalDate.of(2026, 1, 1)), 0,
                scale.x(LocalDate.of(2026, 1, 1)), 500);
        assertOp(lines.get(24), "line", TimelinePainter.GRID_YEAR, scale.width(), 0, scale.width(), 500);
    }

    @Test
    void withMonthsLabelledTheQuartersStandOutFromTheMonths() {
        TimelineScale scale = TimelineScale.plan(TimelineZoom.MONTH);
        TimelinePainter.paintGrid(s, scale, 0, 0, scale.width(), 0, 500);
        List<RecordingSurface.Op> lines = s.ofKind("line");
        assertEquals(73, lines.size());
        assertEquals(7, lines.stream().filter(o -> o.rgb() == TimelinePainter.GRID_YEAR).count());
        assertEquals(18, lines.stream().filter(o -> o.rgb() == TimelinePainter.GRID_QUARTER).count());
        assertEquals(48, lines.stream().filter(o -> o.rgb() == TimelinePainter.GRID_MINOR).count());
        assertEquals(TimelinePainter.GRID_QUARTER, lines.get(3).rgb(), "April");
    }

    @Test
    void theGridDrawsOnlyWhatIsInView() {
        TimelineScale scale = TimelineScale.plan(TimelineZoom.YEAR);
        double left = scale.x(LocalDate.of(2026, 2, 1));
        double right = scale.x(LocalDate.of(2026, 12, 1));
        TimelinePainter.paintGrid(s, scale, 0, left, right, 0, 500);
        assertEquals(3, s.ops.size(), "April, July, October 2026");
        assertTrue(s.ops.stream().allMatch(o -> o.v()[0] >= left && o.v()[0] <= right));
    }

    @Test
    void todaysLineIsDashedThroughTheMiddleOfTodayWhenInRangeAndView() {
        TimelineScale scale = TimelineScale.plan(TimelineZoom.MONTH);
        LocalDate today = LocalDate.of(2026, 3, 15);
        TimelinePainter.paintToday(s, scale, today, 10, 0, 100_000, 5, 50);
        assertEquals(1, s.ops.size());
        double x = 10 + scale.x(today) + 2;
        assertOp(s.ops.get(0), "line", TimelinePainter.TODAY, x, 5, x, 50);
        assertTrue(s.ops.get(0).flag(), "dashed");
        s.ops.clear();
        TimelinePainter.paintToday(s, scale, null, 10, 0, 100_000, 5, 50);
        TimelinePainter.paintToday(s, scale, LocalDate.of(2031, 1, 1), 10, 0, 100_000, 5, 50);
        TimelinePainter.paintToday(s, scale, today, 10, x + 1, 100_000, 5, 50);
        TimelinePainter.paintToday(s, scale, today, 10, 0, x - 1, 5, 50);
        assertTrue(s.ops.isEmpty(), s.ops.toString());
    }

    // ---- rows' text

    @Test
    void aGroupBandShowsItsTitleAfterAChevronThatPointsDownWhenOpenAndRightWhenFolded() {
        TaskGroup g = new TaskGroup(3, "Hạ tầng", List.of());
        TimelinePainter.paintGroupBand(s, TimelineRow.group(g, false), 0, 500, 20, 24, 10, true, List.of("III. Hạ tầng"));
        assertOp(s.ops.get(0), "fillRect", TimelinePainter.GROUP_BACKGROUND, 0, 20, 500, 24);
        assertOp(s.ops.get(1), "fillPolygon", TimelinePainter.TEXT, 4, 14, 9, 29, 29, 36);
        assertOp(s.ops.get(2), "text", TimelinePainter.TEXT, 20, 35.75, 10);
        assertEquals("III. Hạ tầng", s.ops.get(2).text());
        assertTrue(s.ops.get(2).flag(), "bold");
        assertOp(s.ops.get(3), "line", TimelinePainter.BORDER, 0, 44, 500, 44);

        s.ops.clear();
        TimelinePainter.paintGroupBand(s, TimelineRow.group(g, true), 0, 500, 20, 24, 10, true, List.of("III. Hạ tầng"));
        assertOp(s.ops.get(1), "fillPolygon", TimelinePainter.TEXT, 6, 13, 6, 27, 32, 37);

        s.ops.clear();
        TimelinePainter.paintGroupBand(s, TimelineRow.group(g, true), 0, 500, 20, 24, 10, false, List.of("III. Hạ tầng"));
        assertTrue(s.ofKind("fillPolygon").isEmpty(), "paper has no chevron");
        assertEquals(4, s.text("III. Hạ tầng").get(0).v()[0], EPS);
    }

    @Test
    void aTaskNameStandsBesideItsNumberAndASubTaskIsIndented() {
        PlanTask t = PlanTask.named("2", "Tên");
        TimelinePainter.paintNameCell(s, new TimelineRow(null, t, 0, false, false, List.of()), 0, 40, 0, 30, 10,
                List.of("Dòng một", "Dòng hai"));
        assertOp(s.ops.get(0), "text", TimelinePainter.TEXT, 4, 12.5, 10);
        assertEquals("2", s.ops.get(0).text());
        assertTrue(s.ops.get(0).flag(), "a task's number is bold");
        assertOp(s.ops.get(1), "text", TimelinePainter.TEXT, 40, 12.5, 10);
        assertOp(s.ops.get(2), "text", TimelinePainter.TEXT, 40, 25, 10);
        assertFalse(s.ops.get(1).flag());

        s.ops.clear();
        PlanTask sub = PlanTask.named("2.1", "Con");
        TimelinePainter.paintNameCell(s, new TimelineRow(null, sub, 1, false, true, List.of()), 0, 40, 0, 30, 10,
                List.of("Con"));
        assertOp(s.ops.get(0), "text", TimelineStyle.OVERDUE.stroke(), 14, 18.75, 10);
        assertFalse(s.ops.get(0).flag(), "a sub-task's number is not bold");
        assertOp(s.ops.get(1), "text", TimelineStyle.OVERDUE.stroke(), 50, 18.75, 10);
    }

    @Test
    void textIsCutWithAnEllipsisToFit() {
        assertEquals("abcdefghij", TimelinePainter.ellipsize(s, "abcdefghij", 10, false, 50));
        assertEquals("abcde…", TimelinePainter.ellipsize(s, "abcdefghij", 10, false, 30));
        assertEquals("ab…", TimelinePainter.ellipsize(s, "ab   cdefg", 10, false, 30));
        assertEquals("abcd…", TimelinePainter.ellipsize(s, "abcdefghij", 10, true, 30), "bold is wider");
        assertEquals("", TimelinePainter.ellipsize(s, "abcdefghij", 10, false, 4));
    }

    @Test
    void textIsWrappedAtSpacesAndALongWordIsCut() {
        assertEquals(List.of("một hai", "ba bốn"), TimelinePainter.wrap(s, "một  hai ba bốn", 10, false, 40));
        assertEquals(List.of("một hai ba bốn"), TimelinePainter.wrap(s, " một hai ba bốn ", 10, false, 70));
        assertEquals(List.of("abcd", "efgh", "ijkl"), TimelinePainter.wrap(s, "abcdefghijkl", 10, false, 20));
        assertEquals(List.of("ab", "cdef", "gh"), TimelinePainter.wrap(s, "ab cdefgh", 10, false, 20));
        assertEquals(List.of(""), TimelinePainter.wrap(s, "", 10, false, 20));
    }

    @Test
    void theLegendDrawsEachSampleBesideItsMeaningAndWrapsWhenNarrow() {
        List<LegendItem> items = List.of(
                new LegendItem("Chủ trì", List.of(new TimelineShape.Bar(0, 24, TimelineStyle.LEAD)), false),
                new LegendItem("Hôm nay", List.of(), true));
        assertEquals(20, TimelinePainter.legendHeight(s, items, 1000, 10), EPS);
        assertTrue(s.ops.isEmpty(), "measuring draws nothing");
        assertEquals(40, TimelinePainter.legendHeight(s, items, 60, 10), EPS);

        double h = TimelinePainter.paintLegend(s, items, 100, 200, 60, 10);
        assertEquals(40, h, EPS);
        assertOp(s.ops.get(0), "fillRect", TimelineStyle.LEAD.fill(), 101, 200 + 10 - 4.6, 22, 9.2);
        assertOp(s.text("Chủ trì").get(0), "text", TimelinePainter.TEXT, 130, 213.5, 10);
        RecordingSurface.Op today = s.ofKind("line").get(0);
        assertOp(today, "line", TimelinePainter.TODAY, 112, 221, 112, 239);
        assertTrue(today.flag());
        assertOp(s.text("Hôm nay").get(0), "text", TimelinePainter.TEXT, 130, 233.5, 10);
    }

    @Test
    void theAxisNamesMonthsOnlyWhereTheyFit() {
        assertEquals(TimelinePainter.Detail.QUARTERS, TimelinePainter.detail(TimelineScale.plan(0.92)));
        assertEquals(TimelinePainter.Detail.MONTHS, TimelinePainter.detail(TimelineScale.plan(0.93)));
        assertEquals(TimelinePainter.Detail.MONTHS, TimelinePainter.detail(TimelineScale.plan(2.63)));
        assertEquals(TimelinePainter.Detail.MONTHS_LONG, TimelinePainter.detail(TimelineScale.plan(2.64)));
    }
}
