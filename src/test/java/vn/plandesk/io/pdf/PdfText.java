package vn.plandesk.io.pdf;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.filter.TextRegionEventFilter;
import com.itextpdf.kernel.pdf.canvas.parser.listener.FilteredTextEventListener;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A produced PDF read back with iText's own text extraction, the way a test looks at it. */
final class PdfText implements AutoCloseable {
    /** A piece of text drawn on a page, with its baseline start. */
    record Chunk(String text, float x, float y) {
    }

    private final PdfDocument pdf;

    PdfText(byte[] bytes) {
        try {
            this.pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int pages() {
        return pdf.getNumberOfPages();
    }

    /** The page's size as it is shown (width and height after rotation). */
    Rectangle size(int page) {
        return pdf.getPage(page).getPageSizeWithRotation();
    }

    String text(int page) {
        return PdfTextExtractor.getTextFromPage(pdf.getPage(page), new LocationTextExtractionStrategy());
    }

    /** Text whose baseline crosses the region, in reading order. */
    String textIn(int page, Rectangle region) {
        return PdfTextExtractor.getTextFromPage(pdf.getPage(page),
                new FilteredTextEventListener(new LocationTextExtractionStrategy(), new TextRegionEventFilter(region)));
    }

    List<Chunk> chunks(int page) {
        List<Chunk> out = new ArrayList<>();
        IEventListener listener = new IEventListener() {
            @Override
            public void eventOccurred(IEventData data, EventType type) {
                if (data instanceof TextRenderInfo info) {
                    var start = info.getBaseline().getStartPoint();
                    out.add(new Chunk(info.getText(), start.get(0), start.get(1)));
                }
            }

            @Override
            public Set<EventType> getSupportedEvents() {
                return Set.of(EventType.RENDER_TEXT);
            }
        };
        new PdfCanvasProcessor(listener).processPageContent(pdf.getPage(page));
        return out;
    }

    /** Every font used on every page: each must be embedded (a FontFile2 under its descriptor) with a ToUnicode map. */
    List<String> fontsNotEmbedded() {
        List<String> bad = new ArrayList<>();
        for (int p = 1; p <= pages(); p++) {
            PdfDictionary fonts = pdf.getPage(p).getResources().getResource(PdfName.Font);
            if (fonts == null) {
                continue;
            }
            for (PdfName name : fonts.keySet()) {
                PdfDictionary font = fonts.getAsDictionary(name);
                PdfDictionary descriptor = font.getAsDictionary(PdfName.FontDescriptor);
                PdfArray descendants = font.getAsArray(PdfName.DescendantFonts);
                if (descendants != null) {
                    descriptor = descendants.getAsDictionary(0).getAsDictionary(PdfName.FontDescriptor);
                }
                boolean embedded = descriptor != null && (descriptor.containsKey(PdfName.FontFile2)
                        || descriptor.containsKey(PdfName.FontFile) || descriptor.containsKey(PdfName.FontFile3));
                boolean identity = PdfName.IdentityH.equals(font.getAsName(PdfName.Encoding));
                if (!embedded || !identity || !font.containsKey(PdfName.ToUnicode)) {
                    bad.add("page " + p + ": " + font.getAsName(PdfName.BaseFont));
                }
            }
        }
        return bad;
    }

    /** The base font names of the fonts a page uses, with their subset prefixes ("ABCDEF+"). */
    List<String> fontNames(int page) {
        List<String> names = new ArrayList<>();
        PdfDictionary fonts = pdf.getPage(page).getResources().getResource(PdfName.Font);
        if (fonts != null) {
            for (PdfName name : fonts.keySet()) {
                names.add(fonts.getAsDictionary(name).getAsName(PdfName.BaseFont).getValue());
            }
        }
        return names;
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Override
    public void close() {
        pdf.close();
    }
}
