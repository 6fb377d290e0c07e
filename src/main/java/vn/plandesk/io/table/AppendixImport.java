package vn.plandesk.io.table;

import vn.plandesk.model.table.SheetMapping;
import vn.plandesk.model.table.ImportWarning;
import java.util.List;
import vn.plandesk.model.Plan;

/**
 * What a document (workbook, Word file, PDF) gave: the plan read from its tables (not stored yet), how each table was
 * understood, the rows to check, and the plan's header as PlanDesk wrote it into its own workbooks (null otherwise).
 */
public record AppendixImport(Plan plan, List<SheetMapping> mappings, List<ImportWarning> warnings,
                             String planHeaderJson) {
    public AppendixImport {
        mappings = List.copyOf(mappings);
        warnings = List.copyOf(warnings);
    }

    /** Whether every sheet's columns were recognised without doubt. */
    public boolean sure() {
        return mappings.stream().allMatch(SheetMapping::sure);
    }
}
