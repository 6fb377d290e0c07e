package vn.plandesk.io.pdf;

import java.io.OutputStream;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import vn.plandesk.io.table.ReportLayout;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.report.ReportAppendix;

/**
 * Prints a report in the official layout, as the plan is printed and through the same machinery: the report itself on
 * A4 portrait (header, BÁO CÁO and its trích yếu, Kính gửi, its sections with the footnotes at the foot of their
 * pages, the closing, Nơi nhận beside the signature), then each appendix from a new page, numbered on its own, on A4
 * turned when its table is wide.
 */
public final class ReportPdf {
    private final int fallbackYear;

    /**
     * @param fallbackYear the year in the blanks of an undated report that names neither a period nor a day its
     *                     figures refer to
     */
    public ReportPdf(int fallbackYear) {
        this.fallbackYear = fallbackYear;
    }

    public ReportPdf() {
        this(Year.now().getValue());
    }

    /** Writes the report and its appendices into one PDF; the stream is closed when done. */
    public void write(Report report, OutputStream out) {
        // the body and the appendices (the progress table by far the largest) take about the same time: side by side
        PlanPdfWriter.writeSideBySide(parts(report), out);
    }

    /** The report itself, then each appendix: the documents of the file, in order. */
    List<PdfPart> parts(Report report) {
        List<PdfPart> parts = new ArrayList<>();
        parts.add(new ReportBodyPdf(report, ReportLayout.draftYear(report, fallbackYear)));
        for (ReportAppendix a : report.appendices()) {
            parts.add(new ReportAppendixPdf(a));
        }
        return parts;
    }
}
