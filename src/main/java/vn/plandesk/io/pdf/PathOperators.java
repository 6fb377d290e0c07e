package vn.plandesk.io.pdf;

import java.awt.geom.Point2D;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;

/**
 * The path operators of a content stream (m, l, c, v, y, h, re, S, s, f, F, f*, B, B*, b, b*, n, W, W*), taught to the
 * text stripper so that it tells the page's {@link PageContent} what PDFBox's graphics engine would: the points in
 * page space through the current transformation, the painting and the clip. Operands that are missing or not numbers
 * leave the path as it is, as PDFBox's own operators do.
 */
final class PathOperators extends OperatorProcessor {
    private final PageGlyphs stripper;
    private final String name;

    private PathOperators(PageGlyphs stripper, String name) {
        super(stripper);
        this.stripper = stripper;
        this.name = name;
    }

    static void addTo(PageGlyphs stripper) {
        for (String op : List.of("m", "l", "c", "v", "y", "h", "re", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*",
                "n", "W", "W*")) {
            stripper.addOperator(new PathOperators(stripper, op));
        }
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
        PageContent page = stripper.content();
        if (page == null) {
            return;
        }
        switch (name) {
            case "m" -> {
                Point2D.Float p = point(operands, 0);
                if (p != null) {
                    page.moveTo(p.x, p.y);
                }
            }
            case "l" -> {
                Point2D.Float p = point(operands, 0);
                if (p != null) {
                    page.lineTo(p.x, p.y);
                }
            }
            // a curve draws no rule: only where it ends matters
            case "c" -> curve(page, operands, 6, 4);
            case "v", "y" -> curve(page, operands, 4, 2);
            case "h" -> page.closePath();
            case "re" -> {
                if (operands.size() >= 4 && checkArrayTypesClass(operands, COSNumber.class)) {
                    float x = number(operands, 0);
                    float y = number(operands, 1);
                    float w = number(operands, 2);
                    float h = number(operands, 3);
                    page.appendRectangle(stripper.transformedPoint(x, y), stripper.transformedPoint(x + w, y),
                            stripper.transformedPoint(x + w, y + h), stripper.transformedPoint(x, y + h));
                }
            }
            case "S" -> page.strokePath();
            case "s" -> {
                page.closePath();
                page.strokePath();
            }
            case "f", "F", "f*" -> page.fillPath();
            case "B", "B*" -> page.fillAndStrokePath();
            case "b", "b*" -> {
                page.closePath();
                page.fillAndStrokePath();
            }
            case "n" -> page.endPath();
            case "W", "W*" -> page.clip();
            default -> throw new IllegalStateException(name);
        }
    }

    private void curve(PageContent page, List<COSBase> operands, int count, int end) {
        if (operands.size() >= count && checkArrayTypesClass(operands, COSNumber.class)) {
            Point2D.Float p = stripper.transformedPoint(number(operands, end), number(operands, end + 1));
            page.curveTo(p.x, p.y);
        }
    }

    /** The point at operands i, i+1 in page space; null when they are missing or not numbers. */
    private Point2D.Float point(List<COSBase> operands, int i) {
        if (operands.size() < i + 2 || !(operands.get(i) instanceof COSNumber)
                || !(operands.get(i + 1) instanceof COSNumber)) {
            return null;
        }
        return stripper.transformedPoint(number(operands, i), number(operands, i + 1));
    }

    private static float number(List<COSBase> operands, int i) {
        return ((COSNumber) operands.get(i)).floatValue();
    }
}
