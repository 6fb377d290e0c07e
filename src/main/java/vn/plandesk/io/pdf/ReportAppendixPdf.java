package vn.plandesk.io.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.properties.TextAlignment;
import java.util.ArrayList;
import java.util.List;
import vn.plandesk.io.table.ColumnBalance;
import vn.plandesk.io.table.ReportLayout;
import vn.plandesk.model.report.ReportAppendix;

/**
 * An appendix of a report, on a page of its own: its label and title, the italic note "(Tính đến …)", then its table
 * in the plan's appendix machinery ({@link OfficialTable}: header repeated on every page, group rows bold across the
 * table and kept with their first row, no row split, columns shared by what they hold and never breaking a syllable).
 */
final class ReportAppendixPdf implements PdfPart {
    private final ReportAppendix appendix;

    ReportAppendixPdf(ReportAppendix appendix) {
        this.appendix = appendix;
    }

    @Override
    public PageSize pageSize() {
        return ReportLayout.landscape(appendix) ? OfficialStyle.LANDSCAPE : OfficialStyle.PORTRAIT;
    }

    @Override
    public void render(Document doc, PdfFonts fonts) {
        ReportBodyPdf.textOptions(doc);
        OfficialBlocks.appendixHead(doc, fonts, appendix.label(), appendix.title(), appendix.note());
        List<TextAlignment> alignments = new ArrayList<>();
        for (int c = 0; c < appendix.columns().size(); c++) {
            alignments.add(ReportLayout.centred(appendix, c) ? TextAlignment.CENTER : TextAlignment.LEFT);
        }
        OfficialTable table = new OfficialTable(fonts, OfficialTable.balanced(fonts, alignments, pageSize(),
                this::measure));
        appendix.columns().forEach(table::header);
        table.startIn(doc);
        for (ReportAppendix.Row r : appendix.rows()) {
            if (r.group()) {
                table.wideRow(r.cells().isEmpty() ? "" : r.cells().get(0));
            } else {
                table.row(r.cells());
            }
        }
        table.finish();
    }

    private void measure(ColumnBalance balance) {
        float width = OfficialStyle.textWidth(pageSize());
        for (int c = 0; c < appendix.columns().size(); c++) {
            balance.header(c, 1, appendix.columns().get(c));
            balance.atLeast(c, width * ReportLayout.leastShare(appendix, c));
        }
        List<List<String>> rows = ReportLayout.bodyRows(appendix);
        balance.rowsInAll(rows.size());
        ColumnBalance.sample(rows).forEach(balance::row);
    }
}
