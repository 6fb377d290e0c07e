package vn.plandesk.service.office;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.plandesk.io.json.PlanJson;
import vn.plandesk.io.docx.AppendixDocxReader;
import vn.plandesk.io.pdf.AppendixPdfReader;
import vn.plandesk.io.table.AppendixImport;
import vn.plandesk.io.table.DocumentKind;
import vn.plandesk.io.xlsx.AppendixXlsxReader;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.table.SheetMapping;
import vn.plandesk.service.derive.PlanChange;
import vn.plandesk.service.derive.PlanComparison;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.RollingBackups;

/**
 * Importing an appendix from Excel, Word or PDF (the kind told by the file's content, not its name): read the file into
 * a preview (nothing written), let the officer correct the column mapping, then store it as a new plan or apply the
 * accepted changes to a stored plan. The three readers share one table reader, so the flow is the same for each.
 */
public final class ImportXlsxService {
    private final PlanRepository plans;
    private final PlanJson json = new PlanJson();

    public ImportXlsxService(PlanRepository plans) {
        this.plans = plans;
    }

    /** @throws PlanDeskException when the file is refused; nothing is written either way */
    public ImportPreview preview(byte[] file, String fileName) {
        return preview(file, fileName, Map.of());
    }

    /** The preview with the officer's column mapping for the sheets it names. */
    public ImportPreview preview(byte[] file, String fileName, List<SheetMapping> mappings) {
        Map<String, SheetMapping> bySheet = new HashMap<>();
        mappings.forEach(m -> bySheet.put(m.sheet(), m));
        return preview(file, fileName, bySheet);
    }

    private ImportPreview preview(byte[] file, String fileName, Map<String, SheetMapping> overrides) {
        // the readers are made for the file at hand, not with the service: each brings its library (POI, PDFBox)
        // and the Word reader sets POI's limits, which starts POI's logging, on every command and window start
        AppendixImport in = switch (DocumentKind.of(file)) {
            case WORD -> new AppendixDocxReader().read(file, fileName, overrides);
            case PDF -> new AppendixPdfReader().read(file, fileName, overrides);
            // the workbook reader refuses anything else with its own sentence (encrypted, not a spreadsheet, …)
            default -> new AppendixXlsxReader().read(file, fileName, overrides);
        };
        Plan plan = withHeader(in);
        long columns = in.mappings().stream().mapToLong(m -> m.columns().size()).sum();
        long doubtful = in.mappings().stream().mapToLong(m -> m.unknown().size() + m.missing().size() * 3L).sum();
        // no table read at all: the tasks were written in the body, and there are no columns to map
        double confidence = in.mappings().isEmpty() ? 1 : columns == 0 ? 0
                : Math.max(0, 1.0 - (double) doubtful / columns);
        ImportPreview preview = new ImportPreview(fileName, plan, in.warnings(), in.mappings(), confidence);
        if (!preview.needsMapping() && !preview.importable()) {
            throw new PlanDeskException("xlsx.noRows", fileName);
        }
        return preview;
    }

    /**
     * PlanDesk's own exports carry the plan's header (number, body, signer, …); the tables always come from the cells,
     * so what the officer changed in Excel is what is imported.
     */
    private Plan withHeader(AppendixImport in) {
        Plan read = in.plan();
        if (in.planHeaderJson() == null) {
            return read;
        }
        Plan header;
        try {
            header = json.read(in.planHeaderJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (PlanDeskException e) {
            return read; // a damaged property only loses the header, never the tables
        }
        return header.withGroups(keepFlags(header, read.groups())).withIndicators(read.indicators());
    }

    /** Flags are PlanDesk's notes, not printed: a task that came back unchanged keeps its flags. */
    private static List<TaskGroup> keepFlags(Plan header, List<TaskGroup> groups) {
        Map<String, PlanTask> flagged = new HashMap<>();
        header.groups().forEach(g -> g.tasks().forEach(t -> flagged.put(g.number() + "|" + t.number(), t)));
        return groups.stream().map(g -> g.withTasks(g.tasks().stream().map(t -> {
            PlanTask old = flagged.get(g.number() + "|" + t.number());
            return old != null && unflagged(old).equals(unflagged(t)) ? old.withoutIds() : t;
        }).toList())).toList();
    }

    private static PlanTask unflagged(PlanTask t) {
        return new PlanTask(null, t.number(), t.name(), t.leader(), t.leadUnits(), t.coordinatingUnits(), t.result(),
                t.deadline(), t.role(), t.parentRef(), t.note(), List.of(),
                t.subTasks().stream().map(ImportXlsxService::unflagged).toList());
    }

    /** Stores the previewed plan as a new plan; returns its id. */
    public long commitNew(ImportPreview preview) {
        if (!preview.importable()) {
            throw new PlanDeskException("xlsx.noRows", preview.fileName());
        }
        if (backups != null) {
            backups.beforeImport();
        }
        return plans.insert(preview.plan().withoutIds());
    }

    /**
     * Stores the previewed plan as a new plan after the backup begun while its file was read
     * ({@link vn.plandesk.service.StoreBackups#beginBeforeImport}): kept when the plan is stored, discarded when it is
     * refused. Returns the plan's id.
     */
    public long commitNew(ImportPreview preview, RollingBackups.Pending backup) {
        if (!preview.importable()) {
            backup.discard();
            throw new PlanDeskException("xlsx.noRows", preview.fileName());
        }
        backup.keep();
        return plans.insert(preview.plan().withoutIds());
    }

    /** Taken before each import, derive and replacement (rolling backups); none for a service made alone in tests. */
    private vn.plandesk.service.StoreBackups backups;

    /** Backs up the store before each operation that writes a whole plan. */
    public void backUpWith(vn.plandesk.service.StoreBackups backups) {
        this.backups = backups;
    }

    /** The changes the file would make to a stored plan. */
    public PlanComparison compare(ImportPreview preview, long planId) {
        Plan stored = plans.load(planId).orElseThrow(() -> new PlanDeskException("plan.notFound", planId));
        return PlanComparison.rows(stored, preview.plan());
    }

    /**
     * Applies the accepted changes to the stored plan, in one transaction; the rest of the plan stays as it was. The
     * tasks that stay keep their ids (written as a difference, not a new copy), so their progress entries stay theirs.
     */
    public void commitInto(long planId, PlanComparison comparison, Set<PlanChange> accepted) {
        Plan stored = plans.load(planId).orElseThrow(() -> new PlanDeskException("plan.notFound", planId));
        if (backups != null) {
            backups.beforeReplace();
        }
        plans.sync(stored, comparison.apply(accepted).withId(planId));
    }
}
