package vn.plandesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.ReportPeriod;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.report.ReportListing;
import vn.plandesk.model.report.ReportState;

/**
 * The reports of the store, each kept whole as one text (see V7__reports.sql). A store holds tens of reports, so lists
 * read them whole; the columns beside the text let them be ordered and chosen without reading it.
 */
public final class ReportRepository {
    private static final String ORDER = " ORDER BY plan_id NULLS FIRST, period, version, id";
    private final Database db;
    private final Codec json;

    /**
     * How a report is written as text and read back. The store keeps the text; the format is the exchange format's
     * (io), which the store does not see, so the wiring gives it.
     */
    public interface Codec {
        String write(Report report);

        Report read(String text);
    }

    public ReportRepository(Database db, Codec codec) {
        this.db = db;
        this.json = codec;
    }

    /** Every report of the store: the sample first, then each plan's by period and version. */
    public List<Report> list() {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, plan_id, content FROM report" + ORDER)) {
                return read(p);
            }
        });
    }

    /** Every report of the store as its columns give it, in the order of {@link #list()}, without reading any text. */
    public List<ReportListing> listings() {
        return db.inTransaction(c -> {
            List<ReportListing> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT id, plan_id, kind, period, state, version FROM report" + ORDER);
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long planId = r.getLong(2);
                    Long plan = r.wasNull() ? null : planId;
                    String period = r.getString(4);
                    out.add(new ReportListing(r.getLong(1), plan, ReportKind.valueOf(r.getString(3)),
                            period == null ? null : ReportPeriod.parse(period), ReportState.valueOf(r.getString(5)),
                            r.getInt(6)));
                }
            }
            return out;
        });
    }

    /** The reports on one plan, by period and version. */
    public List<Report> list(long planId) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT id, plan_id, content FROM report WHERE plan_id = ?" + ORDER)) {
                p.setLong(1, planId);
                return read(p);
            }
        });
    }

    public Optional<Report> find(long id) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, plan_id, content FROM report WHERE id = ?")) {
                p.setLong(1, id);
                return read(p).stream().findFirst();
            }
        });
    }

    /**
     * Stores a report in one transaction and returns it with its id. A report that has an id keeps it: the undo of a
     * deletion brings the report back as it was.
     */
    public Report insert(Report report) {
        return db.inTransaction(c -> insert(c, report));
    }

    /** Stores several reports in one transaction (an exchange file's), all or none; returns them with their ids. */
    public List<Report> insertAll(List<Report> reports) {
        return db.inTransaction(c -> {
            List<Report> out = new ArrayList<>();
            for (Report r : reports) {
                out.add(insert(c, r));
            }
            return out;
        });
    }

    /**
     * Stores a plan's reports read from an exchange file, in one transaction, all or none. Their ids are keys within
     * the file: each report gets a new id, and a correction names the new id of the version it corrects (which comes
     * before it). Returns them as stored.
     */
    public List<Report> insertVersions(long planId, List<Report> carried) {
        return db.inTransaction(c -> {
            java.util.Map<Long, Long> newIds = new java.util.HashMap<>();
            List<Report> out = new ArrayList<>();
            for (Report r : carried) {
                Long previous = r.previousVersion() == null ? null : newIds.get(r.previousVersion());
                Report stored = insert(c, r.withId(null).withPlanId(planId).withPreviousVersion(previous));
                if (r.id() != null) {
                    newIds.put(r.id(), stored.id());
                }
                out.add(stored);
            }
            return out;
        });
    }

    private Report insert(Connection c, Report report) throws SQLException {
        String sql = report.id() == null
                ? "INSERT INTO report (plan_id, kind, period, state, version, previous_version, summary, content,"
                        + " sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "INSERT INTO report (plan_id, kind, period, state, version, previous_version, summary, content,"
                        + " sent_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement p = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(p, report);
            if (report.id() != null) {
                p.setLong(10, report.id());
            }
            p.executeUpdate();
            if (report.id() != null) {
                return report;
            }
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                return report.withId(id);
            }
        }
    }

    /** Writes a stored report over what the store had, in one transaction. */
    public void update(Report report) {
        if (report.id() == null) {
            throw new IllegalArgumentException("only a stored report can be updated");
        }
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE report SET plan_id = ?, kind = ?, period = ?,"
                    + " state = ?, version = ?, previous_version = ?, summary = ?, content = ?, sent_at = ?,"
                    + " updated_at = CURRENT_TIMESTAMP WHERE id = ?")) {
                bind(p, report);
                p.setLong(10, report.id());
                if (p.executeUpdate() != 1) {
                    throw new PlanDeskException("report.notFound", report.id());
                }
            }
            return null;
        });
    }

    /** Removes a report; false when there was none. */
    public boolean delete(long id) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM report WHERE id = ?")) {
                p.setLong(1, id);
                return p.executeUpdate() == 1;
            }
        });
    }

    private void bind(PreparedStatement p, Report r) throws SQLException {
        if (r.planId() == null) {
            p.setNull(1, Types.BIGINT);
        } else {
            p.setLong(1, r.planId());
        }
        p.setString(2, r.kind().name());
        p.setString(3, r.period() == null ? null : r.period().code());
        p.setString(4, r.state().name());
        p.setInt(5, r.version());
        if (r.previousVersion() == null) {
            p.setNull(6, Types.BIGINT);
        } else {
            p.setLong(6, r.previousVersion());
        }
        String summary = r.summary();
        p.setString(7, summary.length() > 4000 ? summary.substring(0, 4000) : summary);
        p.setString(8, json.write(r));
        p.setTimestamp(9, r.sentAt() == null ? null : Timestamp.from(r.sentAt()));
    }

    private List<Report> read(PreparedStatement p) throws SQLException {
        List<Report> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                long id = r.getLong(1);
                long planId = r.getLong(2);
                Long plan = r.wasNull() ? null : planId;
                // the columns are the truth for the keys: a plan read into another store gets other ids
                out.add(json.read(r.getString(3)).withId(id).withPlanId(plan));
            }
        }
        return out;
    }
}
