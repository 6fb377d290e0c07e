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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReferenceArray;

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

        /** This thread's parsed program of the face: one {@link #prepareAhead} made, or parsed now. */
        FontProgram program() {
            FontProgram[] programs = PROGRAMS.get();
            if (programs[ordinal()] == null) {
                FontProgram ahead = takePrepared(this);
                programs[ordinal()] = ahead != null ? ahead : parse();
            }
            return programs[ordinal()];
        }

        FontProgram parse() {
            try {
                return FontProgramFactory.createFont(bytes(), false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The faces an appendix prints in (its title bold, its notes italic); the plan's body may need the fourth. */
    private static final Face[] AHEAD = {Face.REGULAR, Face.BOLD, Face.ITALIC};
    /** Programs parsed ahead on another thread, each handed whole to the first thread that asks for its face. */
    private static final AtomicReferenceArray<FutureTask<FontProgram>> PREPARED =
            new AtomicReferenceArray<>(Face.values().length);

    private static final ThreadLocal<FontProgram[]> PROGRAMS =
            ThreadLocal.withInitial(() -> new FontProgram[Face.values().length]);

    private final PdfFont[] fonts = new PdfFont[Face.values().length];

    private PdfFonts() {
    }

    /**
     * Starts reading and parsing the faces a PDF export prints in, on a thread of its own, for a run that will print
     * soon but has other work first (the command line opens the store and reads the plan meanwhile): about 30 ms of
     * work off the way to the first page. Each program is taken by one thread only, and only when it is done, so it is
     * never used from two threads at once. A face that fails here is parsed again where it is needed, and fails there
     * with its own message.
     */
    public static void prepareAhead() {
        List<FutureTask<FontProgram>> tasks = new ArrayList<>();
        for (Face face : AHEAD) {
            FutureTask<FontProgram> task = new FutureTask<>(face::parse);
            if (PREPARED.compareAndSet(face.ordinal(), null, task)) {
                tasks.add(task);
            }
        }
        if (tasks.isEmpty()) {
            return;
        }
        Thread thread = new Thread(() -> tasks.forEach(FutureTask::run), "PlanDesk fonts");
        thread.setDaemon(true);
        thread.start();
    }

    /** How many faces parsed ahead wait for a thread to take them (what the tests see of {@link #prepareAhead}). */
    public static int waitingAhead() {
        int n = 0;
        for (int i = 0; i < PREPARED.length(); i++) {
            n += PREPARED.get(i) == null ? 0 : 1;
        }
        return n;
    }

    /** The program parsed ahead for the face, now this thread's alone; null where none was (or it failed). */
    private static FontProgram takePrepared(Face face) {
        FutureTask<FontProgram> task = PREPARED.getAndSet(face.ordinal(), null);
        if (task == null) {
            return null;
        }
        task.run(); // parses it here if the other thread has not begun it; does nothing if it has
        try {
            return task.get();
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
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
