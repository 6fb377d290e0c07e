package vn.plandesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
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
    private static final String NAME = "%-66s";
    private static final String CELL = " %22s";
    private static final long WINDOW_TIMEOUT_S = 180;
    private final PrintStream out;
    /** The programs compared, each a command line; their runs are interleaved so that a changing load hits each alike. */
    private final List<List<String>> programs = new ArrayList<>();

    StartBenchmark(PrintStream out, List<String> launcherFiles) {
        this.out = out;
        if (launcherFiles == null || launcherFiles.isEmpty()) {
            List<String> self = new ArrayList<>();
            self.add(ProcessHandle.current().info().command().orElse("java"));
            self.addAll(jvmOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
            self.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
            programs.add(List.copyOf(self));
        } else {
            launcherFiles.forEach(f -> programs.add(List.of(f)));
        }
    }

    /**
     * The options this JVM was started with that its children get too, so that {@code java -XX:SharedArchiveFile=…
     * -XX:TieredStopAtLevel=1 -jar plandesk.jar bench-start} times the jar as it would run with them; what makes an
     * archive, a recording or a debugger session is left out.
     */
    static List<String> jvmOptions(List<String> inputArguments) {
        return inputArguments.stream().filter(o -> !o.startsWith("-XX:ArchiveClassesAtExit")
                && !o.startsWith("-XX:StartFlightRecording") && !o.startsWith("-agentlib")
                && !o.startsWith("-javaagent") && !o.startsWith("-Xrunjdwp")).toList();
    }

    int run(int bigTasks, int runs, int bigRuns, boolean windows) throws IOException {
        Path dir = Files.createTempDirectory("plandesk-bench-start");
        try {
            for (int i = 0; i < programs.size(); i++) {
                List<String> p = programs.get(i);
                out.println("program " + (i + 1) + ": " + (p.size() == 1 ? p.get(0)
                        : String.join(" ", p.subList(0, p.size() - 3)) + " -cp … " + Launcher.class.getSimpleName()));
            }
            out.println(loadAverage("before"));
            out.println("each cell: median wall time, and in brackets the median CPU time (user + system) of the"
                    + " process; " + runs + " runs (" + bigRuns + " of 13,000 tasks), whole process unless warm");
            out.printf(NAME, "figure");
            for (int i = 0; i < programs.size(); i++) {
                out.printf(CELL, "program " + (i + 1));
            }
            out.printf("   %s%n", "target");
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
                int[] fresh = {0};
                row("window: first start on an empty store until the samples are shown", runs, "≤ 2000 ms",
                        program -> window(program, dir.resolve("empty-" + fresh[0]++)));
                openLast(store, ward);
                row("window: start on the samples' store until the ward plan is editable", runs, "≤ 1000 ms",
                        program -> window(program, store));
                openLast(store, big);
                row("window: start on a store of " + bigTasks + " tasks until that plan is editable", runs, "",
                        program -> window(program, store));
            } else {
                out.printf(NAME + "   %s%n", "window figures",
                        windows ? "need a display (DISPLAY)" : "left out (--no-window)");
            }

            // the command line
            List<List<Measured>> pdf = row("export-pdf Chơn Thành appendix", runs, "≤ 350 ms",
                    program -> cli(program, List.of(), "--db", store.toString(), "export-pdf", String.valueOf(ward),
                            "--doc", "tasks", "--out", dir.resolve("ward.pdf").toString()));
            out.printf(NAME, "  its peak memory (resident)");
            for (List<Measured> m : pdf) {
                long kb = median(m.stream().map(Measured::peakKb).toList());
                out.printf(CELL, kb < 0 ? "-" : kb / 1024 + " MiB");
            }
            out.printf("   %s%n", "≤ 150 MiB");
            Plan wardPlan = new SampleLibrary().plan("chon-thanh-ward-plan.json");
            out.printf(NAME + CELL + "   %s%n", "export-pdf Chơn Thành appendix, warm in this JVM (median of 21)",
                    PdfBenchmark.median(PdfExportService.withoutStore(), wardPlan, 60, 21) + " ms", "≤ 30 ms");
            for (long[] g : generated) {
                row("export-pdf generated appendix, " + g[0] + " tasks", g[0] >= 13_000 ? bigRuns : runs,
                        g[0] == 4_000 ? "≤ 3000 ms, linear" : "linear",
                        program -> cli(program, List.of(), "--db", store.toString(), "export-pdf",
                                String.valueOf(g[1]), "--doc", "tasks", "--out", dir.resolve("gen.pdf").toString()));
            }
            row("export-pdf generated appendix, 13000 tasks, heap ≤ 128 MB", bigRuns, "≤ 6000 ms",
                    program -> cli(program, List.of("-Xmx128m"), "--db", store.toString(), "export-pdf",
                            String.valueOf(generated.get(2)[1]), "--doc", "tasks", "--out",
                            dir.resolve("gen.pdf").toString()));
            row("import-xlsx of the exported Chơn Thành workbook", runs, "≤ 800 ms",
                    program -> cli(program, List.of(), "--db", store.toString(), "import-xlsx",
                            dir.resolve("ward.xlsx").toString()));
            row("plans (open the store, list, quit)", runs, "",
                    program -> cli(program, List.of(), "--db", store.toString(), "plans"));
            out.println("-1 is a run that failed; CPU time is the figure a loaded machine distorts least");
            out.println(loadAverage("after"));
            return Cli.OK;
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The machine's load average (1, 5 and 15 minutes) as a line, printed before and after the figures: wall times on
     * a machine whose other work keeps more threads busy than it has cores are not worth comparing.
     */
    static String loadAverage(String when) {
        String load;
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            load = f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) { // no /proc: the JVM's one-minute figure, where it has one
            double one = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            load = one < 0 ? "unknown" : String.format(java.util.Locale.ROOT, "%.2f", one);
        }
        return "load average " + when + " (1, 5, 15 min): " + load + " on "
                + Runtime.getRuntime().availableProcessors() + " cores";
    }

    /** The plan the window opens at its next start. */
    private static void openLast(Path store, long id) {
        Settings settings = new Settings(store);
        settings.put("plan.last", id);
        settings.save();
    }

    @FunctionalInterface
    interface Run {
        Measured on(List<String> program) throws IOException;
    }

    /** Times a figure on every program, the runs interleaved, and prints a line of their medians. */
    List<List<Measured>> row(String name, int runs, String target, Run run) throws IOException {
        List<List<Measured>> all = new ArrayList<>();
        programs.forEach(p -> all.add(new ArrayList<>()));
        for (int i = 0; i < runs; i++) {
            for (int p = 0; p < programs.size(); p++) {
                all.get(p).add(run.on(programs.get(p)));
            }
        }
        out.printf(NAME, name);
        for (List<Measured> m : all) {
            out.printf(CELL, median(m.stream().map(Measured::ms).toList()) + " ms ("
                    + median(m.stream().map(Measured::cpuMs).toList()) + ")");
        }
        out.printf("   %s%n", target);
        return all;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        return sorted.get(sorted.size() / 2);
    }

    /** Wall and CPU time of a finished process (-1 when it failed), and its peak resident memory (-1 unknown). */
    record Measured(long ms, long cpuMs, long peakKb) {
    }

    /**
     * The window on a store until its plan can be edited: from starting the process until the window says so, on
     * this benchmark's own clock; -1 when it fails. (The figure the window prints counts from its JVM's start; an
     * older one counted from the process's start time as the system gives it, which is rounded to the second the
     * machine booted in, and came out up to a second long.)
     */
    private Measured window(List<String> program, Path store) throws IOException {
        long cpu0 = childrenCpuMs();
        List<String> command = new ArrayList<>(program);
        command.addAll(List.of("--db", store.toString(), Cli.EXIT_WHEN_EDITABLE));
        long started = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // a program that never reports (an older version without the option) is stopped, and the run counts as failed
        p.onExit().orTimeout(WINDOW_TIMEOUT_S, TimeUnit.SECONDS).exceptionally(e -> {
            p.destroy();
            return p;
        });
        long ms = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith(DesktopApp.READY_LINE) && ms < 0) {
                    ms = (System.nanoTime() - started) / 1_000_000;
                }
            }
        }
        boolean ok = finish(p) == 0;
        return new Measured(ok ? ms : -1, ok ? childrenCpuMs() - cpu0 : -1, -1);
    }

    /**
     * A command in a fresh process: wall time from start to exit and the peak resident memory (Linux; -1 elsewhere).
     * JVM options go through JAVA_TOOL_OPTIONS, which a packaged launcher passes on too.
     */
    Measured cli(List<String> program, List<String> jvmOptions, String... args) throws IOException {
        long cpu0 = childrenCpuMs();
        List<String> command = new ArrayList<>(program);
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
        boolean ok = finish(p) == 0;
        return new Measured(ok ? ms : -1, ok ? childrenCpuMs() - cpu0 : -1, peak);
    }

    /**
     * The CPU time (user + system) of this process's children that have ended and been waited for, from
     * /proc/self/stat (cutime and cstime, in the kernel's fixed 100 ticks a second); its growth over one run is that
     * run's CPU time, as only one child runs at a time. -1 where there is no /proc.
     */
    private static long childrenCpuMs() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command's name come field 3 (state) onwards: cutime is field 16, cstime field 17
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
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
