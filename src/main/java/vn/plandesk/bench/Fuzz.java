package vn.plandesk.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import vn.plandesk.app.cli.Cli;

/**
 * Mutates the exchange (JSON) and Excel exports of the bundled sample plans and imports each mutant through the
 * command line, in this process, into a scratch store of the samples only. Reports crashes (a failure that is not the
 * officer's one sentence: "unexpected" or more than one line), stack traces written to stderr, hangs (over 10 s of
 * the import's CPU time, or 120 s in all), the peak heap, refused files after which the store's plans were not as
 * before, and refusal sentences with words of a library or of English; the distinct sentences are kept in
 * refusals.txt for reading.
 */
final class Fuzz {
    private static final long HANG_SECONDS = 10;
    private static final long WALL_LIMIT_SECONDS = 120;
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
        Path pristine = scratch.resolve("store-samples");
        copyTree(store, pristine);
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
        long started = System.nanoTime();
        try {
            return fuzz(count, random, samples, jsons, workbooks, scratch, new Stores(pristine, plans), strayErr,
                    started);
        } finally {
            System.setErr(realErr);
        }
    }

    /**
     * The scratch stores: each mutant is imported into a store that holds the samples only, so that every import
     * costs the same (an accepted mutant's plan, and the backup taken before each import, would otherwise make each
     * import slower than the one before, until the run looked hung on a busy machine).
     */
    private static final class Stores {
        private final Path pristine;
        private final String plans;
        private int number;
        private Path current;

        Stores(Path pristine, String plans) {
            this.pristine = pristine;
            this.plans = plans;
        }

        /** A store of the samples only, new when the last one was changed or may still be held by a hung import. */
        Path fresh(boolean needNew) throws IOException {
            if (current == null || needNew) {
                current = pristine.resolveSibling("store-" + ++number);
                copyTree(pristine, current);
            }
            return current;
        }

        void drop() throws IOException {
            if (current != null) {
                deleteTree(current);
                current = null;
            }
        }
    }

    private int fuzz(int count, Random random, int samples, List<byte[]> jsons, List<byte[]> workbooks, Path scratch,
                     Stores stores, ByteArrayOutputStream strayErr, long started)
            throws IOException, InterruptedException {
        Tally json = new Tally();
        Tally excel = new Tally();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AtomicReference<Thread> workerThread = new AtomicReference<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(daemon(workerThread));
        Set<String> sentences = new TreeSet<>();
        int leaks = 0;
        boolean needNew = true;
        for (int i = 0; i < count; i++) {
            for (boolean isJson : new boolean[] {true, false}) {
                Tally t = isJson ? json : excel;
                byte[] base = (isJson ? jsons : workbooks).get(random.nextInt(samples));
                byte[] mutant = isJson ? mutateText(base, random) : mutateWorkbook(base, random);
                Path file = scratch.resolve("mutant" + (isJson ? ".json" : ".xlsx"));
                Files.write(file, mutant);
                if (needNew) {
                    stores.drop();
                }
                Path db = stores.fresh(needNew);
                needNew = false;
                long start = System.nanoTime();
                Future<Result> run = worker.submit(() -> cli(db, isJson ? "import-json" : "import-xlsx",
                        file.toString()));
                Result r;
                try {
                    r = awaitImport(run, threads, workerThread.get());
                } catch (TimeoutException e) {
                    t.hangs++;
                    t.example("hang: mutant " + i + (isJson ? " (JSON)" : " (Excel)"));
                    Files.copy(file, scratch.resolve("hang-" + i + (isJson ? ".json" : ".xlsx")));
                    run.cancel(true);
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor(daemon(workerThread));
                    // the hung import may still hold the store: go on with a new one, and keep this one
                    stores.current = null;
                    needNew = true;
                    continue;
                } catch (java.util.concurrent.ExecutionException e) {
                    t.crashes++;
                    t.example("crash: " + e.getCause());
                    needNew = true;
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
                    needNew = true;
                    continue;
                }
                t.refused++;
                String err = r.err().strip();
                if (err.lines().count() != 1 || err.contains("Exception") || err.contains("Error")) {
                    t.crashes++;
                    t.example("crash: " + err.lines().findFirst().orElse("(nothing on stderr)"));
                    Files.copy(file, scratch.resolve("crash-" + i + (isJson ? ".json" : ".xlsx")),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                String sentence = err.replace(file.toString(), "FILE");
                if (sentences.add(sentence) && leaks(sentence)) {
                    leaks++;
                    t.example("not in the officer's words: " + sentence);
                    Files.copy(file, scratch.resolve("words-" + i + (isJson ? ".json" : ".xlsx")),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                if (!cli(db, "plans").out().equals(stores.plans)) {
                    t.storeChanged++;
                    t.example("store changed after a refusal: " + err);
                    needNew = true;
                }
            }
            if ((i + 1) % 100 == 0) {
                out.printf("  after %d (%d s): JSON %d refused, %d accepted; Excel %d refused, %d accepted%n", i + 1,
                        (System.nanoTime() - started) / 1_000_000_000L, json.refused, json.accepted, excel.refused,
                        excel.accepted);
            }
        }
        worker.shutdownNow();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        Files.write(scratch.resolve("refusals.txt"), sentences, StandardCharsets.UTF_8);
        report("JSON", json);
        report("Excel", excel);
        out.printf("fuzz: %d distinct refusal sentences (refusals.txt), %d of them with words of a library or of "
                + "English; %d s in all%n", sentences.size(), leaks, (System.nanoTime() - started) / 1_000_000_000L);
        out.printf("fuzz: peak heap %d MB (the pools' peaks added); mutants that failed are kept in %s%n",
                peak >> 20, scratch);
        return json.crashes + json.hangs + json.storeChanged + excel.crashes + excel.hangs + excel.storeChanged
                + json.traces + excel.traces + leaks == 0 ? Cli.OK : Cli.FAILED;
    }

    /**
     * The import's result. A hang is an import that used more than {@link #HANG_SECONDS} of its thread's CPU time, or
     * that did not end within {@link #WALL_LIMIT_SECONDS}: on a machine shared with other work a wall clock of 10 s
     * counts the others' time, and called sound imports hung.
     */
    private static Result awaitImport(Future<Result> run, ThreadMXBean threads, Thread thread)
            throws InterruptedException, java.util.concurrent.ExecutionException, TimeoutException {
        long wallEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(WALL_LIMIT_SECONDS);
        // the worker thread runs every import: its CPU time counts from this one's start
        long cpuStart = thread == null ? 0 : threads.getThreadCpuTime(thread.getId());
        while (true) {
            try {
                return run.get(1, TimeUnit.SECONDS);
            } catch (TimeoutException notYet) {
                long cpu = thread == null ? -1 : threads.getThreadCpuTime(thread.getId()) - cpuStart;
                if (cpu > TimeUnit.SECONDS.toNanos(HANG_SECONDS) || System.nanoTime() > wallEnd) {
                    throw notYet;
                }
            }
        }
    }

    /** Words of Java, of a library (Jackson, H2, POI) or of English in a sentence that should be Vietnamese. */
    static boolean leaks(String sentence) {
        String said = sentence.replaceAll("\\$[\\w.\\[\\]]*", "").replaceAll("\"[^\"]*\"", "");
        return LEAK.matcher(said).find();
    }

    private static final java.util.regex.Pattern LEAK = java.util.regex.Pattern.compile("(?i)\\b(cannot|deseriali"
            + "\\w*|coerc\\w*|exception|java|jackson|token|expected|must|value|column|varying|sql|poi|xml|null|error|"
            + "unexpected|invalid|failed|not|the|of|at|number|string|type|field|(?-i:[a-z]+_[a-z_]+))\\b|`|\\[\\d{5}-|\\w+\\.\\w+\\.\\w+\\(");

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private void report(String kind, Tally t) {
        out.printf("fuzz %s: %d refused in one sentence, %d accepted; crashes %d, stack traces on stderr %d, hangs over "
                + "%d s %d, store changed after a refusal %d; slowest %d ms%n", kind, t.refused - t.crashes,
                t.accepted, t.crashes, t.traces, HANG_SECONDS, t.hangs, t.storeChanged, t.slowestMs);
        t.examples.forEach(e -> out.println("  " + e));
    }

    private static java.util.concurrent.ThreadFactory daemon(AtomicReference<Thread> made) {
        return r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            made.set(t);
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
