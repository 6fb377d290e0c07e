package vn.plandesk.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.plandesk.app.Services;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.service.Messages;
import vn.plandesk.service.SyntheticPlan;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.edit.TaskFields;
import vn.plandesk.service.search.PlanIndex;
import vn.plandesk.service.search.TaskQuery;

/**
 * {@code bench-ui}: what the window waits for on a big plan. A generated plan goes into a temporary store; the command
 * times opening it (reading it from the store and building the search index, as the window does) and applying search
 * and filters to it, and prints the median of several runs.
 */
final class UiBenchmark {
    private final PrintStream out;

    UiBenchmark(PrintStream out) {
        this.out = out;
    }

    int run(int tasks, int runs) throws IOException {
        Path dir = Files.createTempDirectory("plandesk-bench");
        try (Services s = Services.open(dir)) {
            long id = s.plans().add(SyntheticPlan.generate(tasks, 57L));
            out.println(Messages.get("bench.header", tasks, runs));
            List<Double> read = new ArrayList<>();
            List<Double> index = new ArrayList<>();
            List<Double> open = new ArrayList<>();
            Plan plan = null;
            PlanIndex idx = null;
            for (int i = 0; i < runs + 2; i++) { // two runs to warm up, not counted
                long t0 = System.nanoTime();
                plan = s.plans().get(id);
                long t1 = System.nanoTime();
                idx = PlanIndex.of(plan);
                long t2 = System.nanoTime();
                if (i >= 2) {
                    read.add(ms(t1 - t0));
                    index.add(ms(t2 - t1));
                    open.add(ms(t2 - t0));
                }
            }
            out.println(Messages.get("bench.open", fmt(median(open))));
            out.println(Messages.get("bench.openParts", fmt(median(read)), fmt(median(index))));
            List<TaskQuery> queries = List.of(
                    TaskQuery.text("chuyen doi so"),
                    new TaskQuery("", "Phòng Văn hóa - Xã hội", null, null, null, false, false),
                    new TaskQuery("", "", null, 2026, 2, false, false),
                    new TaskQuery("", "", null, null, null, true, true),
                    new TaskQuery("chuyen doi so", "Phòng Văn hóa - Xã hội", null, 2026, null, false, false));
            for (TaskQuery q : queries) {
                List<Double> times = new ArrayList<>();
                int found = 0;
                for (int i = 0; i < runs + 5; i++) {
                    long t0 = System.nanoTime();
                    found = idx.ids(q).size();
                    long t1 = System.nanoTime();
                    if (i >= 5) {
                        times.add(ms(t1 - t0));
                    }
                }
                out.println(Messages.get("bench.filter", describe(q), fmt(median(times)), found));
            }
            // one field edit on the big plan: the difference written in one transaction, then the index brought up to
            // date the way the window does it (only the changed task folded again), against a full rebuild
            PlanEditor editor = s.editors().open(id);
            PlanTask first = editor.plan().groups().get(0).tasks().get(0);
            PlanIndex current = PlanIndex.of(editor.plan());
            List<Double> edits = new ArrayList<>();
            List<Double> updates = new ArrayList<>();
            List<Double> rebuilds = new ArrayList<>();
            for (int i = 0; i < runs + 2; i++) {
                String name = first.name() + " " + i;
                long t0 = System.nanoTime();
                editor.updateTask(first.id(), "edit.name", t -> TaskFields.name(t, name));
                long t1 = System.nanoTime();
                PlanIndex next = current.updated(editor.plan());
                long t2 = System.nanoTime();
                PlanIndex.of(editor.plan());
                long t3 = System.nanoTime();
                current = next;
                if (i >= 2) {
                    edits.add(ms(t2 - t0));
                    updates.add(ms(t2 - t1));
                    rebuilds.add(ms(t3 - t2));
                }
            }
            out.println(Messages.get("bench.edit", fmt(median(edits))));
            out.println(Messages.get("bench.reindex", fmt(median(updates)), current.refolded(), fmt(median(rebuilds))));
            // a move renumbers the group: every renumbered task is folded again
            List<Double> moves = new ArrayList<>();
            int refoldedByMove = 0;
            for (int i = 0; i < runs + 2; i++) {
                editor.moveBy(first.id(), i % 2 == 0 ? 1 : -1);
                long t0 = System.nanoTime();
                PlanIndex next = current.updated(editor.plan());
                long t1 = System.nanoTime();
                current = next;
                refoldedByMove = next.refolded();
                if (i >= 2) {
                    moves.add(ms(t1 - t0));
                }
            }
            out.println(Messages.get("bench.reindexMove", fmt(median(moves)), refoldedByMove));
        } finally {
            deleteTree(dir);
        }
        return 0;
    }

    private static String describe(TaskQuery q) {
        List<String> parts = new ArrayList<>();
        if (!q.text().isEmpty()) {
            parts.add(q.text());
        }
        if (!q.unit().isEmpty()) {
            parts.add(q.unit());
        }
        if (q.year() != null) {
            parts.add(String.valueOf(q.year()));
        }
        if (q.quarter() != null) {
            parts.add("Q" + q.quarter());
        }
        if (q.overdue()) {
            parts.add(Messages.get("filter.overdue"));
        }
        if (q.flagged()) {
            parts.add(Messages.get("filter.flagged"));
        }
        return String.join(" + ", parts);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    static String fmt(double ms) {
        return String.format(java.util.Locale.ROOT, "%.1f", ms);
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
