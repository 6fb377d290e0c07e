package vn.plandesk.io.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds workbooks the way officers receive them, row by row, for the reader's tests: .xlsx, or .xls when given. */
final class SheetBuilder {
    private final Workbook wb;
    private Sheet sheet;
    private int row;

    SheetBuilder() {
        this(new XSSFWorkbook());
    }

    SheetBuilder(Workbook wb) {
        this.wb = wb;
    }

    SheetBuilder sheet(String name) {
        sheet = wb.createSheet(name);
        row = 0;
        return this;
    }

    /** A row of cells; a String goes in as text, a Number as a number, null leaves the cell empty. */
    SheetBuilder row(Object... cells) {
        Row r = sheet.createRow(row++);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] instanceof Number n) {
                r.createCell(c).setCellValue(n.doubleValue());
            } else if (cells[c] != null) {
                r.createCell(c).setCellValue(cells[c].toString());
            }
        }
        return this;
    }

    SheetBuilder blank() {
        row++;
        return this;
    }

    /** Merges cells of the last row written (0-based columns, inclusive). */
    SheetBuilder mergeLast(int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(row - 1, row - 1, firstColumn, lastColumn));
        return this;
    }

    /** Merges a block: rows counted back from the last written (0 = last). */
    SheetBuilder merge(int rowsBackFirst, int rowsBackLast, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(row - 1 - rowsBackFirst, row - 1 - rowsBackLast, firstColumn,
                lastColumn));
        return this;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            wb.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
