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
import org.apache.poi.ss.util.CellReference;
import vn.plandesk.io.InputLimits;
import vn.plandesk.io.table.CellGrid;
import vn.plandesk.model.OfficialDate;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.Text;

/**
 * A sheet's cells as text, with merged cells read the way an officer sees them: a cell merged down several rows (one
 * unit leading several tasks) gives its text to each row; a cell merged across columns (a group row) gives it only
 * once, in its first column. Only the cells holding text are kept, so that a stray formatted cell at XFD1048576 costs
 * nothing; the grid is filled by {@link XlsxSheetReader} from an .xlsx's XML or by {@link #of} from an old .xls.
 */
final class SheetGrid implements CellGrid {
    /** Numbers as Excel's "General" format shows them ("2025", "0.5"), whatever the machine's locale. */
    private static final DataFormatter GENERAL = new DataFormatter(Locale.ROOT);

    private final String name;
    private final Map<Integer, Map<Integer, String>> textByRow;
    /** The merged ranges by the rows they cover, up to the last row with text: a lookup costs a few comparisons. */
    private final Map<Integer, List<CellRangeAddress>> mergedByRow = new HashMap<>();
    private final int lastColumn;
    private final int lastRow;

    private SheetGrid(Builder b) {
        this.name = b.name;
        this.textByRow = b.textByRow;
        this.lastColumn = b.lastColumn + 1;
        this.lastRow = b.lastRow;
        long entries = 0;
        for (CellRangeAddress r : b.merged) {
            // a region covering whole rows or columns is a formatting accident, not a merged cell
            if ((long) (r.getLastRow() - r.getFirstRow() + 1) * (r.getLastColumn() - r.getFirstColumn() + 1) > 200_000) {
                continue;
            }
            int to = Math.min(r.getLastRow(), lastRow);
            for (int row = r.getFirstRow(); row <= to; row++) {
                mergedByRow.computeIfAbsent(row, k -> new ArrayList<>(2)).add(r);
                if (++entries > InputLimits.MAX_CELLS) {
                    throw new PlanDeskException("xlsx.tooManyMerged", b.fileName, InputLimits.MAX_MERGED_REGIONS);
                }
            }
        }
    }

    /**
     * The grid of a sheet of POI's model (an old .xls).
     *
     * @throws PlanDeskException "xlsx.tooManyColumns" or "xlsx.tooManyMerged" (fileName is for the message)
     */
    static SheetGrid of(Sheet sheet, String fileName) {
        Builder b = new Builder(sheet.getSheetName(), fileName);
        for (Row row : sheet) {
            for (Cell c : row) {
                b.put(row.getRowNum(), c.getColumnIndex(), own(c));
            }
        }
        sheet.getMergedRegions().forEach(b::merge);
        return b.build();
    }

    @Override
    public String name() {
        return name;
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
        Map<Integer, String> cells = textByRow.get(row);
        String text = cells == null ? null : cells.get(column);
        return text == null ? "" : text;
    }

    /** Whether the cell is merged with the row below it (a header cell spanning two header rows). */
    @Override
    public boolean mergedDown(int row, int column) {
        CellRangeAddress r = merged(row, column);
        return r != null && r.getLastRow() > row;
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

    private static String own(Cell c) {
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(c)
                    ? OfficialDate.screen(c.getLocalDateTimeCellValue().toLocalDate())
                    : number(c.getNumericCellValue());
            case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
            default -> "";
        };
    }

    /** A number as the "General" format shows it. */
    static String number(double value) {
        return GENERAL.formatRawCellContents(value, -1, "General");
    }

    /** Collects a sheet's cells and merged ranges, in any order, as the file gives them. */
    static final class Builder {
        private final String name;
        private final String fileName;
        private final Map<Integer, Map<Integer, String>> textByRow = new HashMap<>();
        private final List<CellRangeAddress> merged = new ArrayList<>();
        private int lastColumn = -1;
        private int lastRow = -1;

        Builder(String name, String fileName) {
            this.name = name;
            this.fileName = fileName;
        }

        /**
         * Keeps a cell's text, made NFC, non-breaking spaces as spaces, outer blanks stripped; a cell left with no text
         * is not kept.
         *
         * @throws PlanDeskException "xlsx.tooManyColumns" for text beyond {@link InputLimits#MAX_COLUMNS} columns
         */
        void put(int row, int column, String raw) {
            String text = Text.nfc(raw).replace('\u00A0', ' ').strip();
            if (text.isEmpty()) {
                return;
            }
            if (column >= InputLimits.MAX_COLUMNS) {
                throw new PlanDeskException("xlsx.tooManyColumns", fileName, name,
                        CellReference.convertNumToColString(column) + (row + 1), InputLimits.MAX_COLUMNS);
            }
            textByRow.computeIfAbsent(row, k -> new HashMap<>()).put(column, text);
            lastColumn = Math.max(lastColumn, column);
            lastRow = Math.max(lastRow, row);
        }

        void merge(CellRangeAddress range) {
            merged.add(range);
        }

        /** @throws PlanDeskException "xlsx.tooManyMerged" */
        SheetGrid build() {
            return new SheetGrid(this);
        }
    }
}
