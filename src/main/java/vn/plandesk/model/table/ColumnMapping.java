package vn.plandesk.model.table;



/**
 * What a column of a sheet was taken to hold.
 *
 * @param column 0-based column index
 * @param letter the column as Excel names it ("A", "B", …), for the officer
 * @param header the header text as the sheet has it (both header rows joined)
 * @param field  the field it feeds, {@link AppendixField#IGNORED} when none
 * @param year   the year of a {@link AppendixField#YEAR} column
 */
public record ColumnMapping(int column, String letter, String header, AppendixField field, Integer year) {
    public ColumnMapping {
        field = field == null ? AppendixField.IGNORED : field;
    }

    public ColumnMapping withField(AppendixField newField, Integer newYear) {
        return new ColumnMapping(column, letter, header, newField, newYear);
    }
}
