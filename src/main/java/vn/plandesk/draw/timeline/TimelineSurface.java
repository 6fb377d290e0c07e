package vn.plandesk.draw.timeline;

/**
 * Where a timeline is drawn: a JavaFX canvas or a PDF page. Coordinates run from the top left, y down, in the
 * surface's units (pixels, points). Colours are 0xRRGGBB. Only what the timeline needs, so each medium's adapter
 * stays a few lines a method.
 */
public interface TimelineSurface {

    void fillRect(double x, double y, double w, double h, int rgb);

    void strokeRect(double x, double y, double w, double h, int rgb, double lineWidth);

    void line(double x1, double y1, double x2, double y2, int rgb, double lineWidth, boolean dashed);

    void fillPolygon(double[] xs, double[] ys, int n, int rgb);

    void strokePolygon(double[] xs, double[] ys, int n, int rgb, double lineWidth);

    /** Text with its baseline at y. */
    void text(String text, double x, double y, double size, boolean bold, int rgb);

    double textWidth(String text, double size, boolean bold);

    /** Restricts drawing to a rectangle until the matching {@link #popClip()}. */
    void pushClip(double x, double y, double w, double h);

    void popClip();
}
