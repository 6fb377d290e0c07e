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
import vn.plandesk.model.Text;

/**
 * The checksum of a plan's content kept in plan.content_checksum: CRC-32C and length of the values a plan's rows hold (header,
 * groups in order, tasks and sub-tasks in order, indicators), without the row ids. Each value is taken in the form it
 * has when read back from the store (units joined and split, the deadline's text and year grid as the parser keeps
 * them, a reference's missing plan as the empty one it reads back as, the header's JSON written and read once), so the checksum of the
 * plan an edit produced in memory is the checksum of the same plan read from the store: a write records it from what
 * it wrote, without reading the plan back, and the check compares it with the plan as read.
 */
final class PlanChecksum {
    private PlanChecksum() {
    }

    static String of(Plan plan) throws SQLException {
        return of(plan, List.of());
    }

    /**
     * The checksum of a plan whose rows in the store also hold {@code storedOnly}: groups an edit left empty, which a
     * sync keeps and a read returns (with their titles, without tasks).
     */
    static String of(Plan plan, List<TaskGroup> storedOnly) throws SQLException {
        Digest d = new Digest();
        add(d, plan.kind().name(), plan.number(), plan.symbol(), String.valueOf(plan.issueDate()), plan.issuer(),
                plan.summary(), PlanRepository.headerAsStored(plan), String.valueOf(plan.partial()));
        List<TaskGroup> groups = new ArrayList<>(plan.groups());
        groups.addAll(storedOnly);
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
        // a reference read back always has its plan: one without becomes a plan of empty texts and no date
        TaskRef ref = t.parentRef();
        String refTask = ref == null ? null : ref.number();
        boolean hasRef = refTask != null;
        PlanRef refPlan = !hasRef ? null : ref.plan() == null ? new PlanRef(null, null, null, null) : ref.plan();
        add(d, level, t.number(), t.name(), t.leader(), units(t.leadUnits()), units(t.coordinatingUnits()), t.result(),
                Text.nfc(t.deadline().raw()).strip(), years(t.deadline().years()),
                t.role() == null ? null : t.role().name(), refPlan == null ? null : refPlan.number(),
                refPlan == null ? null : refPlan.symbol(), refPlan == null ? null : String.valueOf(refPlan.date()),
                refPlan == null ? null : refPlan.issuer(), refTask, t.note(),
                String.join(",", t.flags().stream().map(Enum::name).toList()), String.valueOf(t.start()));
    }

    /** A list of units as the store's column gives it back (split at the separator, empty ends dropped). */
    private static String units(List<String> units) {
        String joined = String.join(PlanRepository.UNIT_SEPARATOR, units);
        return String.join(PlanRepository.UNIT_SEPARATOR, PlanRepository.units(joined));
    }

    /**
     * The year grid in year order, blank marks dropped as the deadline parser drops them (the store keeps it as JSON;
     * writing JSON for every task would cost too much).
     */
    private static String years(java.util.Map<Integer, String> years) {
        if (years.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        new java.util.TreeMap<>(years).forEach((year, mark) -> {
            if (year != null && !Text.isBlank(mark)) {
                b.append(year).append('=').append(Text.nfc(mark).strip()).append('\u001f');
            }
        });
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

    /** Records the checksum of a plan read from the store, inside the transaction that read it. */
    static void record(Connection c, long planId) throws SQLException {
        Plan stored = PlanRepository.load(c, planId);
        if (stored != null) {
            record(c, planId, of(stored));
        }
    }

    /**
     * Records the checksum of a plan just written, inside the transaction that wrote it, from the plan that was written
     * (and the groups the store kept beside it): reading a 13,000-task plan back would cost seconds.
     */
    static void recordWritten(Connection c, long planId, Plan written, List<TaskGroup> storedOnly)
            throws SQLException {
        record(c, planId, of(written, storedOnly));
    }

    private static void record(Connection c, long planId, String checksum) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("UPDATE plan SET content_checksum = ? WHERE id = ?")) {
            u.setString(1, checksum);
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
            record(c, loaded.id(), of(loaded));
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
