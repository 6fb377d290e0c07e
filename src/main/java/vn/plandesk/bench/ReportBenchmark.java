package vn.plandesk.bench;

import static vn.plandesk.bench.TrackingBenchmark.deleteQuietly;
import static vn.plandesk.bench.TrackingBenchmark.fmt;
import static vn.plandesk.bench.TrackingBenchmark.median;
import static vn.plandesk.bench.TrackingBenchmark.ms;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.plandesk.app.Services;
import vn.plandesk.io.pdf.PlanPdfWriter;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.ReportPeriod;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.report.ReportAppendix;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.Messages;
import vn.plandesk.service.SyntheticPlan;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.store.Database;

/**
 * How long drafting a report takes: the report of Quý I/2026 of a generated plan of 13,000 tasks with an entry for
 * every task in that quarter (a tenth citing a document of the register), read from a temporary store as on the first
 * draft after a start; then the Chơn Thành plan with a quarter recorded for its 76 tasks, warm, as inside the running
 * window. Prints medians of several runs: drafting (reading the store and writing the report's text) and storing the
 * draft as one step of the plan's history. Run: {@code plandesk bench-report [--tasks N] [--runs R]}.
 */
public final class ReportBenchmark {
    private static final Period Q1 = Period.parse("2026-Q1");
    private static final ReportPeriod REPORT_Q1 = ReportPeriod.quarter(2026, 1);
    private final PrintStream out;

    ReportBenchmark(PrintStream out) {
        this.out = out;
    }

    int run(int taskCount, int runs) throws IOException {
        Path big = Files.createTempDirectory("plandesk-bench-report");
        try (Services s = Services.open(big, false, Database.Holder.COMMAND)) {
            long id = s.plans().add(SyntheticPlan.generate(taskCount, 57L));
            Plan plan = s.plans().get(id);
            recordQuarter(s, s.editors().open(id), 400);
            out.println(Messages.get("bench.report.big", plan.taskCount(), runs));
            List<Double> cold = new ArrayList<>();
            Report r = null;
            for (int i = 0; i < runs + 1; i++) {
                // the quarter's entries forgotten each run: read from the store, as on the first draft after a start
                s.tracking().reload(id);
                long t0 = System.nanoTime();
                r = s.reports().drafted(plan, ReportKind.QUARTER, REPORT_Q1);
                long t1 = System.nanoTime();
                if (i >= 1) {
                    cold.add(ms(t1 - t0));
                }
            }
            out.println(Messages.get("bench.report.draftCold", fmt(median(cold)), size(r)));
            out.println(Messages.get("bench.report.store", fmt(median(storing(s, s.editors().open(id), runs)))));
            // a report this size takes seconds to print: at most five runs
            printing(s, r, Math.min(runs, 5), median(cold), big);
        } finally {
            deleteQuietly(big);
        }

        Path samples = Files.createTempDirectory("plandesk-bench-report");
        try (Services s = Services.open(samples, true, Database.Holder.COMMAND)) {
            long id = s.plans().list().stream().filter(p -> p.issuer().contains("Chơn Thành")).findFirst()
                    .orElseThrow().id();
            PlanEditor editor = s.editors().open(id);
            recordQuarter(s, editor, 5);
            Plan plan = editor.plan();
            List<Double> warm = new ArrayList<>();
            Report r = null;
            for (int i = 0; i < runs + 20; i++) {
                long t0 = System.nanoTime();
                r = s.reports().drafted(plan, ReportKind.QUARTER, REPORT_Q1);
                long t1 = System.nanoTime();
                if (i >= 20) {
                    warm.add(ms(t1 - t0));
                }
            }
            out.println(Messages.get("bench.report.sample", plan.taskCount(), fmt(median(warm)), size(r)));
            out.println(Messages.get("bench.report.store", fmt(median(storing(s, editor, runs)))));
            printing(s, r, runs + 20, median(warm), samples);
        } finally {
            deleteQuietly(samples);
        }
        return 0;
    }

    /**
     * Prints the drafted report as PDF and as Word, as the window's "In PDF…" and "Xuất Word…" do, the first runs left
     * out as warm-up when there are many; prints each median and drafting + PDF together, the figure of the issue.
     */
    private void printing(Services s, Report r, int runs, double draftMs, Path folder) throws IOException {
        int warmUp = runs > 10 ? 20 : 1;
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> pdf = new ArrayList<>();
        List<Double> pdfCpu = new ArrayList<>();
        List<Double> longerThread = new ArrayList<>();
        List<Double> docx = new ArrayList<>();
        for (int i = 0; i < runs + warmUp; i++) {
            long c0 = process.getProcessCpuTime();
            long m0 = threads.getCurrentThreadCpuTime();
            long s0 = sideThreadCpu(threads);
            long t0 = System.nanoTime();
            s.reportExport().export(r, folder.resolve("report.pdf"));
            long t1 = System.nanoTime();
            long c1 = process.getProcessCpuTime();
            long m1 = threads.getCurrentThreadCpuTime();
            long s1 = sideThreadCpu(threads);
            s.reportExport().export(r, folder.resolve("report.docx"));
            long t2 = System.nanoTime();
            if (i >= warmUp || runs + warmUp <= 2) {
                pdf.add(ms(t1 - t0));
                pdfCpu.add(ms(c1 - c0));
                longerThread.add(ms(Math.max(m1 - m0, s1 - s0)));
                docx.add(ms(t2 - t1));
            }
        }
        out.println(Messages.get("bench.report.print", fmt(median(pdf)), fmt(median(docx)),
                fmt(draftMs + median(pdf)), Files.size(folder.resolve("report.pdf")) / 1024));
        // the PDF is laid out on two threads: CPU time above wall time is the second core at work, and on a machine
        // shared with other work the CPU time says what the printing itself costs
        out.println(Messages.get("bench.report.printCpu", fmt(median(pdfCpu)),
                Runtime.getRuntime().availableProcessors(), fmt(median(longerThread))));
    }

    /** The CPU time so far of the thread that prints a report's appendices beside its body; 0 before it exists. */
    private static long sideThreadCpu(ThreadMXBean threads) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> PlanPdfWriter.SIDE_THREAD.equals(t.getName()))
                .mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.getId()))).sum();
    }

    /** Drafts and stores the report as the window does (one step of the history), then takes it back; the medians. */
    private static List<Double> storing(Services s, PlanEditor editor, int runs) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs + 1; i++) {
            long t0 = System.nanoTime();
            s.reports().draft(editor, ReportKind.QUARTER, REPORT_Q1);
            long t1 = System.nanoTime();
            editor.undo();
            if (i >= 1) {
                times.add(ms(t1 - t0));
            }
        }
        return times;
    }

    /**
     * An entry for every task in Quý I/2026, statuses drawn at random, a tenth of the finished ones citing one of
     * {@code documents} decisions added to the register; one edit.
     */
    private static void recordQuarter(Services s, PlanEditor editor, int documents) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= documents; i++) {
            ids.add(s.documents().add(IssuedDocument.of(DocumentType.QUYET_DINH, String.valueOf(i), "QĐ-UBND",
                    LocalDate.of(2026, 1, 1).plusDays(i % 80), "UBND phường", "về triển khai nhiệm vụ số " + i + "."))
                    .document().id());
        }
        Random random = new Random(12);
        ProgressStatus[] statuses = ProgressStatus.values();
        List<ProgressEntry> entries = new ArrayList<>();
        for (PlanTask t : editor.plan().allTasks()) {
            ProgressStatus st = statuses[random.nextInt(statuses.length)];
            boolean cites = st.finished() && random.nextInt(10) == 0;
            entries.add(new ProgressEntry(t.id(), Q1, st, "Kết quả quý I của nhiệm vụ " + t.number(), null,
                    "Phòng Văn hóa - Xã hội", st == ProgressStatus.BEHIND ? "Chưa đạt tiến độ" : "",
                    st == ProgressStatus.NOT_DONE || st == ProgressStatus.BEHIND ? "Thiếu kinh phí" : "", "",
                    cites ? List.of(ids.get(random.nextInt(ids.size()))) : List.of()));
        }
        s.tracking().recordAll(editor, "edit.progress", entries);
    }

    /** "2.300 đoạn, 13.007 dòng phụ lục": how big the drafted report is. */
    private static String size(Report r) {
        int paragraphs = 0;
        java.util.ArrayDeque<vn.plandesk.model.BodySection> todo = new java.util.ArrayDeque<>(r.sections());
        while (!todo.isEmpty()) {
            var b = todo.pop();
            paragraphs += b.paragraphs().size();
            todo.addAll(b.sections());
        }
        int rows = r.appendices().stream().mapToInt(a -> a.rows().size()).sum();
        return Messages.get("bench.report.size", paragraphs, rows, r.appendices().stream()
                .map(ReportAppendix::kind).map(Enum::name).toList());
    }
}
