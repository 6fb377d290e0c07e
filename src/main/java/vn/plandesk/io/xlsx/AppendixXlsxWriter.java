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
import vn.plandesk.io.table.AppendixTable;
import vn.plandesk.io.table.AppendixTable.Column;
import vn.plandesk.io.table.AppendixTable.HeaderCell;
import vn.plandesk.io.table.AppendixTable.Row;
import vn.plandesk.io.table.AppendixTables;
import vn.plandesk.io.table.TableFont;
import vn.plandesk.model.Plan;

/**
 * Writes a plan's appendices to a workbook, one sheet an appendix, in the columns of the printed appendix: title block,
 * bold header repeated on every printed page, group rows merged and bold, wrapped text, A4 landscape fitted to the
 * page's width. {@link AppendixXlsxReader} reads the file back to the same plan.
 */
public final class AppendixXlsxWriter {
    private static final String FONT = "Times New Roman";
    /**
     * Excel's column width unit is 1/256 of a digit of the workbook's default font, made Times New Roman 12 (digits
     * half an em, 8 px, 6 pt wide), which every office suite has or matches by metrics (Liberation Serif): with
     * Calibri, a machine without it or Carlito measured the columns in a wider font, and LibreOffice printed the table
     * scaled to 0.78 with rows too tall for their text. The table is laid out at the width of the landscape page's
     * text, 252 mm.
     */
    private static final double POINTS_PER_CHAR = 6;
    private static final double TABLE_POINTS = 252 * 72 / 25.4;
    /** Lines of 12 pt type in a cell, single-spaced, and the room a cell leaves around its text. */
    private static final double LINE = 12 * 1.15;
    private static final double CELL_PADDING = 4;

    /**
     * @param planHeaderJson the plan's header in the exchange format, carried in a document property so that PlanDesk
     *                       gets the whole plan back from its own export; null for none
     */
    public byte[] write(Plan plan, String planHeaderJson) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var base = wb.getFontAt(0);
            base.setFontName(FONT);
            base.setFontHeightInPoints((short) 12);
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
        double[] points = new double[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            points[c] = columns.get(c).width() / total * TABLE_POINTS;
            sheet.setColumnWidth(c, (int) Math.round(points[c] / POINTS_PER_CHAR * 256));
        }
        int r = 0;
        r = titleRow(sheet, r, last, table.label(), styles.label, TABLE_POINTS, 14, true);
        r = titleRow(sheet, r, last, table.title(), styles.title, TABLE_POINTS, 14, true);
        r = titleRow(sheet, r, last, table.attachedTo(), styles.attached, TABLE_POINTS, 13, false);
        r++;
        int headerStart = r;
        for (int h = 0; h < table.headerRows(); h++) {
            XSSFRow row = sheet.createRow(r + h);
            for (int c = 0; c <= last; c++) {
                row.createCell(c).setCellStyle(styles.header);
            }
        }
        double[] headerHeights = new double[table.headerRows()];
        for (HeaderCell h : table.header()) {
            sheet.getRow(r + h.row()).getCell(h.column()).setCellValue(h.text());
            if (h.rowSpan() > 1 || h.columnSpan() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(r + h.row(), r + h.row() + h.rowSpan() - 1, h.column(),
                        h.column() + h.columnSpan() - 1));
            }
            // a cell spanning both header rows gets its height in the last of them
            int at = h.row() + h.rowSpan() - 1;
            double above = 0;
            for (int i = h.row(); i < at; i++) {
                above += headerHeights[i];
            }
            double need = height(h.text(), span(points, h.column(), h.columnSpan()), true);
            headerHeights[at] = Math.max(headerHeights[at], need - above);
        }
        for (int h = 0; h < table.headerRows(); h++) {
            sheet.getRow(r + h).setHeightInPoints((float) Math.max(LINE + CELL_PADDING, headerHeights[h]));
        }
        r += table.headerRows();
        int firstRow = r;
        java.util.Set<Integer> groupRows = new java.util.HashSet<>();
        for (Row row : table.rows()) {
            XSSFRow x = sheet.createRow(r);
            if (row.spansColumns()) {
                groupRows.add(r);
                for (int c = 0; c <= last; c++) {
                    x.createCell(c).setCellStyle(c == 0 ? styles.groupNumber : styles.group);
                }
                x.getCell(0).setCellValue(row.cells().get(0));
                x.getCell(1).setCellValue(row.cells().get(1));
                x.setHeightInPoints((float) height(row.cells().get(1), span(points, 1, last), true));
                if (last > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(r, r, 1, last));
                }
            } else {
                double tallest = 0;
                for (int c = 0; c <= last; c++) {
                    XSSFCell cell = x.createCell(c);
                    cell.setCellValue(row.cells().get(c));
                    cell.setCellStyle(AppendixTables.centred(columns.get(c).field()) ? styles.centred : styles.body);
                    tallest = Math.max(tallest, height(row.cells().get(c), points[c], false));
                }
                // spreadsheets do not grow a row to its wrapped text when printing: set the height it needs
                x.setHeightInPoints((float) tallest);
            }
            r++;
        }
        keepGroupRowsWithTheirTask(sheet, headerStart, table.headerRows(), firstRow, r - 1, groupRows);
        sheet.setRepeatingRows(new CellRangeAddress(headerStart, headerStart + table.headerRows() - 1, -1, -1));
        sheet.createFreezePane(0, headerStart + table.headerRows());
        printLandscape(sheet);
        // the page number centred in the top margin, 13 pt, none on the first page
        sheet.setMargin(XSSFSheet.HeaderMargin, 10 / 25.4);
        sheet.getHeader().setCenter("&\"" + FONT + ",Regular\"&13&P");
        sheet.getCTWorksheet().getHeaderFooter().setDifferentFirst(true);
    }

    /** The height an A4 landscape page gives its rows between the official top and bottom margins, points. */
    static final double PAGE_ROWS_HEIGHT = (210 - 20 - 20) / 25.4 * 72;

    /**
     * Puts a page break before each group row that would otherwise print alone at the foot of a page, its first
     * task on the next (a spreadsheet has no "keep with next"). The pages are counted as the sheet prints them: at
     * 100 % (the table is as wide as the page), the rows at the heights set for their wrapped text, the header rows
     * repeated at the top of every page after the first.
     */
    static void keepGroupRowsWithTheirTask(XSSFSheet sheet, int headerStart, int headerRows, int firstRow, int lastRow,
                                           java.util.Set<Integer> groupRows) {
        double header = 0;
        for (int h = headerStart; h < headerStart + headerRows; h++) {
            header += rowHeight(sheet, h);
        }
        double used = 0;
        for (int i = 0; i < firstRow; i++) {
            used += rowHeight(sheet, i);
        }
        for (int i = firstRow; i <= lastRow; i++) {
            double h = rowHeight(sheet, i);
            if (used + h > PAGE_ROWS_HEIGHT) {
                used = header;
            }
            if (groupRows.contains(i) && i < lastRow && used > header
                    && used + h + rowHeight(sheet, i + 1) > PAGE_ROWS_HEIGHT) {
                sheet.setRowBreak(i - 1);
                used = header;
            }
            used += h;
        }
    }

    private static double rowHeight(XSSFSheet sheet, int index) {
        XSSFRow row = sheet.getRow(index);
        return row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
    }

    /** A4 landscape fitted to the page's width, in the official margins, the table centred between them. */
    static void printLandscape(XSSFSheet sheet) {
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

    private static double span(double[] points, int first, int count) {
        double w = 0;
        for (int c = first; c < first + count && c < points.length; c++) {
            w += points[c];
        }
        return w;
    }

    /** The height a text needs in a cell of the given width, wrapped at words as a spreadsheet does, points. */
    static double height(String text, double width, boolean bold) {
        return lines(text, width, bold, 12) * LINE + CELL_PADDING;
    }

    static int lines(String text, double width, boolean bold, float size) {
        // a little narrower than the cell: spreadsheets leave a margin inside each side
        return TableFont.lines(text, width - 6, bold, size);
    }

    private static int titleRow(XSSFSheet sheet, int r, int last, String text, CellStyle style, double width,
                                float size, boolean bold) {
        XSSFRow row = sheet.createRow(r);
        XSSFCell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (last > 0) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
        }
        // a long title wraps in its merged row, which a spreadsheet does not grow by itself
        row.setHeightInPoints((float) (lines(text, width, bold, size) * size * 1.2 + 4));
        return r + 1;
    }

    /** The few cell styles of an appendix, made once a workbook; the unit workbooks use its makers. */
    static final class Styles {
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

        static Font font(XSSFWorkbook wb, boolean bold, boolean italic, int points) {
            Font f = wb.createFont();
            f.setFontName(FONT);
            f.setBold(bold);
            f.setItalic(italic);
            f.setFontHeightInPoints((short) points);
            return f;
        }

        static CellStyle plain(XSSFWorkbook wb, Font font, HorizontalAlignment align) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(true);
            return s;
        }

        static CellStyle bordered(XSSFWorkbook wb, Font font, HorizontalAlignment align) {
            CellStyle s = plain(wb, font, align);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}
