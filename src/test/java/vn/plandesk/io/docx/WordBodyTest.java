package vn.plandesk.io.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.plandesk.service.SampleLibrary;

/**
 * The streamed body of a Word document is what POI's object model of it says, block by block and cell by cell, for
 * the documents PlanDesk writes and those LibreOffice re-saved; and the parts of Word's XML the model's text leaves out
 * (field codes, deleted text, text boxes) stay out.
 */
class WordBodyTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @ParameterizedTest
    @ValueSource(strings = {"chon-thanh-ward-plan.docx", "province-2025-appendix-ii.docx", "kh92-2025-partial.docx",
            "province-2026-plan.docx"})
    void documentsLibreOfficeSavedStreamAsPoiReadsThem(String file) throws Exception {
        byte[] docx;
        try (InputStream in = WordBodyTest.class.getResourceAsStream("/libreoffice/" + file)) {
            docx = in.readAllBytes();
        }
        assertEquals(poi(docx), streamed(docx));
    }

    @ParameterizedTest
    @ValueSource(strings = {"province-2025-appendix-ii.json", "kh92-2025-partial.json", "chon-thanh-ward-plan.json",
            "province-2026-plan.json"})
    void documentsPlanDeskWritesStreamAsPoiReadsThem(String sample) throws Exception {
        byte[] docx = new PlanDocxWriter().write(new SampleLibrary().plan(sample));
        assertEquals(poi(docx), streamed(docx));
    }

    @Test
    void runsBreaksMergesAndWhatIsNotText() throws Exception {
        String xml = "<w:document xmlns:w='" + W + "' xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006'>"
                + "<w:body>"
                + "<w:p><w:pPr><w:tabs><w:tab w:val='left' w:pos='100'/></w:tabs></w:pPr>"
                + "<w:r><w:t>Thực hiện</w:t></w:r><w:r><w:tab/><w:t xml:space='preserve'> năm </w:t><w:br/></w:r>"
                + "<w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
                + "<w:del><w:r><w:delText>bỏ</w:delText></w:r></w:del><w:ins><w:r><w:t>2026</w:t></w:r></w:ins>"
                + "<w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>hộp chữ</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r>"
                + "<w:hyperlink><w:r><w:rPr><w:caps/></w:rPr><w:t>phụ lục</w:t></w:r></w:hyperlink>"
                + "<w:r><w:rPr><w:caps w:val='false'/></w:rPr><w:t>-a</w:t><w:noBreakHyphen/></w:r></w:p>"
                + "<w:sdt><w:sdtPr><w:alias w:val='x'/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>trong ô nội dung</w:t>"
                + "</w:r></w:p></w:sdtContent></w:sdt>"
                + "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid>"
                + "<w:tr><w:trPr><w:gridBefore w:val='1'/></w:trPr>"
                + "<w:tc><w:tcPr><w:gridSpan w:val='2'/><w:vMerge w:val='restart'/></w:tcPr><w:p><w:r><w:t>A</w:t></w:r></w:p>"
                + "<w:p/></w:tc>"
                + "<w:tc><w:p><w:r><w:t>B</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>lồng</w:t></w:r></w:p></w:tc>"
                + "</w:tr></w:tbl></w:tc></w:tr>"
                + "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
                + "<w:tc><w:tcPr><w:vMerge w:val='continue'/></w:tcPr><w:p/></w:tc></w:tr>"
                + "</w:tbl><w:sectPr/></w:body></w:document>";

        List<WordBody.Block> blocks = WordBody.read(stream(xml));

        assertEquals(List.of(
                new WordBody.Paragraph("Thực hiện\t năm \n2026PHỤ LỤC-a\u2011"),
                new WordBody.Paragraph("trong ô nội dung"),
                new WordBody.Table(List.of(
                        new WordBody.Row(1, List.of(new WordBody.Cell(List.of("A", ""), 2, false),
                                new WordBody.Cell(List.of("B"), 1, false))),
                        new WordBody.Row(0, List.of(new WordBody.Cell(List.of(""), 1, true),
                                new WordBody.Cell(List.of(""), 1, true)))))), blocks);
    }

    @Test
    void anEntityDeclaredInTheDocumentIsNeverResolved() {
        String xml = "<?xml version='1.0'?><!DOCTYPE d [<!ENTITY x SYSTEM 'file:///etc/hostname'>]>"
                + "<w:document xmlns:w='" + W + "'><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
        List<WordBody.Block> blocks;
        try {
            blocks = WordBody.read(stream(xml));
        } catch (XMLStreamException refused) {
            return;
        }
        assertFalse(blocks.isEmpty() && blocks.get(0) instanceof WordBody.Paragraph p && !p.text().isEmpty(),
                () -> "entity resolved: " + blocks);
    }

    private static InputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<WordBody.Block> streamed(byte[] docx) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx))) {
            PackagePart main = pkg.getPartsByName(java.util.regex.Pattern.compile("/word/document.xml")).get(0);
            try (InputStream in = main.getInputStream()) {
                return WordBody.read(in);
            }
        }
    }

    /** The blocks as POI's object model gives them, as the reader took them from it before it streamed. */
    private static List<WordBody.Block> poi(byte[] docx) throws IOException {
        List<WordBody.Block> out = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    out.add(new WordBody.Paragraph(p.getText()));
                } else if (e instanceof XWPFTable t) {
                    List<WordBody.Row> rows = new ArrayList<>();
                    for (XWPFTableRow row : t.getRows()) {
                        var trPr = row.getCtRow().getTrPr();
                        int before = trPr != null && trPr.sizeOfGridBeforeArray() > 0
                                ? trPr.getGridBeforeArray(0).getVal().intValue() : 0;
                        List<WordBody.Cell> cells = new ArrayList<>();
                        for (XWPFTableCell c : row.getTableCells()) {
                            CTTcPr pr = c.getCTTc().getTcPr();
                            int span = pr != null && pr.getGridSpan() != null
                                    ? pr.getGridSpan().getVal().intValue() : 1;
                            boolean cont = pr != null && pr.getVMerge() != null
                                    && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                            cells.add(new WordBody.Cell(c.getParagraphs().stream().map(XWPFParagraph::getText)
                                    .toList(), span, cont));
                        }
                        rows.add(new WordBody.Row(before, cells));
                    }
                    out.add(new WordBody.Table(rows));
                }
            }
        }
        return out;
    }
}
