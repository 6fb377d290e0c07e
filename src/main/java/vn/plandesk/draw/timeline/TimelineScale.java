package vn.plandesk.draw.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The time axis: dates from {@code from} to {@code to} (both included) mapped onto x in abstract units, {@code
 * unitsPerDay} per day. A day occupies [x(d), xEnd(d)); a due date is drawn at the end of its day.
 */
public record TimelineScale(LocalDate from, LocalDate to, double unitsPerDay) {

    public TimelineScale {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("empty time range " + from + " – " + to);
        }
        if (!(unitsPerDay > 0)) {
            throw new IllegalArgumentException("units per day must be positive: " + unitsPerDay);
        }
    }

    /** 01/01/2025 – 31/12/2030 at a zoom. */
    public static TimelineScale plan(TimelineZoom zoom) {
        return plan(zoom.unitsPerDay());
    }

    public static TimelineScale plan(double unitsPerDay) {
        return new TimelineScale(LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31), unitsPerDay);
    }

    /** The same range at another density. */
    public TimelineScale withUnitsPerDay(double u) {
        return new TimelineScale(from, to, u);
    }

    /** The start of a day. */
    public double x(LocalDate date) {
        return ChronoUnit.DAYS.between(from, date) * unitsPerDay;
    }

    /** The end of a day: where a deadline falling on it is drawn. */
    public double xEnd(LocalDate date) {
        return x(date) + unitsPerDay;
    }

    /** The day under x, clamped to the range. */
    public LocalDate date(double x) {
        long days = (long) Math.floor(x / unitsPerDay);
        LocalDate d = from.plusDays(Math.max(0, days));
        return d.isAfter(to) ? to : d;
    }

    public double width() {
        return xEnd(to);
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }
}
