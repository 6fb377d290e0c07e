package vn.plandesk.io.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * What one PDF page draws that a table is made of: its ruling lines (stroked segments, and the thin filled rectangles
 * some writers draw borders with), in points from the page's top left; and how many images it shows, so that a scan
 * can be told from a page of text.
 */
final class PageContent extends PDFGraphicsStreamEngine {
    /** A filled rectangle thinner than this is a ruling line, not a shaded area. */
    private static final float THIN = 2.5f;
    private final float top;
    private final List<Line> lines = new ArrayList<>();
    private final List<float[]> path = new ArrayList<>();
    private final List<float[]> rectangles = new ArrayList<>();
    private float cx;
    private float cy;
    private float sx;
    private float sy;
    private int images;

    /** A horizontal (y fixed, from x1 to x2) or vertical (x fixed, from y1 to y2) segment, top-down coordinates. */
    record Line(boolean horizontal, float at, float from, float to) {
    }

    private PageContent(PDPage page) {
        super(page);
        this.top = page.getMediaBox().getUpperRightY();
    }

    static PageContent of(PDPage page) throws IOException {
        PageContent c = new PageContent(page);
        c.processPage(page);
        return c;
    }

    List<Line> lines() {
        return lines;
    }

    int images() {
        return images;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        float x0 = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        float x1 = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        float y0 = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        float y1 = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        rectangles.add(new float[] {x0, y0, x1, y1});
        path.add(new float[] {x0, y0, x1, y0});
        path.add(new float[] {x1, y0, x1, y1});
        path.add(new float[] {x1, y1, x0, y1});
        path.add(new float[] {x0, y1, x0, y0});
        cx = x0;
        cy = y0;
        sx = x0;
        sy = y0;
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images++;
    }

    @Override
    public void clip(int windingRule) {
        // clipping changes nothing of what the page rules
    }

    @Override
    public void moveTo(float x, float y) {
        cx = x;
        cy = y;
        sx = x;
        sy = y;
    }

    @Override
    public void lineTo(float x, float y) {
        path.add(new float[] {cx, cy, x, y});
        cx = x;
        cy = y;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        cx = x3;
        cy = y3;
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float(cx, cy);
    }

    @Override
    public void closePath() {
        path.add(new float[] {cx, cy, sx, sy});
        cx = sx;
        cy = sy;
    }

    @Override
    public void endPath() {
        path.clear();
        rectangles.clear();
    }

    @Override
    public void strokePath() {
        for (float[] s : path) {
            segment(s[0], s[1], s[2], s[3]);
        }
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (float[] r : rectangles) {
            float w = r[2] - r[0];
            float h = r[3] - r[1];
            if (h <= THIN && w > h) {
                segment(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
            } else if (w <= THIN && h > w) {
                segment((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
            }
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        List<float[]> rects = new ArrayList<>(rectangles);
        strokePath();
        rectangles.addAll(rects);
        fillPath(windingRule);
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shading draws no rules
    }

    private void segment(float x0, float y0, float x1, float y1) {
        if (Math.abs(y0 - y1) < 0.5f && Math.abs(x0 - x1) > 0.5f) {
            lines.add(new Line(true, top - y0, Math.min(x0, x1), Math.max(x0, x1)));
        } else if (Math.abs(x0 - x1) < 0.5f && Math.abs(y0 - y1) > 0.5f) {
            lines.add(new Line(false, x0, top - Math.max(y0, y1), top - Math.min(y0, y1)));
        }
    }
}
