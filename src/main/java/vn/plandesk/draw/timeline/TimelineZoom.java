package vn.plandesk.draw.timeline;

/**
 * How far the officer has zoomed the timeline: a year, a quarter or a month is the unit the axis labels and a dragged
 * deadline snaps to. The widths are screen units (pixels) per day, chosen so that a label of the finer line fits.
 */
public enum TimelineZoom {
    /** Six years on one screen: quarters labelled, deadlines snap to quarters. */
    YEAR(0.5),
    /** About two years on a screen: months labelled, deadlines snap to quarters. */
    QUARTER(1.5),
    /** About eight months on a screen: months labelled in full, deadlines snap to months. */
    MONTH(4.0);

    private final double unitsPerDay;

    TimelineZoom(double unitsPerDay) {
        this.unitsPerDay = unitsPerDay;
    }

    public double unitsPerDay() {
        return unitsPerDay;
    }

    /** Whether a dragged deadline lands on a month (else on a quarter). */
    public boolean snapsToMonth() {
        return this == MONTH;
    }
}
