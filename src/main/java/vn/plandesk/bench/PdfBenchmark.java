package vn.plandesk.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import vn.plandesk.app.Launcher;
import vn.plandesk.app.Services;
import vn.plandesk.app.cli.Cli;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDocument;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.service.PdfExportService;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.service.SyntheticPlan;

/**
 * `bench-pdf`: how long printing a task appendix takes, warm in one JVM (median after warm-up), for the Chơn Thành
 * plan, the seed 000 province appendix and a generated plan of 13,000 tasks; the peak heap while printing a tenth and
 * the whole of the big plan (streamed output keeps it flat); and the whole-process time of the CLI's export-pdf.
 */
final class PdfBenchmark {
    private static final int BIG = 13_000;
    private static final int CAPPED_HEAP_MB = 96;
    private final PrintStream out;

    PdfBenchmark(PrintStream out) {
        this.out = out;
    }

    int run() throws IOException {
        SampleLibrary samples = new SampleLibrary();
        Plan ward = samples.plan("chon-thanh-ward-plan.json");
        Plan province = samples.plan("province-2025-appendix-ii.json");
        Plan big = SyntheticPlan.generate(BIG, 57L);
        Plan tenth = SyntheticPlan.generate(BIG / 10, 57L);
        PdfExportService pdf = PdfExportService.withoutStore();

        out.printf("%-52s %s%n", "task appendix", "median ms");
        out.printf("%-52s %d%n", "Chơn Thành (" + ward.taskCount() + " tasks)", median(pdf, ward, 60, 21));
        out.printf("%-52s %d%n", "seed 000 province (" + province.taskCount() + " tasks)", median(pdf, province, 60, 21));
        out.printf("%-52s %d%n", "generated (" + big.taskCount() + " tasks)", median(pdf, big, 1, 3));
        big = null;
        out.printf("%-52s %d MB%n", "peak heap, " + tenth.taskCount() + " tasks", peakHeapMb(pdf, tenth));
        tenth = null;
        Plan whole = SyntheticPlan.generate(BIG, 57L);
        out.printf("%-52s %d MB%n", "peak heap, " + whole.taskCount() + " tasks", peakHeapMb(pdf, whole));
        whole = null;
        wholeProcess();
        return Cli.OK;
    }

    static long median(PdfExportService pdf, Plan plan, int warmUp, int runs) {
        for (int i = 0; i < warmUp; i++) {
            print(pdf, plan);
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            print(pdf, plan);
            times.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
        }
        times.sort(Comparator.naturalOrder());
        return times.get(times.size() / 2);
    }

    private static void print(PdfExportService pdf, Plan plan) {
        pdf.write(plan, List.of(PlanDocument.TASKS), OutputStream.nullOutputStream());
    }

    /** The highest heap use seen while printing, sampled every few milliseconds, after a collection beforehand. */
    private static long peakHeapMb(PdfExportService pdf, Plan plan) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long[] peak = {memory.getHeapMemoryUsage().getUsed()};
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        print(pdf, plan);
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return peak[0] / (1024 * 1024);
    }

    /**
     * Fresh JVMs running the CLI on a store of the samples and a generated plan: the median of three exports of the
     * Chơn Thành appendix, and the 13,000-task appendix exported with the heap capped, which only a streamed document
     * survives.
     */
    private void wholeProcess() throws IOException {
        Path folder = Files.createTempDirectory("plandesk-bench");
        Path store = folder.resolve("store");
        try {
            long ward;
            long big;
            try (Services s = Services.open(store)) {
                s.plans().loadSamples();
                ward = s.plans().list().stream().filter(p -> p.kind() == PlanKind.WARD).map(PlanSummary::id)
                        .findFirst().orElseThrow();
                big = s.plans().add(SyntheticPlan.generate(BIG, 57L));
            }
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                times.add(cli(folder, List.of(), store, ward, "tasks-" + i + ".pdf"));
            }
            times.sort(Comparator.naturalOrder());
            out.printf("%-52s %d%n", "whole process: export-pdf Chơn Thành --doc tasks (ms)", times.get(1));
            long capped = cli(folder, List.of("-Xmx" + CAPPED_HEAP_MB + "m"), store, big, "big.pdf");
            out.printf("%-52s %s%n", "whole process: 13,000 tasks, heap capped at " + CAPPED_HEAP_MB + " MB (ms)",
                    capped < 0 ? "failed" : String.valueOf(capped));
        } finally {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Milliseconds a fresh JVM takes for `export-pdf ID --doc tasks`, or -1 when it fails. */
    private long cli(Path folder, List<String> jvmOptions, Path store, long planId, String file) throws IOException {
        Path target = folder.resolve(file);
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "--db", store.toString(), "export-pdf", String.valueOf(planId), "--doc", "tasks",
                "--out", target.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        try {
            int code = pb.start().waitFor();
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            return code == 0 && Files.size(target) > 0 ? ms : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
