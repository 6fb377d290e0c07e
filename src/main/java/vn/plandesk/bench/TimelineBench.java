package vn.plandesk.bench;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import vn.plandesk.model.Plan;
import vn.plandesk.draw.timeline.TimelineChart;
import vn.plandesk.draw.timeline.TimelinePainter;
import vn.plandesk.draw.timeline.TimelineScale;
import vn.plandesk.draw.timeline.TimelineSurface;
import vn.plandesk.draw.timeline.TimelineZoom;
import vn.plandesk.service.Messages;
import vn.plandesk.service.SyntheticPlan;
import vn.plandesk.service.timeline.TimelineService;
import vn.plandesk.ui.timeline.TimelineFrame;
import vn.plandesk.ui.timeline.TimelineFxSurface;

/**
 * Times one frame of the timeline as the officer scrolls: for each zoom, frames at successive scroll positions of a
 * 1400 × 900 view, median reported. Headless it paints into a recording surface (the drawing code and the layout,
 * without rasterisation); with {@code fx} it paints onto a real JavaFX Canvas and also times the canvas rendered to
 * an image, which needs a display.
 */
public final class TimelineBench {
    static final int FRAMES = 240;
    static final double WIDTH = 1400;
    static final double HEIGHT = 900;

    private TimelineBench() {
    }

    public static void run(PrintStream out, boolean fx, int... sizes) throws Exception {
        if (fx) {
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.get(20, TimeUnit.SECONDS);
        }
        out.println(fx ? "surface: JavaFX Canvas (GraphicsContext) + snapshot" : "surface: recording stub (no rasterisation)");
        out.printf("%-8s %-8s %12s %14s %16s%n", "tasks", "zoom", "layout ms", "frame ms (med)",
                fx ? "+render ms (med)" : "ops/frame");
        for (int n : sizes) {
            Plan plan = SyntheticPlan.generate(n, 57L);
            for (TimelineZoom zoom : TimelineZoom.values()) {
                // a zoom lays the plan out again: timed too, the median of a few once warm
                TimelineChart chart = null;
                double[] layouts = new double[7];
                for (int i = 0; i < layouts.length; i++) {
                    long t0 = System.nanoTime();
                    chart = TimelineService.layout(plan, TimelineScale.plan(zoom), Set.of(), LocalDate.of(2026, 6, 15));
                    layouts[i] = (System.nanoTime() - t0) / 1e6;
                }
                double layoutMs = median(layouts);
                double[] result = fx ? fxFrames(chart) : recordedFrames(chart);
                out.printf("%-8d %-8s %12.2f %14.3f %16s%n", n, zoom.name(), layoutMs, result[0],
                        fx ? String.format("%.3f", result[1]) : String.format("%.0f", result[1]));
            }
        }
        if (fx) {
            Platform.exit();
        }
    }

    /** The view scrolled a little further on each frame, down the rows and along the axis. */
    private static TimelineFrame.View view(TimelineChart chart, int frame) {
        double maxY = Math.max(0, chart.rows().size() * TimelineFrame.ROW_HEIGHT - HEIGHT);
        double maxX = Math.max(0, chart.scale().width() - WIDTH + 380);
        double y = maxY == 0 ? 0 : (frame * 137.0) % maxY;
        double x = maxX == 0 ? 0 : (frame * 41.0) % maxX;
        return new TimelineFrame.View(WIDTH, HEIGHT, 380, x, y, frame % 30, -1, 0, "");
    }

    private static double[] recordedFrames(TimelineChart chart) {
        RecordingSurface s = new RecordingSurface();
        TimelinePainter.AxisLabels labels = TimelineService.axisLabels();
        double[] times = new double[FRAMES];
        for (int warm = 0; warm < 2; warm++) {
            for (int f = 0; f < FRAMES; f++) {
                s.ops = 0;
                long t0 = System.nanoTime();
                TimelineFrame.paint(s, chart, labels, Messages.get("timeline.column.number"), Messages.get("timeline.column.task"), view(chart, f));
                times[f] = (System.nanoTime() - t0) / 1e6;
            }
        }
        return new double[]{median(times), s.ops};
    }

    private static double[] fxFrames(TimelineChart chart) throws Exception {
        CompletableFuture<double[]> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Canvas canvas = new Canvas(WIDTH, HEIGHT);
                TimelineFxSurface s = new TimelineFxSurface(canvas.getGraphicsContext2D());
                TimelinePainter.AxisLabels labels = TimelineService.axisLabels();
                int frames = FRAMES / 4;
                double[] paint = new double[frames];
                double[] render = new double[frames];
                for (int warm = 0; warm < 2; warm++) {
                    for (int f = 0; f < frames; f++) {
                        long t0 = System.nanoTime();
                        TimelineFrame.paint(s, chart, labels, Messages.get("timeline.column.number"), Messages.get("timeline.column.task"), view(chart, f));
                        long t1 = System.nanoTime();
                        canvas.snapshot(null, null);
                        long t2 = System.nanoTime();
                        paint[f] = (t1 - t0) / 1e6;
                        render[f] = (t2 - t1) / 1e6;
                    }
                }
                result.complete(new double[]{median(paint), median(render)});
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(5, TimeUnit.MINUTES);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    /** Counts drawing calls; text widths estimated, as a proportional font at half its size a character. */
    static final class RecordingSurface implements TimelineSurface {
        long ops;
        double sink;

        @Override
        public void fillRect(double x, double y, double w, double h, int rgb) {
            ops++;
            sink += x + y + w + h;
        }

        @Override
        public void strokeRect(double x, double y, double w, double h, int rgb, double lineWidth) {
            ops++;
            sink += x + w;
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, int rgb, double lineWidth, boolean dashed) {
            ops++;
            sink += x1 + y2;
        }

        @Override
        public void fillPolygon(double[] xs, double[] ys, int n, int rgb) {
            ops++;
            sink += xs[0];
        }

        @Override
        public void strokePolygon(double[] xs, double[] ys, int n, int rgb, double lineWidth) {
            ops++;
            sink += ys[0];
        }

        @Override
        public void text(String text, double x, double y, double size, boolean bold, int rgb) {
            ops++;
            sink += text.length();
        }

        @Override
        public double textWidth(String text, double size, boolean bold) {
            return text.length() * size * (bold ? 0.55 : 0.5);
        }

        @Override
        public void pushClip(double x, double y, double w, double h) {
            ops++;
        }

        @Override
        public void popClip() {
            ops++;
        }
    }
}
