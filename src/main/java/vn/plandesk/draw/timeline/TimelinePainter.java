package vn.plandesk.draw.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import vn.plandesk.model.RomanNumeral;

/**
 * Draws a {@link TimelineChart} onto a {@link TimelineSurface}: the axis, the grid, today's line, group bands, name
 * cells and each row's shapes. The screen and the PDF both paint with these methods, so the printed timeline is the
 * same vector drawing as the one on screen; they differ only in row heights, wrapping of names and what is visible.
 *
 * <p>{@code originX} is the surface x of the scale's x = 0 (the chart's left edge minus the horizontal scroll).
 */
public final class TimelinePainter {
    public static final int GRID_YEAR = 0x9AA5B1;
    public static final int GRID_MINOR = 0xE6E9ED;
    public static final int GRID_QUARTER = 0xC3CAD2;
    public static final int AXIS_BACKGROUND = 0xF3F5F8;
    public static final int GROUP_BACKGROUND = 0xE3EAF3;
    public static final int SELECTED_BACKGROUND = 0xFFF1C2;
    public static final int TEXT = 0x1F2328;
    public static final int TEXT_MUTED = 0x5F6B76;
    public static final int TODAY = 0xD23B2E;
    public static final int BORDER = 0xB8C0C8;

    /** The labels of the axis's second line, in the reader's language. */
    public record AxisLabels(IntFunction<String> quarter, IntFunction<String> shortMonth,
                             IntFunction<String> longMonth) {
    }

    /** What the second line of the axis shows, by density: quarters when months would not fit a label. */
    enum Detail { QUARTERS, MONTHS, MONTHS_LONG }

    private TimelinePainter() {
    }

    static Detail detail(TimelineScale scale) {
        double month = scale.unitsPerDay() * 30.4;
        if (month < 28) {
            return Detail.QUARTERS;
        }
        return month < 80 ? Detail.MONTHS : Detail.MONTHS_LONG;
    }

    /**
     * The axis: when months are too narrow to label, years over quarters; else quarters ("Quý III/2027") over months.
     * The upper label stays in view while any of its period is.
     */
    public static void paintAxis(TimelineSurface s, TimelineScale scale, AxisLabels labels, double originX,
                                 double left, double right, double top, double height, double fontSize) {
        s.fillRect(left, top, right - left, height, AXIS_BACKGROUND);
        s.pushClip(left, top, right - left, height);
        double mid = top + height / 2;
        Detail detail = detail(scale);
        boolean years = detail == Detail.QUARTERS;
        int upperMonths = years ? 12 : 3;
        int lowerMonths = years ? 3 : 1;
        YearMonth end = YearMonth.from(scale.to());
        for (YearMonth m = YearMonth.of(scale.from().getYear(), 1); !m.isAfter(end); m = m.plusMonths(upperMonths)) {
            double x0 = originX + scale.x(clamp(scale, m.atDay(1)));
            double x1 = originX + scale.xEnd(clamp(scale, m.plusMonths(upperMonths - 1L).atEndOfMonth()));
            if (x1 < left || x0 > right) {
                continue;
            }
            int quarter = (m.getMonthValue() - 1) / 3 + 1;
            String label = years ? String.valueOf(m.getYear())
                    : labels.quarter().apply(quarter) + "/" + m.getYear();
            double w = s.textWidth(label, fontSize, true);
            if (x1 - Math.max(x0, left) >= w + 8) { // a label half scrolled out would read as another one
                double lx = Math.max(Math.min(Math.max(x0, left) + 4, x1 - w - 4), x0 + 4);
                s.text(label, lx, mid - (height / 2 - fontSize) / 2 - 1, fontSize, true, TEXT);
            }
            s.line(x0, top, x0, top + height, m.getMonthValue() == 1 ? GRID_YEAR : BORDER, 1, false);
            for (int k = 0; k < upperMonths / lowerMonths; k++) {
                YearMonth first = m.plusMonths((long) k * lowerMonths);
                double px0 = originX + scale.x(clamp(scale, first.atDay(1)));
                double px1 = originX + scale.xEnd(clamp(scale, first.plusMonths(lowerMonths - 1L).atEndOfMonth()));
                if (px1 < left || px0 > right) {
                    continue;
                }
                int n = years ? k + 1 : first.getMonthValue();
                String text = switch (detail) {
                    case QUARTERS -> labels.quarter().apply(n);
                    case MONTHS -> labels.shortMonth().apply(n);
                    case MONTHS_LONG -> labels.longMonth().apply(n);
                };
                double tw = s.textWidth(text, fontSize * 0.9, false);
                if (tw >= px1 - px0 - 2) {
                    // too narrow for the word: the bare number ("II", "7") still tells the period
                    text = years ? RomanNumeral.format(n) : String.valueOf(n);
                    tw = s.textWidth(text, fontSize * 0.9, false);
                }
                // centred, but pushed right of the edge while the period is half scrolled out
                double tx = Math.max((px0 + px1 - tw) / 2, left + 2);
                if (tw < px1 - px0 - 2 && tx + tw <= px1 - 1) {
                    s.text(text, tx, top + height - (height / 2 - fontSize * 0.9) / 2 - 1, fontSize * 0.9, false,
                            TEXT_MUTED);
                }
                if (k > 0) {
                    s.line(px0, mid, px0, top + height, BORDER, 0.5, false);
                }
            }
        }
        s.line(left, mid, right, mid, BORDER, 0.5, false);
        s.popClip();
        s.line(left, top + height, right, top + height, GRID_YEAR, 1, false);
    }

    /** Vertical lines: years strong, quarters (or months when they are labelled) light. */
    public static void paintGrid(TimelineSurface s, TimelineScale scale, double originX, double left, double right,
                                 double top, double bottom) {
        Detail detail = detail(scale);
        int step = detail == Detail.QUARTERS ? 3 : 1;
        YearMonth m = YearMonth.from(scale.from());
        YearMonth end = YearMonth.from(scale.to());
        for (; !m.isAfter(end); m = m.plusMonths(step)) {
            double x = originX + scale.x(clamp(scale, m.atDay(1)));
            if (x < left || x > right) {
                continue;
            }
            boolean year = m.getMonthValue() == 1;
            boolean quarter = (m.getMonthValue() - 1) % 3 == 0;
            // months labelled: quarters stand out from them, years most
            int color = year ? GRID_YEAR : quarter && step == 1 ? GRID_QUARTER : GRID_MINOR;
            s.line(x, top, x, bottom, color, year ? 1 : 0.5, false);
        }
        double xe = originX + scale.width();
        if (xe >= left && xe <= right) {
            s.line(xe, top, xe, bottom, GRID_YEAR, 1, false);
        }
    }

    /** Today's line, dashed, when today is in the range and in view. */
    public static void paintToday(TimelineSurface s, TimelineScale scale, LocalDate today, double originX,
                                  double left, double right, double top, double bottom) {
        if (today == null || !scale.contains(today)) {
            return;
        }
        double x = originX + scale.x(today) + scale.unitsPerDay() / 2;
        if (x >= left && x <= right) {
            s.line(x, top, x, bottom, TODAY, 1.2, true);
        }
    }

    /** A group's band across the whole width, with "I. title" (cut to fit) and, on screen, the fold chevron. */
    public static void paintGroupBand(TimelineSurface s, TimelineRow row, double left, double right, double top,
                                      double height, double fontSize, boolean chevron, List<String> lines) {
        s.fillRect(left, top, right - left, height, GROUP_BACKGROUND);
        double x = left + 4;
        if (chevron) {
            double c = Math.min(height * 0.22, 5);
            double cx = left + 4 + c;
            double cy = top + height / 2;
            if (row.collapsed()) {
                s.fillPolygon(new double[]{cx - c * 0.6, cx + c * 0.8, cx - c * 0.6},
                        new double[]{cy - c, cy, cy + c}, 3, TEXT);
            } else {
                s.fillPolygon(new double[]{cx - c, cx + c, cx}, new double[]{cy - c * 0.6, cy - c * 0.6, cy + c * 0.8},
                        3, TEXT);
            }
            x += 2 * c + 6;
        }
        paintLines(s, lines, x, top, height, fontSize, true, TEXT);
        s.line(left, top + height, right, top + height, BORDER, 0.5, false);
    }

    /** A task's number and name lines, vertically centred, sub-tasks indented. */
    public static void paintNameCell(TimelineSurface s, TimelineRow row, double left, double numberWidth,
                                     double top, double height, double fontSize, List<String> nameLines) {
        double indent = row.depth() * fontSize;
        int color = row.overdue() ? TimelineStyle.OVERDUE.stroke() : TEXT;
        double lineHeight = fontSize * 1.25;
        double firstBaseline = top + (height - nameLines.size() * lineHeight) / 2 + fontSize;
        // the number stands on the name's first line, as in the printed table
        s.text(row.task().number(), left + 4 + indent, firstBaseline, fontSize, row.depth() == 0, color);
        paintLines(s, nameLines, left + numberWidth + indent, top, height, fontSize, false, color);
    }

    private static void paintLines(TimelineSurface s, List<String> lines, double x, double top, double height,
                                   double fontSize, boolean bold, int rgb) {
        double lineHeight = fontSize * 1.25;
        double y = top + (height - lines.size() * lineHeight) / 2 + fontSize;
        for (String line : lines) {
            s.text(line, x, y, fontSize, bold, rgb);
            y += lineHeight;
        }
    }

    /** The shapes of one row. */
    public static void paintShapes(TimelineSurface s, TimelineRow row, double originX, double top, double h) {
        double mid = top + h / 2;
        for (TimelineShape shape : row.shapes()) {
            TimelineStyle st = shape.style();
            if (shape instanceof TimelineShape.Bar b) {
                double x0 = originX + b.x0();
                double w = b.x1() - b.x0();
                if (w > 6) { // a gap between the bars of consecutive grid years
                    x0 += 1;
                    w -= 2;
                }
                double bh = Math.min(h * 0.46, 12);
                s.fillRect(x0, mid - bh / 2, Math.max(w, 1.5), bh, st.fill());
                if (st == TimelineStyle.WAITING) {
                    hatch(s, x0, mid - bh / 2, Math.max(w, 1.5), bh, st.stroke());
                }
                s.strokeRect(x0, mid - bh / 2, Math.max(w, 1.5), bh, st.stroke(), 0.6);
            } else if (shape instanceof TimelineShape.Band b) {
                double bh = Math.max(Math.min(h * 0.16, 4), 1.5);
                s.fillRect(originX + b.x0(), mid - bh / 2, b.x1() - b.x0(), bh, st.fill());
            } else if (shape instanceof TimelineShape.Diamond d) {
                double r = Math.min(h * 0.34, 7);
                double x = originX + d.x();
                double[] xs = {x, x + r, x, x - r};
                double[] ys = {mid - r, mid, mid + r, mid};
                s.fillPolygon(xs, ys, 4, st.fill());
                s.strokePolygon(xs, ys, 4, st.stroke(), 0.8);
            } else if (shape instanceof TimelineShape.Arrow a) {
                double r = Math.min(h * 0.3, 6);
                double x = originX + a.x();
                s.fillPolygon(new double[]{x - r * 1.4, x, x - r * 1.4}, new double[]{mid - r, mid, mid + r}, 3,
                        st.stroke());
            } else if (shape instanceof TimelineShape.Mark m) {
                double x0 = originX + m.x0();
                double x1 = originX + m.x1();
                double r = Math.min(h * 0.22, 5);
                if (x1 - x0 > 2 * r) {
                    double bh = Math.max(Math.min(h * 0.16, 4), 1.5);
                    s.fillRect(x0 + 1, mid - bh / 2, x1 - x0 - 2, bh, st.fill());
                }
                double[] xs = {x1 - 2 * r, x1, x1 - r};
                double[] ys = {mid - r * 1.2, mid - r * 1.2, mid + r * 0.9};
                s.fillPolygon(xs, ys, 3, st.fill());
                s.strokePolygon(xs, ys, 3, st.stroke(), 0.6);
            } else if (shape instanceof TimelineShape.Warning w) {
                double r = Math.min(h * 0.36, 7);
                double x = originX + w.x() + r + 2;
                double[] xs = {x - r, x + r, x};
                double[] ys = {mid + r * 0.85, mid + r * 0.85, mid - r};
                s.fillPolygon(xs, ys, 3, st.fill());
                s.strokePolygon(xs, ys, 3, st.stroke(), 0.7);
                s.line(x, mid - r * 0.35, x, mid + r * 0.3, TEXT, Math.max(r * 0.22, 1), false);
                s.fillRect(x - r * 0.11, mid + r * 0.45, r * 0.22, r * 0.22, TEXT);
            } else if (shape instanceof TimelineShape.Check c) {
                double r = Math.min(h * 0.3, 6);
                double x = originX + c.x() + 2;
                s.line(x, mid, x + r * 0.7, mid + r * 0.7, st.stroke(), 1.8, false);
                s.line(x + r * 0.7, mid + r * 0.7, x + r * 2, mid - r, st.stroke(), 1.8, false);
            } else if (shape instanceof TimelineShape.StatusMark m) {
                paintStatusMark(s, originX + m.x(), mid, Math.min(h * 0.34, 7), st);
            } else if (shape instanceof TimelineShape.Baseline b) {
                double bh = Math.min(h * 0.46, 12);
                double y = mid + bh / 2 + 1.5;
                double lh = Math.max(Math.min(h * 0.12, 3), 1.5);
                double x0 = originX + b.x0();
                double x1 = originX + b.x1();
                if (x1 - x0 > 1) {
                    s.strokeRect(x0, y, x1 - x0, lh, st.stroke(), 0.7);
                }
                s.line(x1, mid - bh / 2 - 2, x1, y + lh + 1, st.stroke(), 1.6, false);
            } else if (shape instanceof TimelineShape.Added a) {
                double r = Math.min(h * 0.26, 5);
                double x = originX + a.x() + 1;
                s.fillRect(x, mid - r, 2 * r, 2 * r, 0xFFFFFF);
                s.strokeRect(x, mid - r, 2 * r, 2 * r, st.stroke(), 0.8);
                s.line(x + r * 0.45, mid, x + r * 1.55, mid, st.stroke(), 1.2, false);
                s.line(x + r, mid - r * 0.55, x + r, mid + r * 0.55, st.stroke(), 1.2, false);
            }
        }
    }

    /**
     * The row's status marks again, over today's line: a mark often stands in today's quarter, and the line through it
     * would cross out its sign.
     */
    public static void paintStatusMarks(TimelineSurface s, TimelineRow row, double originX, double top, double h) {
        for (TimelineShape shape : row.shapes()) {
            if (shape instanceof TimelineShape.StatusMark m) {
                paintStatusMark(s, originX + m.x(), top + h / 2, Math.min(h * 0.34, 7), m.style());
            }
        }
    }

    /**
     * A status on a white disc (an octagon), so it stands out of any bar under it: a check for done, "!" on the dark
     * disc for late, an hourglass for waiting. The glyph tells them apart in black and white.
     */
    private static void paintStatusMark(TimelineSurface s, double x, double mid, double r, TimelineStyle st) {
        double[] xs = new double[8];
        double[] ys = new double[8];
        for (int i = 0; i < 8; i++) {
            double a = Math.PI / 8 + i * Math.PI / 4;
            xs[i] = x + r * Math.cos(a);
            ys[i] = mid + r * Math.sin(a);
        }
        boolean late = st == TimelineStyle.OVERDUE;
        s.fillPolygon(xs, ys, 8, late ? st.stroke() : 0xFFFFFF);
        s.strokePolygon(xs, ys, 8, st.stroke(), 0.9);
        if (late) {
            s.line(x, mid - r * 0.6, x, mid + r * 0.15, 0xFFFFFF, Math.max(r * 0.25, 1.2), false);
            s.fillRect(x - r * 0.13, mid + r * 0.35, r * 0.26, r * 0.26, 0xFFFFFF);
        } else if (st == TimelineStyle.WAITING) {
            double w = r * 0.5;
            s.fillPolygon(new double[]{x - w, x + w, x}, new double[]{mid - r * 0.6, mid - r * 0.6, mid}, 3,
                    st.stroke());
            s.fillPolygon(new double[]{x - w, x + w, x}, new double[]{mid + r * 0.6, mid + r * 0.6, mid}, 3,
                    st.stroke());
        } else {
            s.line(x - r * 0.5, mid, x - r * 0.1, mid + r * 0.4, st.stroke(), Math.max(r * 0.25, 1.2), false);
            s.line(x - r * 0.1, mid + r * 0.4, x + r * 0.55, mid - r * 0.45, st.stroke(), Math.max(r * 0.25, 1.2),
                    false);
        }
    }

    /** Diagonal lines across a box, so that waiting reads as such in black and white. */
    private static void hatch(TimelineSurface s, double x, double y, double w, double h, int rgb) {
        if (w < 4) {
            return;
        }
        s.pushClip(x, y, w, h);
        for (double d = x - h; d < x + w; d += 5) {
            s.line(d, y + h, d + h, y, rgb, 0.6, false);
        }
        s.popClip();
    }

    /** The text cut at the end with "…" to fit a width. */
    public static String ellipsize(TimelineSurface s, String text, double size, boolean bold, double width) {
        if (s.textWidth(text, size, bold) <= width) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) { // the longest prefix that fits with the ellipsis
            int m = (lo + hi + 1) / 2;
            if (s.textWidth(text.substring(0, m) + "…", size, bold) <= width) {
                lo = m;
            } else {
                hi = m - 1;
            }
        }
        return lo == 0 ? "" : text.substring(0, lo).stripTrailing() + "…";
    }

    /** The text broken into lines at spaces to fit a width; a word longer than the width is cut. */
    public static List<String> wrap(TimelineSurface s, String text, double size, boolean bold, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (s.textWidth(candidate, size, bold) <= width || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
            while (s.textWidth(line.toString(), size, bold) > width && line.length() > 1) {
                int cut = line.length() - 1;
                while (cut > 1 && s.textWidth(line.substring(0, cut), size, bold) > width) {
                    cut--;
                }
                lines.add(line.substring(0, cut));
                line.delete(0, cut);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The legend in rows from (left, top) within a width: each sample drawn with the same shapes as the chart.
     *
     * @return the height used
     */
    public static double paintLegend(TimelineSurface s, List<LegendItem> items, double left, double top,
                                     double width, double fontSize) {
        return legend(s, items, left, top, width, fontSize, true);
    }

    /** The height {@link #paintLegend} would take. */
    public static double legendHeight(TimelineSurface s, List<LegendItem> items, double width, double fontSize) {
        return legend(s, items, 0, 0, width, fontSize, false);
    }

    private static double legend(TimelineSurface s, List<LegendItem> items, double left, double top, double width,
                                 double fontSize, boolean draw) {
        double rowHeight = fontSize * 2;
        double x = left;
        double y = top;
        for (LegendItem item : items) {
            double w = LegendItem.SAMPLE_WIDTH + 6 + s.textWidth(item.label(), fontSize, false) + fontSize * 1.5;
            if (x > left && x + w > left + width) {
                x = left;
                y += rowHeight;
            }
            if (draw) {
                if (item.todayLine()) {
                    double cx = x + LegendItem.SAMPLE_WIDTH / 2;
                    s.line(cx, y + 1, cx, y + rowHeight - 1, TODAY, 1.2, true);
                } else {
                    paintShapes(s, new TimelineRow(null, null, 0, false, false, item.shapes()), x, y, rowHeight);
                }
                s.text(item.label(), x + LegendItem.SAMPLE_WIDTH + 6, y + rowHeight / 2 + fontSize * 0.35,
                        fontSize, false, TEXT);
            }
            x += w;
        }
        return y + rowHeight - top;
    }

    private static LocalDate clamp(TimelineScale scale, LocalDate d) {
        if (d.isBefore(scale.from())) {
            return scale.from();
        }
        return d.isAfter(scale.to()) ? scale.to() : d;
    }
}
