package vn.plandesk.io.table;

/**
 * A table as the officer reads it, whatever file it came from: rows and columns of text, merged cells resolved the same
 * way (a cell merged down gives its text to each row it covers; a cell merged across gives it once, in its first
 * column). An Excel sheet, a Word table and the ruled table of PDF pages are each one grid, so that header recognition
 * and row interpretation are written once ({@link AppendixGridReader}).
 */
public interface CellGrid {
    /** The grid's name as warnings cite it: the sheet's name, "Bảng 2" of a Word file, "PDF" for a PDF's pages. */
    String name();

    /** The index of the last row, 0-based; -1 when the grid is empty. */
    int lastRow();

    /** One past the last column with cells. */
    int columns();

    /** The text at a cell: NFC, line ends as \n, outer blanks stripped; "" for none. */
    String text(int row, int column);

    /** Whether the cell is merged with the row below it (a header cell spanning two header rows). */
    boolean mergedDown(int row, int column);

    /** The place of a row for the officer: sheet (or page) and row there, 1-based. */
    default Place place(int row) {
        return new Place(name(), row + 1);
    }

    /** Where a row stands in the document: a sheet's name or a page, and the row on it. */
    record Place(String sheet, int row) {
    }
}
