package vn.plandesk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.plandesk.model.OfficialDate;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanDocument;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.service.AppVersion;
import vn.plandesk.service.Messages;
import vn.plandesk.service.SafeFile;
import vn.plandesk.store.Backups;
import vn.plandesk.store.Database;
import vn.plandesk.store.StoreLocation;
import vn.plandesk.service.PlanTable;
import vn.plandesk.service.SyntheticPlan;
import vn.plandesk.service.derive.ChangeText;
import vn.plandesk.service.derive.PlanChange;
import vn.plandesk.service.derive.RemapReference;
import vn.plandesk.service.derive.Remapping;
import vn.plandesk.service.derive.SyncSession;
import vn.plandesk.service.derive.SixClarityCheck;
import vn.plandesk.service.office.ImportPreview;
import vn.plandesk.service.office.PlanComparison;
import vn.plandesk.model.table.ImportWarning;
import vn.plandesk.model.table.SheetMapping;
import vn.plandesk.io.BoundedFile;
import vn.plandesk.io.json.PlanJson;
import vn.plandesk.model.timeline.TimelinePaper;
import vn.plandesk.service.timeline.TimelineService;
import vn.plandesk.ui.timeline.TimelineBench;

/**
 * The headless commands. They use the same services as the window. A failure is one sentence in the officer's
 * language on stderr and a non-zero exit code, never a stack trace.
 */
public final class Cli {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    private static final java.util.Set<String> OPTIONS_WITH_VALUE =
            java.util.Set.of("--out", "--tasks", "--ward", "--into", "--paper", "--doc", "--runs", "--to",
                    "--reference", "--launcher", "--count", "--seed");

    private final PrintStream out;
    private final PrintStream err;

    public Cli(OutputStream out, OutputStream err) {
        this.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        this.err = new PrintStream(err, true, StandardCharsets.UTF_8);
    }

    public int run(String... args) {
        Launcher.Arguments a = Launcher.Arguments.parse(args);
        if (a.locale() != null) {
            Messages.setLocale(Locale.forLanguageTag(a.locale()));
        }
        try {
            if (Launcher.Arguments.dbValueMissing(args)) {
                throw new UsageException(Messages.get("cli.dbMissing"));
            }
            return dispatch(a);
        } catch (PlanDeskException e) {
            err.println(Messages.of(e));
            return FAILED;
        } catch (UsageException e) {
            err.println(e.getMessage());
            return USAGE;
        } catch (NoSuchFileException e) {
            err.println(Messages.get("cli.noSuchFile", e.getFile()));
            return FAILED;
        } catch (IOException e) {
            err.println(Messages.get("cli.io", e.getMessage()));
            return FAILED;
        } catch (RuntimeException e) {
            err.println(Messages.get("cli.unexpected", e.getClass().getSimpleName() + ": " + e.getMessage()));
            return FAILED;
        }
    }

    private int dispatch(Launcher.Arguments a) throws IOException {
        List<String> rest = a.rest();
        switch (a.command()) {
            case "plans":
                return withServices(a, s -> plans(s, rest.contains("--json")));
            case "show":
                return withServices(a, s -> show(s, planId(rest)));
            case "export-json":
                return withServices(a, s -> exportJson(s, planId(rest), option(rest, "--out")));
            case "import-json":
                return withServices(a, s -> importJson(s, file(rest)));
            case "samples":
                return withServices(a, s -> {
                    for (long id : s.plans().loadSamples()) {
                        out.println(id);
                    }
                    return OK;
                });
            case "derive":
                return withServices(a, s -> derive(s, planId(rest), option(rest, "--ward"), option(rest, "--tasks"),
                        rest.contains("--all")));
            case "diff":
                return withServices(a, s -> diff(s, positionals(rest)));
            case "check":
                return withServices(a, s -> check(s, planId(rest)));
            case "remap":
                return withServices(a, s -> remap(s, planId(rest), option(rest, "--to"), rest.contains("--json"),
                        option(rest, "--reference")));
            case "generate":
                return generate(option(rest, "--tasks"), option(rest, "--out"));
            case "import-xlsx":
            case "import-docx":
            case "import-pdf":
            case "import":
                return withServices(a, s -> importXlsx(s, file(rest), option(rest, "--into")));
            case "export-xlsx":
                return withServices(a, s -> write(s.officeExport().exportXlsx(planId(rest)), option(rest, "--out")));
            case "export-docx":
                return withServices(a, s -> write(s.officeExport().exportDocx(planId(rest)), option(rest, "--out")));
            case "export-timeline":
                return withServices(a, s -> exportTimeline(s, planId(rest), option(rest, "--out"),
                        option(rest, "--paper")));
            case "bench-timeline":
                try {
                    TimelineBench.run(out, rest.contains("--fx"), 150, 13_000);
                } catch (IOException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IOException(e.getMessage(), e);
                }
                return OK;
            case "export-pdf":
                return withServices(a, s -> exportPdf(s, planId(rest), option(rest, "--doc"), option(rest, "--out")));
            case "bench-pdf":
                return new PdfBenchmark(out).run();
            case "bench-import":
                return new ImportBenchmark(out).run();
            case "bench-ui":
                return new UiBenchmark(out).run(intOption(rest, "--tasks", 13_000), intOption(rest, "--runs", 11));
            case "kill-loop":
                try {
                    return new KillLoop(out).run(intOption(rest, "--count", 200), intOption(rest, "--tasks", 13_000),
                            intOption(rest, "--seed", 15));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return FAILED;
                }
            case "backups":
                return backups(a);
            case "restore-backup":
                return restoreBackup(a, positionals(rest));
            case "help":
                out.println(usage());
                return OK;
            case "bench-start":
                return new StartBenchmark(out, option(rest, "--launcher"))
                        .run(intOption(rest, "--tasks", 13_000), intOption(rest, "--runs", 5), !rest.contains("--no-window"));
            case "warm-up":
                return rest.contains("--archive") ? WarmUp.archive(err) : WarmUp.run(err);
            case "version":
                out.println(Messages.get("cli.version", AppVersion.get()));
                return OK;
            default:
                throw new UsageException(Messages.get("cli.unknownCommand", a.command()) + "\n" + usage());
        }
    }

    @FunctionalInterface
    private interface Command {
        int run(Services services) throws IOException;
    }

    private int withServices(Launcher.Arguments a, Command command) throws IOException {
        try (Services services = Services.open(a.db(), Database.Holder.COMMAND)) {
            return command.run(services);
        }
    }

    private int plans(Services s, boolean json) throws IOException {
        List<PlanSummary> list = s.plans().list();
        if (json) {
            ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode array = m.createArrayNode();
            for (PlanSummary p : list) {
                ObjectNode o = array.addObject();
                o.put("id", p.id());
                o.put("kind", p.kind().name());
                o.put("number", p.number());
                o.put("symbol", p.symbol());
                o.put("date", p.date() == null ? null : p.date().toString());
                o.put("groups", p.groups());
                o.put("tasks", p.tasks());
                o.put("indicators", p.indicators());
                o.put("title", p.title());
            }
            out.println(m.writeValueAsString(array));
            return OK;
        }
        for (PlanSummary p : list) {
            out.println(String.join("\t",
                    String.valueOf(p.id()),
                    Messages.get("plan.kind." + p.kind().name()),
                    p.ref().numberAndSymbol().isEmpty() ? "—" : p.ref().numberAndSymbol(),
                    p.date() == null ? "—" : OfficialDate.screen(p.date()),
                    Messages.get("cli.plans.groups", p.groups()),
                    Messages.get("cli.plans.tasks", p.tasks()),
                    Messages.get("cli.plans.indicators", p.indicators()),
                    p.title()));
        }
        return OK;
    }

    private int show(Services s, long id) {
        Plan plan = s.plans().get(id);
        out.print(PlanTable.render(plan));
        return OK;
    }

    private int exportJson(Services s, long id, String target) throws IOException {
        if (target == null) { // checked before the export: a missing --out is a usage error, not a failed export
            throw new UsageException(Messages.get("cli.missingOption", "--out"));
        }
        return write(s.tracking().exportJson(s.plans().get(id)), target);
    }

    private int exportTimeline(Services s, long id, String target, String paperName) throws IOException {
        if (target == null) {
            throw new UsageException(Messages.get("cli.missingOption", "--out"));
        }
        TimelinePaper paper;
        try {
            paper = paperName == null ? TimelinePaper.A4 : TimelinePaper.valueOf(paperName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(Messages.get("cli.badPaper", paperName));
        }
        Plan plan = s.plans().get(id);
        Path file = Paths.get(target);
        SafeFile.write(file, "pdf.cannotWrite", o -> TimelineService.writePdf(plan, paper, LocalDate.now(), o));
        out.println(Messages.get("cli.exported", file));
        return OK;
    }

    private int exportPdf(Services s, long id, String doc, String target) {
        if (target == null) {
            throw new UsageException(Messages.get("cli.missingOption", "--out"));
        }
        List<PlanDocument> docs = documents(s, id, doc == null ? "all" : doc);
        s.pdf().exportCombined(id, docs, Paths.get(target), progress -> { });
        return OK;
    }

    /** "body", "tasks", "indicators" or "all" (every document the plan has, in print order). */
    private static List<PlanDocument> documents(Services s, long id, String doc) {
        return switch (doc) {
            case "body" -> List.of(PlanDocument.BODY);
            case "tasks" -> List.of(PlanDocument.TASKS);
            case "indicators" -> List.of(PlanDocument.INDICATORS);
            case "all" -> s.pdf().available(id);
            default -> throw new UsageException(Messages.get("cli.badDocument", doc));
        };
    }

    private int importJson(Services s, Path file) throws IOException {
        byte[] bytes = BoundedFile.read(file);
        try {
            out.println(s.tracking().importJson(bytes));
        } catch (PlanDeskException e) {
            throw new PlanDeskException(e, "cli.importRefused", file.toString(), Messages.of(e));
        }
        return OK;
    }

    private int derive(Services s, long parentId, String ward, String tasks, boolean all) {
        if (ward == null || ward.isBlank()) {
            throw new UsageException(Messages.get("cli.derive.missingWard"));
        }
        if ((tasks == null) == !all) {
            throw new UsageException(Messages.get("cli.derive.tasksOrAll"));
        }
        out.println(s.derivations().derive(parentId, ward, all ? null : tasks));
        return OK;
    }

    /** Two plans: their changes; one ward plan: what changed in its parent since it was derived. */
    private int diff(Services s, List<String> ids) {
        if (ids.isEmpty()) {
            throw new UsageException(Messages.get("cli.missingPlan"));
        }
        List<PlanChange> changes = ids.size() == 1
                ? s.derivations().compare(id(ids.get(0)), null).changes()
                : s.derivations().diff(id(ids.get(0)), id(ids.get(1)));
        if (changes.isEmpty()) {
            out.println(Messages.get("cli.diff.none"));
        }
        for (PlanChange c : changes) {
            out.println(ChangeText.describe(c));
        }
        return OK;
    }

    /**
     * The replacement mapping of a ward plan onto the plan that replaces its parent: for each ward task the new
     * plan's best three tasks with their scores and the decision; with a labelled reference, how well it does.
     */
    private int remap(Services s, long wardId, String to, boolean json, String reference) throws IOException {
        if (to == null) {
            throw new UsageException(Messages.get("cli.remap.missingTo"));
        }
        SyncSession session = s.derivations().compare(wardId, id(to));
        if (!session.isReplacement()) {
            throw new PlanDeskException("remap.notReplacement");
        }
        List<Remapping.Proposal> proposals = session.remapping();
        if (reference != null) {
            RemapReference.Figures f = RemapReference.parse(Files.readString(Paths.get(reference))).measure(proposals);
            out.println(Messages.get("cli.remap.figures", f.precision(), f.recall(), f.topThree(),
                    f.confidentPrecision(), f.tasks(), f.withCounterpart(), f.proposed(), f.right(), f.confident()));
            f.misses().forEach(m -> out.println("  " + m));
            return OK;
        }
        if (json) {
            ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode array = m.createArrayNode();
            for (Remapping.Proposal p : proposals) {
                ObjectNode o = array.addObject();
                o.put("wardTask", p.wardTask());
                o.put("parentTask", p.parentTask());
                ArrayNode candidates = o.putArray("candidates");
                for (Remapping.Candidate c : p.candidates()) {
                    candidates.addObject().put("task", c.key()).put("score", Math.round(c.score() * 1000) / 1000.0);
                }
                o.put("decision", p.decision().name().toLowerCase(Locale.ROOT));
            }
            out.println(m.writeValueAsString(array));
            return OK;
        }
        for (Remapping.Proposal p : proposals) {
            StringBuilder line = new StringBuilder();
            for (Remapping.Candidate c : p.candidates()) {
                line.append(line.length() == 0 ? "" : ", ").append(c.key())
                        .append(String.format(Locale.ROOT, " (%.2f)", c.score()));
            }
            out.println(Messages.get("cli.remap.line", p.wardTask(), p.parentTask(),
                    Messages.get("remap.decision." + p.decision().name()), line));
        }
        return OK;
    }

    /** The "6 rõ" gaps, one a line; gaps are findings, not failures, so the exit code stays 0. */
    private int check(Services s, long id) {
        List<SixClarityCheck.Gap> gaps = SixClarityCheck.check(s.plans().get(id));
        if (gaps.isEmpty()) {
            out.println(Messages.get("clarity.none"));
        }
        for (SixClarityCheck.Gap g : gaps) {
            out.println(ChangeText.describe(g));
        }
        return OK;
    }

    /** The store's backups, newest first, one a line: the file name and whether it reads back whole. */
    private int backups(Launcher.Arguments a) {
        Path folder = a.db() == null ? StoreLocation.defaultFolder() : a.db();
        List<Path> list = Backups.list(folder.toAbsolutePath().normalize());
        if (list.isEmpty()) {
            out.println(Messages.get("store.noBackup", folder.resolve("backups")));
        }
        for (Path b : list) {
            out.println(b.getFileName() + (Backups.readable(b) ? "" : "\t" + Messages.get("cli.backupDamaged")));
        }
        return OK;
    }

    /** Puts the newest readable backup, or the one named, in place of the store; the current file is kept aside. */
    private int restoreBackup(Launcher.Arguments a, List<String> names) {
        Path folder = (a.db() == null ? StoreLocation.defaultFolder() : a.db()).toAbsolutePath().normalize();
        Path zip;
        if (names.isEmpty()) {
            zip = Backups.newestReadable(folder).orElseThrow(
                    () -> new PlanDeskException("store.noBackup", folder.resolve("backups").toString()));
        } else {
            Path named = Paths.get(names.get(0));
            zip = Files.exists(named) ? named : folder.resolve("backups").resolve(names.get(0));
        }
        Path keptAside = Database.restoreBackup(folder, zip);
        out.println(Messages.get("cli.restored", zip.getFileName()));
        if (keptAside != null) {
            out.println(Messages.get("cli.keptAside", keptAside));
        }
        return OK;
    }

    private static String usage() {
        return Messages.get("cli.usage") + "\n" + Messages.get("cli.office.usage") + "\n" + Messages.get("cli.import.usage")
                + "\n" + Messages.get("cli.usage.timeline") + "\n" + Messages.get("cli.usage.remap") + "\n"
                + Messages.get("cli.usage.start") + "\n"
                + Messages.get("cli.usage.store");
    }

    /**
     * Imports an appendix from Excel, Word or PDF (told by content): as a new plan, or into a stored plan with every change applied (the window lets
     * the officer choose changes one by one). A sheet whose columns are not all recognised is refused here.
     */
    private int importXlsx(Services s, Path file, String into) throws IOException {
        byte[] bytes = BoundedFile.read(file);
        String name = file.getFileName().toString();
        ImportPreview preview = s.importXlsx().preview(bytes, name);
        for (SheetMapping m : preview.mappings()) {
            if (!m.missing().isEmpty()) {
                throw new PlanDeskException("xlsx.columnsMissing", m.sheet(),
                        String.join(", ", m.missing().stream().map(f -> Messages.get("field." + f.name())).toList()));
            }
        }
        for (ImportWarning w : preview.warnings()) {
            err.println(Messages.get("cli.import.warning", Messages.get(w.key(), w.messageArgs())));
        }
        if (into == null) {
            out.println(s.importXlsx().commitNew(preview));
            return OK;
        }
        long id;
        try {
            id = Long.parseLong(into);
        } catch (NumberFormatException e) {
            throw new UsageException(Messages.get("cli.badPlanId", into));
        }
        PlanComparison comparison = s.importXlsx().compare(preview, id);
        List<vn.plandesk.service.office.PlanChange> changes = comparison.changes();
        s.importXlsx().commitInto(id, comparison, new java.util.HashSet<>(changes));
        out.println(Messages.get("cli.import.changes", String.valueOf(changes.size()), String.valueOf(id),
                count(changes, vn.plandesk.service.office.PlanChange.Kind.ADDED), count(changes, vn.plandesk.service.office.PlanChange.Kind.CHANGED),
                count(changes, vn.plandesk.service.office.PlanChange.Kind.REMOVED)));
        return OK;
    }

    private static String count(List<vn.plandesk.service.office.PlanChange> changes, vn.plandesk.service.office.PlanChange.Kind kind) {
        return String.valueOf(changes.stream().filter(c -> c.kind() == kind).count());
    }

    /** Writes a command's output to the file given with --out, or to standard output for "-". */
    private int write(byte[] bytes, String target) throws IOException {
        if (target == null) {
            throw new UsageException(Messages.get("cli.missingOption", "--out"));
        }
        if (target.equals("-")) {
            out.write(bytes);
            out.flush();
        } else {
            SafeFile.write(Paths.get(target), "office.export.cannotWrite", o -> o.write(bytes));
        }
        return OK;
    }

    private int generate(String tasks, String target) throws IOException {
        if (tasks == null || target == null) {
            throw new UsageException(Messages.get("cli.missingOption", tasks == null ? "--tasks" : "--out"));
        }
        int n;
        try {
            n = Integer.parseInt(tasks);
        } catch (NumberFormatException e) {
            throw new UsageException(Messages.get("cli.notANumber", "--tasks", tasks));
        }
        if (n < 1 || n > 1_000_000) {
            throw new UsageException(Messages.get("cli.notANumber", "--tasks", tasks));
        }
        return write(new PlanJson().write(SyntheticPlan.generate(n, 57L)), target);
    }

    private static int intOption(List<String> rest, String name, int fallback) {
        String v = option(rest, name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= 1_000_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new UsageException(Messages.get("cli.notANumber", name, v));
    }

    private static long planId(List<String> rest) {
        String first = firstPositional(rest);
        if (first == null) {
            throw new UsageException(Messages.get("cli.missingPlan"));
        }
        try {
            return Long.parseLong(first);
        } catch (NumberFormatException e) {
            throw new UsageException(Messages.get("cli.badPlanId", first));
        }
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException(Messages.get("cli.badPlanId", text));
        }
    }

    /** The arguments that are neither options nor their values. */
    private static List<String> positionals(List<String> rest) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            String r = rest.get(i);
            if (r.startsWith("--")) {
                if (OPTIONS_WITH_VALUE.contains(r)) {
                    i++;
                }
            } else {
                out.add(r);
            }
        }
        return out;
    }

    private static Path file(List<String> rest) {
        String first = firstPositional(rest);
        if (first == null) {
            throw new UsageException(Messages.get("cli.missingFile"));
        }
        return Paths.get(first);
    }

    /** The first argument that is neither an option ("--out") nor an option's value, or null. */
    private static String firstPositional(List<String> rest) {
        List<String> positionals = positionals(rest);
        return positionals.isEmpty() ? null : positionals.get(0);
    }

    private static String option(List<String> rest, String name) {
        int i = rest.indexOf(name);
        return i >= 0 && i + 1 < rest.size() ? rest.get(i + 1) : null;
    }

    /** A command line the program cannot follow. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
