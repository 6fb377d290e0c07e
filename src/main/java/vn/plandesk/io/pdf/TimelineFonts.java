package vn.plandesk.io.pdf;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of the timeline PDF: Liberation Serif from the jar (it covers Vietnamese), embedded as Identity-H so that
 * the text can be extracted again. A PdfFont belongs to one document, so each document asks for its own.
 */
final class TimelineFonts {
    private static final byte[] REGULAR = read("/fonts/LiberationSerif-Regular.ttf");
    private static final byte[] BOLD = read("/fonts/LiberationSerif-Bold.ttf");
    private static final byte[] ITALIC = read("/fonts/LiberationSerif-Italic.ttf");

    final PdfFont regular;
    final PdfFont bold;
    final PdfFont italic;

    private TimelineFonts() throws IOException {
        regular = font(REGULAR);
        bold = font(BOLD);
        italic = font(ITALIC);
    }

    /** Fresh fonts for one document. */
    static TimelineFonts forDocument() throws IOException {
        return new TimelineFonts();
    }

    private static PdfFont font(byte[] bytes) throws IOException {
        return PdfFontFactory.createFont(bytes, PdfEncodings.IDENTITY_H,
                PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
    }

    private static byte[] read(String resource) {
        try (InputStream in = TimelineFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
