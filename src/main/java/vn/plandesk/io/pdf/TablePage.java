package vn.plandesk.io.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.util.Arrays;

/**
 * What a table draws on one page: its text, set line by line in one text object, and its rules, collected and stroked
 * in one path when the page is done. The page is then written out ({@link #done}), so a long table holds one page at a
 * time. Drawn after what the page already shows (the appendix's title block on its first page).
 */
final class TablePage {
    private final PdfPage page;
    private final PdfCanvas canvas;
    private final float ruleWidth;
    /** The rules: x0, y0, x1, y1 of each. */
    private float[] rules = new float[256];
    private int ruleCount;
    private PdfFont font;
    private float size;

    TablePage(PdfDocument pdf, PdfPage page, float ruleWidth) {
        this.page = page;
        this.ruleWidth = ruleWidth;
        this.canvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
        canvas.saveState().setFillColor(ColorConstants.BLACK).beginText();
    }

    /** One line of text with its baseline's start at (x, y). */
    void text(PdfFont font, float size, String line, float x, float y) {
        if (line.isEmpty()) {
            return;
        }
        if (font != this.font || size != this.size) {
            canvas.setFontAndSize(font, size);
            this.font = font;
            this.size = size;
        }
        canvas.setTextMatrix(x, y).showText(line);
    }

    /** A horizontal rule from x0 to x1, reaching half its width past both ends so that corners close. */
    void horizontal(float y, float x0, float x1) {
        add(x0 - ruleWidth / 2, y, x1 + ruleWidth / 2, y);
    }

    void vertical(float x, float top, float bottom) {
        add(x, top, x, bottom);
    }

    private void add(float x0, float y0, float x1, float y1) {
        if (ruleCount + 4 > rules.length) {
            rules = Arrays.copyOf(rules, rules.length * 2);
        }
        rules[ruleCount++] = x0;
        rules[ruleCount++] = y0;
        rules[ruleCount++] = x1;
        rules[ruleCount++] = y1;
    }

    /** Strokes the rules and writes the page out; nothing more is drawn on it. */
    void done() {
        canvas.endText();
        if (ruleCount > 0) {
            canvas.setStrokeColor(ColorConstants.BLACK).setLineWidth(ruleWidth);
            for (int i = 0; i < ruleCount; i += 4) {
                canvas.moveTo(rules[i], rules[i + 1]).lineTo(rules[i + 2], rules[i + 3]);
            }
            canvas.stroke();
        }
        canvas.restoreState().release();
        page.flush();
    }
}
