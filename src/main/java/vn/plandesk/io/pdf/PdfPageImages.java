package vn.plandesk.io.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Pages of a printed PDF drawn as images, for the preview in the window: the officer sees the very file that will be
 * printed. Pages are drawn one at a time, when asked for.
 */
public final class PdfPageImages implements AutoCloseable {
    private final PDDocument document;
    private final PDFRenderer renderer;

    public PdfPageImages(byte[] pdf) {
        try {
            this.document = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.renderer = new PDFRenderer(document);
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    /** The page (from 0) at the given resolution. */
    public synchronized BufferedImage page(int index, float dpi) {
        try {
            return renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
