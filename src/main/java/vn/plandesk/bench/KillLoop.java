package vn.plandesk.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import vn.plandesk.app.Launcher;
import vn.plandesk.app.Services;
import vn.plandesk.app.cli.Cli;
import vn.plandesk.app.cli.UsageException;
import vn.plandesk.io.json.PlanJson;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.service.SyntheticPlan;

/**
 * Kills command-line runs with SIGKILL at random moments and checks the store after each kill: every plan committed
 * before is byte-identical in export-json, a plan the killed run was writing is either absent or whole (the task count
 * of an uninterrupted run), and the store opens and reads without waiting for a lock. The runs are large imports,
 * derives of a ward plan, edits (an Excel appendix applied into a stored plan) and restores of a backup.
 */
final class KillLoop {
    private final PrintStream out;

    KillLoop(PrintStream out) {
        this.out = out;
    }

    private record Op(String name, List<String> args, long millis) {
    }

    int run(int count, int tasks, long seed) throws IOException, InterruptedException {
        if (count < 1 || tasks < 1 || tasks > 100_000) {
            throw new UsageException(vn.plandesk.service.Messages.get("cli.notANumber", "--count", count));
        }
        Path work = Files.createTempDirectory("plandesk-kill-loop");
        Path store = work.resolve("store");
        Path bigJson = work.resolve("big.json");
        Files.write(bigJson, new PlanJson().write(SyntheticPlan.generate(tasks, seed)));
        Path appendix = work.resolve("appendix.xlsx");
        Random random = new Random(seed);

        mustSucceed(List.of("samples"), store);
        mustSucceed(List.of("export-xlsx", "2", "--out", appendix.toString()), store);
        // a backup to restore: the rolling backups write them; here one made by hand from the store as it is
        Path backups = Files.createDirectories(store.resolve("backups"));
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(backups.resolve("plandesk-kill-loop.zip")))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("plandesk.mv.db"));
            zip.write(Files.readAllBytes(store.resolve("plandesk.mv.db")));
        }
        List<Op> ops = new ArrayList<>();
        for (List<String> args : List.of(
                List.of("import-json", bigJson.toString()),
                List.of("derive", "2", "--ward", "phường Chơn Thành", "--all"),
                List.of("import-xlsx", appendix.toString(), "--into", "3"),
                List.of("restore-backup"))) {
            long t0 = System.nanoTime();
            mustSucceed(args, store);
            ops.add(new Op(args.get(0), args, (System.nanoTime() - t0) / 1_000_000));
        }
        Map<String, Integer> wholeTasks = new HashMap<>();
        out.printf("kill-loop: %d kills, generated plan of %d tasks; uninterrupted runs: %s%n", count, tasks,
                ops.stream().map(o -> o.name() + " " + o.millis() + " ms").toList());

        int killed = 0;
        int changed = 0;
        int halfWritten = 0;
        int finishedBeforeKill = 0;
        long slowestOpen = 0;
        for (int i = 0; i < count; i++) {
            Map<Long, byte[]> before = snapshot(store);
            Op op = ops.get(random.nextInt(ops.size()));
            Process p = start(op.args(), store);
            Thread.sleep(random.nextInt((int) Math.max(1, op.millis() + 200)));
            boolean alive = p.isAlive();
            p.destroyForcibly(); // SIGKILL on Linux and macOS
            p.waitFor(30, TimeUnit.SECONDS);
            if (alive) {
                killed++;
            } else {
                finishedBeforeKill++;
            }
            long t0 = System.nanoTime();
            Map<Long, byte[]> after = snapshot(store);
            slowestOpen = Math.max(slowestOpen, (System.nanoTime() - t0) / 1_000_000);
            boolean storeReplaced = op.name().equals("restore-backup");
            for (Map.Entry<Long, byte[]> e : before.entrySet()) {
                byte[] now = after.get(e.getKey());
                boolean editedPlan = op.name().equals("import-xlsx") && e.getKey() == 3;
                if (!storeReplaced && !editedPlan && (now == null || !Arrays.equals(now, e.getValue()))) {
                    changed++;
                    out.printf("  kill %d (%s): plan %d changed%n", i, op.name(), e.getKey());
                }
            }
            for (PlanSummary s : summaries(store)) {
                if (!before.containsKey(s.id()) && !storeReplaced) {
                    String key = op.name();
                    Integer whole = wholeTasks.get(key);
                    if (whole == null) {
                        wholeTasks.put(key, s.tasks());
                    } else if (whole != s.tasks()) {
                        halfWritten++;
                        out.printf("  kill %d (%s): plan %d has %d tasks, whole is %d%n", i, key, s.id(), s.tasks(), whole);
                    }
                }
            }
            if ((i + 1) % 10 == 0) {
                out.printf("  after %d: %d killed mid-way, %d finished first, %d changed, %d half written, slowest "
                        + "reopen %d ms%n", i + 1, killed, finishedBeforeKill, changed, halfWritten, slowestOpen);
            }
            if (after.size() > 12) { // keep the store small: drop what the runs added beyond the samples
                mustSucceed(List.of("restore-backup"), store);
            }
        }
        out.printf("kill-loop: %d runs killed mid-way, %d had finished; committed plans changed: %d; plans half "
                + "written: %d; slowest reopen and export of every plan after a kill: %d ms%n",
                killed, finishedBeforeKill, changed, halfWritten, slowestOpen);
        return changed == 0 && halfWritten == 0 ? Cli.OK : Cli.FAILED;
    }

    /** Every plan of the store in export-json, read in this process as the next start would. */
    private static Map<Long, byte[]> snapshot(Path store) {
        Map<Long, byte[]> plans = new HashMap<>();
        try (Services s = Services.open(store)) {
            for (PlanSummary p : s.plans().list()) {
                plans.put(p.id(), s.plans().exportJson(p.id()));
            }
        }
        return plans;
    }

    private static List<PlanSummary> summaries(Path store) {
        try (Services s = Services.open(store)) {
            return s.plans().list();
        }
    }

    private static Process start(List<String> args, Path store) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Launcher.class.getName());
        command.add("--db");
        command.add(store.toString());
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void mustSucceed(List<String> args, Path store) throws IOException, InterruptedException {
        Process p = start(args, store);
        if (p.waitFor() != 0) {
            throw new IOException("kill-loop: " + args + " failed with exit " + p.exitValue());
        }
    }
}
