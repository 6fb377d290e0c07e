package vn.plandesk.io.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import com.itextpdf.io.font.FontProgram;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDocument;

/**
 * The fonts the command line parses ahead, beside the store's opening: the same printed page, and a parsed program
 * that is never shared by two threads (a program reads its file again when a subset is written, which is not safe from
 * two threads at once).
 */
class PdfFontsAheadTest {
    private static final int YEAR = 2026;

    @Test
    void theFacesParsedAheadAreEachTakenByOneThreadAlone() throws Exception {
        PdfFonts.prepareAhead();
        assertEquals(3, PdfFonts.waitingAhead(), "regular, bold and italic wait for a thread");
        PdfFonts.prepareAhead();
        assertEquals(3, PdfFonts.waitingAhead(), "asking twice parses each face once");
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<FontProgram[]> document = () -> {
            together.await();
            PdfFonts fonts = PdfFonts.forOneDocument();
            return new FontProgram[] {fonts.regular().getFontProgram(), fonts.bold().getFontProgram(),
                    fonts.italic().getFontProgram()};
        };
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<FontProgram[]> a = two.submit(document);
            Future<FontProgram[]> b = two.submit(document);
            FontProgram[] first = a.get();
            FontProgram[] second = b.get();
            for (int face = 0; face < first.length; face++) {
                assertNotSame(first[face], second[face], "face " + face + " is shared by two threads");
                assertEquals(first[face].getFontNames().getFontName(), second[face].getFontNames().getFontName());
            }
        } finally {
            two.shutdownNow();
        }
        assertEquals(0, PdfFonts.waitingAhead(), "every face parsed ahead was taken");
    }

    @Test
    void anAppendixPrintedWithTheFontsParsedAheadIsTheSameDocument() throws Exception {
        Plan ward = PlanPdfWriterTest.sample("chon-thanh-ward-plan.json");
        byte[] plain = onItsOwnThread(() -> print(ward));
        PdfFonts.prepareAhead();
        byte[] ahead = onItsOwnThread(() -> print(ward));
        assertEquals(0, PdfFonts.waitingAhead(), "the printing took the faces parsed ahead");
        try (PdfText a = new PdfText(plain); PdfText b = new PdfText(ahead)) {
            assertEquals(a.pages(), b.pages());
            for (int p = 1; p <= a.pages(); p++) {
                assertEquals(a.text(p), b.text(p), "page " + p);
            }
        }
        assertArrayEquals(fontNames(plain), fontNames(ahead));
        try (PdfText b = new PdfText(ahead)) {
            assertEquals(List.of(), b.fontsNotEmbedded(), "every face parsed ahead is embedded with its map");
        }
    }

    /** Printed afresh each time: {@link PlanPdfWriterTest#print} keeps what it printed once. */
    private static byte[] print(Plan plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlanPdfWriter(YEAR).write(plan, List.of(PlanDocument.TASKS), out);
        return out.toByteArray();
    }

    /** A fresh thread has parsed no face of its own yet. */
    private static byte[] onItsOwnThread(Callable<byte[]> work) throws Exception {
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            return one.submit(work).get();
        } finally {
            one.shutdownNow();
        }
    }

    private static String[] fontNames(byte[] pdf) {
        try (PdfText t = new PdfText(pdf)) {
            return t.fontNames(1).stream().map(n -> n.replaceFirst("^[A-Z]{6}\\+", "")).sorted().toArray(String[]::new);
        }
    }
}
