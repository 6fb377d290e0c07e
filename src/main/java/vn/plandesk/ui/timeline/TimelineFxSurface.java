package vn.plandesk.ui.timeline;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import vn.plandesk.draw.timeline.TimelineSurface;

/**
 * A JavaFX canvas as a timeline surface. Text widths are summed from cached per-character advances: measuring whole
 * strings with a layout node for every visible name on every frame would cost more than the drawing.
 */
public final class TimelineFxSurface implements TimelineSurface {
    private static final String FAMILY = Font.getDefault().getFamily();
    private static final Map<String, Double> ADVANCES = new HashMap<>();
    private static final Map<Integer, Color> COLORS = new HashMap<>();

    private GraphicsContext g;

    public TimelineFxSurface(GraphicsContext g) {
        this.g = g;
    }

    void setContext(GraphicsContext context) {
        this.g = context;
    }

    private static Color color(int rgb) {
        return COLORS.computeIfAbsent(rgb, c -> Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
    }

    private static Font font(double size, boolean bold) {
        return Font.font(FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int rgb) {
        g.setFill(color(rgb));
        g.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int rgb, double lineWidth) {
        g.setStroke(color(rgb));
        g.setLineWidth(lineWidth);
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int rgb, double lineWidth, boolean dashed) {
        g.setStroke(color(rgb));
        g.setLineWidth(lineWidth);
        if (dashed) {
            g.setLineDashes(4, 3);
        }
        // whole-pixel lines: +0.5 keeps a 1 px line on one pixel column instead of two grey ones
        if (x1 == x2) {
            double x = Math.floor(x1) + 0.5;
            g.strokeLine(x, y1, x, y2);
        } else if (y1 == y2) {
            double y = Math.floor(y1) + 0.5;
            g.strokeLine(x1, y, x2, y);
        } else {
            g.strokeLine(x1, y1, x2, y2);
        }
        if (dashed) {
            g.setLineDashes((double[]) null);
        }
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n, int rgb) {
        g.setFill(color(rgb));
        g.fillPolygon(xs, ys, n);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n, int rgb, double lineWidth) {
        g.setStroke(color(rgb));
        g.setLineWidth(lineWidth);
        g.strokePolygon(xs, ys, n);
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, int rgb) {
        g.setFill(color(rgb));
        g.setFont(font(size, bold));
        g.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += advance(text.charAt(i), bold) * size;
        }
        return w;
    }

    /** The width of a character at size 1, measured once at size 100. */
    private static double advance(char c, boolean bold) {
        String key = bold ? "b" + c : "r" + c;
        Double a = ADVANCES.get(key);
        if (a == null) {
            Text t = new Text(String.valueOf(c));
            t.setFont(font(100, bold));
            a = t.getLayoutBounds().getWidth() / 100;
            ADVANCES.put(key, a);
        }
        return a;
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.closePath();
        g.clip();
    }

    @Override
    public void popClip() {
        g.restore();
    }
}
