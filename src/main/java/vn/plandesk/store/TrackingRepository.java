package vn.plandesk.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.Plan;
import vn.plandesk.model.tracking.IndicatorResult;
import vn.plandesk.model.tracking.Judgement;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.PlanTracking;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;

/**
 * What the ward records while it carries a plan out: progress entries with their evidence, indicator results and the
 * baseline (the plan as issued, an exchange-format snapshot made by the service). Each write is one transaction.
 * Entries are read only for tasks and indicators still in their plan.
 */
public final class TrackingRepository {
    private final Database db;

    public TrackingRepository(Database db) {
        this.db = db;
    }

    // ---- a plan with its tracking, stored whole

    /**
     * Stores a new plan and what is recorded for it in one transaction: an exchange file is imported whole or not at
     * all. The register entries the file carries are added first as {@link DocumentRepository#addAll} adds them;
     * {@code tracking} is given the plan as stored (with its new ids) and the documents' ids in this store, in the
     * order given (an entry the register held already has its id there), and returns the entries by those ids.
     *
     * @param baselineSnapshot the plan as issued in the exchange format, or null
     */
    public long insert(Plan plan, List<IssuedDocument> documents, BiFunction<Plan, List<Long>, PlanTracking> tracking,
                       String baselineSnapshot) {
        return db.inTransaction(c -> {
            List<Long> documentIds = DocumentRepository.addAll(c, documents).stream()
                    .map(a -> a.document().id()).toList();
            long id = PlanRepository.insert(c, plan);
            PlanTracking t = tracking.apply(PlanRepository.load(c, id), documentIds);
            for (ProgressEntry e : t.progress()) {
                put(c, id, e);
            }
            for (IndicatorResult r : t.results()) {
                putResult(c, id, r);
            }
            if (baselineSnapshot != null) {
                keepBaseline(c, id, baselineSnapshot);
            }
            return id;
        });
    }

    // ---- progress

    /** Every entry of a plan's tasks. */
    public List<ProgressEntry> progress(long planId) {
        return progress(planId, null);
    }

    /**
     * The entries of a plan's tasks in the given quarters (all quarters when null): a tracking view reads the quarters
     * it shows, not the whole history of a big plan.
     */
    public List<ProgressEntry> progress(long planId, java.util.Collection<Period> quarters) {
        if (quarters != null && quarters.isEmpty()) {
            return List.of();
        }
        String only = quarters == null ? "" : " AND g.period IN ("
                + String.join(", ", java.util.Collections.nCopies(quarters.size(), "?")) + ")";
        List<String> names = quarters == null ? List.of() : quarters.stream().map(Period::toString).toList();
        return db.inTransaction(c -> {
            Map<Long, List<Long>> docs = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT e.progress_id, e.document_id FROM progress_evidence e JOIN progress g ON g.id = e.progress_id
                    WHERE g.plan_id = ?""" + only + " ORDER BY e.progress_id, e.position")) {
                bind(p, planId, names);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        docs.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getLong(2));
                    }
                }
            }
            List<ProgressEntry> out = new ArrayList<>();
            Map<String, Period> periods = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT g.id, g.task_id, g.period, g.status, g.result, g.as_of, g.unit, g.shortcomings, g.cause,
                      g.evidence
                    FROM progress g JOIN task t ON t.id = g.task_id AND t.plan_id = g.plan_id
                    WHERE g.plan_id = ?""" + only + " ORDER BY g.task_id, g.period")) {
                bind(p, planId, names);
                p.setFetchSize(5000);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        Date d = r.getDate(6);
                        out.add(new ProgressEntry(r.getLong(2), periods.computeIfAbsent(r.getString(3), Period::parse),
                                ProgressStatus.valueOf(r.getString(4)), r.getString(5),
                                d == null ? null : d.toLocalDate(), r.getString(7), r.getString(8), r.getString(9),
                                r.getString(10), docs.getOrDefault(r.getLong(1), List.of())));
                    }
                }
            }
            return out;
        });
    }

    private static void bind(PreparedStatement p, long planId, List<String> periods) throws SQLException {
        p.setLong(1, planId);
        for (int i = 0; i < periods.size(); i++) {
            p.setString(i + 2, periods.get(i));
        }
    }

    /** Puts an entry in place of the task's entry for the same quarter, with its evidence, in one transaction. */
    public void put(long planId, ProgressEntry entry) {
        putAll(planId, List.of(entry));
    }

    /** Puts several entries in one transaction: all are kept, or none. */
    public void putAll(long planId, List<ProgressEntry> entries) {
        write(planId, entries, List.of());
    }

    /** A task's quarter, naming an entry to remove. */
    public record EntryKey(long taskId, Period quarter) {
    }

    /**
     * Removes the entries named, then puts the entries given, in one transaction: an edit of several entries, or its
     * undo, is kept whole or not at all.
     */
    public void write(long planId, List<ProgressEntry> put, List<EntryKey> remove) {
        db.inTransaction(c -> {
            for (EntryKey k : remove) {
                remove(c, planId, k.taskId(), k.quarter());
            }
            for (ProgressEntry e : put) {
                put(c, planId, e);
            }
            return null;
        });
    }

    /** Removes a task's entry for a quarter (with its evidence); false when there was none. */
    public boolean remove(long planId, long taskId, Period quarter) {
        return db.inTransaction(c -> remove(c, planId, taskId, quarter));
    }

    private static boolean remove(Connection c, long planId, long taskId, Period quarter) throws SQLException {
        try (PreparedStatement d = c.prepareStatement(
                "DELETE FROM progress WHERE plan_id = ? AND task_id = ? AND period = ?")) {
            d.setLong(1, planId);
            d.setLong(2, taskId);
            d.setString(3, quarter.toString());
            return d.executeUpdate() > 0;
        }
    }

    private static void put(Connection c, long planId, ProgressEntry e) throws SQLException {
        requireRow(c, "task", planId, e.taskId());
        remove(c, planId, e.taskId(), e.period());
        long id;
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO progress (plan_id, task_id, period, status, result, as_of, unit, shortcomings, cause,
                  evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, planId);
            p.setLong(2, e.taskId());
            p.setString(3, e.period().toString());
            p.setString(4, e.status().name());
            p.setString(5, e.result());
            PlanRepository.setDate(p, 6, e.asOf());
            p.setString(7, e.unit());
            p.setString(8, e.shortcomings());
            p.setString(9, e.cause());
            p.setString(10, e.evidence());
            p.executeUpdate();
            id = PlanRepository.generatedKey(p);
        }
        if (e.documentIds().isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO progress_evidence (progress_id, document_id, position) VALUES (?, ?, ?)")) {
            int position = 0;
            for (long doc : e.documentIds()) {
                p.setLong(1, id);
                p.setLong(2, doc);
                p.setInt(3, position++);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** A task or an indicator must be one of the plan's: an entry for another plan's row is refused, not stored. */
    private static void requireRow(Connection c, String table, long planId, long rowId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM " + table + " WHERE id = ? AND plan_id = ?")) {
            p.setLong(1, rowId);
            p.setLong(2, planId);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new SQLException("no " + table + " " + rowId + " in plan " + planId);
                }
            }
        }
    }

    // ---- indicator results

    public List<IndicatorResult> results(long planId) {
        return db.inTransaction(c -> {
            List<IndicatorResult> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT r.indicator_id, r.period, r.result_value, r.as_of, r.source, r.by_hand
                    FROM indicator_result r JOIN indicator i ON i.id = r.indicator_id AND i.plan_id = r.plan_id
                    WHERE r.plan_id = ? ORDER BY i.position, r.period""")) {
                p.setLong(1, planId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        Date d = r.getDate(4);
                        String hand = r.getString(6);
                        out.add(new IndicatorResult(r.getLong(1), Period.parse(r.getString(2)), r.getString(3),
                                d == null ? null : d.toLocalDate(), r.getString(5),
                                hand == null ? null : Judgement.valueOf(hand)));
                    }
                }
            }
            return out;
        });
    }

    /** Puts results in place of those of the same indicator and period, in one transaction. */
    public void putResults(long planId, List<IndicatorResult> results) {
        writeResults(planId, results, List.of());
    }

    /** An indicator's period, naming a result to remove. */
    public record ResultKey(long indicatorId, Period period) {
    }

    /** Removes the results named, then puts those given, in one transaction. */
    public void writeResults(long planId, List<IndicatorResult> results, List<ResultKey> remove) {
        db.inTransaction(c -> {
            for (ResultKey k : remove) {
                removeResult(c, planId, k.indicatorId(), k.period());
            }
            for (IndicatorResult res : results) {
                putResult(c, planId, res);
            }
            return null;
        });
    }

    private static void putResult(Connection c, long planId, IndicatorResult res) throws SQLException {
        requireRow(c, "indicator", planId, res.indicatorId());
        removeResult(c, planId, res.indicatorId(), res.period());
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO indicator_result (plan_id, indicator_id, period, result_value, as_of, source, by_hand)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            p.setLong(1, planId);
            p.setLong(2, res.indicatorId());
            p.setString(3, res.period().toString());
            p.setString(4, res.value());
            PlanRepository.setDate(p, 5, res.asOf());
            p.setString(6, res.source());
            p.setString(7, res.byHand() == null ? null : res.byHand().name());
            p.executeUpdate();
        }
    }

    public boolean removeResult(long planId, long indicatorId, Period period) {
        return db.inTransaction(c -> removeResult(c, planId, indicatorId, period));
    }

    private static boolean removeResult(Connection c, long planId, long indicatorId, Period period)
            throws SQLException {
        try (PreparedStatement d = c.prepareStatement(
                "DELETE FROM indicator_result WHERE plan_id = ? AND indicator_id = ? AND period = ?")) {
            d.setLong(1, planId);
            d.setLong(2, indicatorId);
            d.setString(3, period.toString());
            return d.executeUpdate() > 0;
        }
    }

    // ---- baseline

    /** The plan as issued (exchange format), when it has been kept. */
    public Optional<String> baseline(long planId) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT snapshot FROM plan_baseline WHERE plan_id = ?")) {
                p.setLong(1, planId);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Keeps the plan as issued; a baseline already kept is replaced (the officer issued the plan anew). */
    public void keepBaseline(long planId, String snapshot) {
        db.inTransaction(c -> {
            keepBaseline(c, planId, snapshot);
            return null;
        });
    }

    private static void keepBaseline(Connection c, long planId, String snapshot) throws SQLException {
        try (PreparedStatement m = c.prepareStatement("""
                MERGE INTO plan_baseline (plan_id, snapshot, created_at) KEY (plan_id)
                VALUES (?, ?, CURRENT_TIMESTAMP)""")) {
            m.setLong(1, planId);
            m.setString(2, snapshot);
            m.executeUpdate();
        }
    }

    public boolean dropBaseline(long planId) {
        return db.inTransaction(c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM plan_baseline WHERE plan_id = ?")) {
                d.setLong(1, planId);
                return d.executeUpdate() > 0;
            }
        });
    }
}
