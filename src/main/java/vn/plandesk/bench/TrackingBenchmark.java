package vn.plandesk.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.Messages;
import vn.plandesk.service.SyntheticPlan;
import vn.plandesk.service.tracking.StatusCounts;
import vn.plandesk.service.tracking.TaskStatus;
import vn.plandesk.service.tracking.TrackingService;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.TrackingRepository;

/**
 * What the tracking view will wait for on a big store: a generated plan of 13,000 tasks with an entry for every task
 * in each of the 24 quarters of 2025–2030, in a temporary store. Prints the median of several runs of opening the
 * view on a quarter (reading that quarter's entries and giving each task its status), switching period (the first
 * visit reads the period's quarters; going back reads nothing), counting per status, group and unit, and filtering
 * by status. Run: {@code plandesk bench-tracking [--tasks N] [--runs R]}.
 */
public final class TrackingBenchmark {
    private final PrintStream out;

    TrackingBenchmark(PrintStream out) {
        this.out = out;
    }

    int run(int taskCount, int runs) throws IOException {
        Path dir = Files.createTempDirectory("plandesk-bench-tracking");
        try (Database db = Database.open(dir)) {
            PlanRepository plans = new PlanRepository(db);
            TrackingRepository repo = new TrackingRepository(db);
            long id = plans.insert(SyntheticPlan.generate(taskCount, 57L));
            Plan plan = plans.load(id).orElseThrow();
            List<Period> quarters = Period.allQuarters();
            long w0 = System.nanoTime();
            fill(repo, plan, quarters);
            out.println(Messages.get("bench.tracking.header", plan.taskCount(), quarters.size(),
                    plan.taskCount() * quarters.size(), fmt(ms(System.nanoTime() - w0) / 1000), runs));

            Period q1 = Period.parse("2026-Q1");
            List<Double> open = new ArrayList<>();
            List<TaskStatus> rows = null;
            for (int i = 0; i < runs + 2; i++) {
                TrackingService fresh = new TrackingService(repo);
                long t0 = System.nanoTime();
                rows = fresh.entries(plan, q1);
                long t1 = System.nanoTime();
                if (i >= 2) {
                    open.add(ms(t1 - t0));
                }
            }
            out.println(Messages.get("bench.tracking.open", fmt(median(open))));

            // each run a fresh service: the first visit of a period reads its quarters from the store
            Period[] cycle = {Period.parse("2027-Q3"), Period.parse("2028-H1"), Period.parse("2029"), q1};
            List<Double> firstVisit = new ArrayList<>();
            List<Double> again = new ArrayList<>();
            List<Double> counting = new ArrayList<>();
            TrackingService tracking = null;
            for (int i = 0; i < runs + 1; i++) {
                tracking = new TrackingService(repo);
                tracking.entries(plan, q1);
                for (Period p : cycle) {
                    long t0 = System.nanoTime();
                    tracking.entries(plan, p);
                    long t1 = System.nanoTime();
                    rows = tracking.entries(plan, p);
                    long t2 = System.nanoTime();
                    StatusCounts c = TrackingService.counts(rows);
                    long t3 = System.nanoTime();
                    if (i >= 1 && c.total().size() > 0) {
                        firstVisit.add(ms(t1 - t0));
                        again.add(ms(t2 - t1));
                        counting.add(ms(t3 - t2));
                    }
                }
            }
            out.println(Messages.get("bench.tracking.switch", fmt(median(firstVisit)), fmt(median(again))));
            out.println(Messages.get("bench.tracking.counts", fmt(median(counting))));

            rows = tracking.entries(plan, q1);
            for (Set<ProgressStatus> filter : List.of(Set.of(ProgressStatus.DONE),
                    Set.of(ProgressStatus.BEHIND, ProgressStatus.NOT_STARTED), Set.of(ProgressStatus.WAITING))) {
                List<Double> times = new ArrayList<>();
                int found = 0;
                for (int i = 0; i < runs + 5; i++) {
                    long t0 = System.nanoTime();
                    found = TrackingService.withStatus(rows, filter).size();
                    long t1 = System.nanoTime();
                    if (i >= 5) {
                        times.add(ms(t1 - t0));
                    }
                }
                out.println(Messages.get("bench.tracking.filter", String.join(", ",
                        filter.stream().map(s -> Messages.get(s.key())).sorted().toList()), fmt(median(times)),
                        found));
            }
        } finally {
            deleteQuietly(dir);
        }
        return 0;
    }

    /** An entry for every task in every quarter, statuses drawn at random, written in batches of one transaction. */
    private static void fill(TrackingRepository repo, Plan plan, List<Period> quarters) {
        Random random = new Random(12);
        ProgressStatus[] statuses = ProgressStatus.values();
        List<ProgressEntry> batch = new ArrayList<>();
        for (PlanTask t : plan.allTasks()) {
            for (Period q : quarters) {
                ProgressStatus s = statuses[random.nextInt(statuses.length)];
                batch.add(new ProgressEntry(t.id(), q, s, "Kết quả quý " + q, null, "",
                        "", s == ProgressStatus.NOT_DONE ? "Tỉnh dừng triển khai" : "", "", List.of()));
            }
            if (batch.size() >= 20_000) {
                repo.putAll(plan.id(), batch);
                batch.clear();
            }
        }
        repo.putAll(plan.id(), batch);
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.isEmpty() ? 0 : s.get(s.size() / 2);
    }

    static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
