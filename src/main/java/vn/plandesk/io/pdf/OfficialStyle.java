package vn.plandesk.io.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;

/**
 * The numbers of Nghị định 30/2020/NĐ-CP, Phụ lục I, as PlanDesk applies them (see docs/official-layout.md): page,
 * margins, type sizes, spacing. Where the Decree gives a range the value chosen is the one here.
 */
final class OfficialStyle {
    static final float POINTS_PER_MM = 72f / 25.4f;

    static final PageSize PORTRAIT = PageSize.A4;
    /** Task tables with many columns are printed on A4 turned (practice). */
    static final PageSize LANDSCAPE = PageSize.A4.rotate();

    /** Margins 20 / 20 / 30 / 15 mm; a landscape page keeps the same four values as turned. */
    static final float MARGIN_TOP = mm(20);
    static final float MARGIN_BOTTOM = mm(20);
    static final float MARGIN_LEFT = mm(30);
    static final float MARGIN_RIGHT = mm(15);

    static final float BODY_SIZE = 14;
    static final float ORGAN_SIZE = vn.plandesk.io.table.OrganName.SIZE;
    /** The Decree's smallest organ size, for a name too long for its column at 13 pt. */
    static final float ORGAN_SMALL_SIZE = vn.plandesk.io.table.OrganName.SMALL_SIZE;
    static final float MOTTO_SIZE = 14;
    static final float NUMBER_SIZE = 13;
    static final float PAGE_NUMBER_SIZE = 13;
    static final float TABLE_SIZE = 12;
    static final float RECIPIENTS_HEADING_SIZE = 12;
    static final float RECIPIENTS_SIZE = 11;

    /** First-line indent of body paragraphs: 1.27 cm. */
    static final float FIRST_LINE_INDENT = mm(12.7f);
    /** At least 6 pt between paragraphs. */
    static final float PARAGRAPH_SPACING = 6;
    /**
     * Line spacing 1.15 "lines" in the word-processor sense, where a single line of Times/Liberation Serif is about
     * 1.15 em: 18.5 pt at 14 pt, as the Word export sets it. A fixed leading, because iText's multiplied leading
     * counts from the font's ascent and descent and came to 20.5 pt, a page more than Word for the same body.
     */
    static final float BODY_LINE = 1.15f * 1.15f * BODY_SIZE;
    /** Table cells and header blocks are set single-spaced. */
    static final float SINGLE_LEADING = 1.15f;
    static final float RULE_THICKNESS = 0.6f;

    private OfficialStyle() {
    }

    static float mm(float millimetres) {
        return millimetres * POINTS_PER_MM;
    }

    /** The width text may take on a page of this size. */
    static float textWidth(PageSize size) {
        return size.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;
    }

    /** One line or block of text, single-spaced, no margins of its own. */
    static Paragraph line(String text, PdfFont font, float size, TextAlignment alignment) {
        return new Paragraph(text).setFont(font).setFontSize(size).setTextAlignment(alignment)
                .setMultipliedLeading(SINGLE_LEADING).setMargin(0).setFontColor(ColorConstants.BLACK);
    }

    static Paragraph centred(String text, PdfFont font, float size) {
        return line(text, font, size, TextAlignment.CENTER);
    }

    /** A solid rule of the given length, centred under the block above it. */
    static LineSeparator rule(float width) {
        SolidLine line = new SolidLine(RULE_THICKNESS);
        line.setColor(ColorConstants.BLACK);
        LineSeparator separator = new LineSeparator(line);
        separator.setWidth(width);
        separator.setHorizontalAlignment(HorizontalAlignment.CENTER);
        // clear of the descenders of the line above at 13–14 pt
        separator.setMarginTop(5);
        return separator;
    }

    /** The width a one-line text takes in the given font and size. */
    static float widthOf(String text, PdfFont font, float size) {
        return font.getWidth(text, size);
    }
}
