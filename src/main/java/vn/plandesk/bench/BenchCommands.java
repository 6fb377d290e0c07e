package vn.plandesk.bench;

import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.plandesk.app.cli.Cli;
import vn.plandesk.app.cli.Commands;

/**
 * The benchmark commands. The CLI does not see this room (some benchmarks start JavaFX): the family registers itself
 * through {@code META-INF/services/vn.plandesk.app.cli.Commands}.
 */
public final class BenchCommands extends Commands {
    @Command(name = "bench-timeline")
    int benchTimeline(@Option(names = "--fx", descriptionKey = "cli.option.fx") boolean fx) throws Exception {
        TimelineBench.run(out, fx, 150, 13_000);
        return Cli.OK;
    }

    @Command(name = "bench-pdf")
    int benchPdf() throws IOException {
        return new PdfBenchmark(out).run();
    }

    @Command(name = "bench-import")
    int benchImport(@Option(names = "--runs", paramLabel = "R", descriptionKey = "cli.option.runs") String runs) {
        return new ImportBenchmark(out).run(positive("--runs", runs, 3));
    }

    @Command(name = "bench-ui")
    int benchUi(@Option(names = "--tasks", paramLabel = "N", descriptionKey = "cli.option.benchTasks") String tasks,
                @Option(names = "--runs", paramLabel = "R", descriptionKey = "cli.option.runs") String runs)
            throws IOException {
        return new UiBenchmark(out).run(positive("--tasks", tasks, 13_000), positive("--runs", runs, 11));
    }

    @Command(name = "bench-edit")
    int benchEdit(@Option(names = "--tasks", paramLabel = "N", descriptionKey = "cli.option.benchTasks") String tasks,
                  @Option(names = "--runs", paramLabel = "R", descriptionKey = "cli.option.runs") String runs)
            throws IOException {
        return new EditBenchmark(out).run(positive("--tasks", tasks, 13_000), positive("--runs", runs, 7));
    }

    @Command(name = "bench-start")
    int benchStart(@Option(names = "--tasks", paramLabel = "N", descriptionKey = "cli.option.benchTasks") String tasks,
                   @Option(names = "--runs", paramLabel = "R", descriptionKey = "cli.option.runs") String runs,
                   @Option(names = "--big-runs", paramLabel = "R", descriptionKey = "cli.option.bigRuns")
                   String bigRuns,
                   @Option(names = "--launcher", paramLabel = "FILE", descriptionKey = "cli.option.launcher")
                   java.util.List<String> launchers,
                   @Option(names = "--no-window", descriptionKey = "cli.option.noWindow") boolean noWindow)
            throws IOException {
        int r = positive("--runs", runs, 5);
        return new StartBenchmark(out, launchers).run(positive("--tasks", tasks, 13_000), r,
                positive("--big-runs", bigRuns, r), !noWindow);
    }

    @Command(name = "bench-tracking")
    int benchTracking(@Option(names = "--tasks", paramLabel = "N", descriptionKey = "cli.option.benchTasks")
                      String tasks,
                      @Option(names = "--runs", paramLabel = "R", descriptionKey = "cli.option.runs") String runs)
            throws IOException {
        return new TrackingBenchmark(out).run(positive("--tasks", tasks, 13_000), positive("--runs", runs, 7));
    }

    @Command(name = "bench-report")
    int benchReport(@Option(names = "--tasks", paramLabel = "N", descriptionKey = "cli.option.benchTasks") String tasks,
                    @Option(names = "--runs", paramLabel = "R", descriptionKey = "cli.option.runs") String runs)
            throws IOException {
        return new ReportBenchmark(out).run(positive("--tasks", tasks, 13_000), positive("--runs", runs, 7));
    }

    @Command(name = "bench-tracking-page")
    int benchTrackingPage(@Option(names = "--tasks", paramLabel = "N", descriptionKey = "cli.option.benchTasks")
                          String tasks,
                          @Option(names = "--runs", paramLabel = "R", descriptionKey = "cli.option.runs") String runs)
            throws Exception {
        return new TrackingPageBenchmark(out).run(positive("--tasks", tasks, 13_000), positive("--runs", runs, 7));
    }

    @Command(name = "fuzz")
    int fuzz(@Option(names = "--count", paramLabel = "N", descriptionKey = "cli.option.mutants") String count,
             @Option(names = "--seed", paramLabel = "S", descriptionKey = "cli.option.seed") String seed)
            throws IOException {
        try {
            return new Fuzz(out).run(positive("--count", count, 1000), positive("--seed", seed, 15));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Cli.FAILED;
        }
    }

    @Command(name = "kill-loop")
    int killLoop(@Option(names = "--count", paramLabel = "N", descriptionKey = "cli.option.count") String count,
                 @Option(names = "--tasks", paramLabel = "T", descriptionKey = "cli.option.benchTasks") String tasks,
                 @Option(names = "--seed", paramLabel = "S", descriptionKey = "cli.option.seed") String seed)
            throws IOException {
        try {
            return new KillLoop(out).run(positive("--count", count, 200), positive("--tasks", tasks, 13_000),
                    positive("--seed", seed, 15));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Cli.FAILED;
        }
    }
}
