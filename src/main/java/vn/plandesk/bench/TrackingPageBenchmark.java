package vn.plandesk.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.Messages;
import vn.plandesk.service.PlanService;
import vn.plandesk.service.Settings;
import vn.plandesk.service.SyntheticPlan;
import vn.plandesk.service.edit.PlanEditors;
import vn.plandesk.service.tracking.TrackingService;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.TrackingRepository;
import vn.plandesk.ui.TrackingViewModel;
import vn.plandesk.ui.WindowContext;

/**
 * The tracking page as the window opens it, on a generated plan of 13,000 tasks with an entry for every task in each
 * of the 24 quarters: its view model made on the open plan until its table's items are there (the quarter's entries
 * read off the FX thread, each task's status, the counts, the window's statuses, the rows under their groups), a
 * switch of period until the rows are given anew, and a filter by status. Medians of several runs, each opening with a
 * service that has read nothing. Needs JavaFX (a display, or a virtual one). Run:
 * {@code plandesk bench-tracking-page [--tasks N] [--runs R]}.
 */
final class TrackingPageBenchmark {
    private final PrintStream out;

    TrackingPageBenchmark(PrintStream out) {
        this.out = out;
    }

    int run(int taskCount, int runs) throws Exception {
        try {
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.get(20, TimeUnit.SECONDS);
        } catch (UnsupportedOperationException | IllegalStateException e) {
            throw new PlanDeskException(e, "bench.trackingPage.noDisplay");
        }
        Path dir = Files.createTempDirectory("plandesk-bench-tracking-page");
        try (Database db = Database.open(dir.resolve("store"))) {
            PlanRepository plans = new PlanRepository(db);
            TrackingRepository repo = new TrackingRepository(db);
            long id = plans.insert(SyntheticPlan.generate(taskCount, 57L));
            Plan plan = plans.load(id).orElseThrow();
            List<Period> quarters = Period.allQuarters();
            TrackingBenchmark.fill(repo, plan, quarters);
            out.println(Messages.get("bench.trackingPage.header", plan.taskCount(), quarters.size(), runs));

            // each run a window's state of its own, with a tracking service that has read nothing: the page as
            // the officer opens it after starting the program; the run's state is let go before the next
            List<Double> open = new ArrayList<>();
            List<Double> ahead = new ArrayList<>();
            List<Double> first = new ArrayList<>();
            List<Double> again = new ArrayList<>();
            Period[] cycle = {Period.parse("2027-Q3"), Period.parse("2028-H1"), Period.parse("2029"),
                    Period.parse("2026-Q1")};
            TrackingViewModel page = null;
            int rows = 0;
            for (int i = 0; i < runs + 2; i++) {
                boolean counted = i >= 2;
                WindowContext context = fx(() -> new WindowContext(null, new PlanService(plans),
                        new PlanEditors(plans), new Settings(dir)));
                fx(() -> {
                    context.openPlan(id);
                    return null;
                });
                waitFor(() -> fx(() -> context.plan() != null && context.background().idleProperty().get()));
                TrackingService fresh = new TrackingService(repo);
                CompletableFuture<Long> shown = new CompletableFuture<>();
                long t0 = System.nanoTime();
                TrackingViewModel m = fx(() -> {
                    TrackingViewModel made = new TrackingViewModel(context, fresh, null);
                    made.shownVersion().addListener((o, old, v) -> shown.complete(System.nanoTime()));
                    return made;
                });
                long t1 = shown.get(60, TimeUnit.SECONDS);
                rows = fx(m.rows()::size);
                // the rest of the history is read ahead in the background while the page is in use
                waitFor(() -> fx(() -> context.background().idleProperty().get()));
                long t2 = System.nanoTime();
                for (List<Double> times : List.of(first, again)) {
                    for (Period p : cycle) {
                        double t = switchTo(m, p);
                        if (counted) {
                            times.add(t);
                        }
                    }
                }
                if (counted) {
                    open.add(TrackingBenchmark.ms(t1 - t0));
                    ahead.add(TrackingBenchmark.ms(t2 - t1));
                }
                fx(() -> {
                    context.background().close();
                    return null;
                });
                page = m;
            }
            out.println(Messages.get("bench.trackingPage.open", TrackingBenchmark.fmt(TrackingBenchmark.median(open)),
                    rows));
            out.println(Messages.get("bench.trackingPage.ahead", TrackingBenchmark.fmt(
                    TrackingBenchmark.median(ahead) / 1000)));
            out.println(Messages.get("bench.trackingPage.switch",
                    TrackingBenchmark.fmt(TrackingBenchmark.median(first)),
                    TrackingBenchmark.fmt(TrackingBenchmark.median(again))));

            TrackingViewModel m = page;
            for (ProgressStatus s : List.of(ProgressStatus.DONE, ProgressStatus.WAITING, ProgressStatus.BEHIND)) {
                List<Double> times = new ArrayList<>();
                int[] found = new int[1];
                for (int i = 0; i < runs + 5; i++) {
                    double t = fx(() -> {
                        long t0 = System.nanoTime();
                        m.statusFilter().set(s);
                        long t1 = System.nanoTime();
                        found[0] = (int) m.rows().stream().filter(r -> !r.heading()).count();
                        m.statusFilter().set(null);
                        return TrackingBenchmark.ms(t1 - t0);
                    });
                    if (i >= 5) {
                        times.add(t);
                    }
                }
                out.println(Messages.get("bench.trackingPage.filter", Messages.get(s.key()),
                        TrackingBenchmark.fmt(TrackingBenchmark.median(times)),
                        found[0]));
            }
        } finally {
            Platform.exit();
            TrackingBenchmark.deleteQuietly(dir);
        }
        return 0;
    }

    /** Chooses a period and waits until the page gives its rows anew. */
    private static double switchTo(TrackingViewModel m, Period p) throws Exception {
        CompletableFuture<Long> shown = new CompletableFuture<>();
        javafx.beans.InvalidationListener done = o -> shown.complete(System.nanoTime());
        long t0 = fx(() -> {
            m.shownVersion().addListener(done);
            long t = System.nanoTime();
            m.period().set(p);
            return t;
        });
        long t1 = shown.get(60, TimeUnit.SECONDS);
        fx(() -> {
            m.shownVersion().removeListener(done);
            return null;
        });
        return TrackingBenchmark.ms(t1 - t0);
    }

    /** Runs on the FX thread and returns its result. */
    private static <T> T fx(Callable<T> job) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(job.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private interface Check {
        boolean done() throws Exception;
    }

    private static void waitFor(Check check) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!check.done()) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("the page did not open within a minute");
            }
            Thread.onSpinWait();
            fx(() -> null);
        }
    }
}
