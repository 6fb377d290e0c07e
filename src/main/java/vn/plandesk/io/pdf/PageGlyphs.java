package vn.plandesk.io.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The characters of a document's pages with their positions, page by page, as PDFBox extracts them; and, in the same
 * pass over each page's content stream, what the page draws that a table is made of ({@link PageContent}). Parsing
 * the content streams took most of the time of reading a long PDF, and a second pass of a graphics engine over them
 * as much again.
 */
final class PageGlyphs extends PDFTextStripper {
    private final Page[] pages;
    private final int first;
    private List<Glyph> current;
    private PageContent content;

    /** A page's glyphs as drawn (before {@link PageContent#placed}), and its rules. */
    record Page(List<Glyph> glyphs, PageContent content) {
    }

    /**
     * One character: x of its left edge, y of its baseline from the page's top, its advance width, its height and
     * font size in points; and the point (from the page's top) that tells which cell of a ruled table holds it.
     */
    record Glyph(float x, float y, float width, float height, float size, String text, float cellX, float cellY) {
        Glyph(float x, float y, float width, float height, float size, String text) {
            this(x, y, width, height, size, text, x + width / 2, y - Math.max(height, size * 0.3f) / 2);
        }

        /** The glyph held by the cell at the given point instead of the one it is drawn in. */
        Glyph heldAt(float cx, float cy) {
            return new Glyph(x, y, width, height, size, text, cx, cy);
        }

        float right() {
            return x + width;
        }

        boolean space() {
            return text.isBlank();
        }
    }

    private PageGlyphs(int first, int last) throws IOException {
        this.first = first;
        this.pages = new Page[last - first + 1];
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
        PathOperators.addTo(this);
    }

    /**
     * The glyphs of the pages {@code first} to {@code last} (1-based, inclusive), one list a page in page order; a
     * page that draws nothing has an empty list.
     */
    static List<Page> of(PDDocument doc, int first, int last) throws IOException {
        PageGlyphs g = new PageGlyphs(first, last);
        g.setStartPage(first);
        g.setEndPage(last);
        g.writeText(doc, new java.io.Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                // only the positions are kept
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        List<Page> out = new ArrayList<>(g.pages.length);
        for (Page page : g.pages) {
            out.add(page == null ? new Page(List.of(), new PageContent(0)) : page);
        }
        return out;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        current = new ArrayList<>();
        content = new PageContent(page.getMediaBox().getUpperRightY());
        // indexed by the page's number: a page without contents is skipped by the stripper and gets no list
        pages[getCurrentPageNo() - first] = new Page(current, content);
        super.startPage(page);
    }

    /** What the page being read draws, for the path operators to tell; null between pages. */
    PageContent content() {
        return content;
    }

    @Override
    public void saveGraphicsState() {
        super.saveGraphicsState();
        if (content != null) {
            content.save();
        }
    }

    @Override
    public void restoreGraphicsState() {
        super.restoreGraphicsState();
        if (content != null) {
            content.restore();
        }
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        if (content != null) {
            content.glyph(trm, displacement);
        }
        super.showGlyph(trm, font, code, displacement);
    }

    /**
     * Takes the page's characters as PDFBox collected them (duplicates of overprinted bold left out, accents merged
     * with their letters), in the order drawn: the words, reading order and bidi handling of its text output are not
     * needed where only the positions are kept, and cost a large share of reading a long document.
     */
    @Override
    protected void writePage() {
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition p : article) {
                String u = p.getUnicode();
                if (u == null || u.isEmpty()) {
                    continue;
                }
                current.add(new Glyph(p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), p.getHeightDir(),
                        p.getFontSizeInPt(), presentationFormsOut(u)));
            }
        }
    }

    /** Ligatures and other presentation forms ("ﬁ") as their letters, as PDFBox's text output gives them. */
    private static String presentationFormsOut(String u) {
        char c = u.charAt(0);
        return c >= '\uFB00' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFF'
                ? Normalizer.normalize(u, Normalizer.Form.NFKC) : u;
    }
}
