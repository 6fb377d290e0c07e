package vn.plandesk.io.pdf;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.properties.TextAlignment;
import java.util.HashMap;
import java.util.Map;

/**
 * Page numbers as the Decree wants them: Arabic, 13 pt, upright, centred in the top margin, none on a document's first
 * page, and each document of a file (the plan, each appendix) counted on its own from 1.
 *
 * <p>A page learns its number when it starts ({@link PdfDocumentEvent#START_PAGE}) and is stamped when it ends
 * ({@link PdfDocumentEvent#END_PAGE}), so pages can be flushed as they fill and a long appendix is never held whole.
 */
final class PageNumbers extends AbstractPdfDocumentEventHandler {
    private final PdfFonts fonts;
    private final Map<PdfPage, Integer> numbers = new HashMap<>();
    private boolean restartPending = true;
    private int current;

    PageNumbers(PdfFonts fonts) {
        this.fonts = fonts;
        addType(PdfDocumentEvent.START_PAGE);
        addType(PdfDocumentEvent.END_PAGE);
    }

    void registerWith(PdfDocument pdf) {
        pdf.addEventHandler(PdfDocumentEvent.START_PAGE, this);
        pdf.addEventHandler(PdfDocumentEvent.END_PAGE, this);
    }

    /** The next page begins a new document: it is its page 1. */
    void restart() {
        restartPending = true;
    }

    @Override
    protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
        PdfPage page = ((PdfDocumentEvent) event).getPage();
        if (PdfDocumentEvent.START_PAGE.equals(event.getType())) {
            current = restartPending ? 1 : current + 1;
            restartPending = false;
            numbers.put(page, current);
            return;
        }
        Integer number = numbers.remove(page);
        if (number == null || number == 1) {
            return;
        }
        stamp(event.getDocument(), page, number);
    }

    private void stamp(PdfDocument pdf, PdfPage page, int number) {
        Rectangle box = page.getPageSize();
        float x = box.getLeft() + OfficialStyle.MARGIN_LEFT + OfficialStyle.textWidth(new com.itextpdf.kernel.geom.PageSize(box)) / 2;
        // the baseline sits in the middle of the top margin
        float y = box.getTop() - OfficialStyle.MARGIN_TOP / 2 - OfficialStyle.PAGE_NUMBER_SIZE / 3;
        PdfCanvas pdfCanvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
        try (Canvas canvas = new Canvas(pdfCanvas, box)) {
            canvas.setFont(fonts.regular()).setFontSize(OfficialStyle.PAGE_NUMBER_SIZE);
            canvas.showTextAligned(String.valueOf(number), x, y, TextAlignment.CENTER);
        }
    }
}
