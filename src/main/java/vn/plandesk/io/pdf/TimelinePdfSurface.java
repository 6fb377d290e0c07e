package vn.plandesk.io.pdf;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import vn.plandesk.draw.timeline.TimelineSurface;

/** A PDF page as a timeline surface: y flipped (PDF counts from the bottom), text in the embedded fonts. */
final class TimelinePdfSurface implements TimelineSurface {
    private final PdfCanvas canvas;
    private final double pageHeight;
    private final PdfFonts fonts;

    TimelinePdfSurface(PdfCanvas canvas, double pageHeight, PdfFonts fonts) {
        this.canvas = canvas;
        this.pageHeight = pageHeight;
        this.fonts = fonts;
    }

    private static DeviceRgb color(int rgb) {
        return new DeviceRgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int rgb) {
        canvas.saveState().setFillColor(color(rgb)).rectangle(x, pageHeight - y - h, w, h).fill().restoreState();
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int rgb, double lineWidth) {
        canvas.saveState().setStrokeColor(color(rgb)).setLineWidth((float) lineWidth)
                .rectangle(x, pageHeight - y - h, w, h).stroke().restoreState();
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int rgb, double lineWidth, boolean dashed) {
        canvas.saveState().setStrokeColor(color(rgb)).setLineWidth((float) lineWidth);
        if (dashed) {
            canvas.setLineDash(3, 2, 0);
        }
        canvas.moveTo(x1, pageHeight - y1).lineTo(x2, pageHeight - y2).stroke().restoreState();
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n, int rgb) {
        canvas.saveState().setFillColor(color(rgb));
        path(xs, ys, n);
        canvas.fill().restoreState();
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n, int rgb, double lineWidth) {
        canvas.saveState().setStrokeColor(color(rgb)).setLineWidth((float) lineWidth);
        path(xs, ys, n);
        canvas.stroke().restoreState();
    }

    private void path(double[] xs, double[] ys, int n) {
        canvas.moveTo(xs[0], pageHeight - ys[0]);
        for (int i = 1; i < n; i++) {
            canvas.lineTo(xs[i], pageHeight - ys[i]);
        }
        canvas.closePath();
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, int rgb) {
        if (text.isEmpty()) {
            return;
        }
        canvas.saveState().setFillColor(color(rgb)).beginText().setFontAndSize(font(bold), (float) size)
                .moveText(x, pageHeight - y).showText(text).endText().restoreState();
    }

    /** Italic text, for the plan's identity line. */
    void italic(String text, double x, double y, double size, int rgb) {
        canvas.saveState().setFillColor(color(rgb)).beginText().setFontAndSize(fonts.italic(), (float) size)
                .moveText(x, pageHeight - y).showText(text).endText().restoreState();
    }

    double italicWidth(String text, double size) {
        return fonts.italic().getWidth(text, (float) size);
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return font(bold).getWidth(text, (float) size);
    }

    private PdfFont font(boolean bold) {
        return bold ? fonts.bold() : fonts.regular();
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        canvas.saveState().rectangle(x, pageHeight - y - h, w, h).clip().endPath();
    }

    @Override
    public void popClip() {
        canvas.restoreState();
    }
}
