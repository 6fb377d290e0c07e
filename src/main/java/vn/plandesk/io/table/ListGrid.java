package vn.plandesk.io.table;

import java.util.ArrayList;
import java.util.List;

/**
 * A grid built row by row by a reader that resolved the merged cells itself (a Word table, the ruled table of PDF
 * pages): each row is its cells' texts, a cell continued from the row above carries that text again, and the rows may
 * say where they stand in the document (a PDF page).
 */
public final class ListGrid implements CellGrid {
    private final String name;
    private final List<String[]> rows = new ArrayList<>();
    private final List<boolean[]> continuedBelow = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private int columns;

    public ListGrid(String name) {
        this.name = name;
    }

    /**
     * Adds a row.
     *
     * @param cells          the texts, left to right; a cell merged across holds its text in its first column only
     * @param mergedDown     per column, whether the cell goes on into the next row (null: none)
     * @param place          where the row stands for the officer (null: the grid's name and row)
     */
    public void add(List<String> cells, boolean[] mergedDown, Place place) {
        rows.add(cells.toArray(String[]::new));
        continuedBelow.add(mergedDown);
        places.add(place);
        columns = Math.max(columns, cells.size());
    }

    /** Adds a line above the table (the appendix's label, title, "Kèm theo …") as a row of one cell. */
    public void addLine(String text, Place place) {
        add(List.of(text), null, place);
    }

    /**
     * Adds the texts to the last row's cells: the part of a row that a page break carried over to the next page. A
     * cell ended by ";" (a list of units) goes on in a new line, any other with a space.
     */
    public void extendLast(List<String> cells) {
        String[] last = rows.get(rows.size() - 1);
        String[] joined = java.util.Arrays.copyOf(last, Math.max(last.length, cells.size()));
        for (int c = 0; c < cells.size(); c++) {
            String add = cells.get(c);
            String had = joined[c] == null ? "" : joined[c];
            if (!add.isEmpty()) {
                joined[c] = had.isEmpty() ? add : had + (had.endsWith(";") ? "\n" : " ") + add;
            }
        }
        rows.set(rows.size() - 1, joined);
        columns = Math.max(columns, joined.length);
    }

    public int rowCount() {
        return rows.size();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int lastRow() {
        return rows.size() - 1;
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public String text(int row, int column) {
        if (row < 0 || row >= rows.size()) {
            return "";
        }
        String[] r = rows.get(row);
        return column < r.length && r[column] != null ? r[column] : "";
    }

    @Override
    public boolean mergedDown(int row, int column) {
        if (row < 0 || row >= rows.size()) {
            return false;
        }
        boolean[] m = continuedBelow.get(row);
        return m != null && column < m.length && m[column];
    }

    @Override
    public Place place(int row) {
        Place p = row >= 0 && row < places.size() ? places.get(row) : null;
        return p == null ? CellGrid.super.place(row) : p;
    }
}
