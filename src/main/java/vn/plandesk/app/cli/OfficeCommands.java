package vn.plandesk.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.plandesk.app.Services;
import vn.plandesk.io.BoundedFile;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanDocument;
import vn.plandesk.model.table.ImportWarning;
import vn.plandesk.model.table.SheetMapping;
import vn.plandesk.draw.timeline.TimelinePaper;
import vn.plandesk.service.Messages;
import vn.plandesk.service.PdfExportService;
import vn.plandesk.service.office.ImportPreview;
import vn.plandesk.service.report.ReportExport;
import vn.plandesk.service.derive.PlanChange;
import vn.plandesk.service.derive.PlanComparison;
import vn.plandesk.store.RollingBackups;

/** The office files: appendices in from Excel, Word or PDF; the plan out as Excel, Word, PDF and its timeline. */
final class OfficeCommands extends Commands {
    /**
     * Imports an appendix from Excel, Word or PDF (told by content): as a new plan, or into a stored plan with every
     * change applied (the window lets the officer choose changes one by one). A sheet whose columns are not all
     * recognised is refused here.
     */
    @Command(name = "import", aliases = {"import-xlsx", "import-docx", "import-pdf"})
    int importFile(@Parameters(paramLabel = "FILE", descriptionKey = "cli.arg.file") Path file,
                   @Option(names = "--into", paramLabel = "PLAN", descriptionKey = "cli.option.into") String into)
            throws IOException {
        Long intoId = into == null ? null : planId(into);
        return withServices(s -> {
            // a new plan's backup is written while the file is read: H2 compresses the whole store into it, the
            // longest step on a large store; a refused file removes it again and leaves the backups as they were
            RollingBackups.Pending backup = intoId == null ? s.backups().beginBeforeImport() : null;
            ImportPreview preview;
            try {
                preview = readForImport(s, file);
            } catch (IOException | RuntimeException e) {
                if (backup != null) {
                    backup.discard();
                }
                throw e;
            }
            for (ImportWarning w : preview.warnings()) {
                err.println(Messages.get("cli.import.warning", Messages.get(w.key(), w.messageArgs())));
            }
            if (intoId == null) {
                out.println(s.importXlsx().commitNew(preview, backup));
                return Cli.OK;
            }
            PlanComparison comparison = s.importXlsx().compare(preview, intoId);
            List<PlanChange> changes = comparison.changes();
            s.importXlsx().commitInto(intoId, comparison, new HashSet<>(changes));
            out.println(Messages.get("cli.import.changes", String.valueOf(changes.size()), String.valueOf(intoId),
                    count(changes, PlanChange.Kind.ADDED), count(changes, PlanChange.Kind.CHANGED),
                    count(changes, PlanChange.Kind.REMOVED)));
            return Cli.OK;
        });
    }

    /** The file's preview; refused when a sheet lacks a column (the window lets the officer map it). */
    private static ImportPreview readForImport(Services s, Path file) throws IOException {
        ImportPreview preview = s.importXlsx().preview(BoundedFile.read(file), file.getFileName().toString());
        for (SheetMapping m : preview.mappings()) {
            if (!m.missing().isEmpty()) {
                throw new PlanDeskException("xlsx.columnsMissing", m.sheet(), String.join(", ",
                        m.missing().stream().map(f -> Messages.get("field." + f.name())).toList()));
            }
        }
        return preview;
    }

    private static String count(List<PlanChange> changes, PlanChange.Kind kind) {
        return String.valueOf(changes.stream().filter(c -> c.kind() == kind).count());
    }

    @Command(name = "export-xlsx")
    int exportXlsx(@Parameters(paramLabel = "PLAN", descriptionKey = "cli.arg.plan") String plan,
                   @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.option.outOrDash")
                   String target) throws IOException {
        return export(plan, target, (s, id) -> s.officeExport().exportXlsx(id));
    }

    @Command(name = "export-docx")
    int exportDocx(@Parameters(paramLabel = "PLAN", descriptionKey = "cli.arg.plan") String plan,
                   @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.option.outOrDash")
                   String target) throws IOException {
        return export(plan, target, (s, id) -> s.officeExport().exportDocx(id));
    }

    @Command(name = "export-pdf")
    int exportPdf(@Parameters(paramLabel = "PLAN", descriptionKey = "cli.arg.plan") String plan,
                  @Option(names = "--doc", paramLabel = "body|tasks|indicators|all", defaultValue = "all",
                          descriptionKey = "cli.option.doc") String doc,
                  @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.option.out")
                  String target) throws IOException {
        long id = planId(plan);
        PdfExportService.prepareFontsAhead();
        return withServices(s -> {
            s.pdf().exportCombined(id, documents(s, id, doc), Paths.get(target), progress -> { });
            return Cli.OK;
        });
    }

    /** "body", "tasks", "indicators" or "all" (every document the plan has, in print order). */
    private static List<PlanDocument> documents(Services s, long id, String doc) {
        return switch (doc) {
            case "body" -> List.of(PlanDocument.BODY);
            case "tasks" -> List.of(PlanDocument.TASKS);
            case "indicators" -> List.of(PlanDocument.INDICATORS);
            case "all" -> s.pdf().available(id);
            default -> throw new UsageException(Messages.get("cli.badDocument", doc));
        };
    }

    /** Prints a stored report (see reports) as PDF or Word in the official layout, told by the file's extension. */
    @Command(name = "report-export")
    int reportExport(@Parameters(paramLabel = "REPORT", descriptionKey = "cli.arg.report") String report,
                     @Option(names = "--out", paramLabel = "FILE.pdf|FILE.docx", required = true,
                             descriptionKey = "cli.option.reportOut") String target) throws IOException {
        long id = reportId(report);
        Path file = Paths.get(target);
        ReportExport.formatOf(file);
        return withServices(s -> {
            s.reportExport().export(id, file);
            out.println(Messages.get("cli.exported", file));
            return Cli.OK;
        });
    }

    private static long reportId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException(Messages.get("cli.badReportId", text));
        }
    }

    @Command(name = "export-timeline")
    int exportTimeline(@Parameters(paramLabel = "PLAN", descriptionKey = "cli.arg.plan") String plan,
                       @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.option.out")
                       String target,
                       @Option(names = "--paper", paramLabel = "A4|A3", defaultValue = "A4",
                               descriptionKey = "cli.option.paper") String paperName) throws IOException {
        long id = planId(plan);
        TimelinePaper paper;
        try {
            paper = TimelinePaper.valueOf(paperName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(Messages.get("cli.badPaper", paperName));
        }
        return withServices(s -> {
            Path file = s.pdf().exportTimeline(id, paper, LocalDate.now(), Paths.get(target));
            out.println(Messages.get("cli.exported", file));
            return Cli.OK;
        });
    }
}
