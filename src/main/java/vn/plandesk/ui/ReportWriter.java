package vn.plandesk.ui;

import java.nio.file.Path;
import vn.plandesk.model.report.Report;

/** Writes a report to a file, PDF or Word by its extension: what the report editor's "In PDF…" and "Xuất Word…" call. */
@FunctionalInterface
public interface ReportWriter {
    void export(Report report, Path file);
}
