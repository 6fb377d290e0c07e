package vn.plandesk.model.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


/**
 * How the reader understood one sheet: where its header is and which column holds what. When it is not sure (a header
 * it does not know, a required column missing) the officer is shown this mapping to correct before the import.
 *
 * @param sheet      the sheet's name
 * @param headerRow  the sheet row (1-based) of the header's first row
 * @param headerRows 1 or 2
 * @param indicators the sheet holds the indicators table
 * @param columns    every column of the header, left to right
 */
public record SheetMapping(String sheet, int headerRow, int headerRows, boolean indicators,
                           List<ColumnMapping> columns) {
    public SheetMapping {
        columns = List.copyOf(columns);
    }

    public Optional<ColumnMapping> column(AppendixField field) {
        return columns.stream().filter(c -> c.field() == field).findFirst();
    }

    /** The fields a table cannot be read without: the number and the task's (or indicator's) name. */
    public List<AppendixField> missing() {
        List<AppendixField> missing = new ArrayList<>();
        if (column(AppendixField.NUMBER).isEmpty()) {
            missing.add(AppendixField.NUMBER);
        }
        AppendixField name = indicators ? AppendixField.INDICATOR : AppendixField.NAME;
        if (column(name).isEmpty()) {
            missing.add(name);
        }
        return missing;
    }

    /** Headers the reader did not recognise: the officer should say what they hold. */
    public List<ColumnMapping> unknown() {
        return columns.stream().filter(c -> c.field() == AppendixField.IGNORED && !c.header().isBlank()).toList();
    }

    public boolean sure() {
        return missing().isEmpty() && unknown().isEmpty();
    }

    /** The same mapping with one column assigned by the officer. */
    public SheetMapping assign(int column, AppendixField field, Integer year) {
        List<ColumnMapping> cs = new ArrayList<>();
        for (ColumnMapping c : columns) {
            cs.add(c.column() == column ? c.withField(field, year) : c);
        }
        return new SheetMapping(sheet, headerRow, headerRows, indicators, cs);
    }
}
