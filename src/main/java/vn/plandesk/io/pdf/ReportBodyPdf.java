package vn.plandesk.io.pdf;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.Style;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.margins.Footnote;
import com.itextpdf.layout.properties.margins.FootnoteAnchor;
import com.itextpdf.layout.properties.margins.FootnotesProperties;
import java.util.ArrayList;
import java.util.List;
import vn.plandesk.io.table.ReportLayout;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.report.Report;

/**
 * The report itself, A4 portrait, as seed 003 prints it: the header of every official document, "BÁO CÁO" and its
 * trích yếu with a short rule, "Kính gửi:", the Căn cứ paragraphs, sections I, II, III with their parts, the closing
 * sentence, and "Nơi nhận:" beside the signature block. A footnote cited "[^n]" prints as a superscript number with its
 * note at the foot of the page the citation falls on (iText's own footnotes, which reserve the room on that page).
 */
final class ReportBodyPdf implements PdfPart {
    static final String TYPE = "BÁO CÁO";
    private static final float NOTE_SIZE = 10;
    private static final float CITATION_SIZE = 9;
    /** The "Kính gửi:" word's column when the recipients are a list. */
    private static final float TO_SHARE = 0.3f;

    private final Report report;
    private final int draftYear;

    ReportBodyPdf(Report report, int draftYear) {
        this.report = report;
        this.draftYear = draftYear;
    }

    @Override
    public PageSize pageSize() {
        return OfficialStyle.PORTRAIT;
    }

    @Override
    public void render(Document doc, PdfFonts fonts) {
        textOptions(doc);
        doc.setProperty(Property.FOOTNOTES_PROPERTIES, new FootnotesProperties().setFootnoteAnchorLabelStyle(
                new Style().setFont(fonts.regular()).setFontSize(CITATION_SIZE)));
        doc.add(OfficialBlocks.header(fonts, pageSize(), report.parentOrgan(), report.issuingOrgan(),
                OfficialText.numberLine(report.number(), report.symbol()),
                OfficialText.placeAndDate(report.locality(), report.date(), draftYear)));
        OfficialBlocks.title(doc, fonts, TYPE, report.summary(), 6);
        if (!report.recipients().isEmpty()) {
            doc.add(recipients(fonts));
        }
        List<Paragraph> body = new ArrayList<>();
        for (String p : report.introduction()) {
            body.add(paragraph(p, fonts.regular(), fonts));
        }
        for (BodySection s : report.sections()) {
            section(body, fonts, s, 0);
        }
        for (String p : report.closing()) {
            body.add(paragraph(p, fonts.regular(), fonts));
        }
        // the signature never stands alone on a page: the last paragraph goes over with it
        if (!body.isEmpty()) {
            body.get(body.size() - 1).setKeepWithNext(true);
        }
        body.forEach(doc::add);
        doc.add(OfficialBlocks.closing(fonts, pageSize(), ReportLayout.distributionLines(report), report.signer()));
    }

    /**
     * The text is set without OpenType shaping (no pdfCalligraph): iText would still look for the script of every
     * piece of text and read the font's feature tables for it, for no change to the glyphs; naming one script for the
     * whole document skips that, about a tenth of printing a report. The body and the appendices (printed apart, see
     * {@link ReportPdf}) both take it.
     */
    static void textOptions(Document doc) {
        doc.setProperty(Property.FONT_SCRIPT, Character.UnicodeScript.COMMON);
        doc.setProperty(Property.SPLIT_CHARACTERS, new LetterSplitCharacters());
    }

    /** One recipient on a centred line; several as a list beside the word "Kính gửi:". */
    private Table recipients(PdfFonts fonts) {
        List<String> lines = ReportLayout.recipientLines(report);
        float text = OfficialStyle.textWidth(pageSize());
        if (lines.size() == 1) {
            Table t = new Table(UnitValue.createPointArray(new float[] {text})).setWidth(text).setFixedLayout();
            t.addCell(OfficialBlocks.plain(new Div().add(OfficialStyle.centred(ReportLayout.TO + " " + lines.get(0),
                    fonts.regular(), OfficialStyle.BODY_SIZE))));
            return t.setMarginTop(6).setMarginBottom(6);
        }
        Table t = new Table(UnitValue.createPointArray(new float[] {text * TO_SHARE, text * (1 - TO_SHARE)}))
                .setWidth(text).setFixedLayout();
        t.addCell(OfficialBlocks.plain(new Div().add(OfficialStyle.line(ReportLayout.TO, fonts.regular(),
                OfficialStyle.BODY_SIZE, TextAlignment.RIGHT))).setPaddingRight(OfficialStyle.BODY_SIZE / 2));
        Div list = new Div();
        lines.forEach(l -> list.add(OfficialStyle.line(l, fonts.regular(), OfficialStyle.BODY_SIZE,
                TextAlignment.LEFT)));
        t.addCell(OfficialBlocks.plain(list));
        return t.setMarginTop(6).setMarginBottom(6);
    }

    private void section(List<Paragraph> body, PdfFonts fonts, BodySection s, int depth) {
        if (!s.heading().isEmpty()) {
            PdfFont font = switch (ReportLayout.headingStyle(depth)) {
                case BOLD -> fonts.bold();
                case BOLD_ITALIC -> fonts.boldItalic();
            };
            // a heading is never cut, and goes over with the first lines of its text
            body.add(paragraph(s.heading(), font, fonts).setKeepTogether(true).setKeepWithNext(true));
        }
        for (String p : s.paragraphs()) {
            body.add(paragraph(p, fonts.regular(), fonts));
        }
        for (BodySection sub : s.sections()) {
            section(body, fonts, sub, depth + 1);
        }
    }

    /** A body paragraph whose citations "[^n]" become superscript numbers with their notes at the page's foot. */
    private Paragraph paragraph(String text, PdfFont font, PdfFonts fonts) {
        Paragraph p = OfficialBlocks.paragraph(font);
        for (ReportLayout.Piece piece : ReportLayout.pieces(text, report.footnotes().size())) {
            if (piece.isCitation()) {
                p.add(new FootnoteAnchor(piece.text(), new Footnote(note(report.footnotes()
                        .get(piece.footnote() - 1), fonts))));
            } else {
                p.add(new Text(piece.text()));
            }
        }
        return p;
    }

    private static Paragraph note(String text, PdfFonts fonts) {
        // iText's default leading: with a tighter one its footnote area dropped the page's last note
        return new Paragraph(text).setFont(fonts.regular()).setFontSize(NOTE_SIZE)
                .setTextAlignment(TextAlignment.JUSTIFIED);
    }
}
