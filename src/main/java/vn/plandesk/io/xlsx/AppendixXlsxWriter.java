package vn.plandesk.io.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.plandesk.model.table.AppendixField;
import vn.plandesk.io.table.AppendixTable;
import vn.plandesk.io.table.AppendixTable.Column;
import vn.plandesk.io.table.AppendixTable.HeaderCell;
import vn.plandesk.io.table.AppendixTable.Row;
import vn.plandesk.io.table.AppendixTables;
import vn.plandesk.model.Plan;

/**
 * Writes a plan's appendices to a workbook, one sheet an appendix, in the columns of the printed appendix: title block,
 * bold header repeated on every printed page, group rows merged and bold, wrapped text, A4 landscape fitted to the
 * page's width. {@link AppendixXlsxReader} reads the file back to the same plan.
 */
public final class AppendixXlsxWriter {
    private static final String FONT = "Times New Roman";
    /** Excel's column width unit is 1/256 of a character; the table is about 150 characters wide in landscape. */
    private static final double TABLE_CHARS = 150;

    /**
     * @param planHeaderJson the plan's header in the exchange format, carried in a document property so that PlanDesk
     *                       gets the whole plan back from its own export; null for none
     */
    public byte[] write(Plan plan, String planHeaderJson) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            for (AppendixTable table : AppendixTables.of(plan)) {
                sheet(wb, styles, table);
            }
            if (wb.getNumberOfSheets() == 0) {
                wb.createSheet("Phụ lục");
            }
            if (planHeaderJson != null) {
                wb.getProperties().getCustomProperties().addProperty(AppendixXlsxReader.PLAN_PROPERTY, planHeaderJson);
            }
            wb.getProperties().getCoreProperties().setTitle(plan.summary());
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void sheet(XSSFWorkbook wb, Styles styles, AppendixTable table) {
        XSSFSheet sheet = wb.createSheet(table.label().equals("PHỤ LỤC") ? "Phụ lục" : table.label());
        List<Column> columns = table.columns();
        int last = columns.size() - 1;
        double total = columns.stream().mapToDouble(Column::width).sum();
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, (int) Math.round(columns.get(c).width() / total * TABLE_CHARS * 256));
        }
        int r = 0;
        r = titleRow(sheet, r, last, table.label(), styles.label);
        r = titleRow(sheet, r, last, table.title(), styles.title);
        r = titleRow(sheet, r, last, table.attachedTo(), styles.attached);
        r++;
        int headerStart = r;
        for (int h = 0; h < table.headerRows(); h++) {
            XSSFRow row = sheet.createRow(r + h);
            for (int c = 0; c <= last; c++) {
                row.createCell(c).setCellStyle(styles.header);
            }
        }
        for (HeaderCell h : table.header()) {
            sheet.getRow(r + h.row()).getCell(h.column()).setCellValue(h.text());
            if (h.rowSpan() > 1 || h.columnSpan() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(r + h.row(), r + h.row() + h.rowSpan() - 1, h.column(),
                        h.column() + h.columnSpan() - 1));
            }
        }
        r += table.headerRows();
        for (Row row : table.rows()) {
            XSSFRow x = sheet.createRow(r);
            if (row.spansColumns()) {
                for (int c = 0; c <= last; c++) {
                    x.createCell(c).setCellStyle(c == 0 ? styles.groupNumber : styles.group);
                }
                x.getCell(0).setCellValue(row.cells().get(0));
                x.getCell(1).setCellValue(row.cells().get(1));
                if (last > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(r, r, 1, last));
                }
            } else {
                for (int c = 0; c <= last; c++) {
                    XSSFCell cell = x.createCell(c);
                    cell.setCellValue(row.cells().get(c));
                    cell.setCellStyle(centred(columns.get(c).field()) ? styles.centred : styles.body);
                }
            }
            r++;
        }
        sheet.setRepeatingRows(new CellRangeAddress(headerStart, headerStart + table.headerRows() - 1, -1, -1));
        sheet.createFreezePane(0, headerStart + table.headerRows());
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        // the official margins, 20 mm top and bottom, 30 mm binding side, 15 mm the other (in inches)
        sheet.setMargin(XSSFSheet.TopMargin, 20 / 25.4);
        sheet.setMargin(XSSFSheet.BottomMargin, 20 / 25.4);
        sheet.setMargin(XSSFSheet.LeftMargin, 30 / 25.4);
        sheet.setMargin(XSSFSheet.RightMargin, 15 / 25.4);
        sheet.setHorizontallyCenter(true);
    }

    private static boolean centred(AppendixField f) {
        return f == AppendixField.NUMBER || f == AppendixField.PARENT_NUMBER || f == AppendixField.YEAR
                || f == AppendixField.UNIT;
    }

    private static int titleRow(XSSFSheet sheet, int r, int last, String text, CellStyle style) {
        XSSFRow row = sheet.createRow(r);
        XSSFCell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (last > 0) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
        }
        // a long title wraps in its merged row, which Excel does not grow by itself
        row.setHeightInPoints(text.length() > 120 ? 40 : 20);
        return r + 1;
    }

    /** The few cell styles of an appendix, made once a workbook. */
    private static final class Styles {
        final CellStyle label;
        final CellStyle title;
        final CellStyle attached;
        final CellStyle header;
        final CellStyle body;
        final CellStyle centred;
        final CellStyle group;
        final CellStyle groupNumber;

        Styles(XSSFWorkbook wb) {
            Font regular = font(wb, false, false, 12);
            Font bold = font(wb, true, false, 12);
            Font boldTitle = font(wb, true, false, 14);
            Font italic = font(wb, false, true, 13);
            label = plain(wb, boldTitle, HorizontalAlignment.CENTER);
            title = plain(wb, boldTitle, HorizontalAlignment.CENTER);
            attached = plain(wb, italic, HorizontalAlignment.CENTER);
            header = bordered(wb, bold, HorizontalAlignment.CENTER);
            body = bordered(wb, regular, HorizontalAlignment.LEFT);
            centred = bordered(wb, regular, HorizontalAlignment.CENTER);
            group = bordered(wb, bold, HorizontalAlignment.LEFT);
            groupNumber = bordered(wb, bold, HorizontalAlignment.CENTER);
        }

        private static Font font(XSSFWorkbook wb, boolean bold, boolean italic, int points) {
            Font f = wb.createFont();
            f.setFontName(FONT);
            f.setBold(bold);
            f.setItalic(italic);
            f.setFontHeightInPoints((short) points);
            return f;
        }

        private static CellStyle plain(XSSFWorkbook wb, Font font, HorizontalAlignment align) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(true);
            return s;
        }

        private static CellStyle bordered(XSSFWorkbook wb, Font font, HorizontalAlignment align) {
            CellStyle s = plain(wb, font, align);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}
