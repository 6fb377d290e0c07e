package vn.plandesk.model.report;

import java.util.List;
import vn.plandesk.model.Text;

/**
 * An appendix of a report, printed as a table after the signature: the progress table of the period, the documents
 * issued, the indicator results. The report keeps the rows as text, written when it was drafted, so that what was
 * sent does not change when the store does.
 *
 * @param kind    what the table holds, which decides its column widths when printed
 * @param label   the appendix's heading as printed ("PHỤ LỤC", "Phụ lục I")
 * @param title   its title under the heading ("Các chương trình, kế hoạch … đã ban hành trong năm 2025")
 * @param note    the line under the title, in italics, or blank ("(Tính đến 18/11/2025)")
 * @param columns the column headings ("STT", "Tên văn bản")
 * @param rows    the rows, group rows among them
 */
public record ReportAppendix(Kind kind, String label, String title, String note, List<String> columns,
                             List<Row> rows) {

    /** What an appendix table holds. */
    public enum Kind {
        /** The tasks of the period: STT, task, lead unit, result, status, evidence. */
        PROGRESS,
        /** The documents issued, "(Tính đến <date>)". */
        DOCUMENTS,
        /** The indicators of the plan with their targets and results. */
        INDICATORS,
        /** Any other table the officer keeps. */
        OTHER
    }

    /**
     * One row: a group row ("I. Hoàn thiện thể chế …", printed across the whole table in bold) has one cell; any other
     * row has one cell per column.
     */
    public record Row(boolean group, List<String> cells) {
        public Row {
            // a blank cell keeps its place (a task with no result yet), so blanks are not dropped as in a list of lines
            cells = cells == null ? List.of() : cells.stream().map(c -> Text.nfc(c).strip()).toList();
        }

        public static Row of(String... cells) {
            return new Row(false, List.of(cells));
        }

        public static Row group(String title) {
            return new Row(true, List.of(title));
        }
    }

    public ReportAppendix {
        kind = kind == null ? Kind.OTHER : kind;
        label = Text.nfc(label).strip();
        title = Text.nfc(title).strip();
        note = Text.nfc(note).strip();
        columns = Text.nfcList(columns);
        rows = Text.copy(rows);
        for (Row r : rows) {
            if (!r.group() && r.cells().size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + r.cells().size() + " cells in a table of "
                        + columns.size() + " columns");
            }
        }
    }
}
