package vn.plandesk.draw.timeline;

import java.time.LocalDate;

/**
 * One primitive of a timeline row. x is in the scale's units from the start of the range; the vertical placement is
 * the painter's, relative to the row, so that the screen (fixed row height) and paper (rows as tall as their wrapped
 * names) draw the same shapes.
 */
public sealed interface TimelineShape {

    TimelineStyle style();

    /** A working period: a dated task from its start to its due date, or one marked year of a grid. */
    record Bar(double x0, double x1, TimelineStyle style) implements TimelineShape {
    }

    /** A thin continuous band: "Thường xuyên" work, or the years after an open-ended deadline. */
    record Band(double x0, double x1, TimelineStyle style) implements TimelineShape {
    }

    /** The due date of a dated deadline; {@code movable} when dragging it may rewrite the deadline. */
    record Diamond(double x, LocalDate date, boolean movable, TimelineStyle style) implements TimelineShape {
    }

    /** An arrow head at the end of an open-ended band: the work goes on after the range. */
    record Arrow(double x, TimelineStyle style) implements TimelineShape {
    }

    /** What comes back every year: a period (x0–x1, may be empty) with a tick at its end x1. */
    record Mark(double x0, double x1, TimelineStyle style) implements TimelineShape {
    }

    /** The deadline cannot be drawn (unreadable, or a month whose year is unknown): a warning sign at x. */
    record Warning(double x, TimelineStyle style) implements TimelineShape {
    }

    /** The work is reported done ("Đã thực hiện"): a check at x. */
    record Check(double x, TimelineStyle style) implements TimelineShape {
    }

    /**
     * Where the task stands in the period shown, at the period's middle x: done ({@link TimelineStyle#DONE}, a check),
     * late ({@link TimelineStyle#OVERDUE}, "!" on a dark disc) or waiting for the province
     * ({@link TimelineStyle#WAITING}, an hourglass); each told by its mark as well as its colour, so it reads in
     * black and white.
     */
    record StatusMark(double x, TimelineStyle style) implements TimelineShape {
    }

    /**
     * The task as issued (the baseline), where it differs from now: a thin outline under the bar from x0 to the
     * deadline as issued, x1, and a tick there; x0 == x1 draws the tick alone.
     */
    record Baseline(double x0, double x1, TimelineStyle style) implements TimelineShape {
    }

    /** A task added since the plan was issued: a "+" badge at x, the start of its drawing. */
    record Added(double x, TimelineStyle style) implements TimelineShape {
    }
}
