package vn.plandesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.io.pdf.PdfFonts;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanBuilder;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanDocument;
import vn.plandesk.draw.timeline.TimelinePaper;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;

/**
 * The plans of the store as the window and the CLI use them, and printing them to files: samples are loaded once,
 * an exchange file comes back as the same plan, the chosen documents print in the official order, one file or one
 * each, named after the plan.
 */
class PlanServicesTest {
    @TempDir
    static Path dir;
    static Database db;
    static PlanService plans;
    static List<Long> samples;
    /** The Chơn Thành plan cut to two tasks a group and two indicators, without its body: quick to print. */
    static long small;
    static long draft;

    @BeforeAll
    static void open() {
        samples = SampleStore.copyTo(dir.resolve("store"));
        db = Database.open(dir.resolve("store"));
        plans = new PlanService(new PlanRepository(db));
        Plan ward = plans.get(samples.get(2));
        Plan cut = PlanBuilder.from(ward).legalBases(List.of()).introduction(List.of()).sections(List.of())
                .number("15").build()
                .withGroups(ward.groups().stream().map(g -> g.withTasks(g.tasks().subList(0, Math.min(2, g.tasks().size())))).toList())
                .withIndicators(ward.indicators().subList(0, 2));
        small = plans.add(cut);
        draft = plans.add(PlanBuilder.from(cut).number("").build());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void samplesAreLoadedOnlyOnce() {
        int before = plans.list().size();
        assertEquals(samples, plans.loadSamples());
        assertEquals(before, plans.list().size());
        assertEquals(4, samples.size());
    }

    @Test
    void anExchangeFileComesBackAsTheSamePlan() {
        byte[] file = plans.exportJson(small);
        long copy = plans.importJson(file);
        assertTrue(copy != small);
        assertEquals(plans.get(small).withoutIds(), plans.get(copy).withoutIds());
        assertTrue(plans.find(copy).isPresent());
        assertTrue(plans.find(-1).isEmpty());
        assertEquals("plan.notFound", assertThrows(PlanDeskException.class, () -> plans.get(-1)).key());
    }

    @Test
    void onlyTheDocumentsThePlanHasAreOffered() {
        PdfExportService pdf = new PdfExportService(plans);
        assertEquals(List.of(PlanDocument.TASKS, PlanDocument.INDICATORS), pdf.available(small));
        assertEquals(List.of(PlanDocument.values()), pdf.available(samples.get(2)));
        assertEquals(plans.get(small), pdf.plan(small));
    }

    @Test
    void theChosenDocumentsPrintInTheOfficialOrderAndAnEmptyOneIsRefused() {
        Plan p = plans.get(small);
        assertEquals(List.of(PlanDocument.TASKS, PlanDocument.INDICATORS),
                PdfExportService.ordered(p, List.of(PlanDocument.INDICATORS, PlanDocument.TASKS)));
        assertEquals("pdf.nothingChosen", assertThrows(PlanDeskException.class,
                () -> PdfExportService.ordered(p, List.of())).key());
        PlanDeskException empty = assertThrows(PlanDeskException.class,
                () -> PdfExportService.ordered(p, List.of(PlanDocument.BODY, PlanDocument.TASKS)));
        assertEquals("pdf.documentEmpty", empty.key());
        assertEquals(Messages.get("pdf.document.BODY"), empty.args()[0]);
    }

    @Test
    void theFontsReadAheadAreTheOnesTheExportPrintsWith() throws Exception {
        PdfExportService.prepareFontsAhead();
        assertEquals(3, PdfFonts.waitingAhead(), "the appendix's three faces are being read");
        PdfExportService pdf = new PdfExportService(plans);
        ExecutorService fresh = Executors.newSingleThreadExecutor(); // a thread that has read no face of its own
        try {
            Path file = fresh.submit(() -> pdf.exportCombined(small, List.of(PlanDocument.TASKS),
                    dir.resolve("ahead/tasks.pdf"), p -> { })).get();
            assertEquals(0, PdfFonts.waitingAhead(), "the export took every face read ahead");
            try (PrintPreview ahead = new PrintPreview(Files.readAllBytes(file));
                 PrintPreview plain = new PrintPreview(pdf.render(small, List.of(PlanDocument.TASKS)))) {
                assertEquals(plain.pageCount(), ahead.pageCount());
            }
        } finally {
            fresh.shutdownNow();
        }
    }

    @Test
    void oneFileHoldsEveryChosenDocumentAndSeparateFilesOneEach() throws Exception {
        PdfExportService pdf = new PdfExportService(plans);
        List<Double> progress = new ArrayList<>();
        Path combined = pdf.exportCombined(small, List.of(PlanDocument.INDICATORS, PlanDocument.TASKS),
                dir.resolve("out/all.pdf"), progress::add);
        assertEquals(List.of(0.0, 1.0), progress);
        int all;
        try (PrintPreview preview = new PrintPreview(Files.readAllBytes(combined))) {
            all = preview.pageCount();
            assertTrue(preview.page(0, 20).getWidth() > preview.page(0, 20).getHeight(), "an appendix is landscape");
        }
        byte[] rendered = pdf.render(small, List.of(PlanDocument.TASKS, PlanDocument.INDICATORS));
        try (PrintPreview preview = new PrintPreview(rendered)) {
            assertEquals(all, preview.pageCount());
        }

        progress.clear();
        List<Path> files = pdf.exportSeparately(small, List.of(PlanDocument.INDICATORS, PlanDocument.TASKS),
                dir.resolve("out"), "15-KH", progress::add);
        assertEquals(List.of(dir.resolve("out/15-KH-phu-luc-nhiem-vu.pdf"), dir.resolve("out/15-KH-phu-luc-chi-tieu.pdf")),
                files);
        assertEquals(List.of(0.0, 0.5, 1.0), progress);
        int pages = 0;
        for (Path f : files) {
            try (PrintPreview preview = new PrintPreview(Files.readAllBytes(f))) {
                pages += preview.pageCount();
            }
        }
        assertEquals(all, pages);
        try (var listing = Files.list(dir.resolve("out"))) {
            assertTrue(listing.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no half files left");
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfExportService.withoutStore().write(plans.get(small), List.of(PlanDocument.INDICATORS), out);
        assertTrue(out.size() > 0);
    }

    @Test
    void theTimelineIsExportedLikeEveryPdfAndAFailedOneLeavesNoFile() throws Exception {
        PdfExportService pdf = new PdfExportService(plans);
        Path file = pdf.exportTimeline(small, TimelinePaper.A3, LocalDate.of(2026, 6, 15),
                dir.resolve("timeline/tien-do.pdf"));
        try (PrintPreview preview = new PrintPreview(Files.readAllBytes(file))) {
            assertTrue(preview.pageCount() >= 1);
            assertTrue(preview.page(0, 20).getWidth() > preview.page(0, 20).getHeight(), "landscape");
        }
        // a folder where the file should go: refused in a sentence, and nothing half-written is left
        Path blocked = dir.resolve("timeline/blocked.pdf");
        Files.createDirectories(blocked.resolve("inside"));
        PlanDeskException e = assertThrows(PlanDeskException.class,
                () -> pdf.exportTimeline(small, TimelinePaper.A4, LocalDate.of(2026, 6, 15), blocked));
        assertEquals("pdf.cannotWrite", e.key());
        try (var listing = Files.list(dir.resolve("timeline"))) {
            assertTrue(listing.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no half files left");
        }
    }

    @Test
    void theOfferedFileNameIsThePlansNumberAndSymbol() {
        PdfExportService pdf = new PdfExportService(plans);
        String symbol = plans.get(small).symbol();
        assertEquals(("15-" + symbol).replace('/', '-'), pdf.suggestedBaseName(small));
        assertEquals(symbol.isEmpty() ? "ke-hoach" : "ke-hoach-" + symbol.replace('/', '-'), pdf.suggestedBaseName(draft));
        assertFalse(pdf.suggestedBaseName(samples.get(1)).contains("/"));
        assertEquals("92-KH-UBND", pdf.suggestedBaseName(samples.get(1)));
    }
}
