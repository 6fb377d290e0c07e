package vn.plandesk.io.table;

import vn.plandesk.model.table.AppendixField;
import java.util.List;

/**
 * One appendix of a plan as a printed table: its title block, its columns and header cells, and its rows as text.
 * The .xlsx and .docx writers (and any other) draw the same table, so the columns, their order and what each cell
 * says are decided once, in {@link AppendixTables}.
 *
 * @param indicators whether this is the indicators table (else the task list)
 * @param label      "Phụ lục I", or "PHỤ LỤC" when the plan has one appendix
 * @param title      "DANH MỤC CÁC NHIỆM VỤ GIAO CÁC CƠ QUAN, ĐƠN VỊ"
 * @param attachedTo "(Kèm theo Kế hoạch số      /KH-UBND ngày      /     /      của UBND phường Chơn Thành)"
 * @param columns    left to right
 * @param headerRows 1, or 2 when years stand under a "Thời gian" header
 * @param header     the header cells with their spans
 * @param rows       group or section rows and task rows, in order
 */
public record AppendixTable(boolean indicators, String label, String title, String attachedTo, List<Column> columns,
                            int headerRows, List<HeaderCell> header, List<Row> rows) {

    public AppendixTable {
        columns = List.copyOf(columns);
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * A column: its field, the year for a year column, and its width in points on an A4 landscape page, shared
     * out by what the columns hold; writers scale it to their own width.
     */
    public record Column(AppendixField field, Integer year, double width) {
    }

    /** A header cell at a row (0 or 1) and column, spanning rows and columns. */
    public record HeaderCell(int row, int column, int rowSpan, int columnSpan, String text) {
    }

    public enum RowKind {
        /** "I" + the group title, spanning every column after the STT. */
        GROUP,
        /** "I" + "Đến năm 2030" in the indicators table. */
        SECTION,
        TASK,
        /** A task under another (2.1 under 2). */
        SUB_TASK,
        INDICATOR
    }

    /** A row: for group and section rows the cells are the numeral and the title; otherwise one text a column. */
    public record Row(RowKind kind, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public boolean spansColumns() {
            return kind == RowKind.GROUP || kind == RowKind.SECTION;
        }
    }
}
