package vn.plandesk.io.pdf;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.properties.AreaBreakType;
import java.io.OutputStream;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import vn.plandesk.model.OfficialDate;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDocument;

/**
 * Prints a plan's documents into one PDF: the body (A4 portrait) and its appendices (A4 landscape), each starting on a
 * new page and numbered from 1, in the order given. Pages are written out as they fill, so a plan of thousands of tasks
 * takes no more memory than a page or so of table rows.
 */
public final class PlanPdfWriter {
    /** The parsed font programs are shared between documents and read their file when subsetting. */
    private static final Object PRINTING = new Object();

    private final int draftYear;

    /**
     * @param draftYear the year printed in the blanks "ngày … tháng … năm 2026" while the plan has no date and names
     *                  no dated document to take its year from (see {@link OfficialDate#year})
     */
    public PlanPdfWriter(int draftYear) {
        this.draftYear = draftYear;
    }

    public PlanPdfWriter() {
        this(Year.now().getValue());
    }

    /**
     * Writes the documents of the plan, in the given order, into one PDF. The stream is closed when done.
     *
     * @throws IllegalArgumentException when no document is given or the plan has nothing to print for one of them
     */
    public void write(Plan plan, List<PlanDocument> documents, OutputStream out) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("no document to print");
        }
        List<PdfPart> parts = new ArrayList<>();
        for (PlanDocument d : documents) {
            parts.add(part(plan, d));
        }
        write(parts, out);
    }

    private PdfPart part(Plan plan, PlanDocument document) {
        if (!document.presentIn(plan)) {
            throw new IllegalArgumentException("the plan has no " + document);
        }
        int year = OfficialDate.year(plan, draftYear);
        return switch (document) {
            case BODY -> new PlanBodyPdf(plan, year);
            case TASKS -> TaskAppendixStyle.of(plan) == TaskAppendixStyle.WARD
                    ? new WardAppendixPdf(plan, year)
                    : new ProvinceAppendixPdf(plan, year);
            case INDICATORS -> new IndicatorsPdf(plan, year);
        };
    }

    /** Prints documents into one PDF, each from a new page of its own size and numbered from 1; closes the stream. */
    static void write(List<PdfPart> parts, OutputStream out) {
        synchronized (PRINTING) {
            writeAlone(parts, out);
        }
    }

    private static void writeAlone(List<PdfPart> parts, OutputStream out) {
        PdfWriter writer = new PdfWriter(out, new WriterProperties().setFullCompressionMode(true));
        PdfDocument pdf = new PdfDocument(writer);
        PdfFonts fonts = PdfFonts.forOneDocument();
        PageNumbers numbers = new PageNumbers(fonts);
        numbers.registerWith(pdf);
        pdf.setDefaultPageSize(parts.get(0).pageSize());
        try (Document document = new Document(pdf, parts.get(0).pageSize(), true)) {
            document.setMargins(OfficialStyle.MARGIN_TOP, OfficialStyle.MARGIN_RIGHT, OfficialStyle.MARGIN_BOTTOM,
                    OfficialStyle.MARGIN_LEFT);
            document.setFont(fonts.regular()).setFontSize(OfficialStyle.BODY_SIZE);
            boolean first = true;
            for (PdfPart part : parts) {
                numbers.restart();
                pdf.setDefaultPageSize(part.pageSize());
                if (!first) {
                    document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
                }
                first = false;
                part.render(document, fonts);
            }
        }
    }
}
