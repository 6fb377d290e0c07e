package vn.plandesk.service.office;

import java.util.List;
import vn.plandesk.model.Plan;
import vn.plandesk.model.table.ImportWarning;
import vn.plandesk.model.table.SheetMapping;

/**
 * What an import would give, shown to the officer before anything is written.
 *
 * @param fileName   the file's name, for messages
 * @param plan       the plan read (no store keys)
 * @param warnings   the doubtful rows, each with its sheet row
 * @param mappings   how each sheet's columns were understood
 * @param confidence 1 when every header was recognised; lower when the officer should check the mapping
 */
public record ImportPreview(String fileName, Plan plan, List<ImportWarning> warnings, List<SheetMapping> mappings,
                            double confidence) {
    public ImportPreview {
        warnings = List.copyOf(warnings);
        mappings = List.copyOf(mappings);
    }

    /** Whether the officer should see the mapping step before the preview. */
    public boolean needsMapping() {
        return confidence < 1.0;
    }

    /**
     * Whether the plan can be written: a sheet has its number and name columns, or no table was needed (tasks written
     * in the body), and there is something to write.
     */
    public boolean importable() {
        return (mappings.isEmpty() || mappings.stream().anyMatch(m -> m.missing().isEmpty()))
                && (plan.taskCount() > 0 || !plan.indicators().isEmpty());
    }
}
