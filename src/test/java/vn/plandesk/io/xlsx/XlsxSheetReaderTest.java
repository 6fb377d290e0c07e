package vn.plandesk.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.PlanDeskException;

/**
 * The XML reader gives every cell the text POI's workbook model gives it, on workbooks written every way officers'
 * files are: shared strings and inline ones, rich text, formulas with their last values, dates by built-in and own
 * formats, the 1904 date system, rows and cells without their references, phonetic guides, hidden sheets.
 */
class XlsxSheetReaderTest {

    @Test
    void everyKindOfCellReadsAsPoisModelReadsIt() throws IOException {
        assertSameAsPoi(workbookOfEveryKind(new XSSFWorkbook()));
    }

    @Test
    void inlineStringsOfAStreamedWorkbookReadAsPoisModelReadsThem() throws IOException {
        byte[] file = workbookOfEveryKind(new SXSSFWorkbook());
        assertTrue(part(file, "xl/worksheets/sheet1.xml").contains("inlineStr"), "the test writes inline strings");
        assertSameAsPoi(file);
    }

    @Test
    void rowsAndCellsWithoutReferencesFollowTheOnesBefore() throws IOException {
        byte[] file = replacePart(workbookOfEveryKind(new XSSFWorkbook()), "xl/worksheets/sheet1.xml",
                xml -> xml.replaceAll(" r=\"[A-Z]+\\d+\"", "").replaceFirst("<row r=\"2\"", "<row"));
        assertSameAsPoi(file);
        SheetGrid grid = XlsxSheetReader.read(file, "f.xlsx").sheets().get(0);
        assertEquals("Nhiệm vụ", grid.text(0, 1), "the second cell of the first row");
    }

    @Test
    void phoneticGuidesAreNotPartOfTheText() throws IOException {
        byte[] file = replacePart(workbookOfEveryKind(new XSSFWorkbook()), "xl/sharedStrings.xml",
                xml -> xml.replaceFirst("<t>Nhiệm vụ</t>", "<r><t>Nhiệm </t></r><r><t>vụ</t></r>"
                        + "<rPh sb=\"0\" eb=\"1\"><t>PHIÊN ÂM</t></rPh>"));
        assertSameAsPoi(file);
        assertEquals("Nhiệm vụ", XlsxSheetReader.read(file, "f.xlsx").sheets().get(0).text(0, 1));
    }

    @Test
    void datesOfThe1904SystemAreTheDaysTheyShow() throws IOException {
        byte[] file = replacePart(workbookOfEveryKind(new XSSFWorkbook()), "xl/workbook.xml",
                xml -> xml.contains("date1904=") ? xml.replaceFirst("date1904=\"[a-z0-9]+\"", "date1904=\"1\"")
                        : xml.replaceFirst("<workbookPr", "<workbookPr date1904=\"1\""));
        assertTrue(part(file, "xl/workbook.xml").contains("date1904=\"1\""));
        assertSameAsPoi(file);
    }

    @Test
    void theDatesNumbersAndFormulasReadAsTheCellsShowThem() throws IOException {
        SheetGrid grid = XlsxSheetReader.read(workbookOfEveryKind(new XSSFWorkbook()), "f.xlsx").sheets().get(0);
        assertEquals("15/09/2025", grid.text(2, 0), "a date of a built-in format");
        assertEquals("31/12/2030", grid.text(2, 1), "a date of the workbook's own format");
        assertEquals("2025", grid.text(3, 0));
        assertEquals("0.5", grid.text(3, 1));
        assertEquals("Quý 3x", grid.text(4, 0), "a formula's last value");
        assertEquals("true", grid.text(4, 2));
        assertEquals("", grid.text(4, 3), "an error shows nothing");
        assertEquals("Sở Khoa học và Công nghệ", grid.text(5, 0), "a rich text in two fonts");
        assertEquals("dòng một\ndòng hai", grid.text(5, 1));
        assertEquals("Ông A", grid.text(5, 2), "a non-breaking space is a space, and outer blanks go");
        assertEquals("chuyển đổi số", grid.text(5, 3), "text comes in as NFC");
        assertEquals("Nhóm I", grid.text(6, 0));
        assertEquals("Gộp ngang", grid.text(6, 1));
        assertEquals("", grid.text(6, 2), "a cell merged across gives its text once, a covered cell none");
        assertEquals("Nhóm I", grid.text(7, 0), "a cell merged down gives it to each row");
        assertTrue(grid.mergedDown(6, 0));
        assertEquals(List.of("Dữ liệu", "Thứ hai"),
                XlsxSheetReader.read(workbookOfEveryKind(new XSSFWorkbook()), "f.xlsx").sheets().stream()
                        .map(SheetGrid::name).toList(), "hidden sheets are left out");
    }

    @Test
    void excelsEscapesOfControlCharactersAreDecoded() {
        assertEquals("a\rb", XlsxSheetReader.decodeEscapes("a_x000D_b"));
        assertEquals("_x000D_", XlsxSheetReader.decodeEscapes("_x005F_x000D_"));
        assertEquals("_x00G0_ và _x", XlsxSheetReader.decodeEscapes("_x00G0_ và _x"));
        assertEquals("không có", XlsxSheetReader.decodeEscapes("không có"));
    }

    @Test
    void aDocumentTypeDeclarationAnywhereIsADamagedFile() throws IOException {
        byte[] file = replacePart(workbookOfEveryKind(new XSSFWorkbook()), "xl/styles.xml",
                xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY a \"b\">]>"));
        PlanDeskException e = assertThrows(PlanDeskException.class, () -> XlsxSheetReader.read(file, "f.xlsx"));
        assertEquals("xlsx.damaged", e.key());
    }

    @Test
    void aSheetThatCannotBeReadIsNamed() throws IOException {
        byte[] file = replacePart(workbookOfEveryKind(new XSSFWorkbook()), "xl/worksheets/sheet3.xml",
                xml -> xml.replaceFirst("</sheetData>", ""));
        PlanDeskException e = assertThrows(PlanDeskException.class, () -> XlsxSheetReader.read(file, "f.xlsx"));
        assertEquals("xlsx.damagedAt", e.key());
        assertTrue(List.of(e.args()).contains("Thứ hai"), () -> List.of(e.args()).toString());
    }

    @Test
    void aPackageWithoutAWorkbookIsNotASpreadsheet() throws IOException {
        byte[] file = removePart(workbookOfEveryKind(new XSSFWorkbook()), "xl/workbook.xml");
        assertEquals("xlsx.notSpreadsheet",
                assertThrows(PlanDeskException.class, () -> XlsxSheetReader.read(file, "f.xlsx")).key());
    }

    @Test
    void aWorkbookNotWrittenByPlanDeskCarriesNoPlan() throws IOException {
        assertNull(XlsxSheetReader.read(workbookOfEveryKind(new XSSFWorkbook()), "f.xlsx").planProperty());
    }

    // ---- the workbooks -----------------------------------------------------------------------------------------

    /** Three sheets, the middle one hidden and a fourth very hidden, with every kind of cell on the first. */
    private static byte[] workbookOfEveryKind(Workbook wb) throws IOException {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Dữ liệu");
            Row header = s.createRow(0);
            header.createCell(0).setCellValue("STT");
            header.createCell(1).setCellValue("Nhiệm vụ");
            header.createCell(3).setCellValue("Kết quả");
            // row 2 left out: rows that do not exist read as empty

            CellStyle builtinDate = wb.createCellStyle();
            builtinDate.setDataFormat((short) 14);
            CellStyle ownDate = wb.createCellStyle();
            ownDate.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle twoPlaces = wb.createCellStyle();
            twoPlaces.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            Row dates = s.createRow(2);
            cell(dates, 0, builtinDate).setCellValue(LocalDate.of(2025, 9, 15));
            cell(dates, 1, ownDate).setCellValue(LocalDate.of(2030, 12, 31));
            cell(dates, 2, twoPlaces).setCellValue(3.14159);

            Row numbers = s.createRow(3);
            numbers.createCell(0).setCellValue(2025);
            numbers.createCell(1).setCellValue(0.5);
            numbers.createCell(2).setCellValue(1e20);
            numbers.createCell(3).setCellValue(-1234567.891);
            numbers.createCell(4).setCellValue(true);

            Row formulas = s.createRow(4);
            formulas.createCell(0).setCellFormula("\"Quý 3\"&\"x\"");
            formulas.createCell(1).setCellFormula("2025+1");
            formulas.createCell(2).setCellFormula("1=1");
            formulas.createCell(3).setCellFormula("1/0");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();

            Row texts = s.createRow(5);
            if (wb instanceof XSSFWorkbook x) {
                XSSFRichTextString rich = new XSSFRichTextString("Sở Khoa học và Công nghệ");
                XSSFFont bold = x.createFont();
                bold.setBold(true);
                rich.applyFont(0, 2, bold);
                texts.createCell(0).setCellValue(rich);
            } else {
                texts.createCell(0).setCellValue("Sở Khoa học và Công nghệ");
            }
            texts.createCell(1).setCellValue("dòng một\ndòng hai");
            texts.createCell(2).setCellValue("  Ông\u00A0A \t");
            texts.createCell(3).setCellValue("chuye\u0302\u0309n \u0111o\u0302\u0309i so\u0302\u0301");

            Row group = s.createRow(6);
            group.createCell(0).setCellValue("Nhóm I");
            group.createCell(1).setCellValue("Gộp ngang");
            group.createCell(2).setCellValue("bị che bởi ô gộp");
            s.addMergedRegion(new CellRangeAddress(6, 7, 0, 0));
            s.addMergedRegion(new CellRangeAddress(6, 6, 1, 3));
            s.createRow(7).createCell(5).setCellValue("cột F");

            wb.createSheet("Ẩn").createRow(0).createCell(0).setCellValue("không đọc");
            wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
            Sheet second = wb.createSheet("Thứ hai");
            second.createRow(0).createCell(2).setCellValue("Phụ lục");
            wb.createSheet("Rất ẩn").createRow(0).createCell(0).setCellValue("không đọc");
            wb.setSheetVisibility(3, SheetVisibility.VERY_HIDDEN);
            wb.write(out);
            if (wb instanceof SXSSFWorkbook streamed) {
                streamed.dispose();
            }
            return out.toByteArray();
        }
    }

    private static Cell cell(Row row, int column, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellStyle(style);
        return c;
    }

    /** Reads the file both ways and compares every cell of every visible sheet, and what is merged down. */
    private static void assertSameAsPoi(byte[] file) throws IOException {
        List<SheetGrid> ours = XlsxSheetReader.read(file, "f.xlsx").sheets();
        List<SheetGrid> pois = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
                    pois.add(SheetGrid.of(wb.getSheetAt(i), "f.xlsx"));
                }
            }
        }
        assertEquals(pois.stream().map(SheetGrid::name).toList(), ours.stream().map(SheetGrid::name).toList());
        for (int i = 0; i < pois.size(); i++) {
            SheetGrid p = pois.get(i);
            SheetGrid o = ours.get(i);
            assertEquals(p.lastRow(), o.lastRow(), p.name());
            assertEquals(p.columns(), o.columns(), p.name());
            for (int row = 0; row <= p.lastRow() + 1; row++) {
                for (int column = 0; column <= p.columns(); column++) {
                    String where = p.name() + " row " + row + " column " + column;
                    assertEquals(p.text(row, column), o.text(row, column), where);
                    assertEquals(p.mergedDown(row, column), o.mergedDown(row, column), where);
                }
            }
        }
    }

    // ---- editing a package -------------------------------------------------------------------------------------

    static String part(byte[] file, String name) throws IOException {
        String[] found = {null};
        XlsxZip.forEachEntry(file, (entry, in) -> {
            if (entry.equals(name)) {
                found[0] = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        });
        if (found[0] == null) {
            throw new IllegalArgumentException("no part " + name);
        }
        return found[0];
    }

    private static byte[] replacePart(byte[] file, String name, UnaryOperator<String> edit) throws IOException {
        String before = part(file, name);
        String after = edit.apply(before);
        assertTrue(!after.equals(before), "the edit changes " + name);
        return rewrite(file, name, after);
    }

    private static byte[] removePart(byte[] file, String name) throws IOException {
        return rewrite(file, name, null);
    }

    private static byte[] rewrite(byte[] file, String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            XlsxZip.forEachEntry(file, (entry, in) -> {
                byte[] bytes = in.readAllBytes();
                if (entry.equals(name)) {
                    if (content == null) {
                        return;
                    }
                    bytes = content.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(bytes);
                zip.closeEntry();
            });
        }
        return out.toByteArray();
    }
}
