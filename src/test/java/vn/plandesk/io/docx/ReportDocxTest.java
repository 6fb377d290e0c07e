package vn.plandesk.io.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.plandesk.io.report.PrintableReport;
import vn.plandesk.model.report.Report;

/** A report written to Word, read back with POI: its parts, their type, its footnotes, sections and tables. */
class ReportDocxTest {
    private static final Report REPORT = PrintableReport.full();

    private static XWPFDocument read(Report report) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(new ReportDocx(2030).write(report)));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String startsWith) {
        return doc.getParagraphs().stream().filter(p -> p.getText().startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + startsWith));
    }

    /** A cell's paragraphs, one a line. */
    private static String lines(org.apache.poi.xwpf.usermodel.XWPFTableCell cell) {
        return String.join("\n", cell.getParagraphs().stream().map(XWPFParagraph::getText).toList());
    }

    @Test
    void aLongOrganIsSetOnOneLineAt12PointsAsTheSeedPrintsIt() throws IOException {
        // seed 003: "SỞ KHOA HỌC VÀ CÔNG NGHỆ" on one line; at 13 pt in the usual 65 mm Word wrapped "CÔNG / NGHỆ"
        try (XWPFDocument doc = read(new vn.plandesk.service.SampleLibrary().report())) {
            org.apache.poi.xwpf.usermodel.XWPFTableCell organ = doc.getTables().get(0).getRow(0).getCell(0);
            XWPFRun name = organ.getParagraphs().get(0).getRuns().stream()
                    .filter(r -> "SỞ KHOA HỌC VÀ CÔNG NGHỆ".equals(r.text())).findFirst().orElseThrow();
            assertEquals(12, name.getFontSizeAsDouble());
            double room = organ.getWidth() / 20.0 - 6;
            assertTrue(vn.plandesk.io.table.TableFont.width("SỞ KHOA HỌC VÀ CÔNG NGHỆ", true, 12) <= room,
                    "one line in its column");
            org.apache.poi.xwpf.usermodel.XWPFTableCell nation = doc.getTables().get(0).getRow(0).getCell(1);
            assertTrue(vn.plandesk.io.table.TableFont.width("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, 13)
                    <= nation.getWidth() / 20.0 - 6, "and the Quốc hiệu beside it on one line too");
        }
        try (XWPFDocument doc = read(REPORT)) {
            XWPFRun ward = doc.getTables().get(0).getRow(0).getCell(0).getParagraphs().get(0).getRuns().stream()
                    .filter(r -> "PHƯỜNG CHƠN THÀNH".equals(r.text())).findFirst().orElseThrow();
            assertEquals(13, ward.getFontSizeAsDouble(), "an organ that fits keeps 13 pt");
        }
    }

    @Test
    void headerTitleAndKinhGui() throws IOException {
        try (XWPFDocument doc = read(REPORT)) {
            XWPFTable header = doc.getTables().get(0);
            assertEquals("UBND TỈNH ĐỒNG NAI\nỦY BAN NHÂN DÂN\nPHƯỜNG CHƠN THÀNH",
                    header.getRow(0).getCell(0).getParagraphs().get(0).getText());
            assertTrue(header.getRow(0).getCell(1).getText().contains("Độc lập - Tự do - Hạnh phúc"));
            assertEquals("Số: 07/BC-UBND", header.getRow(1).getCell(0).getText());
            assertEquals("Chơn Thành, ngày 20 tháng 3 năm 2026", header.getRow(1).getCell(1).getText());
            assertTrue(header.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0).isItalic());
            XWPFParagraph type = paragraph(doc, "BÁO CÁO");
            assertTrue(type.getRuns().get(0).isBold());
            XWPFParagraph summary = paragraph(doc, PrintableReport.SUMMARY);
            assertTrue(summary.getRuns().get(0).isBold());
            XWPFTable to = doc.getTables().get(1);
            assertEquals("Kính gửi:", to.getRow(0).getCell(0).getText());
            assertEquals("- Phòng Văn hóa – Xã hội;\n- Sở Khoa học và Công nghệ.", lines(to.getRow(0).getCell(1)));
            assertEquals(PrintableReport.INTRODUCTION, paragraph(doc, "Căn cứ").getText());
        }
    }

    @Test
    void headingsInOrderBoldThenBoldItalicAndParagraphsIndented() throws IOException {
        try (XWPFDocument doc = read(REPORT)) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int at = -1;
            for (String h : List.of("I. TÌNH HÌNH THỰC HIỆN, KẾT QUẢ ĐẠT ĐƯỢC", "1. Công tác lãnh đạo, chỉ đạo điều hành",
                    "2. Hoàn thiện thể chế, chính sách", "a) Tình hình, kết quả đạt được:", "- Sở hữu trí tuệ:",
                    "b) Tồn tại, hạn chế:", "c) Nguyên nhân:", "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI",
                    "III. ĐỀ XUẤT, KIẾN NGHỊ", "1. Kiến nghị với UBND tỉnh", PrintableReport.CLOSING)) {
                int next = texts.indexOf(h);
                assertTrue(next > at, h + " after the heading before it");
                at = next;
            }
            XWPFRun section = paragraph(doc, "I. TÌNH HÌNH").getRuns().get(0);
            assertTrue(section.isBold() && !section.isItalic());
            XWPFRun part = paragraph(doc, "a) Tình hình").getRuns().get(0);
            assertTrue(part.isBold() && part.isItalic(), "a part is bold italic");
            XWPFParagraph bullet = paragraph(doc, "+ Hướng dẫn");
            assertEquals(PlanDocxWriter.mm(12.7), bullet.getIndentationFirstLine());
            assertEquals(org.apache.poi.xwpf.usermodel.ParagraphAlignment.BOTH, bullet.getAlignment());
            assertEquals("Times New Roman", bullet.getRuns().get(0).getFontFamily());
            assertEquals(14, bullet.getRuns().get(0).getFontSizeAsDouble());
        }
    }

    @Test
    void citationsAreWordFootnotes() throws IOException {
        try (XWPFDocument doc = read(REPORT)) {
            XWPFParagraph citing = paragraph(doc, "Ban Chỉ đạo phường");
            // the marks are gone from the text, two references stand in their place
            assertTrue(!citing.getText().contains("[^"), citing.getText());
            assertEquals(2, citing.getCTP().getRList().stream().filter(r -> r.sizeOfFootnoteReferenceArray() > 0)
                    .count());
            List<String> notes = new ArrayList<>();
            for (XWPFFootnote f : doc.getFootnotes()) {
                String text = f.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat);
                if (!text.isBlank()) {
                    notes.add(text.strip());
                }
            }
            assertEquals(List.of(PrintableReport.NOTE_1, PrintableReport.NOTE_2), notes);
        }
    }

    @Test
    void noiNhanBesideTheSigner() throws IOException {
        try (XWPFDocument doc = read(REPORT)) {
            XWPFTable closing = doc.getTables().get(2);
            String left = lines(closing.getRow(0).getCell(0));
            assertEquals("Nơi nhận:\n- Như kính gửi;\n- Thường trực Đảng ủy (b/c);\n- Lưu: VT, VHXH.", left);
            XWPFRun heading = closing.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0);
            assertTrue(heading.isBold() && heading.isItalic());
            assertEquals(12, heading.getFontSizeAsDouble());
            assertEquals(11, closing.getRow(0).getCell(0).getParagraphs().get(1).getRuns().get(0).getFontSizeAsDouble());
            assertEquals("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An",
                    lines(closing.getRow(0).getCell(1)));
        }
    }

    @Test
    void eachAppendixIsASectionOfItsOwnWithItsTable() throws IOException {
        try (XWPFDocument doc = read(REPORT)) {
            List<CTSectPr> sections = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                    sections.add(p.getCTP().getPPr().getSectPr());
                }
            }
            sections.add(doc.getDocument().getBody().getSectPr());
            assertEquals(3, sections.size(), "body, documents, progress");
            assertEquals(11906, ((BigInteger) sections.get(0).getPgSz().getW()).intValue());
            assertEquals(16838, ((BigInteger) sections.get(0).getPgSz().getH()).intValue());
            assertEquals(11906, ((BigInteger) sections.get(1).getPgSz().getW()).intValue(), "two columns: portrait");
            assertEquals(STPageOrientation.LANDSCAPE, sections.get(2).getPgSz().getOrient(), "six columns: turned");
            for (CTSectPr s : sections.subList(1, 3)) {
                assertEquals(1, s.getPgNumType().getStart().intValue(), "each appendix numbered from 1");
            }
            assertTrue(paragraph(doc, "Phụ lục I").getRuns().get(0).isBold());
            paragraph(doc, PrintableReport.DOCUMENTS_TITLE);
            assertTrue(paragraph(doc, PrintableReport.DOCUMENTS_NOTE).getRuns().get(0).isItalic());
            XWPFTable documents = doc.getTables().get(3);
            XWPFTableRow head = documents.getRow(0);
            assertEquals("STT", head.getCell(0).getText());
            assertEquals("Tên văn bản", head.getCell(1).getText());
            assertTrue(head.getCtRow().getTrPr().sizeOfTblHeaderArray() > 0, "header repeated on every page");
            assertEquals("I. Kế hoạch", documents.getRow(1).getCell(0).getText());
            assertEquals(1, documents.getRow(1).getTableCells().size(), "a group row spans the table");
            assertEquals("1", documents.getRow(2).getCell(0).getText());
            assertEquals(PrintableReport.document(1), documents.getRow(2).getCell(1).getText());
            assertEquals(PrintableReport.DOCUMENT_ROWS + 3, documents.getNumberOfRows());
            int stt = ((BigInteger) documents.getRow(2).getCell(0).getCTTc().getTcPr().getTcW().getW()).intValue();
            int name = ((BigInteger) documents.getRow(2).getCell(1).getCTTc().getTcPr().getTcW().getW()).intValue();
            assertTrue(stt * 8 < name, "STT narrow, Tên văn bản wide: " + stt + " " + name);
            XWPFTable progress = doc.getTables().get(4);
            assertEquals(List.of("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Kết quả", "Tình trạng", "Minh chứng"),
                    progress.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
            assertEquals(PrintableReport.task(30), progress.getRow(progress.getNumberOfRows() - 1).getCell(1)
                    .getText());
        }
    }
}
