package vn.plandesk.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.zip.CRC32C;
import java.util.List;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanRef;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.TaskRef;

/**
 * The checksum of a plan's content kept in plan.content_checksum: CRC-32C and length of the values a plan's rows hold (header,
 * groups in order, tasks and sub-tasks in order, indicators), as {@link PlanRepository} writes them, without the row
 * ids, taken from the plan as it reads back, in the transaction that changed it. Reading back costs as much as opening
 * the plan (seconds for 13,000 tasks on a busy machine, milliseconds for a ward's plan); keeping a checksum per row
 * would spare it and is not done yet.
 */
final class PlanChecksum {
    private PlanChecksum() {
    }

    static String of(Plan plan) throws SQLException {
        Digest d = new Digest();
        add(d, plan.kind().name(), plan.number(), plan.symbol(), String.valueOf(plan.issueDate()), plan.issuer(),
                plan.summary(), PlanRepository.headerJson(plan), String.valueOf(plan.partial()));
        List<TaskGroup> groups = new ArrayList<>(plan.groups());
        groups.sort(Comparator.comparingInt(TaskGroup::number));
        for (TaskGroup g : groups) {
            add(d, "group", String.valueOf(g.number()), g.title());
            for (PlanTask t : g.tasks()) {
                task(d, "task", t);
                for (PlanTask sub : t.subTasks()) {
                    task(d, "sub", sub);
                }
            }
        }
        for (Indicator i : plan.indicators()) {
            add(d, "indicator", i.number(), i.name(), i.unit(), i.section(), i.target());
        }
        return d.value();
    }

    private static void task(Digest d, String level, PlanTask t) throws SQLException {
        TaskRef ref = t.parentRef();
        PlanRef refPlan = ref == null ? null : ref.plan();
        add(d, level, t.number(), t.name(), t.leader(), String.join(PlanRepository.UNIT_SEPARATOR, t.leadUnits()),
                String.join(PlanRepository.UNIT_SEPARATOR, t.coordinatingUnits()), t.result(), t.deadline().raw(),
                years(t.deadline().years()),
                t.role() == null ? null : t.role().name(), refPlan == null ? null : refPlan.number(),
                refPlan == null ? null : refPlan.symbol(), refPlan == null ? null : String.valueOf(refPlan.date()),
                refPlan == null ? null : refPlan.issuer(), ref == null ? null : ref.number(), t.note(),
                String.join(",", t.flags().stream().map(Enum::name).toList()), String.valueOf(t.start()));
    }

    /** The year grid in year order (the store keeps it as JSON; writing JSON for every task would cost too much). */
    private static String years(java.util.Map<Integer, String> years) {
        if (years.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        new java.util.TreeMap<>(years).forEach((year, mark) -> b.append(year).append('=').append(mark).append('\u001f'));
        return b.toString();
    }

    /**
     * CRC-32C over each value with its length first (so that no two different rows give the same bytes), and the
     * number of bytes: a check against damage, not against forgery, and fast enough to take at every edit of a
     * 13,000-task plan (SHA-256 cost half a second there).
     */
    private static final class Digest {
        private final CRC32C crc = new CRC32C();
        private final byte[] length = new byte[4];
        private long bytes;

        void add(String... values) {
            for (String v : values) {
                byte[] b = v == null ? null : v.getBytes(StandardCharsets.UTF_8);
                int n = b == null ? -1 : b.length;
                length[0] = (byte) (n >>> 24);
                length[1] = (byte) (n >>> 16);
                length[2] = (byte) (n >>> 8);
                length[3] = (byte) n;
                crc.update(length);
                if (b != null) {
                    crc.update(b);
                    bytes += b.length;
                }
            }
        }

        String value() {
            return "crc32c:" + Long.toHexString(crc.getValue()) + ":" + bytes;
        }
    }

    private static void add(Digest d, String... values) {
        d.add(values);
    }

    /**
     * Records the checksum of a plan just written, inside the transaction that wrote it. It is taken from the plan read
     * back, not from the plan in memory: an edit's plan in memory can hold what the store does not keep in that form
     * (a comparison's accepted change did), and a checksum of it would call a sound plan damaged.
     */
    static void record(Connection c, long planId) throws SQLException {
        Plan stored = PlanRepository.load(c, planId);
        if (stored != null) {
            record(c, planId, stored);
        }
    }

    private static void record(Connection c, long planId, Plan stored) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("UPDATE plan SET content_checksum = ? WHERE id = ?")) {
            u.setString(1, of(stored));
            u.setLong(2, planId);
            u.executeUpdate();
        }
    }

    /**
     * Whether a plan read from the store is the plan its checksum was taken of. A plan without a checksum (stored
     * before checksums were kept) gets one now and passes.
     */
    static boolean matches(Connection c, Plan loaded) throws SQLException {
        String stored = stored(c, loaded.id());
        if (stored == null) {
            record(c, loaded.id(), loaded);
            return true;
        }
        return stored.equals(of(loaded));
    }

    /** The checksum kept with a plan, null when none was recorded yet. */
    static String stored(Connection c, long planId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT content_checksum FROM plan WHERE id = ?")) {
            p.setLong(1, planId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** Gives every plan stored before checksums were kept its checksum (the first start after the migration). */
    static int recordMissing(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM plan WHERE content_checksum IS NULL")) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        for (long id : ids) {
            record(c, id);
        }
        return ids.size();
    }
}
