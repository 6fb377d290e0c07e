package vn.plandesk.io.docx;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The solid rules of the official header: under the issuing organ (1/3–1/2 of its text), under the Tiêu ngữ (as long
 * as its words) and under the summary. Drawn as the bottom border of an empty paragraph indented from both sides, so
 * they stay where they are when the officer edits the text in Word.
 */
final class Rules {
    private Rules() {
    }

    /** A centred rule of {@code share} of the given width (in twips). */
    static void shortRule(XWPFParagraph p, int width, double share) {
        int indent = (int) Math.round(width * (1 - share) / 2);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setBorderBottom(Borders.SINGLE);
        p.setSpacingBefore(0);
        p.setSpacingAfter(120);
        // an empty paragraph still takes a line; make it a thin one so the rule sits close under the text
        var run = p.createRun();
        run.setFontSize(2);
        run.setFontFamily(PlanDocxWriter.FONT);
    }
}
