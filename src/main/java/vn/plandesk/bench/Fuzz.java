package vn.plandesk.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import vn.plandesk.app.cli.Cli;

/**
 * Mutates the exchange (JSON) and Excel exports of the bundled sample plans and imports each mutant through the
 * command line, in this process, into a scratch store. Reports crashes (a failure that is not the officer's one
 * sentence: "unexpected" or more than one line), stack traces written to stderr, hangs over 10 s, the peak heap, and
 * refused files after which the store's plans were not as before.
 */
final class Fuzz {
    private static final long HANG_SECONDS = 10;
    private final PrintStream out;

    Fuzz(PrintStream out) {
        this.out = out;
    }

    private record Result(int code, String out, String err) {
    }

    private static final class Tally {
        int accepted;
        int refused;
        int crashes;
        int traces;
        int hangs;
        int storeChanged;
        long slowestMs;
        final List<String> examples = new ArrayList<>();

        void example(String s) {
            if (examples.size() < 12) {
                examples.add(s);
            }
        }
    }

    int run(int count, long seed) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("plandesk-fuzz-");
        Path store = scratch.resolve("store");
        List<byte[]> jsons = new ArrayList<>();
        List<byte[]> workbooks = new ArrayList<>();
        String plans = cli(store, "plans").out();
        int samples = (int) plans.lines().count();
        for (int id = 1; id <= samples; id++) {
            Path json = scratch.resolve("sample-" + id + ".json");
            Path xlsx = scratch.resolve("sample-" + id + ".xlsx");
            cli(store, "export-json", String.valueOf(id), "--out", json.toString());
            cli(store, "export-xlsx", String.valueOf(id), "--out", xlsx.toString());
            jsons.add(Files.readAllBytes(json));
            workbooks.add(Files.readAllBytes(xlsx));
        }
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        Random random = new Random(seed);
        out.printf("fuzz: seed %d, %d mutants of the %d samples' JSON and of their Excel exports, max heap %d MB%n",
                seed, count, samples, Runtime.getRuntime().maxMemory() >> 20);
        // what a library prints to the process's stderr itself, past the command's own error stream
        PrintStream realErr = System.err;
        ByteArrayOutputStream strayErr = new ByteArrayOutputStream();
        System.setErr(new PrintStream(strayErr, true, StandardCharsets.UTF_8));
        try {
            return fuzz(count, random, samples, jsons, workbooks, scratch, store, strayErr);
        } finally {
            System.setErr(realErr);
        }
    }

    private int fuzz(int count, Random random, int samples, List<byte[]> jsons, List<byte[]> workbooks, Path scratch,
                     Path firstStore, ByteArrayOutputStream strayErr) throws IOException, InterruptedException {
        Path store = firstStore;
        Tally json = new Tally();
        Tally excel = new Tally();
        ExecutorService worker = Executors.newSingleThreadExecutor(daemon());
        int storeNumber = 0;
        for (int i = 0; i < count; i++) {
            for (boolean isJson : new boolean[] {true, false}) {
                Tally t = isJson ? json : excel;
                byte[] base = (isJson ? jsons : workbooks).get(random.nextInt(samples));
                byte[] mutant = isJson ? mutateText(base, random) : mutateWorkbook(base, random);
                Path file = scratch.resolve("mutant" + (isJson ? ".json" : ".xlsx"));
                Files.write(file, mutant);
                String before = cli(store, "plans").out();
                long start = System.nanoTime();
                Path db = store;
                Future<Result> run = worker.submit(() -> cli(db, isJson ? "import-json" : "import-xlsx",
                        file.toString()));
                Result r;
                try {
                    r = run.get(HANG_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    t.hangs++;
                    t.example("hang: mutant " + i + (isJson ? " (JSON)" : " (Excel)"));
                    Files.copy(file, scratch.resolve("hang-" + i + (isJson ? ".json" : ".xlsx")));
                    run.cancel(true);
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor(daemon());
                    // the hung import may still hold the store: go on with a new one
                    store = scratch.resolve("store-" + ++storeNumber);
                    continue;
                } catch (java.util.concurrent.ExecutionException e) {
                    t.crashes++;
                    t.example("crash: " + e.getCause());
                    continue;
                }
                t.slowestMs = Math.max(t.slowestMs, (System.nanoTime() - start) / 1_000_000);
                String stray = strayErr.toString(StandardCharsets.UTF_8);
                strayErr.reset();
                if (r.err().contains("\tat ") || stray.contains("\tat ")) {
                    t.traces++;
                    t.example("stack trace: " + r.err().lines().findFirst().orElse(""));
                }
                if (r.code() == Cli.OK) {
                    t.accepted++;
                    continue;
                }
                t.refused++;
                String err = r.err().strip();
                if (err.lines().count() != 1 || err.contains("Exception") || err.contains("Error")) {
                    t.crashes++;
                    t.example("crash: " + err.lines().findFirst().orElse("(nothing on stderr)"));
                    Files.copy(file, scratch.resolve("crash-" + i + (isJson ? ".json" : ".xlsx")));
                }
                if (!cli(store, "plans").out().equals(before)) {
                    t.storeChanged++;
                    t.example("store changed after a refusal: " + err);
                }
            }
            if ((i + 1) % 100 == 0) {
                out.printf("  after %d: JSON %d refused, %d accepted; Excel %d refused, %d accepted%n", i + 1,
                        json.refused, json.accepted, excel.refused, excel.accepted);
            }
        }
        worker.shutdownNow();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        report("JSON", json);
        report("Excel", excel);
        out.printf("fuzz: peak heap %d MB (the pools' peaks added); mutants that failed are kept in %s%n",
                peak >> 20, scratch);
        return json.crashes + json.hangs + json.storeChanged + excel.crashes + excel.hangs + excel.storeChanged
                + json.traces + excel.traces == 0 ? Cli.OK : Cli.FAILED;
    }

    private void report(String kind, Tally t) {
        out.printf("fuzz %s: %d refused in one sentence, %d accepted; crashes %d, stack traces on stderr %d, hangs over "
                + "%d s %d, store changed after a refusal %d; slowest %d ms%n", kind, t.refused - t.crashes,
                t.accepted, t.crashes, t.traces, HANG_SECONDS, t.hangs, t.storeChanged, t.slowestMs);
        t.examples.forEach(e -> out.println("  " + e));
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        };
    }

    /** One command line run in this process, its output and errors kept apart from the fuzz's own. */
    private static Result cli(Path store, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = store.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = new Cli(o, e).run(all);
        return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    /** A byte-level change of a file: flipped bits, a span cut out, doubled or replaced, or the file cut short. */
    static byte[] mutateBytes(byte[] in, Random random) {
        byte[] b = in.clone();
        int at = random.nextInt(Math.max(1, b.length));
        switch (random.nextInt(5)) {
            case 0 -> {
                for (int k = 1 + random.nextInt(8); k > 0; k--) {
                    int p = random.nextInt(b.length);
                    b[p] ^= (byte) (1 << random.nextInt(8));
                }
                return b;
            }
            case 1 -> {
                int len = Math.min(b.length - at, 1 + random.nextInt(200));
                return concat(slice(b, 0, at), slice(b, at + len, b.length));
            }
            case 2 -> {
                int len = Math.min(b.length - at, 1 + random.nextInt(2000));
                return concat(slice(b, 0, at + len), slice(b, at, b.length));
            }
            case 3 -> {
                byte[] noise = new byte[1 + random.nextInt(64)];
                random.nextBytes(noise);
                return concat(concat(slice(b, 0, at), noise), slice(b, at, b.length));
            }
            default -> {
                return slice(b, 0, at);
            }
        }
    }

    /** A change of a text file that keeps most of it readable: the byte changes, and hostile values put in. */
    static byte[] mutateText(byte[] in, Random random) {
        if (random.nextInt(3) == 0) {
            return mutateBytes(in, random);
        }
        String s = new String(in, StandardCharsets.UTF_8);
        int at = random.nextInt(Math.max(1, s.length()));
        String insert = switch (random.nextInt(8)) {
            case 0 -> "[".repeat(600) + "]".repeat(600);
            case 1 -> "99999999999999999999999";
            case 2 -> "\u0000";
            case 3 -> "x".repeat(200_000);
            case 4 -> "\"number\":\"" + "9".repeat(80) + "\",";
            case 5 -> "\"groups\":[],";
            case 6 -> "null";
            default -> "\uD800";
        };
        return (s.substring(0, at) + insert + s.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    /** A workbook with one of its entries changed as text (most often), or the zip itself damaged. */
    static byte[] mutateWorkbook(byte[] in, Random random) throws IOException {
        if (random.nextInt(4) == 0) {
            return mutateBytes(in, random);
        }
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(in))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                contents.add(zip.readAllBytes());
            }
        }
        int pick = random.nextInt(names.size());
        for (int k = 0; k < names.size(); k++) {
            if (names.get(k).contains("sheet") || names.get(k).contains("sharedStrings")) {
                pick = random.nextInt(2) == 0 ? k : pick;
            }
        }
        contents.set(pick, mutateText(contents.get(pick), random));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int k = 0; k < names.size(); k++) {
                zip.putNextEntry(new ZipEntry(names.get(k)));
                zip.write(contents.get(k));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, Math.min(from, b.length), Math.min(Math.max(from, to), b.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
