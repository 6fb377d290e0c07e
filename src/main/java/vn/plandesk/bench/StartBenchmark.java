package vn.plandesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import vn.plandesk.app.DesktopApp;
import vn.plandesk.app.Launcher;
import vn.plandesk.app.Services;
import vn.plandesk.app.cli.Cli;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.service.PdfExportService;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.service.Settings;
import vn.plandesk.service.SyntheticPlan;

/**
 * {@code bench-start}: the figures of the start-up and whole-process targets, each a fresh process of the program
 * (this JVM's runtime and class path, or the launcher of an installed package given with --launcher), median of the
 * runs: the window's first start on an empty store until the samples are shown, its start on a store of the samples
 * and on one of N tasks until the plan can be edited (these need a display), export-pdf of the Chơn Thành appendix
 * with its peak memory, of generated appendices of 1,000, 4,000 and 13,000 tasks (the last with the heap capped at
 * 128 MB), import-xlsx of the exported Chơn Thành workbook, and the warm export inside one JVM.
 */
final class StartBenchmark {
    private static final String ROW = "%-62s %10s   %s%n";
    private static final long WINDOW_TIMEOUT_S = 180;
    private final PrintStream out;
    private final List<String> launcher;

    StartBenchmark(PrintStream out, String launcherFile) {
        this.out = out;
        this.launcher = launcherFile != null ? List.of(launcherFile)
                : List.of(ProcessHandle.current().info().command().orElse("java"),
                        "-cp", System.getProperty("java.class.path"), Launcher.class.getName());
    }

    int run(int bigTasks, int runs, boolean windows) throws IOException {
        Path dir = Files.createTempDirectory("plandesk-bench-start");
        try {
            out.println("program: " + String.join(" ", launcher.size() == 1 ? launcher : launcher.subList(0, 1))
                    + (launcher.size() == 1 ? "" : " -cp … " + Launcher.class.getSimpleName()));
            out.printf(ROW, "figure (median of " + runs + ", whole process unless warm)", "value", "target");
            Path store = dir.resolve("store");
            long ward;
            long big;
            List<long[]> generated = new ArrayList<>();
            try (Services s = Services.open(store)) {
                ward = s.plans().list().stream().filter(p -> p.kind() == PlanKind.WARD).map(PlanSummary::id)
                        .findFirst().orElseThrow();
                for (int n : new int[] {1_000, 4_000, 13_000}) {
                    generated.add(new long[] {n, s.plans().add(SyntheticPlan.generate(n, 57L))});
                }
                big = bigTasks == 13_000 ? generated.get(2)[1] : s.plans().add(SyntheticPlan.generate(bigTasks, 57L));
                Files.write(dir.resolve("ward.xlsx"), s.officeExport().exportXlsx(ward));
            }
            boolean display = windows && Launcher.hasDisplay(System.getenv(), System.getProperty("os.name", ""), null);

            // the window
            if (display) {
                List<Long> first = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    first.add(window(dir.resolve("empty-" + i)).ms());
                }
                row("window: first start on an empty store until the samples are shown", first, "≤ 2000 ms");
                openLast(store, ward);
                row("window: start on the samples' store until the ward plan is editable",
                        times(runs, () -> window(store).ms()), "≤ 1000 ms");
                openLast(store, big);
                row("window: start on a store of " + bigTasks + " tasks until that plan is editable",
                        times(runs, () -> window(store).ms()), "");
            } else {
                out.printf(ROW, "window figures", "-", windows ? "need a display (DISPLAY)" : "left out (--no-window)");
            }

            // the command line
            List<Long> rss = new ArrayList<>();
            List<Long> pdf = times(runs, () -> {
                Measured m = cli(List.of(), "--db", store.toString(), "export-pdf", String.valueOf(ward), "--doc",
                        "tasks", "--out", dir.resolve("ward.pdf").toString());
                rss.add(m.peakKb());
                return m.ms();
            });
            row("export-pdf Chơn Thành appendix", pdf, "≤ 350 ms");
            rss.sort(Comparator.naturalOrder());
            out.printf(ROW, "  its peak memory (resident, MiB)",
                    rss.get(rss.size() / 2) < 0 ? "-" : String.valueOf(rss.get(rss.size() / 2) / 1024), "≤ 150 MiB");
            Plan wardPlan = new SampleLibrary().plan("chon-thanh-ward-plan.json");
            out.printf(ROW, "export-pdf Chơn Thành appendix, warm in one JVM (ms)",
                    String.valueOf(PdfBenchmark.median(PdfExportService.withoutStore(), wardPlan, 60, 21)), "≤ 30 ms");
            for (long[] g : generated) {
                long ms = cli(List.of(), "--db", store.toString(), "export-pdf", String.valueOf(g[1]), "--doc", "tasks",
                        "--out", dir.resolve("gen.pdf").toString()).ms();
                out.printf(ROW, "export-pdf generated appendix, " + g[0] + " tasks (ms; ms per 1,000 tasks)",
                        ms + "; " + (ms < 0 ? "-" : String.valueOf(ms * 1000 / g[0])),
                        g[0] == 4_000 ? "≤ 3000 ms, linear" : "linear");
            }
            long capped = cli(List.of("-Xmx128m"), "--db", store.toString(), "export-pdf",
                    String.valueOf(generated.get(2)[1]), "--doc", "tasks", "--out", dir.resolve("gen.pdf").toString())
                    .ms();
            out.printf(ROW, "export-pdf generated appendix, 13000 tasks, heap ≤ 128 MB (ms)", String.valueOf(capped),
                    "≤ 6000 ms");
            row("import-xlsx of the exported Chơn Thành workbook", times(runs, () -> cli(List.of(), "--db",
                    store.toString(), "import-xlsx", dir.resolve("ward.xlsx").toString()).ms()), "≤ 800 ms");
            row("plans (open the store, list, quit)", times(runs, () -> cli(List.of(), "--db", store.toString(),
                    "plans").ms()), "");
            out.println("a value of -1 is a run that failed; a loaded machine inflates every figure");
            return Cli.OK;
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The plan the window opens at its next start. */
    private static void openLast(Path store, long id) {
        Settings settings = new Settings(store);
        settings.put("plan.last", id);
        settings.save();
    }

    @FunctionalInterface
    private interface Run {
        long ms() throws IOException;
    }

    private static List<Long> times(int runs, Run run) throws IOException {
        List<Long> t = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            t.add(run.ms());
        }
        return t;
    }

    private void row(String name, List<Long> times, String target) {
        List<Long> sorted = new ArrayList<>(times);
        sorted.sort(Comparator.naturalOrder());
        out.printf(ROW, name + " (ms)", String.valueOf(sorted.get(sorted.size() / 2)), target);
    }

    record Measured(long ms, long peakKb) {
    }

    /** The window on a store until its plan can be edited, as the window reports it; -1 when it fails. */
    private Measured window(Path store) throws IOException {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of("--db", store.toString(), Cli.EXIT_WHEN_EDITABLE));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // a program that never reports (an older version without the option) is stopped, and the run counts as failed
        p.onExit().orTimeout(WINDOW_TIMEOUT_S, TimeUnit.SECONDS).exceptionally(e -> {
            p.destroy();
            return p;
        });
        long ms = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith(DesktopApp.READY_LINE)) {
                    ms = Long.parseLong(line.substring(DesktopApp.READY_LINE.length()).split(" ")[0]);
                }
            }
        }
        return new Measured(finish(p) == 0 ? ms : -1, -1);
    }

    /**
     * A command in a fresh process: wall time from start to exit and the peak resident memory (Linux; -1 elsewhere).
     * JVM options go through JAVA_TOOL_OPTIONS, which a packaged launcher passes on too.
     */
    private Measured cli(List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (!jvmOptions.isEmpty()) {
            pb.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", jvmOptions));
        }
        long t0 = System.nanoTime();
        Process p = pb.start();
        long peak = -1;
        Path status = Path.of("/proc", String.valueOf(p.pid()), "status");
        while (p.isAlive()) {
            peak = Math.max(peak, peakKb(status));
            try {
                p.waitFor(5, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        return new Measured(finish(p) == 0 ? ms : -1, peak);
    }

    private static long peakKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has ended, or this is no Linux
        }
        return -1;
    }

    private static int finish(Process p) {
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
