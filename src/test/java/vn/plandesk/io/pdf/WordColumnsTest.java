package vn.plandesk.io.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import vn.plandesk.io.docx.PlanDocxWriter;
import vn.plandesk.model.Plan;
import vn.plandesk.service.SampleLibrary;

/**
 * The Word file's ward appendix has the PDF's columns, cell for cell: the same widths, shared by what they hold for a
 * cell of the PDF's 2 pt margins. With margins of 3 pt and columns shared for them, its cells held less and
 * LibreOffice printed the appendix on 17 pages where the PDF takes 16.
 */
class WordColumnsTest {
    private final Plan ward = new SampleLibrary().plan("chon-thanh-ward-plan.json");

    @Test
    void theWardAppendixInWordHasThePdfsColumnsAndCellMargins() throws Exception {
        List<OfficialTable.Column> pdf = PlanPdfWriterTest.columns(new WardAppendixPdf(ward, 2026));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(new PlanDocxWriter().write(ward)))) {
            XWPFTable tasks = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("STT"))
                    .findFirst().orElseThrow();
            var grid = tasks.getCTTbl().getTblGrid().getGridColList();
            assertEquals(pdf.size(), grid.size(), "columns");
            for (int c = 0; c < pdf.size(); c++) {
                double word = ((BigInteger) grid.get(c).getW()).intValue() / 20.0;
                double printed = pdf.get(c).widthMm() * OfficialStyle.POINTS_PER_MM;
                // iText's A4 is 842 pt wide, 0.1 pt more than 297 mm: the sharing may move one small slice otherwise
                assertEquals(printed, word, 2, "column " + c + " in points");
            }
            CTTblCellMar margins = tasks.getCTTbl().getTblPr().getTblCellMar();
            assertEquals(40, ((BigInteger) margins.getLeft().getW()).intValue(), "2 pt left, as the PDF's cells");
            assertEquals(40, ((BigInteger) margins.getRight().getW()).intValue(), "2 pt right");
        }
    }
}
