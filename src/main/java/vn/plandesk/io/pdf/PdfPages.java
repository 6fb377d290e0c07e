package vn.plandesk.io.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.plandesk.io.pdf.PageGlyphs.Glyph;

/**
 * Each page of a PDF read for the import: its glyphs (those a clip hides placed in the cell that shows them), the table
 * its rules make, and its width. Pages do not depend on one another, so a long document is read on as many threads as
 * the machine has cores (at most {@link #MAX_THREADS}), each with its own copy of the document opened from the same
 * bytes: PDFBox's documents are not safe to share between threads. A short document is read on the caller's thread.
 */
final class PdfPages {
    /** Pages a thread takes at a time: enough to make opening a copy of the document worth it, few enough to share. */
    private static final int CHUNK = 40;
    private static final int MAX_THREADS = 4;

    /** What one page gave. {@code table} is null when the page's rules make none. */
    record Page(List<Glyph> glyphs, RuledTable table, float width) {
    }

    private PdfPages() {
    }

    /**
     * The document's pages in order.
     *
     * @param file the document's bytes, to open more copies of it from
     * @param doc  the document already opened from them, read on the caller's thread
     */
    static List<Page> read(byte[] file, PDDocument doc) throws IOException {
        return read(file, doc, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
    }

    /** The pages read on at most {@code cores} threads. */
    static List<Page> read(byte[] file, PDDocument doc, int cores) throws IOException {
        int pages = doc.getNumberOfPages();
        int threads = Math.min(cores, pages / CHUNK);
        Page[] out = new Page[pages];
        if (threads < 2) {
            read(doc, 1, pages, out);
            return List.of(out);
        }
        AtomicInteger next = new AtomicInteger(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "pdf-import-pages");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> helpers = new ArrayList<>();
            for (int i = 0; i < threads - 1; i++) {
                helpers.add(pool.submit(() -> {
                    try (PDDocument copy = Loader.loadPDF(file)) {
                        readChunks(copy, next, out);
                    }
                    return null;
                }));
            }
            readChunks(doc, next, out);
            for (Future<Void> f : helpers) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        } finally {
            pool.shutdownNow();
        }
        return List.of(out);
    }

    /** Takes chunks of pages until none is left. */
    private static void readChunks(PDDocument doc, AtomicInteger next, Page[] out) throws IOException {
        int pages = out.length;
        for (int first = next.getAndAdd(CHUNK); first <= pages; first = next.getAndAdd(CHUNK)) {
            read(doc, first, Math.min(pages, first + CHUNK - 1), out);
        }
    }

    /** Reads the pages {@code first} to {@code last} (1-based, inclusive) into {@code out}. */
    private static void read(PDDocument doc, int first, int last, Page[] out) throws IOException {
        List<PageGlyphs.Page> read = PageGlyphs.of(doc, first, last);
        for (int p = first; p <= last; p++) {
            PageGlyphs.Page page = read.get(p - first);
            List<Glyph> onPage = page.content().placed(page.glyphs());
            out[p - 1] = new Page(onPage, RuledTable.of(page.content().lines(), onPage),
                    doc.getPage(p - 1).getMediaBox().getWidth());
        }
    }
}
