package vn.plandesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.ReportingRule;

/** Each plan's reporting rules, in the plan's order, read and written whole: a plan has a handful. */
public final class ReportingRuleRepository {
    private final Database db;

    public ReportingRuleRepository(Database db) {
        this.db = db;
    }

    public List<ReportingRule> rules(long planId) {
        return all(planId).getOrDefault(planId, List.of());
    }

    /** Every plan's rules by plan id, plans in id order. */
    public Map<Long, List<ReportingRule>> all() {
        return all(null);
    }

    private Map<Long, List<ReportingRule>> all(Long onlyPlan) {
        return db.inTransaction(c -> {
            String where = onlyPlan == null ? "" : " WHERE plan_id = ?";
            try (PreparedStatement p = c.prepareStatement("SELECT plan_id, kind, due_day, due_month, recipient, rule_text"
                    + " FROM reporting_rule" + where + " ORDER BY plan_id, position, id")) {
                if (onlyPlan != null) {
                    p.setLong(1, onlyPlan);
                }
                Map<Long, List<ReportingRule>> out = new LinkedHashMap<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        ReportKind kind;
                        try {
                            kind = ReportKind.valueOf(r.getString(2));
                        } catch (IllegalArgumentException e) {
                            continue; // a kind of a later version: left for that version to read
                        }
                        out.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(
                                new ReportingRule(kind, r.getInt(3), r.getInt(4), r.getString(5), r.getString(6)));
                    }
                }
                return out;
            }
        });
    }

    /** Puts a plan's rules in place of the ones it had, in one transaction. */
    public void replace(long planId, List<ReportingRule> rules) {
        db.inTransaction(c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM reporting_rule WHERE plan_id = ?")) {
                d.setLong(1, planId);
                d.executeUpdate();
            }
            try (PreparedStatement i = c.prepareStatement("INSERT INTO reporting_rule (plan_id, position, kind, due_day,"
                    + " due_month, recipient, rule_text) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int position = 0;
                for (ReportingRule rule : rules) {
                    i.setLong(1, planId);
                    i.setInt(2, position++);
                    i.setString(3, rule.kind().name());
                    i.setInt(4, rule.day());
                    i.setInt(5, rule.month());
                    i.setString(6, rule.recipient());
                    i.setString(7, rule.text());
                    i.addBatch();
                }
                i.executeBatch();
            }
            return null;
        });
    }
}
