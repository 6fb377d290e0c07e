package vn.plandesk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.h2.tools.Recover;
import org.h2.tools.RunScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;

/**
 * Salvage of a damaged store into a new one: every plan that still reads and matches its checksum, with its tracking,
 * reports, reporting rules and derivation, and the register of documents with its attached files, are copied row by
 * row with their ids into a fresh store, so what refers to what stays as it was. The damaged store is never opened in
 * place: its file is copied first and only the copy is read, so it stays byte for byte as it was. When H2 cannot open
 * the copy at all, its recovery tool writes out what it can still read, and that is salvaged the same way.
 */
public final class Salvage {
    private static final Logger LOG = LoggerFactory.getLogger(Salvage.class);
    private static final String FILE = Database.FILE_NAME + ".mv.db";

    /** One thing that could not be saved: a message key of the bundle and its arguments. */
    public record Loss(String key, List<Object> args) {
        static Loss of(String key, Object... args) {
            return new Loss(key, List.of(args));
        }
    }

    /** What was copied into the new store and what could not be. */
    public record Result(int plans, int progress, int reports, int documents, int files, boolean recoveryTool,
                         List<Loss> lost) {
    }

    /** The tables a plan's rows live in, in the order they can be inserted, and how their rows are found. */
    private static final List<String[]> PLAN_PARTS = List.of(
            new String[] {"task_group", "plan_id = ?", "id"},
            new String[] {"task", "plan_id = ?", "parent_id NULLS FIRST, id"},
            new String[] {"indicator", "plan_id = ?", "id"});

    /** What goes with a plan beyond its content, each salvaged on its own (a part lost does not lose the plan). */
    private static final List<String[]> PLAN_EXTRAS = List.of(
            new String[] {"progress", "plan_id = ?", "id", "salvage.part.progress"},
            new String[] {"progress_evidence", "progress_id IN (SELECT id FROM progress WHERE plan_id = ?)",
                    "progress_id, position", "salvage.part.progress"},
            new String[] {"indicator_result", "plan_id = ?", "id", "salvage.part.indicatorResults"},
            new String[] {"plan_baseline", "plan_id = ?", "plan_id", "salvage.part.baseline"},
            new String[] {"reporting_rule", "plan_id = ?", "id", "salvage.part.reportingRules"},
            new String[] {"report", "plan_id = ?", "id", "salvage.part.reports"});

    private Salvage() {
    }

    /**
     * Copies what still reads from the store in {@code damaged} into a new store in {@code target}.
     *
     * @throws PlanDeskException "salvage.targetHasStore" when the target already holds a store, "salvage.noStore" when
     *                           the damaged folder has none, "salvage.unreadableBackup" (naming the newest backup) or
     *                           "salvage.unreadable" when nothing at all can be read
     */
    public static Result run(Path damaged, Path target) {
        Path from = damaged.toAbsolutePath().normalize();
        Path to = target.toAbsolutePath().normalize();
        if (!Files.isRegularFile(from.resolve(FILE))) {
            throw new PlanDeskException("salvage.noStore", from.toString());
        }
        if (Files.exists(to.resolve(FILE)) || from.equals(to)) {
            throw new PlanDeskException("salvage.targetHasStore", to.toString());
        }
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("plandesk-salvage");
            Path copy = Files.createDirectories(scratch.resolve("copy"));
            Files.copy(from.resolve(FILE), copy.resolve(FILE), StandardCopyOption.COPY_ATTRIBUTES);
            boolean recoveryTool = false;
            Database source;
            try {
                source = Database.open(copy, Database.Holder.COMMAND);
            } catch (PlanDeskException e) {
                if (!e.key().startsWith("store.damaged")) {
                    throw e;
                }
                source = recovered(copy, scratch.resolve("recovered"), from);
                recoveryTool = true;
            }
            Result result;
            try (Database src = source; Database dst = Database.open(to, Database.Holder.COMMAND)) {
                result = copy(src, dst, from, recoveryTool);
            }
            if (recoveryTool && result.plans() + result.progress() + result.reports() + result.documents() == 0) {
                // the recovery tool wrote out the tables but none of their rows: nothing was read, and an empty new
                // store would only look like a result
                Files.deleteIfExists(to.resolve(FILE));
                throw unreadable(from, null);
            }
            return result;
        } catch (IOException e) {
            throw new PlanDeskException(e, "salvage.failed", to.toString(), e.getMessage());
        } finally {
            deleteQuietly(scratch);
        }
    }

    /** The store H2's recovery tool rebuilds from what it can read of a file H2 will not open. */
    private static Database recovered(Path copy, Path into, Path damaged) throws IOException {
        try {
            Recover.execute(copy.toString(), Database.FILE_NAME);
            Path script = copy.resolve(Database.FILE_NAME + ".h2.sql");
            if (!Files.isRegularFile(script)) {
                throw unreadable(damaged, null);
            }
            Files.createDirectories(into);
            String url = "jdbc:h2:file:" + into.resolve(Database.FILE_NAME) + ";FILE_LOCK=NO";
            RunScript.execute(url, "sa", "", script.toString(), StandardCharsets.UTF_8, true);
            return Database.open(into, Database.Holder.COMMAND);
        } catch (SQLException | RuntimeException | StackOverflowError e) {
            // a damaged chunk list sends the recovery tool round in circles until the stack overflows
            if (e instanceof PlanDeskException p && p.key().startsWith("salvage.unreadable")) {
                throw p;
            }
            LOG.warn("H2's recovery tool could not read the store in {}", damaged, e);
            throw unreadable(damaged, e);
        }
    }

    /** Nothing could be read from the store: said in one sentence that names the newest backup to restore. */
    private static PlanDeskException unreadable(Path damaged, Throwable cause) {
        return Backups.newestReadable(damaged)
                .map(b -> new PlanDeskException(cause, "salvage.unreadableBackup", damaged.toString(),
                        b.getFileName().toString()))
                .orElseGet(() -> new PlanDeskException(cause, "salvage.unreadable", damaged.toString()));
    }

    private static Result copy(Database src, Database dst, Path damaged, boolean recoveryTool) {
        List<Loss> lost = new ArrayList<>();
        int[] counts = new int[4]; // plans, progress entries, reports, documents
        dst.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM ward_unit"); // the new store's defaults give way to the officer's list
            }
            return null;
        });
        copyTable(src, dst, "ward_unit", "TRUE", "id", null, lost, "salvage.part.wardUnits", null);
        Set<Long> documents = new HashSet<>();
        copyDocuments(src, dst, documents, lost);
        counts[3] = documents.size();
        Map<Long, String> saved = new LinkedHashMap<>();
        List<Long> ids;
        try {
            ids = src.inTransaction(c -> {
                List<Long> out = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM plan ORDER BY id")) {
                    while (r.next()) {
                        out.add(r.getLong(1));
                    }
                }
                return out;
            });
        } catch (PlanDeskException e) {
            LOG.warn("the list of plans of the damaged store cannot be read", e);
            lost.add(Loss.of("salvage.plansUnreadable"));
            ids = List.of();
        }
        for (long id : ids) {
            String name = plan(src, dst, id, lost);
            if (name != null) {
                saved.put(id, name);
            }
        }
        counts[0] = saved.size();
        for (Map.Entry<Long, String> plan : saved.entrySet()) {
            for (String[] part : PLAN_EXTRAS) {
                int n = copyTable(src, dst, part[0], part[1], part[2], plan.getKey(), lost, part[3], plan.getValue());
                if (part[0].equals("progress")) {
                    counts[1] += Math.max(0, n);
                } else if (part[0].equals("report")) {
                    counts[2] += Math.max(0, n);
                }
            }
        }
        int reports = copyTable(src, dst, "report", "plan_id IS NULL", "id", null, lost, "salvage.part.reports", null);
        counts[2] += Math.max(0, reports);
        derivations(src, dst, saved, lost);
        int files = files(src, damaged, dst.folder(), documents, lost);
        restartIdentities(dst);
        return new Result(counts[0], counts[1], counts[2], counts[3], files, recoveryTool, List.copyOf(lost));
    }

    /** Copies one plan whole when it reads and matches its checksum; returns its name, or null when it was lost. */
    private static String plan(Database src, Database dst, long id, List<Loss> lost) {
        Plan plan;
        try {
            plan = src.inTransaction(c -> {
                Plan p = PlanRepository.load(c, id);
                String stored = PlanChecksum.stored(c, id);
                if (p != null && stored != null && !stored.equals(PlanChecksum.of(p))) {
                    lost.add(Loss.of("salvage.planDamaged", PlanRepository.name(p)));
                    return null;
                }
                return p;
            });
        } catch (PlanDeskException e) {
            LOG.warn("plan {} of the damaged store cannot be read", id, e);
            lost.add(Loss.of("salvage.planUnreadable", String.valueOf(id)));
            return null;
        }
        if (plan == null) {
            return null;
        }
        String name = PlanRepository.name(plan);
        try {
            dst.inTransaction(c -> {
                Rows.copy(src, c, "plan", "id = ?", "id", id);
                for (String[] part : PLAN_PARTS) {
                    Rows.copy(src, c, part[0], part[1], part[2], id);
                }
                if (!PlanChecksum.matches(c, PlanRepository.load(c, id))) {
                    throw new SQLException("plan " + id + " does not match its checksum once copied");
                }
                return null;
            });
            return name;
        } catch (PlanDeskException e) {
            LOG.warn("plan {} of the damaged store cannot be copied", id, e);
            lost.add(Loss.of("salvage.planUnreadable", name));
            return null;
        }
    }

    /** Copies the rows of one table (of one plan, or all) in one transaction of the new store; -1 when they did not read. */
    private static int copyTable(Database src, Database dst, String table, String where, String order, Long planId,
                                 List<Loss> lost, String partKey, String planName) {
        try {
            return dst.inTransaction(c -> Rows.copy(src, c, table, where, order, planId));
        } catch (PlanDeskException e) {
            LOG.warn("{} of the damaged store cannot be copied ({})", table, planName, e);
            Loss loss = planName == null ? Loss.of("salvage.partLost", new MessageKey(partKey))
                    : Loss.of("salvage.planPartLost", planName, new MessageKey(partKey));
            if (!lost.contains(loss)) {
                lost.add(loss);
            }
            return -1;
        }
    }

    /** A bundle key given as an argument: the message that names the loss says it in the officer's words. */
    public record MessageKey(String key) {
    }

    /** The register: each document on its own (a repeat's link is set once both are in). */
    private static void copyDocuments(Database src, Database dst, Set<Long> copied, List<Loss> lost) {
        List<Long> ids;
        try {
            ids = src.inTransaction(c -> {
                List<Long> out = new ArrayList<>();
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT id FROM issued_document ORDER BY id")) {
                    while (r.next()) {
                        out.add(r.getLong(1));
                    }
                }
                return out;
            });
        } catch (PlanDeskException e) {
            LOG.warn("the register of the damaged store cannot be read", e);
            lost.add(Loss.of("salvage.partLost", new MessageKey("salvage.part.documents")));
            return;
        }
        Map<Long, Long> repeats = new LinkedHashMap<>();
        for (long id : ids) {
            try {
                dst.inTransaction(c -> {
                    Rows.copy(src, c, "issued_document", "id = ?", "id", id);
                    try (PreparedStatement p = c.prepareStatement(
                            "SELECT repeat_of FROM issued_document WHERE id = ? AND repeat_of IS NOT NULL")) {
                        p.setLong(1, id);
                        try (ResultSet r = p.executeQuery()) {
                            if (r.next()) {
                                repeats.put(id, r.getLong(1));
                            }
                        }
                    }
                    return null;
                });
                copied.add(id);
            } catch (PlanDeskException e) {
                LOG.warn("document {} of the damaged store cannot be copied", id, e);
                lost.add(Loss.of("salvage.documentLost", String.valueOf(id)));
            }
        }
        dst.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE issued_document SET repeat_of = ? WHERE id = ?")) {
                for (Map.Entry<Long, Long> e : repeats.entrySet()) {
                    if (copied.contains(e.getValue())) {
                        p.setLong(1, e.getValue());
                        p.setLong(2, e.getKey());
                        p.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    /** A ward plan's link to its parent plan; the parent is named only when it was saved too. */
    private static void derivations(Database src, Database dst, Map<Long, String> saved, List<Loss> lost) {
        for (Map.Entry<Long, String> plan : saved.entrySet()) {
            try {
                dst.inTransaction(c -> {
                    Rows.copy(src, c, "derivation", "ward_plan_id = ?", "ward_plan_id", plan.getKey());
                    try (PreparedStatement p = c.prepareStatement("UPDATE derivation SET parent_plan_id = NULL"
                            + " WHERE ward_plan_id = ? AND parent_plan_id IS NOT NULL AND parent_plan_id NOT IN"
                            + " (SELECT id FROM plan)")) {
                        p.setLong(1, plan.getKey());
                        p.executeUpdate();
                    }
                    return null;
                });
            } catch (PlanDeskException e) {
                LOG.warn("the derivation of plan {} cannot be copied", plan.getKey(), e);
                lost.add(Loss.of("salvage.planPartLost", plan.getValue(), new MessageKey("salvage.part.derivation")));
            }
        }
    }

    /** The register's attached files of the documents saved, copied when present with the size recorded. */
    private static int files(Database src, Path damaged, Path target, Set<Long> documents, List<Loss> lost) {
        Path from = damaged.resolve(DocumentRepository.FILES_FOLDER);
        Path to = target.resolve(DocumentRepository.FILES_FOLDER);
        int copied = 0;
        List<Object[]> rows = src.inTransaction(c -> {
            List<Object[]> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT id, number, symbol, file_name, file_stored, file_size FROM issued_document"
                            + " WHERE file_stored IS NOT NULL ORDER BY id")) {
                while (r.next()) {
                    long size = r.getLong(6);
                    out.add(new Object[] {r.getLong(1), r.getString(2) + (r.getString(3).isEmpty() ? ""
                            : "/" + r.getString(3)), r.getString(4), r.getString(5), r.wasNull() ? null : size});
                }
            }
            return out;
        });
        for (Object[] row : rows) {
            if (!documents.contains((Long) row[0])) {
                continue;
            }
            Path file = from.resolve((String) row[3]).normalize();
            try {
                if (!file.getParent().equals(from) || !Files.isRegularFile(file)
                        || (row[4] != null && Files.size(file) != (Long) row[4])) {
                    lost.add(Loss.of("salvage.fileLost", row[1], row[2]));
                    continue;
                }
                Files.createDirectories(to);
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                copied++;
            } catch (IOException e) {
                LOG.warn("the attached file {} cannot be copied", file, e);
                lost.add(Loss.of("salvage.fileLost", row[1], row[2]));
            }
        }
        return copied;
    }

    /** The new store's row ids go on after the highest copied, as they did in the damaged store. */
    private static void restartIdentities(Database dst) {
        dst.inTransaction(c -> {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = c.getMetaData().getColumns(null, "PUBLIC", "%", "ID")) {
                while (r.next()) {
                    if ("YES".equals(r.getString("IS_AUTOINCREMENT"))) {
                        tables.add(r.getString("TABLE_NAME"));
                    }
                }
            }
            for (String table : tables) {
                long next;
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM \"" + table + "\"")) {
                    r.next();
                    next = r.getLong(1);
                }
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("ALTER TABLE \"" + table + "\" ALTER COLUMN id RESTART WITH " + next);
                }
            }
            return null;
        });
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a scratch copy left in the temporary folder harms nothing
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }

    /** Row copies between the two stores, column by column as the new store's table has them. */
    private static final class Rows {
        private Rows() {
        }

        static int copy(Database src, Connection to, String table, String where, String order, Long param)
                throws SQLException {
            List<String> columns = new ArrayList<>();
            try (ResultSet r = to.getMetaData().getColumns(null, "PUBLIC", table.toUpperCase(java.util.Locale.ROOT),
                    "%")) {
                while (r.next()) {
                    columns.add(r.getString("COLUMN_NAME"));
                }
            }
            String list = String.join(", ", columns);
            List<Object[]> rows = src.inTransaction(c -> {
                List<Object[]> out = new ArrayList<>();
                try (PreparedStatement p = c.prepareStatement(
                        "SELECT " + list + " FROM " + table + " WHERE " + where + " ORDER BY " + order)) {
                    if (param != null) {
                        p.setLong(1, param);
                    }
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            Object[] row = new Object[columns.size()];
                            for (int i = 0; i < row.length; i++) {
                                Object v = r.getObject(i + 1);
                                // a CLOB read to its end here, while its pages can still be read in this transaction
                                row[i] = v instanceof java.sql.Clob clob ? clob.getSubString(1, (int) clob.length()) : v;
                            }
                            out.add(row);
                        }
                    }
                }
                return out;
            });
            try (PreparedStatement p = to.prepareStatement("INSERT INTO " + table + " (" + list + ") VALUES ("
                    + "?, ".repeat(columns.size() - 1) + "?)")) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        p.setObject(i + 1, row[i]);
                    }
                    p.addBatch();
                }
                p.executeBatch();
            }
            return rows.size();
        }
    }
}
