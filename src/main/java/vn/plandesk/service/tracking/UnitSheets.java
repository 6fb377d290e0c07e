package vn.plandesk.service.tracking;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import vn.plandesk.io.xlsx.UnitSheetXlsx;
import vn.plandesk.io.xlsx.UnitSheetXlsx.Filled;
import vn.plandesk.io.xlsx.UnitSheetXlsx.Identity;
import vn.plandesk.io.xlsx.UnitSheetXlsx.Line;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.Text;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.PlanProgress;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.Messages;
import vn.plandesk.service.SafeFile;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.edit.PlanEditors;

/**
 * Collecting progress from the units: each unit named as lead or coordinator in the plan's tasks gets a workbook of
 * its tasks for a quarter ({@link #export}); the returned workbooks are read into a preview of what each changes
 * ({@link #read}), and the changes the officer accepts are recorded as one edit of the plan's undo history
 * ({@link #apply}). A workbook of another plan, quarter or unit, or a damaged one, is refused whole, so nothing of it
 * is written; a row that cannot be read refuses its workbook with the row named.
 */
public final class UnitSheets {
    private final PlanEditors editors;
    private final TrackingService tracking;

    public UnitSheets(PlanEditors editors, TrackingService tracking) {
        this.editors = editors;
        this.tracking = tracking;
    }

    /** A unit's tasks: as lead ("Chủ trì") or as coordinator ("Phối hợp"). */
    public enum Role { LEAD, COORDINATOR }

    /** One task of a unit. */
    public record UnitTask(PlanTask task, Role role) {
    }

    /**
     * One change a returned workbook makes: the task's entry for the quarter before (null: none) and after.
     *
     * @param file the workbook's file name; {@code row} its row as Excel numbers it
     */
    public record Change(String file, int row, String unit, PlanTask task, ProgressEntry before, ProgressEntry after) {
        /** "3. Tên nhiệm vụ: Chưa triển khai → Hoàn thành; kết quả: …", for the preview and the CLI. */
        public String describe() {
            String from = before == null ? Messages.get("unitSheets.none") : TrackingService.label(before.status());
            StringBuilder b = new StringBuilder(Messages.get("unitSheets.change", file, String.valueOf(row),
                    task.number(), shorten(task.name()), from, TrackingService.label(after.status())));
            field(b, "unitSheets.field.result", before == null ? "" : before.result(), after.result());
            field(b, "unitSheets.field.shortcomings", before == null ? "" : before.shortcomings(),
                    after.shortcomings());
            field(b, "unitSheets.field.cause", before == null ? "" : before.cause(), after.cause());
            field(b, "unitSheets.field.evidence", before == null ? "" : before.evidence(), after.evidence());
            return b.toString();
        }

        private static void field(StringBuilder b, String key, String before, String after) {
            if (!before.equals(after)) {
                b.append("; ").append(Messages.get(key)).append(": ");
                // a field filled for the first time shows only what it now says
                if (!before.isEmpty()) {
                    b.append('"').append(shorten(before)).append("\" → ");
                }
                b.append('"').append(shorten(after)).append('"');
            }
        }

        private static String shorten(String s) {
            String one = s.replace('\n', ' ');
            return one.length() <= 60 ? one : one.substring(0, 59) + "…";
        }
    }

    /** What a set of returned workbooks would change, in the order of their files and rows. */
    public record Preview(long planId, Period period, List<Change> changes) {
        public Preview {
            changes = List.copyOf(changes);
        }
    }

    // ---- the units and their tasks

    /** The units named as lead or coordinator in the plan's tasks, in the order they first appear. */
    public static List<String> units(Plan plan) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (PlanTask t : plan.allTasks()) {
            for (String u : t.leadUnits()) {
                byKey.putIfAbsent(key(u), u);
            }
        }
        for (PlanTask t : plan.allTasks()) {
            for (String u : t.coordinatingUnits()) {
                byKey.putIfAbsent(key(u), u);
            }
        }
        byKey.remove("");
        return List.copyOf(byKey.values());
    }

    /** The tasks that name the unit, as lead first where it is both, in the plan's order. */
    public static List<UnitTask> tasksOf(Plan plan, String unit) {
        String k = key(unit);
        List<UnitTask> out = new ArrayList<>();
        for (PlanTask t : plan.allTasks()) {
            if (t.leadUnits().stream().anyMatch(u -> key(u).equals(k))) {
                out.add(new UnitTask(t, Role.LEAD));
            } else if (t.coordinatingUnits().stream().anyMatch(u -> key(u).equals(k))) {
                out.add(new UnitTask(t, Role.COORDINATOR));
            }
        }
        return out;
    }

    /** Units are the same unit whatever the case of their letters ("Các cơ quan" and "các cơ quan"). */
    private static String key(String unit) {
        return Text.nfc(unit).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Optional<String> unitNamed(Plan plan, String unit) {
        String k = key(unit);
        return units(plan).stream().filter(u -> key(u).equals(k)).findFirst();
    }

    // ---- export

    /**
     * Writes the workbook of each unit (or of the one named; null: every unit) for a quarter into the folder; returns
     * the files written, one a unit.
     */
    public List<Path> export(long planId, Period period, String unit, Path dir) {
        Plan plan = editors.open(planId).plan();
        Period quarter = quarter(period);
        List<String> units;
        if (unit == null) {
            units = units(plan);
        } else {
            units = List.of(unitNamed(plan, unit).orElseThrow(() -> new PlanDeskException("unitSheets.unknownUnit",
                    unit.strip(), String.join("; ", units(plan)))));
        }
        List<Path> written = new ArrayList<>();
        for (String u : units) {
            byte[] bytes = workbook(plan, quarter, u);
            Path file = dir.resolve(fileName(quarter, u));
            SafeFile.write(file, "office.export.cannotWrite", o -> o.write(bytes));
            written.add(file);
        }
        return written;
    }

    /** The workbook of one unit for a quarter. */
    public byte[] workbook(Plan plan, Period period, String unit) {
        Period quarter = quarter(period);
        List<Line> lines = lines(plan, tracking.entries(plan, quarter), unit);
        String label = TrackingService.label(quarter);
        UnitSheetXlsx.Texts texts = new UnitSheetXlsx.Texts(Messages.get("unitSheets.sheet"),
                Messages.get("unitSheets.title", label.toUpperCase(Messages.locale())),
                Messages.get("unitSheets.unitLine", unit),
                Messages.get("unitSheets.planLine", plan.summary()),
                Messages.get("unitSheets.instruction"),
                IntStream.range(0, 11).mapToObj(i -> Messages.get("unitSheets.column." + i)).toList(),
                java.util.Arrays.stream(ProgressStatus.values()).map(TrackingService::label).toList());
        // made when used, not with the service: loading the workbook class brings POI's classes into every start
        return new UnitSheetXlsx().write(new Identity(plan.id(), check(plan, quarter, unit), quarter.toString(), unit),
                texts, lines);
    }

    /** The rows of a unit's workbook: each of its tasks with its status in the quarter (the plan's rows given). */
    static List<Line> lines(Plan plan, List<TaskStatus> rows, String unit) {
        Map<Long, TaskStatus> now = new LinkedHashMap<>();
        for (TaskStatus s : rows) {
            now.put(s.task().id(), s);
        }
        List<Line> lines = new ArrayList<>();
        for (UnitTask ut : tasksOf(plan, unit)) {
            PlanTask t = ut.task();
            TaskStatus s = now.get(t.id()); // every task of the plan has its row
            ProgressEntry e = s.entry();
            // the columns to fill start with what the quarter already has, so a workbook returned unchanged changes
            // nothing; an earlier quarter's entry shows only as the current status
            ProgressEntry own = s.own() ? e : null;
            lines.add(new Line(t.id(), t.number(), t.name(), Messages.get("unitSheets.role." + ut.role().name()),
                    t.deadline().printed(), TrackingService.label(s.status()),
                    e == null ? "" : e.result(), own == null ? "" : TrackingService.label(own.status()),
                    own == null ? "" : own.result(), own == null ? "" : own.shortcomings(),
                    own == null ? "" : own.cause(), own == null ? "" : own.evidence()));
        }
        return lines;
    }

    /** "2026-Q1 Phòng Văn hóa - Xã hội.xlsx": what a file name may not hold is left out. */
    static String fileName(Period quarter, String unit) {
        String name = unit.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        name = name.substring(0, Math.min(name.length(), 80)).strip(); // at most 80 letters
        return quarter + " " + name + ".xlsx";
    }

    private static Period quarter(Period period) {
        if (period.kind() != Period.Kind.QUARTER) {
            throw new PlanDeskException("unitSheets.quarterOnly", period.toString());
        }
        return period;
    }

    /**
     * A check over the plan's identity, the quarter and the unit: a workbook made from another store (whose plan may
     * have the same key) or whose hidden sheet was edited does not match it.
     */
    static String check(Plan plan, Period quarter, String unit) {
        String identity = String.join("\n", String.valueOf(plan.id()), plan.kind().name(), plan.issuingOrgan(),
                plan.locality(), quarter.toString(), key(unit));
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- reading returned workbooks

    /** A returned workbook: its file name and bytes. */
    public record ReturnedFile(String name, byte[] bytes) {
    }

    /**
     * What the returned workbooks change in the plan. Each must be of this plan, and of the quarter and unit given
     * (null: any); else, or when damaged or when a row cannot be read, the whole reading is refused with one sentence
     * naming the file (and sheet, row and field).
     */
    public Preview read(long planId, Period period, String unit, List<ReturnedFile> files) {
        Plan plan = editors.open(planId).plan();
        Period expected = period == null ? null : quarter(period);
        Period quarter = expected;
        List<Change> changes = new ArrayList<>();
        for (ReturnedFile f : files) {
            UnitSheetXlsx.Returned wb = new UnitSheetXlsx().read(f.bytes(), f.name());
            Identity id = wb.identity();
            if (id.planId() != planId) {
                throw new PlanDeskException("unitSheets.otherPlan", f.name(), String.valueOf(id.planId()),
                        String.valueOf(planId));
            }
            Period p;
            try {
                p = quarter(Period.parse(id.period()));
            } catch (PlanDeskException e) {
                throw new PlanDeskException(e, "unitSheets.notOurs", f.name());
            }
            if (quarter != null && !quarter.equals(p)) {
                throw new PlanDeskException("unitSheets.otherPeriod", f.name(), TrackingService.label(p),
                        TrackingService.label(quarter));
            }
            quarter = p;
            if (unit != null && !key(unit).equals(key(id.unit()))) {
                throw new PlanDeskException("unitSheets.otherUnit", f.name(), id.unit(), unit.strip());
            }
            String u = unitNamed(plan, id.unit()).orElseThrow(() -> new PlanDeskException("unitSheets.unknownUnit",
                    id.unit(), String.join("; ", units(plan))));
            if (!check(plan, p, u).equals(id.check())) {
                throw new PlanDeskException("unitSheets.altered", f.name(), String.valueOf(planId));
            }
            changes.addAll(changes(plan, p, u, f.name(), wb));
        }
        return new Preview(planId, quarter, changes);
    }

    private List<Change> changes(Plan plan, Period quarter, String unit, String file, UnitSheetXlsx.Returned wb) {
        return changes(plan, tracking.progress(plan, quarter), quarter, unit, file, wb);
    }

    /**
     * What one unit's returned workbook changes against the quarter's entries: a row of one of the unit's tasks whose
     * columns differ from the entry; a blank row is skipped; a row that cannot be read refuses the whole workbook.
     */
    static List<Change> changes(Plan plan, PlanProgress progress, Period quarter, String unit, String file,
                                UnitSheetXlsx.Returned wb) {
        Map<Long, PlanTask> mine = new LinkedHashMap<>();
        for (UnitTask ut : tasksOf(plan, unit)) {
            mine.put(ut.task().id(), ut.task());
        }
        List<Change> out = new ArrayList<>();
        for (Filled row : wb.rows()) {
            String sheet = wb.sheet();
            if (row.taskId() == null) {
                throw new PlanDeskException("unitSheets.badRow", file, sheet, row.row());
            }
            PlanTask task = mine.get(row.taskId());
            if (task == null) {
                throw new PlanDeskException(plan.allTasks().stream().anyMatch(t -> row.taskId().equals(t.id()))
                        ? "unitSheets.notUnitsTask" : "unitSheets.noTask", file, sheet, row.row(), unit);
            }
            if (row.blank()) {
                continue;
            }
            if (row.status().isEmpty()) {
                throw new PlanDeskException("unitSheets.noStatus", file, sheet, row.row(),
                        Messages.get("unitSheets.column.6"));
            }
            ProgressStatus status = status(row.status()).orElseThrow(() -> new PlanDeskException(
                    "unitSheets.unknownStatus", file, sheet, row.row(), row.status(), String.join("; ",
                            java.util.Arrays.stream(ProgressStatus.values()).map(TrackingService::label).toList())));
            ProgressEntry before = progress.entry(task.id(), quarter).orElse(null);
            ProgressEntry after;
            try {
                after = new ProgressEntry(task.id(), quarter, status, row.result(),
                        before == null ? null : before.asOf(), unit, row.shortcomings(), row.cause(),
                        row.evidence(), before == null ? List.of() : before.documentIds());
            } catch (PlanDeskException e) {
                throw new PlanDeskException(e, "unitSheets.badEntry", file, sheet, row.row(), Messages.of(e));
            }
            if (before != null && before.status() == after.status() && before.result().equals(after.result())
                    && before.shortcomings().equals(after.shortcomings()) && before.cause().equals(after.cause())
                    && before.evidence().equals(after.evidence())) {
                continue;
            }
            out.add(new Change(file, row.row(), unit, task, before, after));
        }
        return out;
    }

    /** A status as the unit picked it from the list, in either language of the program, or by its name. */
    static Optional<ProgressStatus> status(String text) {
        String t = Text.fold(text);
        for (ProgressStatus s : ProgressStatus.values()) {
            for (Locale l : List.of(Messages.VIETNAMESE, Locale.ENGLISH)) {
                if (Text.fold(Messages.bundle(l).getString(s.key())).equals(t)) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.ofNullable(ProgressStatus.byName(text));
    }

    /**
     * Records the accepted changes as one edit of the plan's undo history, in one transaction. A change whose task's
     * entry changed since the preview was read refuses the whole apply. Where two accepted changes are of the same
     * task (its lead and a coordinator both reported), the later one is kept. Returns how many entries were written.
     */
    public int apply(Preview preview, Collection<Change> accepted) {
        Map<Long, ProgressEntry> entries = new LinkedHashMap<>();
        for (Change c : preview.changes()) {
            if (accepted.contains(c)) {
                entries.put(c.after().taskId(), c.after());
            }
        }
        if (entries.isEmpty()) {
            return 0;
        }
        PlanEditor editor = editors.open(preview.planId());
        // the preview may be old: an entry recorded since (in the window, by another workbook) is not overwritten
        var now = tracking.progress(editor.plan(), preview.period());
        for (Change c : preview.changes()) {
            if (accepted.contains(c)
                    && !java.util.Objects.equals(now.entry(c.task().id(), preview.period()).orElse(null), c.before())) {
                throw new PlanDeskException("unitSheets.stale", c.file(), c.task().number());
            }
        }
        tracking.recordAll(editor, "edit.unitSheets", List.copyOf(entries.values()));
        return entries.size();
    }

    /** Every change of the preview applied. */
    public int applyAll(Preview preview) {
        return apply(preview, preview.changes());
    }
}
