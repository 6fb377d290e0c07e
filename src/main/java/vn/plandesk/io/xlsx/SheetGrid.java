package vn.plandesk.io.xlsx;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.plandesk.io.table.CellGrid;
import vn.plandesk.model.Text;

/**
 * A sheet's cells as text, with merged cells read the way an officer sees them: a cell merged down several rows (one
 * unit leading several tasks) gives its text to each row; a cell merged across columns (a group row) gives it only
 * once, in its first column.
 */
final class SheetGrid implements CellGrid {
    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final Sheet sheet;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final Map<Long, CellRangeAddress> merged = new HashMap<>();
    private final int lastColumn;

    SheetGrid(Sheet sheet) {
        this.sheet = sheet;
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            // a region covering whole rows or columns is a formatting accident, not a merged cell
            if ((long) (r.getLastRow() - r.getFirstRow() + 1) * (r.getLastColumn() - r.getFirstColumn() + 1) > 200_000) {
                continue;
            }
            for (int row = r.getFirstRow(); row <= r.getLastRow(); row++) {
                for (int col = r.getFirstColumn(); col <= r.getLastColumn(); col++) {
                    merged.put(key(row, col), r);
                }
            }
        }
        int last = 0;
        for (Row row : sheet) {
            last = Math.max(last, row.getLastCellNum());
        }
        this.lastColumn = last;
    }

    @Override
    public String name() {
        return sheet.getSheetName();
    }

    /** The index of the last row with cells, 0-based; -1 when the sheet is empty. */
    @Override
    public int lastRow() {
        return sheet.getPhysicalNumberOfRows() == 0 ? -1 : sheet.getLastRowNum();
    }

    /** One past the last column with cells. */
    @Override
    public int columns() {
        return lastColumn;
    }

    /** The text an officer reads at a cell: NFC, line ends as \n, outer blanks stripped; "" for none. */
    @Override
    public String text(int row, int column) {
        CellRangeAddress r = merged.get(key(row, column));
        if (r != null) {
            if (column != r.getFirstColumn()) {
                return "";
            }
            row = r.getFirstRow();
        }
        return own(row, column);
    }

    /** Whether the cell is merged with the row below it (a header cell spanning two header rows). */
    @Override
    public boolean mergedDown(int row, int column) {
        CellRangeAddress r = merged.get(key(row, column));
        return r != null && r.getLastRow() > row;
    }

    /** Whether the cell is merged across at least {@code span} columns (a group row spanning the table). */
    int spanAcross(int row, int column) {
        CellRangeAddress r = merged.get(key(row, column));
        return r == null ? 1 : r.getLastColumn() - r.getFirstColumn() + 1;
    }

    private String own(int row, int column) {
        Row r = sheet.getRow(row);
        if (r == null) {
            return "";
        }
        Cell c = r.getCell(column);
        if (c == null) {
            return "";
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        String s = switch (type) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(c)
                    ? DATE.format(c.getLocalDateTimeCellValue().toLocalDate())
                    : formatter.formatRawCellContents(c.getNumericCellValue(), -1, "General");
            case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
            default -> "";
        };
        return Text.nfc(s).replace('\u00A0', ' ').strip();
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
