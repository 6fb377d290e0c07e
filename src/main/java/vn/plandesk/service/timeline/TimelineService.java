package vn.plandesk.service.timeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import vn.plandesk.io.pdf.TimelinePdf;
import vn.plandesk.io.pdf.TimelinePdfText;
import vn.plandesk.model.Plan;
import vn.plandesk.model.RomanNumeral;
import vn.plandesk.draw.timeline.TimelineChart;
import vn.plandesk.draw.timeline.TimelinePaper;
import vn.plandesk.draw.timeline.TimelinePainter;
import vn.plandesk.draw.timeline.TimelineScale;
import vn.plandesk.service.Messages;

/**
 * The timeline's drawing, the same for the screen and the print: its layout, its axis labels in the officer's
 * language, and the landscape PDF. Deadlines dragged on the chart are edits of the plan's editor like any other.
 */
public final class TimelineService {

    private TimelineService() {
    }

    /** The timeline of a plan on screen. */
    public static TimelineChart layout(Plan plan, TimelineScale scale, Set<Integer> collapsed, LocalDate today) {
        return TimelineLayout.build(plan, scale, collapsed, Map.of(), today);
    }

    /** The timeline of a plan on screen with its tracking (statuses of a period, baseline); null: without. */
    public static TimelineChart layout(Plan plan, TimelineScale scale, Set<Integer> collapsed, LocalDate today,
                                       TimelineTracking tracking) {
        return tracking == null ? layout(plan, scale, collapsed, today)
                : TimelineLayout.build(plan, scale, collapsed, Map.of(), today, tracking);
    }

    /** Prints the plan's timeline as a landscape PDF; rows go on over as many pages as they need. */
    public static void writePdf(Plan plan, TimelinePaper paper, LocalDate today, OutputStream out) {
        writePdf(plan, paper, today, null, out);
    }

    /** As above with the plan's tracking drawn as on screen, and its legend; null: without. */
    public static void writePdf(Plan plan, TimelinePaper paper, LocalDate today, TimelineTracking tracking,
                                OutputStream out) {
        try {
            TimelinePdf.write(printedChart(plan, paper, today, tracking), pdfText(plan, tracking), paper, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chart as printed: the plan's whole range, 2025 to 2030, across the paper's chart width. */
    static TimelineChart printedChart(Plan plan, TimelinePaper paper, LocalDate today, TimelineTracking tracking) {
        TimelineScale days = TimelineScale.plan(1.0); // one unit a day: its width is the number of days
        TimelineScale scale = days.withUnitsPerDay(TimelinePdf.chartWidth(paper) / days.width());
        return layout(plan, scale, Set.of(), today, tracking);
    }

    static TimelinePdfText pdfText(Plan plan) {
        return pdfText(plan, null);
    }

    static TimelinePdfText pdfText(Plan plan, TimelineTracking tracking) {
        String number = plan.number().isEmpty() ? "……" : plan.number();
        String symbol = plan.symbol().isEmpty() ? "KH-UBND" : plan.symbol();
        String date = plan.issueDate() == null ? "……"
                : vn.plandesk.model.OfficialDate.numeric(plan.issueDate());
        return new TimelinePdfText(
                Messages.get("timeline.pdf.title"),
                Messages.get("timeline.pdf.identity", number + "/" + symbol, date, plan.issuer()),
                plan.summary(),
                Messages.get("column.number"),
                Messages.get("column.task"),
                TimelineLegend.of(plan, tracking),
                axisLabels(),
                Messages.get("timeline.pdf.page"));
    }

    /** Quarter and month labels of the axis, in the officer's language. */
    public static TimelinePainter.AxisLabels axisLabels() {
        String quarter = Messages.get("timeline.axis.quarter");
        String shortMonth = Messages.get("timeline.axis.shortMonth");
        String longMonth = Messages.get("timeline.axis.longMonth");
        return new TimelinePainter.AxisLabels(
                q -> java.text.MessageFormat.format(quarter, RomanNumeral.format(q)),
                m -> java.text.MessageFormat.format(shortMonth, m),
                m -> java.text.MessageFormat.format(longMonth, m));
    }
}
