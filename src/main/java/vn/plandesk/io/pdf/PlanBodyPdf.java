package vn.plandesk.io.pdf;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import java.util.ArrayList;
import java.util.List;
import vn.plandesk.io.table.AppendixTables;
import vn.plandesk.io.table.BodyText;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDocument;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;

/**
 * The plan itself (Mẫu 1.4), A4 portrait: the two-column header (organ with its rule; Quốc hiệu and Tiêu ngữ with its
 * rule; "Số: …/KH-UBND" level with the italic place and date), "KẾ HOẠCH" and the summary with a short rule, the italic
 * "Căn cứ …", the sections under their headings, and "Nơi nhận:" beside the signature block.
 */
final class PlanBodyPdf implements PdfPart {

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
        OfficialBlocks.title(doc, fonts, plan.documentType().toUpperCase(OfficialBlocks.VI), plan.summary(), 12);
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

    private Table header(PdfFonts fonts) {
        return OfficialBlocks.header(fonts, pageSize(), plan.parentOrgan(), plan.issuingOrgan(),
                OfficialText.numberLine(plan), OfficialText.placeAndDate(plan, draftYear));
    }

    private void section(List<Paragraph> body, PdfFonts fonts, BodySection s, int depth) {
        if (!s.heading().isEmpty()) {
            // "I. MỤC ĐÍCH, YÊU CẦU" and "1. …" bold; "a) …" regular
            PdfFont font = depth < 2 ? fonts.bold() : fonts.regular();
            // a heading is never cut, and goes over with the first lines of its text
            body.add(paragraph(s.heading(), font).setKeepTogether(true).setKeepWithNext(true));
        }
        for (String p : BodyText.printed(s.paragraphs(), !plan.indicators().isEmpty(),
                AppendixTables.printedLabels(plan))) {
            body.add(paragraph(p, fonts.regular()));
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

    private static Paragraph paragraph(String text, PdfFont font) {
        return OfficialBlocks.paragraph(text, font);
    }

    /** "Nơi nhận:" on the left, each recipient "- …", level with the signature block on the right. */
    private Table closing(PdfFonts fonts) {
        List<String> lines = new ArrayList<>();
        plan.recipients().forEach(r -> lines.add("- " + r));
        return OfficialBlocks.closing(fonts, pageSize(), lines, plan.signer());
    }
}
