package vn.plandesk.service;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import vn.plandesk.io.pdf.PdfFonts;
import vn.plandesk.io.pdf.PlanPdfWriter;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanDocument;
import vn.plandesk.draw.timeline.TimelinePaper;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.service.timeline.TimelineService;
import vn.plandesk.service.timeline.TimelineTracking;
import vn.plandesk.service.tracking.TrackingService;

/**
 * Printing a plan: its body and appendices in the official layout, into one PDF (in the order body, tasks,
 * indicators) or one file each, and its timeline. The window and the CLI both print through here.
 */
public final class PdfExportService {
    private final PlanService plans;
    private final PlanPdfWriter writer;
    /** The statuses and baseline the printed timeline shows; null where the store keeps no tracking. */
    private final TrackingService tracking;

    public PdfExportService(PlanService plans) {
        this(plans, new PlanPdfWriter(), null);
    }

    /** With the tracking the printed timeline draws: the statuses of the current quarter and the baseline. */
    public PdfExportService(PlanService plans, TrackingService tracking) {
        this(plans, new PlanPdfWriter(), tracking);
    }

    /** Printing of plans held in memory only ({@link #write}), with no store behind it: benchmarks, tests. */
    public static PdfExportService withoutStore() {
        return new PdfExportService((PlanService) null);
    }

    PdfExportService(PlanService plans, PlanPdfWriter writer) {
        this(plans, writer, null);
    }

    private PdfExportService(PlanService plans, PlanPdfWriter writer, TrackingService tracking) {
        this.plans = plans;
        this.writer = writer;
        this.tracking = tracking;
    }

    /** The plan as it will be printed. */
    public Plan plan(long planId) {
        return plans.get(planId);
    }

    /** The documents the plan has something to print in, in print order. */
    public List<PlanDocument> available(long planId) {
        return available(plans.get(planId));
    }

    public static List<PlanDocument> available(Plan plan) {
        return List.of(PlanDocument.values()).stream().filter(d -> d.presentIn(plan)).toList();
    }

    /** The chosen documents, in print order, checked against what the plan has. */
    static List<PlanDocument> ordered(Plan plan, List<PlanDocument> chosen) {
        if (chosen.isEmpty()) {
            throw new PlanDeskException("pdf.nothingChosen");
        }
        List<PlanDocument> out = new ArrayList<>();
        for (PlanDocument d : PlanDocument.values()) {
            if (chosen.contains(d)) {
                if (!d.presentIn(plan)) {
                    throw new PlanDeskException("pdf.documentEmpty", Messages.get("pdf.document." + d.name()));
                }
                out.add(d);
            }
        }
        return out;
    }

    /** Prints the chosen documents of a plan held in memory (benchmarks, generated plans) into the stream. */
    public void write(Plan plan, List<PlanDocument> chosen, OutputStream out) {
        writer.write(plan, ordered(plan, chosen), out);
    }

    /** The chosen documents of the plan as one PDF in memory (the preview). */
    public byte[] render(long planId, List<PlanDocument> chosen) {
        Plan plan = plans.get(planId);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.write(plan, ordered(plan, chosen), bytes);
        return bytes.toByteArray();
    }

    /**
     * Begins reading the PDF's fonts on a thread of their own, for a caller that will export soon but must first open
     * the store (the command line): their 30 ms are then spent beside the store's opening, not after it.
     */
    public static void prepareFontsAhead() {
        PdfFonts.prepareAhead();
    }

    /** Writes the chosen documents into one PDF file. */
    public Path exportCombined(long planId, List<PlanDocument> chosen, Path file, DoubleConsumer progress) {
        Plan plan = plans.get(planId);
        List<PlanDocument> docs = ordered(plan, chosen);
        progress.accept(0);
        writeFile(file, out -> writer.write(plan, docs, out));
        progress.accept(1);
        return file;
    }

    /**
     * Writes the plan's 2025–2030 timeline as a landscape PDF file on the chosen paper, with today's line on
     * {@code today}; like every export, written beside the file and moved into place whole.
     */
    public Path exportTimeline(long planId, TimelinePaper paper, LocalDate today, Path file) {
        Plan plan = plans.get(planId);
        // the statuses of the quarter printed in, as the screen shows them by default
        TimelineTracking recorded = tracking == null ? null : tracking.timeline(plan, Period.quarterOf(today));
        writeFile(file, out -> TimelineService.writePdf(plan, paper, today, recorded, out));
        return file;
    }

    /**
     * Writes each chosen document into a file of its own in the folder, named after the base name and the document
     * ("…-ke-hoach.pdf", "…-phu-luc-nhiem-vu.pdf", "…-phu-luc-chi-tieu.pdf"); returns the files in print order.
     */
    public List<Path> exportSeparately(long planId, List<PlanDocument> chosen, Path folder, String baseName,
                                       DoubleConsumer progress) {
        Plan plan = plans.get(planId);
        List<PlanDocument> docs = ordered(plan, chosen);
        List<Path> files = new ArrayList<>();
        progress.accept(0);
        for (int i = 0; i < docs.size(); i++) {
            PlanDocument d = docs.get(i);
            Path file = folder.resolve(baseName + "-" + Messages.get("pdf.fileSuffix." + d.name()) + ".pdf");
            writeFile(file, out -> writer.write(plan, List.of(d), out));
            files.add(file);
            progress.accept((i + 1) / (double) docs.size());
        }
        return files;
    }

    /** The file name the officer is offered for the plan: its number and symbol, or "ke-hoach" for a draft. */
    public String suggestedBaseName(long planId) {
        Plan plan = plans.get(planId);
        String ref = plan.ref().numberAndSymbol().replace('/', '-');
        String base = ref.isEmpty() || ref.startsWith("-") ? Messages.get("pdf.fileSuffix.BODY") + ref : ref;
        return base.replaceAll("[^\\p{L}\\p{N}._-]+", "-");
    }

    @FunctionalInterface
    private interface Printing {
        void to(OutputStream out);
    }

    private static void writeFile(Path file, Printing printing) {
        SafeFile.write(file, "pdf.cannotWrite", printing::to);
    }
}
