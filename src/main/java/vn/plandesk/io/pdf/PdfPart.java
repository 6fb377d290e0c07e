package vn.plandesk.io.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;

/** One document of a printed plan (the body, an appendix): it starts on a new page and is numbered on its own. */
interface PdfPart {
    PageSize pageSize();

    /** Adds the document's content; the page it starts on is already set up. */
    void render(Document document, PdfFonts fonts);
}
