package vn.plandesk.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * generated plan; each is read once cold, then the best of two warm runs is printed beside it, with the CPU time the
 * reading thread spent in that run: on a machine shared with other work the wall time says little, the CPU time more.
 */
final class ImportBenchmark {
    private static final int BIG = 13_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final PrintStream out;

    ImportBenchmark(PrintStream out) {
        this.out = out;
    }

    int run() {
        Plan big = SyntheticPlan.generate(BIG, 57L);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfExportService.withoutStore().write(big, List.of(PlanDocument.TASKS), pdf);
        byte[] docx = new PlanDocxWriter().write(big);
        ImportXlsxService imports = new ImportXlsxService(null);
        out.printf("%-44s %10s %10s %12s %8s%n", "import of " + big.taskCount() + " tasks", "cold ms", "warm ms",
                "warm CPU ms", "tasks");
        measure(imports, "PDF (" + pdf.size() / 1024 + " KB), target 10000 ms", pdf.toByteArray(), "big.pdf");
        measure(imports, "Word (" + docx.length / 1024 + " KB), target 5000 ms", docx, "big.docx");
        return Cli.OK;
    }

    private void measure(ImportXlsxService imports, String label, byte[] file, String name) {
        long[] cold = time(imports, file, name);
        long[] a = time(imports, file, name);
        long[] b = time(imports, file, name);
        long[] warm = a[0] <= b[0] ? a : b;
        ImportPreview p = imports.preview(file, name);
        out.printf("%-44s %10d %10d %12d %8d%n", label, cold[0], warm[0], warm[1], p.plan().taskCount());
    }

    /** Wall and CPU milliseconds of one reading. */
    private static long[] time(ImportXlsxService imports, byte[] file, String name) {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        imports.preview(file, name);
        long wall = System.nanoTime() - t0;
        long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
        return new long[] {TimeUnit.NANOSECONDS.toMillis(wall), TimeUnit.NANOSECONDS.toMillis(cpu)};
    }
}
