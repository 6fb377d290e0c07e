package vn.plandesk.io.pdf;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The four faces of Liberation Serif 2.x (SIL OFL 1.1), shipped in the jar and embedded as subsets with Identity-H
 * encoding and a ToUnicode map, so every Vietnamese letter prints and copies back. Never system fonts: they may lack
 * Vietnamese (Liberation 1.07 does) and scanning them is slow and fragile.
 *
 * <p>A {@link PdfFont} belongs to one PDF document, so each document gets its own set; the font files are read from
 * the jar once.
 */
public final class PdfFonts {
    private static final String FOLDER = "/fonts/";
    private static final byte[] REGULAR = read("LiberationSerif-Regular.ttf");
    private static final byte[] BOLD = read("LiberationSerif-Bold.ttf");
    private static final byte[] ITALIC = read("LiberationSerif-Italic.ttf");
    private static final byte[] BOLD_ITALIC = read("LiberationSerif-BoldItalic.ttf");

    private final PdfFont regular;
    private final PdfFont bold;
    private final PdfFont italic;
    private final PdfFont boldItalic;

    private PdfFonts() {
        regular = create(REGULAR);
        bold = create(BOLD);
        italic = create(ITALIC);
        boldItalic = create(BOLD_ITALIC);
    }

    /** A fresh set for one PDF document. */
    public static PdfFonts forOneDocument() {
        return new PdfFonts();
    }

    public PdfFont regular() {
        return regular;
    }

    public PdfFont bold() {
        return bold;
    }

    public PdfFont italic() {
        return italic;
    }

    public PdfFont boldItalic() {
        return boldItalic;
    }

    /** Whether every character of the text has a glyph in each face (no silent boxes). */
    public boolean covers(String text) {
        return text.codePoints().filter(cp -> !Character.isWhitespace(cp)).allMatch(cp ->
                regular.containsGlyph(cp) && bold.containsGlyph(cp) && italic.containsGlyph(cp)
                        && boldItalic.containsGlyph(cp));
    }

    private static PdfFont create(byte[] bytes) {
        try {
            return PdfFontFactory.createFont(bytes, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
