package vn.plandesk.io.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import vn.plandesk.model.Text;

/** Paragraphs and runs in the official type: Times New Roman, body 14 pt justified, first line indented 1.27 cm. */
final class Runs {
    private static final int FIRST_LINE_INDENT = PlanDocxWriter.mm(12.7);

    private Runs() {
    }

    /** Times New Roman for every script, so that Word does not fall back to another font for Vietnamese. */
    static void defaults(XWPFDocument doc) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(PlanDocxWriter.FONT);
        fonts.setHAnsi(PlanDocxWriter.FONT);
        fonts.setCs(PlanDocxWriter.FONT);
        fonts.setEastAsia(PlanDocxWriter.FONT);
        doc.createStyles().setDefaultFonts(fonts);
    }

    static XWPFRun add(XWPFParagraph p, String text, int points, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(PlanDocxWriter.FONT);
        r.setFontSize(points);
        r.setBold(bold);
        r.setItalic(italic);
        String[] lines = Text.nfc(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
        return r;
    }

    static void lines(XWPFParagraph p, String text, int points, boolean bold, boolean italic) {
        add(p, text, points, bold, italic);
    }

    static void lineBreak(XWPFParagraph p) {
        p.createRun().addBreak();
    }

    /** A paragraph of the body: justified, first line indented, 6 pt after, line spacing 1.15. */
    static XWPFParagraph bodyParagraph(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(FIRST_LINE_INDENT);
        p.setSpacingAfter(120);
        p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
        return p;
    }

    static XWPFParagraph centred(XWPFDocument doc, int pointsBefore, int pointsAfter) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(pointsBefore * 20);
        p.setSpacingAfter(pointsAfter * 20);
        return p;
    }

    /** A field such as PAGE, which Word and LibreOffice fill in when they lay the pages out. */
    static void field(XWPFParagraph p, String instruction, int points) {
        XWPFRun begin = add(p, "", points, false, false);
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = add(p, "", points, false, false);
        CTR ctr = instr.getCTR();
        var t = ctr.addNewInstrText();
        t.setStringValue(" " + instruction + " ");
        t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        XWPFRun sep = add(p, "", points, false, false);
        sep.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        add(p, "1", points, false, false);
        XWPFRun end = add(p, "", points, false, false);
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }
}
