package vn.plandesk.io.pdf;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
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
 * <p>A {@link PdfFont} belongs to one PDF document, so each document gets its own set, made when a face is first
 * used (an appendix never needs the bold italic). The font files are read once per run and parsed once per thread: a
 * parsed program reads its file again when a document's subset is written, which is not safe from two threads, so
 * documents written at the same time on different threads (a report's body and its appendices) each use their own
 * thread's programs. A document is laid out and closed on the thread that made its fonts.
 */
public final class PdfFonts {
    private enum Face {
        REGULAR("LiberationSerif-Regular.ttf"),
        BOLD("LiberationSerif-Bold.ttf"),
        ITALIC("LiberationSerif-Italic.ttf"),
        BOLD_ITALIC("LiberationSerif-BoldItalic.ttf");

        private final String file;
        private byte[] bytes;

        Face(String file) {
            this.file = file;
        }

        synchronized byte[] bytes() {
            if (bytes == null) {
                try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
                    if (in == null) {
                        throw new IllegalStateException("font missing from the build: " + file);
                    }
                    bytes = in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return bytes;
        }

        /** This thread's parsed program of the face. */
        FontProgram program() {
            FontProgram[] programs = PROGRAMS.get();
            if (programs[ordinal()] == null) {
                try {
                    programs[ordinal()] = FontProgramFactory.createFont(bytes(), false);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return programs[ordinal()];
        }
    }

    private static final ThreadLocal<FontProgram[]> PROGRAMS =
            ThreadLocal.withInitial(() -> new FontProgram[Face.values().length]);

    private final PdfFont[] fonts = new PdfFont[Face.values().length];

    private PdfFonts() {
    }

    /** A fresh set for one PDF document. */
    public static PdfFonts forOneDocument() {
        return new PdfFonts();
    }

    public PdfFont regular() {
        return font(Face.REGULAR);
    }

    public PdfFont bold() {
        return font(Face.BOLD);
    }

    public PdfFont italic() {
        return font(Face.ITALIC);
    }

    public PdfFont boldItalic() {
        return font(Face.BOLD_ITALIC);
    }

    /** Whether every character of the text has a glyph in each face (no silent boxes). */
    public boolean covers(String text) {
        return text.codePoints().filter(cp -> !Character.isWhitespace(cp)).allMatch(cp ->
                regular().containsGlyph(cp) && bold().containsGlyph(cp) && italic().containsGlyph(cp)
                        && boldItalic().containsGlyph(cp));
    }

    private PdfFont font(Face face) {
        PdfFont f = fonts[face.ordinal()];
        if (f == null) {
            f = PdfFontFactory.createFont(face.program(), PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
            fonts[face.ordinal()] = f;
        }
        return f;
    }
}
