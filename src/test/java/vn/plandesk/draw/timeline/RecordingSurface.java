package vn.plandesk.draw.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A surface that keeps what is drawn on it as a display list, so tests read the timeline's shapes, places and labels
 * instead of pixels. Text is measured as a font whose every character is half the size wide (bold: 0.55).
 */
public final class RecordingSurface implements TimelineSurface {
    /** One drawing call: its kind, its numbers (x, y, w, h or the points' xs then ys), colour and text if any. */
    public record Op(String kind, double[] v, int rgb, double lineWidth, boolean flag, String text) {
        @Override
        public String toString() {
            return kind + Arrays.toString(v) + " #" + Integer.toHexString(rgb) + (text == null ? "" : " " + text);
        }
    }

    public final List<Op> ops = new ArrayList<>();

    public List<Op> ofKind(String kind) {
        return ops.stream().filter(o -> o.kind.equals(kind)).toList();
    }

    public List<Op> texts() {
        return ofKind("text");
    }

    /** The text calls whose text is exactly this. */
    public List<Op> text(String text) {
        return texts().stream().filter(o -> o.text.equals(text)).toList();
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int rgb) {
        ops.add(new Op("fillRect", new double[]{x, y, w, h}, rgb, 0, false, null));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int rgb, double lineWidth) {
        ops.add(new Op("strokeRect", new double[]{x, y, w, h}, rgb, lineWidth, false, null));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int rgb, double lineWidth, boolean dashed) {
        ops.add(new Op("line", new double[]{x1, y1, x2, y2}, rgb, lineWidth, dashed, null));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n, int rgb) {
        ops.add(new Op("fillPolygon", points(xs, ys, n), rgb, 0, false, null));
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n, int rgb, double lineWidth) {
        ops.add(new Op("strokePolygon", points(xs, ys, n), rgb, lineWidth, false, null));
    }

    private static double[] points(double[] xs, double[] ys, int n) {
        double[] v = new double[2 * n];
        System.arraycopy(xs, 0, v, 0, n);
        System.arraycopy(ys, 0, v, n, n);
        return v;
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, int rgb) {
        ops.add(new Op("text", new double[]{x, y, size}, rgb, 0, bold, text));
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return text.length() * size * (bold ? 0.55 : 0.5);
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        ops.add(new Op("pushClip", new double[]{x, y, w, h}, 0, 0, false, null));
    }

    @Override
    public void popClip() {
        ops.add(new Op("popClip", new double[0], 0, 0, false, null));
    }
}
