package vn.plandesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
import vn.plandesk.model.Plan;

/**
 * For each ward plan derived in PlanDesk: which stored plan is its parent and the parent as the ward last agreed with
 * it (an exchange-format snapshot, made by the service). A ward plan and its snapshot always change together, in one
 * transaction.
 */
public final class DerivationRepository {
    /** What the store keeps about one derivation. */
    public record Derivation(long wardPlanId, Long parentPlanId, String parentSnapshot) {
    }

    private final Database db;

    public DerivationRepository(Database db) {
        this.db = db;
    }

    /** Stores a newly derived ward plan with its parent's snapshot, in one transaction; returns the new plan's id. */
    public long insert(Plan wardPlan, Long parentPlanId, String parentSnapshot) {
        return db.inTransaction(c -> {
            long id = PlanRepository.insert(c, wardPlan);
            upsert(c, id, parentPlanId, parentSnapshot);
            return id;
        });
    }

    /**
     * Writes a ward plan's new content and its derivation record together, in one transaction, and returns the plan
     * as stored. The content is written as a difference from what is stored, so the tasks keep their ids: the
     * window's undo history, which names tasks by id, stays valid across an accepted change of the parent.
     */
    public Plan update(long wardPlanId, Plan wardPlan, Long parentPlanId, String parentSnapshot) {
        return db.inTransaction(c -> {
            Plan stored = PlanRepository.load(c, wardPlanId);
            if (stored == null) {
                throw new SQLException("no plan " + wardPlanId);
            }
            Plan written = new PlanSync(c, stored, wardPlan.withId(wardPlanId)).run();
            upsert(c, wardPlanId, parentPlanId, parentSnapshot);
            return written;
        });
    }

    public Optional<Derivation> find(long wardPlanId) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT parent_plan_id, parent_snapshot FROM derivation WHERE ward_plan_id = ?")) {
                p.setLong(1, wardPlanId);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    long parent = r.getLong(1);
                    Long parentId = r.wasNull() ? null : parent;
                    return Optional.of(new Derivation(wardPlanId, parentId, r.getString(2)));
                }
            }
        });
    }

    private static void upsert(Connection c, long wardPlanId, Long parentPlanId, String snapshot) throws SQLException {
        try (PreparedStatement m = c.prepareStatement("""
                MERGE INTO derivation (ward_plan_id, parent_plan_id, parent_snapshot, updated_at)
                KEY (ward_plan_id) VALUES (?, ?, ?, CURRENT_TIMESTAMP)""")) {
            m.setLong(1, wardPlanId);
            if (parentPlanId == null) {
                m.setNull(2, Types.BIGINT);
            } else {
                m.setLong(2, parentPlanId);
            }
            m.setString(3, snapshot);
            m.executeUpdate();
        }
    }
}
