package vn.plandesk.io.pdf;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.plandesk.io.table.OrganName;
import vn.plandesk.model.Signer;

/**
 * The blocks every official document of the Decree has, whatever it is (a plan, a report): the two-column header on
 * its first page, the body paragraph, and "Nơi nhận:" beside the signature block at its end.
 */
final class OfficialBlocks {
    static final Locale VI = Locale.forLanguageTag("vi");
    /** The organ's rule: between a third and a half of the organ's name (the Decree); we take 40 %. */
    private static final float ORGAN_RULE_SHARE = 0.4f;
    /** The rule under the document's type and summary. */
    static final float SHORT_RULE = OfficialStyle.mm(30);

    /** The document's kind ("KẾ HOẠCH", "BÁO CÁO") and its trích yếu, bold and centred, over a short rule. */
    static void title(Document doc, PdfFonts fonts, String kind, String summary, float spaceAfter) {
        doc.add(OfficialStyle.centred(kind, fonts.bold(), OfficialStyle.BODY_SIZE).setMarginTop(20));
        if (!summary.isEmpty()) {
            doc.add(OfficialStyle.centred(summary, fonts.bold(), OfficialStyle.BODY_SIZE));
        }
        doc.add(OfficialStyle.rule(SHORT_RULE).setMarginBottom(spaceAfter));
    }
    /** Label, title and the line under them in an appendix's head. */
    private static final float APPENDIX_HEAD_SIZE = 14;
    private static final float APPENDIX_RULE = OfficialStyle.mm(40);
    /** Room for the signature and the seal. */
    private static final float SIGNATURE_ROOM = OfficialStyle.mm(25);

    private OfficialBlocks() {
    }

    /**
     * The header as a borderless table of two columns and two rows, so "Số" and the date stand on one line: the organ
     * (parent organ regular, issuing organ bold, one line per "\n", a rule under it), the Quốc hiệu and Tiêu ngữ with
     * its rule, then the number line and the italic place and date.
     */
    static Table header(PdfFonts fonts, PageSize pageSize, String parentOrgan, String issuingOrgan, String numberLine,
                        String placeAndDate) {
        float text = OfficialStyle.textWidth(pageSize);
        float right = Math.max(Math.max(
                        OfficialStyle.widthOf(OfficialText.NATIONAL_TITLE, fonts.bold(), OfficialStyle.ORGAN_SIZE),
                        OfficialStyle.widthOf(OfficialText.MOTTO, fonts.bold(), OfficialStyle.MOTTO_SIZE)),
                OfficialStyle.widthOf(placeAndDate, fonts.italic(), OfficialStyle.BODY_SIZE)) + 6;
        right = Math.min(right, text * 0.66f);
        Table t = new Table(UnitValue.createPointArray(new float[] {text - right, right}));
        t.setWidth(text).setFixedLayout();

        Div organ = new Div();
        float size = organSize(parentOrgan, issuingOrgan, text - right);
        float widest = 0;
        for (String line : lines(parentOrgan)) {
            organ.add(OfficialStyle.centred(line.toUpperCase(VI), fonts.regular(), size));
        }
        for (String line : lines(issuingOrgan)) {
            String upper = line.toUpperCase(VI);
            organ.add(OfficialStyle.centred(upper, fonts.bold(), size));
            widest = Math.max(widest, OfficialStyle.widthOf(upper, fonts.bold(), size));
        }
        if (widest > 0) {
            organ.add(OfficialStyle.rule(widest * ORGAN_RULE_SHARE));
        }
        Div nation = new Div()
                .add(OfficialStyle.centred(OfficialText.NATIONAL_TITLE, fonts.bold(), OfficialStyle.ORGAN_SIZE))
                .add(OfficialStyle.centred(OfficialText.MOTTO, fonts.bold(), OfficialStyle.MOTTO_SIZE))
                .add(OfficialStyle.rule(OfficialStyle.widthOf(OfficialText.MOTTO, fonts.bold(), OfficialStyle.MOTTO_SIZE)));
        t.addCell(plain(organ));
        t.addCell(plain(nation));
        // "Số" (13 pt) stands on the baseline of the date (14 pt): its line starts lower by the difference of their
        // ascents (about 0.97 em of Liberation Serif at the 1.15 leading used here)
        float baselineShift = (OfficialStyle.BODY_SIZE - OfficialStyle.NUMBER_SIZE) * 0.97f;
        t.addCell(plain(new Div().add(OfficialStyle.centred(numberLine, fonts.regular(),
                OfficialStyle.NUMBER_SIZE))).setPaddingTop(8 + baselineShift));
        t.addCell(plain(new Div().add(OfficialStyle.centred(placeAndDate, fonts.italic(), OfficialStyle.BODY_SIZE)))
                .setPaddingTop(8));
        return t;
    }

    /** The organ's type size in a column of that width: the rule of {@link OrganName}, shared with Word. */
    static float organSize(String parentOrgan, String issuingOrgan, float column) {
        return OrganName.size(parentOrgan, issuingOrgan, column);
    }

    /** A body paragraph: 14 pt, justified, first line indented 1.27 cm, 6 pt before, 1.15 line spacing. */
    static Paragraph paragraph(String text, PdfFont font) {
        return paragraph(font).add(text);
    }

    /** An empty body paragraph, for text set in pieces. */
    static Paragraph paragraph(PdfFont font) {
        return new Paragraph().setFont(font).setFontSize(OfficialStyle.BODY_SIZE)
                .setTextAlignment(TextAlignment.JUSTIFIED).setFirstLineIndent(OfficialStyle.FIRST_LINE_INDENT)
                .setFixedLeading(OfficialStyle.BODY_LINE).setMarginTop(OfficialStyle.PARAGRAPH_SPACING)
                .setMarginBottom(0);
    }

    /**
     * "Nơi nhận:" and its lines (as printed, "- …;") on the left, level with the signature block on the right, kept
     * together on one page.
     */
    static Table closing(PdfFonts fonts, PageSize pageSize, List<String> recipientLines, Signer s) {
        float text = OfficialStyle.textWidth(pageSize);
        Table t = new Table(UnitValue.createPointArray(new float[] {text * 0.45f, text * 0.55f}));
        t.setWidth(text).setFixedLayout().setMarginTop(12).setKeepTogether(true);

        Div recipients = new Div();
        if (!recipientLines.isEmpty()) {
            recipients.add(OfficialStyle.line(OfficialText.RECIPIENTS, fonts.boldItalic(),
                    OfficialStyle.RECIPIENTS_HEADING_SIZE, TextAlignment.LEFT));
            for (String r : recipientLines) {
                recipients.add(OfficialStyle.line(r, fonts.regular(), OfficialStyle.RECIPIENTS_SIZE,
                        TextAlignment.LEFT).setMultipliedLeading(1.0f));
            }
        }
        Div signature = new Div();
        List<String> upper = new ArrayList<>();
        s.authority().forEach(a -> upper.add(a.toUpperCase(VI)));
        if (!s.title().isEmpty()) {
            upper.add(s.title().toUpperCase(VI));
        }
        for (String line : upper) {
            signature.add(OfficialStyle.centred(line, fonts.bold(), OfficialStyle.BODY_SIZE));
        }
        if (!upper.isEmpty() || !s.name().isEmpty()) {
            signature.add(OfficialStyle.centred(s.name(), fonts.bold(), OfficialStyle.BODY_SIZE)
                    .setMarginTop(SIGNATURE_ROOM));
        }
        t.addCell(plain(recipients));
        t.addCell(plain(signature));
        return t;
    }

    /**
     * An appendix's head (Mẫu 2.1): its label ("PHỤ LỤC", "Phụ lục I") and title, bold and centred, the italic line
     * under them ("(Kèm theo …)", "(Tính đến …)"; none when blank), and a short rule above the table.
     */
    static void appendixHead(Document doc, PdfFonts fonts, String label, String title, String note) {
        doc.add(OfficialStyle.centred(label, fonts.bold(), APPENDIX_HEAD_SIZE));
        doc.add(OfficialStyle.centred(title, fonts.bold(), APPENDIX_HEAD_SIZE));
        if (!note.isEmpty()) {
            doc.add(OfficialStyle.centred(note, fonts.italic(), APPENDIX_HEAD_SIZE));
        }
        doc.add(OfficialStyle.rule(APPENDIX_RULE).setMarginBottom(10));
    }

    static Cell plain(Div content) {
        return new Cell().add(content).setBorder(Border.NO_BORDER).setPadding(0)
                .setVerticalAlignment(VerticalAlignment.TOP);
    }

    /** The non-blank lines of a text, stripped. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String l : text.split("\n")) {
            if (!l.isBlank()) {
                out.add(l.strip());
            }
        }
        return out;
    }
}
