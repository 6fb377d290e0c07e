package vn.plandesk.service.report;

import java.nio.file.Path;
import java.util.Locale;
import vn.plandesk.io.docx.ReportDocx;
import vn.plandesk.io.pdf.ReportPdf;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.report.Report;
import vn.plandesk.service.SafeFile;
import vn.plandesk.store.ReportRepository;

/**
 * Printing a report: PDF or Word in the official layout, told by the file's extension, written beside the file and
 * moved into place whole (a kill or a failure leaves no half file). The window and the CLI both print through here.
 */
public final class ReportExport {
    /** The kinds of file a report prints to. */
    public enum Format { PDF, DOCX }

    private final ReportRepository reports;

    public ReportExport(ReportRepository reports) {
        this.reports = reports;
    }

    /** Printing of reports held in memory only ({@link #export(Report, Path)}), with no store behind it. */
    public static ReportExport withoutStore() {
        return new ReportExport(null);
    }

    /**
     * The format a file name asks for: ".pdf" or ".docx", in any letter case.
     *
     * @throws PlanDeskException when it is neither
     */
    public static Format formatOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return Format.PDF;
        }
        if (name.endsWith(".docx")) {
            return Format.DOCX;
        }
        throw new PlanDeskException("report.export.badExtension", String.valueOf(file.getFileName()));
    }

    /** Writes the report into the file, PDF or Word by its extension; returns the file. */
    public Path export(Report report, Path file) {
        Format format = formatOf(file);
        SafeFile.write(file, "report.export.cannotWrite", out -> {
            switch (format) {
                case PDF -> new ReportPdf().write(report, out);
                case DOCX -> out.write(new ReportDocx().write(report));
            }
        });
        return file;
    }

    /** Writes the stored report into the file, PDF or Word by its extension; returns the file. */
    public Path export(long reportId, Path file) {
        formatOf(file);
        return export(report(reportId), file);
    }

    /** The stored report. */
    public Report report(long reportId) {
        if (reports == null) {
            throw new IllegalStateException("printing without a store");
        }
        return reports.find(reportId).orElseThrow(() -> new PlanDeskException("report.notFound", reportId));
    }
}
