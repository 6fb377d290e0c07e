package vn.plandesk.service;

import java.awt.image.BufferedImage;
import vn.plandesk.io.pdf.PdfPageImages;

/** The pages of a printed PDF as images, drawn when asked for, for the preview in the window. */
public final class PrintPreview implements AutoCloseable {
    private final PdfPageImages pages;

    public PrintPreview(byte[] pdf) {
        this.pages = new PdfPageImages(pdf);
    }

    public int pageCount() {
        return pages.pageCount();
    }

    /** Page {@code index} (from 0) at the given resolution in dots per inch. */
    public BufferedImage page(int index, float dpi) {
        return pages.page(index, dpi);
    }

    @Override
    public void close() {
        pages.close();
    }
}
