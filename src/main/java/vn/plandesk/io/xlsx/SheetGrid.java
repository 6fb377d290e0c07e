package vn.plandesk.io.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
import org.apache.poi.ss.util.CellReference;
import vn.plandesk.io.InputLimits;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.Text;

/**
 * A sheet's cells as text, with merged cells read the way an officer sees them: a cell merged down several rows (one
 * unit leading several tasks) gives its text to each row; a cell merged across columns (a group row) gives it only
 * once, in its first column.
 */
final class SheetGrid implements CellGrid {
    private final Sheet sheet;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    /** The merged ranges by the rows they cover, up to the last row with text: a lookup costs a few comparisons. */
    private final Map<Integer, List<CellRangeAddress>> mergedByRow = new HashMap<>();
    private final int lastColumn;
    private final int lastRow;

    /**
     * Reads the sheet's extent from the cells that exist and hold text, so that a stray formatted cell at XFD1048576
     * costs nothing, and text beyond {@link InputLimits#MAX_COLUMNS} columns is refused.
     *
     * @throws PlanDeskException "xlsx.tooManyColumns" or "xlsx.tooManyMerged" (fileName is for the message)
     */
    SheetGrid(Sheet sheet, String fileName) {
        this.sheet = sheet;
        int lastCol = -1;
        int lastTextRow = -1;
        for (Row row : sheet) {
            for (Cell c : row) {
                if (own(c).isEmpty()) {
                    continue;
                }
                int col = c.getColumnIndex();
                if (col >= InputLimits.MAX_COLUMNS) {
                    throw new PlanDeskException("xlsx.tooManyColumns", fileName, sheet.getSheetName(),
                            CellReference.convertNumToColString(col) + (row.getRowNum() + 1), InputLimits.MAX_COLUMNS);
                }
                lastCol = Math.max(lastCol, col);
                lastTextRow = Math.max(lastTextRow, row.getRowNum());
            }
        }
        this.lastColumn = lastCol + 1;
        this.lastRow = lastTextRow;
        long entries = 0;
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            // a region covering whole rows or columns is a formatting accident, not a merged cell
            if ((long) (r.getLastRow() - r.getFirstRow() + 1) * (r.getLastColumn() - r.getFirstColumn() + 1) > 200_000) {
                continue;
            }
            int to = Math.min(r.getLastRow(), lastTextRow);
            for (int row = r.getFirstRow(); row <= to; row++) {
                mergedByRow.computeIfAbsent(row, k -> new ArrayList<>(2)).add(r);
                if (++entries > InputLimits.MAX_CELLS) {
                    throw new PlanDeskException("xlsx.tooManyMerged", fileName, InputLimits.MAX_MERGED_REGIONS);
                }
            }
        }
    }

    @Override
    public String name() {
        return sheet.getSheetName();
    }

    /** The index of the last row with text, 0-based; -1 when the sheet has none. */
    @Override
    public int lastRow() {
        return lastRow;
    }

    /** One past the last column with text. */
    @Override
    public int columns() {
        return lastColumn;
    }

    /** The text an officer reads at a cell: NFC, line ends as \n, outer blanks stripped; "" for none. */
    @Override
    public String text(int row, int column) {
        CellRangeAddress r = merged(row, column);
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
        CellRangeAddress r = merged(row, column);
        return r != null && r.getLastRow() > row;
    }

    /** Whether the cell is merged across at least {@code span} columns (a group row spanning the table). */
    int spanAcross(int row, int column) {
        CellRangeAddress r = merged(row, column);
        return r == null ? 1 : r.getLastColumn() - r.getFirstColumn() + 1;
    }

    private CellRangeAddress merged(int row, int column) {
        List<CellRangeAddress> ranges = mergedByRow.get(row);
        if (ranges != null) {
            for (CellRangeAddress r : ranges) {
                if (column >= r.getFirstColumn() && column <= r.getLastColumn()) {
                    return r;
                }
            }
        }
        return null;
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
        return own(c);
    }

    private String own(Cell c) {
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        String s = switch (type) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(c)
                    ? vn.plandesk.model.OfficialDate.screen(c.getLocalDateTimeCellValue().toLocalDate())
                    : formatter.formatRawCellContents(c.getNumericCellValue(), -1, "General");
            case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
            default -> "";
        };
        return Text.nfc(s).replace('\u00A0', ' ').strip();
    }
}
