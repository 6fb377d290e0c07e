package vn.plandesk.io.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import vn.plandesk.io.pdf.PageGlyphs.Glyph;

/**
 * What one PDF page draws that a table is made of: its ruling lines (stroked segments, and the thin filled rectangles
 * some writers draw borders with), in points from the page's top left; and the glyphs drawn outside the rectangle the
 * page clips them to. It is told the page's paths and glyphs by {@link PageGlyphs} as it reads the page's text, in
 * page space, so that each page's content stream is parsed once.
 */
final class PageContent {
    /** A filled rectangle thinner than this is a ruling line, not a shaded area. */
    private static final float THIN = 2.5f;
    /** Stands on the stack of saved clips for "none". */
    private static final Rectangle2D NO_CLIP = new Rectangle2D.Float();
    private final float top;
    private final List<Line> lines = new ArrayList<>();
    private final List<float[]> path = new ArrayList<>();
    private final List<float[]> rectangles = new ArrayList<>();
    private float cx;
    private float cy;
    private float sx;
    private float sy;
    private boolean clipNext;
    /**
     * The rectangle text is clipped to (null: none known), kept here with its own stack rather than read from PDFBox's
     * clipping area, whose intersections cost more than the rest of the page's reading when asked for every glyph.
     */
    private Rectangle2D clip;
    private final Deque<Rectangle2D> clips = new ArrayDeque<>();
    /** Glyphs drawn outside their clip: x, y of the origin from the page's top, and a point just inside the clip. */
    private final List<float[]> hidden = new ArrayList<>();

    /** A horizontal (y fixed, from x1 to x2) or vertical (x fixed, from y1 to y2) segment, top-down coordinates. */
    record Line(boolean horizontal, float at, float from, float to) {
    }

    /** @param top the top of the page's media box, in PDF units from its bottom */
    PageContent(float top) {
        this.top = top;
    }

    List<Line> lines() {
        return lines;
    }

    void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
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

    /**
     * The glyphs with, for those drawn outside the rectangle they are clipped to, a point just inside it as the place
     * that tells their cell. LibreOffice repeats a table's header row on each page at the height of one line and cuts
     * its text there, yet the text layer keeps all of it, below the cut, where it would land in the page's first row.
     */
    List<Glyph> placed(List<Glyph> glyphs) {
        if (hidden.isEmpty()) {
            return glyphs;
        }
        List<Glyph> out = new ArrayList<>(glyphs.size());
        for (Glyph g : glyphs) {
            out.add(held(g));
        }
        return out;
    }

    private Glyph held(Glyph g) {
        for (float[] h : hidden) {
            if (Math.abs(h[0] - g.x()) < 0.1f && Math.abs(h[1] - g.y()) < 0.1f) {
                return g.heldAt(h[2], h[3]);
            }
        }
        return g;
    }

    void clip() {
        // the clip takes effect when the path ends
        clipNext = true;
    }

    /** The graphics state is saved: its clip with it. */
    void save() {
        clips.push(clip == null ? NO_CLIP : clip);
    }

    void restore() {
        Rectangle2D saved = clips.poll();
        clip = saved == null || saved == NO_CLIP ? null : saved;
    }

    /** A glyph is shown: one drawn outside its clip is noted with a point inside the clip. */
    void glyph(Matrix trm, Vector displacement) {
        if (clip != null) {
            Rectangle2D r = clip;
            float x = trm.getTranslateX();
            float y = trm.getTranslateY();
            float size = trm.getScalingFactorY();
            double midX = x + displacement.getX() * trm.getScalingFactorX() / 2;
            double midY = y + 0.3 * size;
            if (!r.isEmpty() && !r.contains(midX, midY)) {
                double inset = Math.min(1, Math.min(r.getWidth(), r.getHeight()) / 4);
                double inX = Math.max(r.getMinX() + inset, Math.min(r.getMaxX() - inset, midX));
                double inY = Math.max(r.getMinY() + inset, Math.min(r.getMaxY() - inset, midY));
                hidden.add(new float[] {x, top - y, (float) inX, (float) (top - inY)});
            }
        }
    }

    void moveTo(float x, float y) {
        cx = x;
        cy = y;
        sx = x;
        sy = y;
    }

    void lineTo(float x, float y) {
        path.add(new float[] {cx, cy, x, y});
        cx = x;
        cy = y;
    }

    void curveTo(float x3, float y3) {
        cx = x3;
        cy = y3;
    }

    void closePath() {
        path.add(new float[] {cx, cy, sx, sy});
        cx = sx;
        cy = sy;
    }

    void endPath() {
        if (clipNext && rectangles.size() == 1 && path.size() == 4) {
            float[] r = rectangles.get(0);
            Rectangle2D rect = new Rectangle2D.Float(r[0], r[1], r[2] - r[0], r[3] - r[1]);
            clip = clip == null ? rect : clip.createIntersection(rect);
        }
        clipNext = false;
        path.clear();
        rectangles.clear();
    }

    void strokePath() {
        for (float[] s : path) {
            segment(s[0], s[1], s[2], s[3]);
        }
        endPath();
    }

    void fillPath() {
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

    void fillAndStrokePath() {
        List<float[]> rects = new ArrayList<>(rectangles);
        strokePath();
        rectangles.addAll(rects);
        fillPath();
    }

    private void segment(float x0, float y0, float x1, float y1) {
        if (Math.abs(y0 - y1) < 0.5f && Math.abs(x0 - x1) > 0.5f) {
            lines.add(new Line(true, top - y0, Math.min(x0, x1), Math.max(x0, x1)));
        } else if (Math.abs(x0 - x1) < 0.5f && Math.abs(y0 - y1) > 0.5f) {
            lines.add(new Line(false, x0, top - Math.max(y0, y1), top - Math.min(y0, y1)));
        }
    }
}
