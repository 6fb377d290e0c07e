package vn.plandesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanRef;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.TaskRef;

/**
 * One run of {@link PlanRepository#sync}: walks the new state parents first, inserting, updating or moving each row
 * that differs from the old state, then deletes the rows that are gone. Deleting last matters: a sub-task moved out of a
 * deleted parent must have left it before the cascade runs.
 */
final class PlanSync {
    /** Where a row stands and what it says; two equal placements need no write. */
    private record Placement(int group, Long parent, int position, PlanTask content) {
    }

    private record IndicatorPlacement(int position, Indicator indicator) {
    }

    private static final String TASK_COLUMNS = """
            plan_id, group_id, parent_id, position, number, name, leader, lead_units, coordinating_units, result,
            deadline_text, deadline_years, role, ref_number, ref_symbol, ref_date, ref_issuer, ref_task_number, note,
            flags, start_date""";

    private final Connection c;
    private final Plan before;
    private final Plan after;
    private final long planId;
    private final Map<Integer, Long> groupIds = new HashMap<>();
    private final Map<Integer, String> storedTitles = new HashMap<>();
    private PreparedStatement insertNew;
    private PreparedStatement insertWithId;
    private PreparedStatement update;

    PlanSync(Connection c, Plan before, Plan after) {
        this.c = c;
        this.before = before;
        this.after = after;
        this.planId = after.id();
    }

    Plan run() throws SQLException {
        readGroupIds();
        Plan synced;
        try {
            insertNew = c.prepareStatement("INSERT INTO task (" + TASK_COLUMNS + ") VALUES ("
                    + "?, ".repeat(20) + "?)", Statement.RETURN_GENERATED_KEYS);
            insertWithId = c.prepareStatement("INSERT INTO task (" + TASK_COLUMNS + ", id) VALUES ("
                    + "?, ".repeat(21) + "?)");
            update = c.prepareStatement("UPDATE task SET " + TASK_COLUMNS.replace("\n", " ").replace(",", " = ?,")
                    + " = ? WHERE id = ?");
            synced = syncTasks();
        } finally {
            closeQuietly(insertNew);
            closeQuietly(insertWithId);
            closeQuietly(update);
        }
        synced = syncIndicators(synced);
        syncHeader();
        // every writer of a plan's difference comes here (the repository's sync, a comparison's accepted change)
        PlanChecksum.recordWritten(c, planId, synced, emptyGroupsKept());
        return synced;
    }

    private void readGroupIds() throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id, number, title FROM task_group WHERE plan_id = ?")) {
            p.setLong(1, planId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    groupIds.put(r.getInt(2), r.getLong(1));
                    storedTitles.put(r.getInt(2), r.getString(3));
                }
            }
        }
        for (TaskGroup g : after.groups()) {
            if (!groupIds.containsKey(g.number())) {
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO task_group (plan_id, number, title) VALUES (?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    p.setLong(1, planId);
                    p.setInt(2, g.number());
                    p.setString(3, g.title());
                    p.executeUpdate();
                    groupIds.put(g.number(), PlanRepository.generatedKey(p));
                }
            }
        }
    }

    private Plan syncTasks() throws SQLException {
        Map<Long, Placement> old = new HashMap<>();
        for (TaskGroup g : before.groups()) {
            for (int i = 0; i < g.tasks().size(); i++) {
                PlanTask t = g.tasks().get(i);
                old.put(t.id(), new Placement(g.number(), null, i, t.withSubTasks(List.of())));
                for (int j = 0; j < t.subTasks().size(); j++) {
                    PlanTask s = t.subTasks().get(j);
                    old.put(s.id(), new Placement(g.number(), t.id(), j, s));
                }
            }
        }
        Set<Long> kept = new HashSet<>();
        List<TaskGroup> groups = new ArrayList<>();
        for (TaskGroup g : after.groups()) {
            List<PlanTask> tasks = new ArrayList<>(g.tasks().size());
            boolean groupChanged = false;
            for (int i = 0; i < g.tasks().size(); i++) {
                PlanTask t = g.tasks().get(i);
                PlanTask written = write(old, kept, g.number(), null, i, t);
                List<PlanTask> subs = new ArrayList<>(t.subTasks().size());
                boolean subsChanged = false;
                for (int j = 0; j < t.subTasks().size(); j++) {
                    PlanTask s = t.subTasks().get(j);
                    PlanTask w = write(old, kept, g.number(), written.id(), j, s);
                    subsChanged |= w != s;
                    subs.add(w);
                }
                if (subsChanged) {
                    written = written.withSubTasks(subs);
                }
                groupChanged |= written != t;
                tasks.add(written);
            }
            groups.add(groupChanged ? g.withTasks(tasks) : g);
        }
        List<Long> gone = old.keySet().stream().filter(id -> !kept.contains(id)).toList();
        if (!gone.isEmpty()) {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM task WHERE id = ? AND plan_id = ?")) {
                for (Long id : gone) {
                    d.setLong(1, id);
                    d.setLong(2, planId);
                    d.addBatch();
                }
                d.executeBatch();
            }
        }
        return after.withGroups(groups);
    }

    /** Writes one row if it is new or differs; returns the task with its id (the same object when it had one). */
    private PlanTask write(Map<Long, Placement> old, Set<Long> kept, int group, Long parent, int position,
                           PlanTask task) throws SQLException {
        if (task.id() == null) {
            bindTask(insertNew, group, parent, position, task);
            insertNew.executeUpdate();
            return task.withId(PlanRepository.generatedKey(insertNew));
        }
        kept.add(task.id());
        Placement was = old.get(task.id());
        Placement now = new Placement(group, parent, position, task.withSubTasks(List.of()));
        if (was == null) {
            bindTask(insertWithId, group, parent, position, task);
            insertWithId.setLong(22, task.id());
            insertWithId.executeUpdate();
        } else if (!was.equals(now)) {
            bindTask(update, group, parent, position, task);
            update.setLong(22, task.id());
            update.executeUpdate();
        }
        return task;
    }

    private void bindTask(PreparedStatement t, int group, Long parent, int position, PlanTask task)
            throws SQLException {
        t.setLong(1, planId);
        t.setLong(2, groupIds.get(group));
        if (parent == null) {
            t.setNull(3, Types.BIGINT);
        } else {
            t.setLong(3, parent);
        }
        t.setInt(4, position);
        t.setString(5, task.number());
        t.setString(6, task.name());
        t.setString(7, task.leader());
        t.setString(8, String.join(PlanRepository.UNIT_SEPARATOR, task.leadUnits()));
        t.setString(9, String.join(PlanRepository.UNIT_SEPARATOR, task.coordinatingUnits()));
        t.setString(10, task.result());
        t.setString(11, task.deadline().raw());
        t.setString(12, PlanRepository.yearsJson(task));
        t.setString(13, task.role() == null ? null : task.role().name());
        TaskRef ref = task.parentRef();
        PlanRef refPlan = ref == null ? null : ref.plan();
        t.setString(14, refPlan == null ? null : refPlan.number());
        t.setString(15, refPlan == null ? null : refPlan.symbol());
        PlanRepository.setDate(t, 16, refPlan == null ? null : refPlan.date());
        t.setString(17, refPlan == null ? null : refPlan.issuer());
        t.setString(18, ref == null ? null : ref.number());
        t.setString(19, task.note());
        t.setString(20, String.join(",", task.flags().stream().map(Enum::name).toList()));
        PlanRepository.setDate(t, 21, task.start());
    }

    private Plan syncIndicators(Plan synced) throws SQLException {
        Map<Long, IndicatorPlacement> old = new HashMap<>();
        for (int i = 0; i < before.indicators().size(); i++) {
            Indicator ind = before.indicators().get(i);
            old.put(ind.id(), new IndicatorPlacement(i, ind));
        }
        List<Indicator> out = new ArrayList<>(after.indicators().size());
        Set<Long> kept = new HashSet<>();
        boolean changed = false;
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO indicator (plan_id, position, number, name, unit, section, target) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement insertWith = c.prepareStatement("""
                INSERT INTO indicator (plan_id, position, number, name, unit, section, target, id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement upd = c.prepareStatement("""
                UPDATE indicator SET plan_id = ?, position = ?, number = ?, name = ?, unit = ?, section = ?, target = ?
                WHERE id = ?""")) {
            for (int i = 0; i < after.indicators().size(); i++) {
                Indicator ind = after.indicators().get(i);
                if (ind.id() == null) {
                    bindIndicator(insert, i, ind);
                    insert.executeUpdate();
                    ind = ind.withId(PlanRepository.generatedKey(insert));
                    changed = true;
                } else {
                    kept.add(ind.id());
                    IndicatorPlacement was = old.get(ind.id());
                    PreparedStatement p = was == null ? insertWith
                            : was.equals(new IndicatorPlacement(i, ind)) ? null : upd;
                    if (p != null) {
                        bindIndicator(p, i, ind);
                        p.setLong(8, ind.id());
                        p.executeUpdate();
                    }
                }
                out.add(ind);
            }
        }
        List<Long> gone = old.keySet().stream().filter(id -> !kept.contains(id)).toList();
        try (PreparedStatement d = c.prepareStatement("DELETE FROM indicator WHERE id = ? AND plan_id = ?")) {
            for (Long id : gone) {
                d.setLong(1, id);
                d.setLong(2, planId);
                d.executeUpdate();
            }
        }
        return changed ? synced.withIndicators(out) : synced;
    }

    private void bindIndicator(PreparedStatement p, int position, Indicator ind) throws SQLException {
        p.setLong(1, planId);
        p.setInt(2, position);
        p.setString(3, ind.number());
        p.setString(4, ind.name());
        p.setString(5, ind.unit());
        p.setString(6, ind.section());
        p.setString(7, ind.target());
    }

    /** The header is written whole when any of it changed; the plan's updated time moves with every sync. */
    private void syncHeader() throws SQLException {
        Plan a = after.withGroups(List.of()).withIndicators(List.of());
        Plan b = before.withGroups(List.of()).withIndicators(List.of());
        boolean titlesChanged = !Objects.equals(titles(before), titles(after));
        if (!a.equals(b)) {
            try (PreparedStatement u = c.prepareStatement("""
                    UPDATE plan SET kind = ?, number = ?, symbol = ?, issue_date = ?, issuer = ?, summary = ?,
                      header_json = ?, partial = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?""")) {
                PlanRepository.bindPlan(u, after);
                u.setLong(9, planId);
                u.executeUpdate();
            }
        } else {
            try (PreparedStatement u = c.prepareStatement("UPDATE plan SET updated_at = CURRENT_TIMESTAMP WHERE id = ?")) {
                u.setLong(1, planId);
                u.executeUpdate();
            }
        }
        if (titlesChanged) {
            try (PreparedStatement u = c.prepareStatement("UPDATE task_group SET title = ? WHERE id = ?")) {
                for (TaskGroup g : after.groups()) {
                    u.setString(1, g.title());
                    u.setLong(2, groupIds.get(g.number()));
                    u.executeUpdate();
                }
            }
        }
    }

    /**
     * The groups the store keeps that the new state does not hold: a sync does not delete group rows, so the plan
     * read back has them, empty (their tasks are gone with the old state), under their stored titles.
     */
    private List<TaskGroup> emptyGroupsKept() {
        Set<Integer> held = new HashSet<>();
        after.groups().forEach(g -> held.add(g.number()));
        List<TaskGroup> kept = new ArrayList<>();
        storedTitles.forEach((number, title) -> {
            if (!held.contains(number)) {
                kept.add(new TaskGroup(number, title, List.of()));
            }
        });
        return kept;
    }

    private static List<String> titles(Plan p) {
        return p.groups().stream().map(TaskGroup::title).toList();
    }

    private static void closeQuietly(Statement s) {
        try {
            if (s != null) {
                s.close();
            }
        } catch (SQLException ignored) {
            // closing a statement of a live connection does not fail in practice; nothing to undo
        }
    }
}
