package vn.plandesk.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.plandesk.app.cli.Cli;
import vn.plandesk.io.docx.PlanDocxWriter;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDocument;
import vn.plandesk.service.PdfExportService;
import vn.plandesk.service.SyntheticPlan;
import vn.plandesk.service.office.ImportPreview;
import vn.plandesk.service.office.ImportXlsxService;

/**
 * `bench-import`: how long reading a 13,000-task appendix takes, from PDF (target 10 s) and from Word (target 5 s),
 * as the window's import reads it into its preview (nothing stored). The files are made by PlanDesk's own exports of a
 * generated plan; each is read once cold, then the median of R warm runs is printed beside it, with the CPU time the
 * reading thread and the whole process (its helper threads, the collector, the compiler) spent in those runs: on a
 * machine shared with other work the wall time says little, the CPU times more.
 */
final class ImportBenchmark {
    private static final int BIG = 13_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final PrintStream out;

    ImportBenchmark(PrintStream out) {
        this.out = out;
    }

    int run(int runs) {
        Plan big = SyntheticPlan.generate(BIG, 57L);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfExportService.withoutStore().write(big, List.of(PlanDocument.TASKS), pdf);
        byte[] docx = new PlanDocxWriter().write(big);
        ImportXlsxService imports = new ImportXlsxService(null);
        out.printf("%-40s %8s %8s %13s %14s %6s%n", "import of " + big.taskCount() + " tasks", "cold ms",
                "warm ms", "thread CPU ms", "process CPU ms", "tasks");
        measure(imports, "PDF (" + pdf.size() / 1024 + " KB), target 10000 ms", pdf.toByteArray(), "big.pdf", runs);
        measure(imports, "Word (" + docx.length / 1024 + " KB), target 5000 ms", docx, "big.docx", runs);
        out.printf("(warm: median of %d runs)%n", runs);
        return Cli.OK;
    }

    private void measure(ImportXlsxService imports, String label, byte[] file, String name, int runs) {
        long[] cold = time(imports, file, name);
        List<long[]> warm = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            warm.add(time(imports, file, name));
        }
        ImportPreview p = imports.preview(file, name);
        out.printf("%-40s %8d %8d %13d %14d %6d%n", label, cold[0], median(warm, 0), median(warm, 1),
                median(warm, 2), p.plan().taskCount());
    }

    private static long median(List<long[]> runs, int field) {
        long[] values = runs.stream().mapToLong(r -> r[field]).sorted().toArray();
        return values[values.length / 2];
    }

    /** Wall, thread CPU and process CPU milliseconds of one reading. */
    private static long[] time(ImportXlsxService imports, byte[] file, String name) {
        long process0 = PROCESS.getProcessCpuTime();
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        imports.preview(file, name);
        long wall = System.nanoTime() - t0;
        long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
        long process = PROCESS.getProcessCpuTime() - process0;
        return new long[] {TimeUnit.NANOSECONDS.toMillis(wall), TimeUnit.NANOSECONDS.toMillis(cpu),
                TimeUnit.NANOSECONDS.toMillis(process)};
    }
}
