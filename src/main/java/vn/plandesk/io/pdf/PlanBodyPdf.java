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
import vn.plandesk.io.table.BodyText;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDocument;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.Signer;

/**
 * The plan itself (Mẫu 1.4), A4 portrait: the two-column header (organ with its rule; Quốc hiệu and Tiêu ngữ with its
 * rule; "Số: …/KH-UBND" level with the italic place and date), "KẾ HOẠCH" and the summary with a short rule, the italic
 * "Căn cứ …", the sections under their headings, and "Nơi nhận:" beside the signature block.
 */
final class PlanBodyPdf implements PdfPart {
    private static final Locale VI = Locale.forLanguageTag("vi");
    /** The organ's rule: between a third and a half of the organ's name (the Decree); we take 40 %. */
    private static final float ORGAN_RULE_SHARE = 0.4f;
    private static final float SHORT_RULE = OfficialStyle.mm(30);
    /** Room for the signature and the seal. */
    private static final float SIGNATURE_ROOM = OfficialStyle.mm(25);

    private final Plan plan;
    private final int draftYear;

    PlanBodyPdf(Plan plan, int draftYear) {
        this.plan = plan;
        this.draftYear = draftYear;
    }

    @Override
    public PageSize pageSize() {
        return OfficialStyle.PORTRAIT;
    }

    @Override
    public void render(Document doc, PdfFonts fonts) {
        doc.add(header(fonts));
        doc.add(OfficialStyle.centred(plan.documentType().toUpperCase(VI), fonts.bold(), OfficialStyle.BODY_SIZE)
                .setMarginTop(20));
        if (!plan.summary().isEmpty()) {
            doc.add(OfficialStyle.centred(plan.summary(), fonts.bold(), OfficialStyle.BODY_SIZE));
        }
        doc.add(OfficialStyle.rule(SHORT_RULE).setMarginBottom(12));
        List<Paragraph> body = new ArrayList<>();
        for (String basis : plan.legalBases()) {
            body.add(paragraph(basis, fonts.italic()));
        }
        for (String p : plan.introduction()) {
            body.add(paragraph(p, fonts.regular()));
        }
        for (BodySection s : plan.sections()) {
            section(body, fonts, s, 0);
        }
        // the signature never stands alone on a page: the last paragraph goes over with it
        if (!body.isEmpty()) {
            body.get(body.size() - 1).setKeepWithNext(true);
        }
        body.forEach(doc::add);
        doc.add(closing(fonts));
    }

    /** The header as a borderless table of two columns and two rows, so "Số" and the date stand on one line. */
    private Table header(PdfFonts fonts) {
        float text = OfficialStyle.textWidth(pageSize());
        String date = OfficialText.placeAndDate(plan, draftYear);
        float right = Math.max(Math.max(
                        OfficialStyle.widthOf(OfficialText.NATIONAL_TITLE, fonts.bold(), OfficialStyle.ORGAN_SIZE),
                        OfficialStyle.widthOf(OfficialText.MOTTO, fonts.bold(), OfficialStyle.MOTTO_SIZE)),
                OfficialStyle.widthOf(date, fonts.italic(), OfficialStyle.BODY_SIZE)) + 6;
        right = Math.min(right, text * 0.66f);
        Table t = new Table(UnitValue.createPointArray(new float[] {text - right, right}));
        t.setWidth(text).setFixedLayout();

        Div organ = new Div();
        float widest = 0;
        for (String line : lines(plan.parentOrgan())) {
            organ.add(OfficialStyle.centred(line.toUpperCase(VI), fonts.regular(), OfficialStyle.ORGAN_SIZE));
        }
        for (String line : lines(plan.issuingOrgan())) {
            String upper = line.toUpperCase(VI);
            organ.add(OfficialStyle.centred(upper, fonts.bold(), OfficialStyle.ORGAN_SIZE));
            widest = Math.max(widest, OfficialStyle.widthOf(upper, fonts.bold(), OfficialStyle.ORGAN_SIZE));
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
        t.addCell(plain(new Div().add(OfficialStyle.centred(OfficialText.numberLine(plan), fonts.regular(),
                OfficialStyle.NUMBER_SIZE))).setPaddingTop(8 + baselineShift));
        t.addCell(plain(new Div().add(OfficialStyle.centred(date, fonts.italic(), OfficialStyle.BODY_SIZE)))
                .setPaddingTop(8));
        return t;
    }

    private void section(List<Paragraph> body, PdfFonts fonts, BodySection s, int depth) {
        if (!s.heading().isEmpty()) {
            // "I. MỤC ĐÍCH, YÊU CẦU" and "1. …" bold; "a) …" regular
            PdfFont font = depth < 2 ? fonts.bold() : fonts.regular();
            // a heading is never cut, and goes over with the first lines of its text
            body.add(paragraph(s.heading(), font).setKeepTogether(true).setKeepWithNext(true));
        }
        for (String p : s.paragraphs()) {
            body.add(paragraph(BodyText.printed(p, !plan.indicators().isEmpty()), fonts.regular()));
        }
        for (BodySection sub : s.sections()) {
            section(body, fonts, sub, depth + 1);
        }
        if (s == PlanDocument.tasksSection(plan)) {
            tasks(body, fonts);
        }
    }

    /** The tasks as the text of their section: each group "1. …" bold, then its points "a) …", "b) …". */
    private void tasks(List<Paragraph> body, PdfFonts fonts) {
        for (TaskGroup g : plan.groups()) {
            if (g.tasks().isEmpty()) {
                continue;
            }
            body.add(paragraph(g.number() + ". " + g.title(), fonts.bold()).setKeepTogether(true)
                    .setKeepWithNext(true));
            for (PlanTask t : g.tasks()) {
                body.add(paragraph(t.number() + " " + t.name(), fonts.regular()));
                for (PlanTask sub : t.subTasks()) {
                    body.add(paragraph(sub.number() + " " + sub.name(), fonts.regular()));
                }
            }
        }
    }

    /** A body paragraph: 14 pt, justified, first line indented 1.27 cm, 6 pt before, 1.15 line spacing. */
    private static Paragraph paragraph(String text, PdfFont font) {
        return new Paragraph(text).setFont(font).setFontSize(OfficialStyle.BODY_SIZE)
                .setTextAlignment(TextAlignment.JUSTIFIED).setFirstLineIndent(OfficialStyle.FIRST_LINE_INDENT)
                .setFixedLeading(OfficialStyle.BODY_LINE).setMarginTop(OfficialStyle.PARAGRAPH_SPACING)
                .setMarginBottom(0);
    }

    /** "Nơi nhận:" on the left, level with the signature block on the right, kept together on one page. */
    private Table closing(PdfFonts fonts) {
        float text = OfficialStyle.textWidth(pageSize());
        Table t = new Table(UnitValue.createPointArray(new float[] {text * 0.45f, text * 0.55f}));
        t.setWidth(text).setFixedLayout().setMarginTop(12).setKeepTogether(true);

        Div recipients = new Div();
        if (!plan.recipients().isEmpty()) {
            recipients.add(OfficialStyle.line(OfficialText.RECIPIENTS, fonts.boldItalic(),
                    OfficialStyle.RECIPIENTS_HEADING_SIZE, TextAlignment.LEFT));
            for (String r : plan.recipients()) {
                recipients.add(OfficialStyle.line("- " + r, fonts.regular(), OfficialStyle.RECIPIENTS_SIZE,
                        TextAlignment.LEFT).setMultipliedLeading(1.0f));
            }
        }
        Div signature = new Div();
        Signer s = plan.signer();
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

    private static Cell plain(Div content) {
        return new Cell().add(content).setBorder(Border.NO_BORDER).setPadding(0)
                .setVerticalAlignment(VerticalAlignment.TOP);
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String l : text.split("\n")) {
            if (!l.isBlank()) {
                out.add(l.strip());
            }
        }
        return out;
    }
}
