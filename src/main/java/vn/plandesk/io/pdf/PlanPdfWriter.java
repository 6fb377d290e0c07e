package vn.plandesk.io.pdf;

import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.properties.AreaBreakType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.plandesk.model.OfficialDate;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDocument;

/**
 * Prints a plan's documents into one PDF: the body (A4 portrait) and its appendices (A4 landscape), each starting on a
 * new page and numbered from 1, in the order given. Pages are written out as they fill, so a plan of thousands of tasks
 * takes no more memory than a page or so of table rows.
 */
public final class PlanPdfWriter {
    /** The name of the thread that lays out the later documents of a file (a benchmark reads its CPU time). */
    public static final String SIDE_THREAD = "pdf-side";
    /**
     * Lays out the later documents of a file while the calling thread lays out the first: one thread, kept for the
     * run, so that its parsed fonts ({@link PdfFonts}) are parsed once.
     */
    private static final ExecutorService SIDE = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, SIDE_THREAD);
        t.setDaemon(true);
        return t;
    });
    /** Pages copied from the side document into the file between two flushes: memory stays flat. */
    private static final int PAGES_PER_COPY = 50;

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
        try (Printing printing = new Printing(parts.get(0), out)) {
            printing.render(parts);
        }
    }

    /**
     * Prints as {@link #write} does, the first document on this thread and the others at the same time on another,
     * into a PDF of their own whose pages are then copied after the first's: the same pages, on two cores in about
     * the time of the longer half. Each document is numbered on its own in either case, so the copied pages keep the
     * numbers they were printed with.
     */
    static void writeSideBySide(List<PdfPart> parts, OutputStream out) {
        if (parts.size() < 2) {
            write(parts, out);
            return;
        }
        List<PdfPart> later = List.copyOf(parts.subList(1, parts.size()));
        Future<byte[]> side = SIDE.submit(() -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            write(later, bytes);
            return bytes.toByteArray();
        });
        try (Printing printing = new Printing(parts.get(0), out)) {
            printing.render(parts.subList(0, 1));
            copyPages(awaited(side), printing.pdf);
        } finally {
            side.cancel(false);
        }
    }

    private static byte[] awaited(Future<byte[]> side) {
        try {
            return side.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("printing interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Appends every page of a printed PDF to the document, flushing them as they come. */
    private static void copyPages(byte[] from, PdfDocument to) {
        try (PdfDocument source = new PdfDocument(new PdfReader(new ByteArrayInputStream(from)))) {
            int pages = source.getNumberOfPages();
            for (int first = 1; first <= pages; first += PAGES_PER_COPY) {
                int last = Math.min(pages, first + PAGES_PER_COPY - 1);
                source.copyPagesTo(first, last, to).forEach(PdfPage::flush);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One PDF being written: its document with the margins and body font set, its fonts and page numbers. */
    private static final class Printing implements AutoCloseable {
        private final PdfDocument pdf;
        private final PdfFonts fonts = PdfFonts.forOneDocument();
        private final PageNumbers numbers = new PageNumbers(fonts);
        private final Document document;

        Printing(PdfPart first, OutputStream out) {
            // zlib's fastest level: at the default level a fifth of printing an appendix went to compressing its
            // pages and fonts, and made the file only about a sixth smaller
            pdf = new PdfDocument(new PdfWriter(out, new WriterProperties().setFullCompressionMode(true)
                    .setCompressionLevel(CompressionConstants.BEST_SPEED)));
            numbers.registerWith(pdf);
            pdf.setDefaultPageSize(first.pageSize());
            document = new Document(pdf, first.pageSize(), true);
            document.setMargins(OfficialStyle.MARGIN_TOP, OfficialStyle.MARGIN_RIGHT, OfficialStyle.MARGIN_BOTTOM,
                    OfficialStyle.MARGIN_LEFT);
            document.setFont(fonts.regular()).setFontSize(OfficialStyle.BODY_SIZE);
        }

        /** Each part from a new page of its size, numbered from 1. */
        void render(List<PdfPart> parts) {
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

        @Override
        public void close() {
            document.close();
        }
    }
}
