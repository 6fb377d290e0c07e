package vn.plandesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.NumberingScheme;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanRef;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.Signer;
import vn.plandesk.model.TaskFlag;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.TaskRef;
import vn.plandesk.model.WardRole;

/** Plans as aggregates: a plan with its groups, tasks and indicators is written and read whole. SQL lives here. */
public final class PlanRepository {
    /** The parts of a plan kept whole as JSON in plan.header_json. */
    record Header(String parentOrgan, String issuingOrgan, String locality, String documentType,
                  List<String> legalBases, List<String> introduction, List<BodySection> sections,
                  List<String> recipients, Signer signer, PlanRef parentPlan, PlanRef replacesPlan,
                  NumberingScheme numbering, List<String> appendixTitles) {
    }

    static final String UNIT_SEPARATOR = "\n";
    /**
     * Reads the JSON {@link HeaderJson} leaves to it: forms PlanDesk does not write. Made when first needed, which a
     * store PlanDesk wrote never asks for.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    private final Database db;

    public PlanRepository(Database db) {
        this.db = db;
    }

    public List<PlanSummary> list() {
        return db.inTransaction(c -> {
            String sql = """
                    SELECT p.id, p.kind, p.number, p.symbol, p.issue_date, p.issuer, p.summary, p.partial,
                      (SELECT COUNT(*) FROM task_group g WHERE g.plan_id = p.id),
                      (SELECT COUNT(*) FROM task t WHERE t.plan_id = p.id),
                      (SELECT COUNT(*) FROM indicator i WHERE i.plan_id = p.id)
                    FROM plan p ORDER BY p.id""";
            List<PlanSummary> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                while (r.next()) {
                    Date d = r.getDate(5);
                    out.add(new PlanSummary(r.getLong(1), PlanKind.valueOf(r.getString(2)), r.getString(3),
                            r.getString(4), d == null ? null : d.toLocalDate(), r.getString(6), r.getInt(9),
                            r.getInt(10), r.getInt(11), r.getString(7), r.getBoolean(8)));
                }
            }
            return out;
        });
    }

    /** Stores a new plan in one transaction and returns its id. */
    public long insert(Plan plan) {
        return db.inTransaction(c -> insert(c, plan));
    }

    /** Replaces a stored plan's content whole, keeping its id, in one transaction. */
    public void replace(long id, Plan plan) {
        db.inTransaction(c -> {
            replace(c, id, plan);
            return null;
        });
    }

    /** Replaces a plan's content inside a transaction that the caller runs (with other changes that go with it). */
    static void replace(Connection c, long id, Plan plan) throws SQLException {
        if (!exists(c, id)) {
            throw new SQLException("no plan " + id);
        }
        try (PreparedStatement d1 = c.prepareStatement("DELETE FROM task WHERE plan_id = ?");
             PreparedStatement d2 = c.prepareStatement("DELETE FROM task_group WHERE plan_id = ?");
             PreparedStatement d3 = c.prepareStatement("DELETE FROM indicator WHERE plan_id = ?")) {
            for (PreparedStatement d : List.of(d1, d2, d3)) {
                d.setLong(1, id);
                d.executeUpdate();
            }
        }
        try (PreparedStatement u = c.prepareStatement("""
                UPDATE plan SET kind = ?, number = ?, symbol = ?, issue_date = ?, issuer = ?, summary = ?,
                  header_json = ?, partial = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?""")) {
            bindPlan(u, plan);
            u.setLong(9, id);
            u.executeUpdate();
        }
        insertContent(c, id, plan);
        PlanChecksum.recordWritten(c, id, plan, List.of());
    }

    public boolean delete(long id) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM plan WHERE id = ?")) {
                p.setLong(1, id);
                return p.executeUpdate() > 0;
            }
        });
    }

    /**
     * Writes the difference between two states of a stored plan in one transaction: changed, moved, added and removed
     * tasks and indicators, and the header. Rows the store has not seen (null id) are inserted and the returned plan
     * carries their new ids; rows that come back with an id (an undone deletion) are inserted under that id, so an
     * edit history can go back and forth over the same rows.
     */
    public Plan sync(Plan before, Plan after) {
        if (after.id() == null || !after.id().equals(before.id())) {
            throw new IllegalArgumentException("sync needs two states of one stored plan");
        }
        return db.inTransaction(c -> new PlanSync(c, before, after).run());
    }

    /**
     * A stored plan, read whole.
     *
     * @throws PlanDeskException "store.planDamaged" when what is read is not what was written (its checksum differs)
     */
    public Optional<Plan> load(long id) {
        return db.inTransaction(c -> {
            Plan plan = load(c, id);
            if (plan != null && !PlanChecksum.matches(c, plan)) {
                db.damageSeen();
                throw damaged(db.folder(), plan);
            }
            return Optional.ofNullable(plan);
        });
    }

    /** A plan as the officer finds it in the plans list: its id, and its number/symbol when it has one. */
    static String name(Plan plan) {
        return plan.number().isEmpty() ? String.valueOf(plan.id())
                : plan.id() + " (" + plan.number() + (plan.symbol().isEmpty() ? "" : "/" + plan.symbol()) + ")";
    }

    /** The refusal of a plan whose content no longer matches its checksum, naming the newest backup. */
    static PlanDeskException damaged(java.nio.file.Path folder, Plan plan) {
        String name = name(plan);
        return Backups.newestReadable(folder)
                .map(b -> new PlanDeskException("store.planDamaged", name, b.getFileName().toString()))
                .orElseGet(() -> new PlanDeskException("store.planDamagedNoBackup", name));
    }

    private static boolean exists(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM plan WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Stores a new plan inside a transaction that the caller runs. */
    static long insert(Connection c, Plan plan) throws SQLException {
        long id;
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO plan (kind, number, symbol, issue_date, issuer, summary, header_json, partial)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            bindPlan(p, plan);
            p.executeUpdate();
            id = generatedKey(p);
        }
        insertContent(c, id, plan);
        PlanChecksum.recordWritten(c, id, plan, List.of());
        return id;
    }

    static void bindPlan(PreparedStatement p, Plan plan) throws SQLException {
        p.setString(1, plan.kind().name());
        p.setString(2, plan.number());
        p.setString(3, plan.symbol());
        setDate(p, 4, plan.issueDate());
        p.setString(5, plan.issuer());
        p.setString(6, plan.summary());
        p.setString(7, headerJson(plan));
        p.setBoolean(8, plan.partial());
    }

    static String headerJson(Plan plan) throws SQLException {
        return HeaderJson.write(new Header(plan.parentOrgan(), plan.issuingOrgan(), plan.locality(),
                plan.documentType(), plan.legalBases(), plan.introduction(), plan.sections(), plan.recipients(),
                plan.signer(), plan.parentPlan(), plan.replacesPlan(), plan.numbering(), plan.appendixTitles()));
    }

    /**
     * The header's JSON as a plan read from the store gives it: written and read once more, so that the plan an edit
     * holds in memory and the same plan read back give the same text.
     */
    static String headerAsStored(Plan plan) throws SQLException {
        return HeaderJson.write(header(headerJson(plan)));
    }

    private static void insertContent(Connection c, long planId, Plan plan) throws SQLException {
        try (PreparedStatement g = c.prepareStatement(
                "INSERT INTO task_group (plan_id, number, title) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement t = c.prepareStatement("""
                     INSERT INTO task (plan_id, group_id, parent_id, position, number, name, leader, lead_units,
                       coordinating_units, result, deadline_text, deadline_years, role, ref_number, ref_symbol,
                       ref_date, ref_issuer, ref_task_number, note, flags, start_date)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                     Statement.RETURN_GENERATED_KEYS)) {
            for (TaskGroup group : plan.groups()) {
                g.setLong(1, planId);
                g.setInt(2, group.number());
                g.setString(3, group.title());
                g.executeUpdate();
                long groupId = generatedKey(g);
                int position = 0;
                for (PlanTask task : group.tasks()) {
                    long taskId = insertTask(t, planId, groupId, null, position++, task);
                    int subPosition = 0;
                    for (PlanTask sub : task.subTasks()) {
                        insertTask(t, planId, groupId, taskId, subPosition++, sub);
                    }
                }
            }
        }
        try (PreparedStatement i = c.prepareStatement("""
                INSERT INTO indicator (plan_id, position, number, name, unit, section, target)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            int position = 0;
            for (Indicator ind : plan.indicators()) {
                i.setLong(1, planId);
                i.setInt(2, position++);
                i.setString(3, ind.number());
                i.setString(4, ind.name());
                i.setString(5, ind.unit());
                i.setString(6, ind.section());
                i.setString(7, ind.target());
                i.addBatch();
            }
            i.executeBatch();
        }
    }

    private static long insertTask(PreparedStatement t, long planId, long groupId, Long parentId, int position,
                                   PlanTask task) throws SQLException {
        t.setLong(1, planId);
        t.setLong(2, groupId);
        if (parentId == null) {
            t.setNull(3, Types.BIGINT);
        } else {
            t.setLong(3, parentId);
        }
        t.setInt(4, position);
        t.setString(5, task.number());
        t.setString(6, task.name());
        t.setString(7, task.leader());
        t.setString(8, String.join(UNIT_SEPARATOR, task.leadUnits()));
        t.setString(9, String.join(UNIT_SEPARATOR, task.coordinatingUnits()));
        t.setString(10, task.result());
        t.setString(11, task.deadline().raw());
        t.setString(12, yearsJson(task));
        t.setString(13, task.role() == null ? null : task.role().name());
        TaskRef ref = task.parentRef();
        PlanRef refPlan = ref == null ? null : ref.plan();
        t.setString(14, refPlan == null ? null : refPlan.number());
        t.setString(15, refPlan == null ? null : refPlan.symbol());
        setDate(t, 16, refPlan == null ? null : refPlan.date());
        t.setString(17, refPlan == null ? null : refPlan.issuer());
        t.setString(18, ref == null ? null : ref.number());
        t.setString(19, task.note());
        t.setString(20, String.join(",", task.flags().stream().map(Enum::name).toList()));
        setDate(t, 21, task.start());
        t.executeUpdate();
        return generatedKey(t);
    }

    static Plan load(Connection c, long id) throws SQLException {
        Plan head;
        try (PreparedStatement p = c.prepareStatement("""
                SELECT kind, number, symbol, issue_date, issuer, summary, header_json, partial FROM plan WHERE id = ?""")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                Header h = header(r.getString(7));
                Date d = r.getDate(4);
                head = new Plan(id, PlanKind.valueOf(r.getString(1)), h.parentOrgan(), h.issuingOrgan(),
                        r.getString(5), h.locality(), r.getString(2), r.getString(3),
                        d == null ? null : d.toLocalDate(), h.documentType(), r.getString(6), h.legalBases(),
                        h.introduction(), h.sections(), h.recipients(), h.signer(), h.parentPlan(),
                        h.replacesPlan(), h.numbering(), h.appendixTitles(), List.of(), List.of(), r.getBoolean(8));
            }
        }
        // groups in order, tasks by group then position; sub-tasks attached to their parent
        Map<Long, Integer> groupNumbers = new LinkedHashMap<>();
        Map<Long, String> groupTitles = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT id, number, title FROM task_group WHERE plan_id = ? ORDER BY number")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    groupNumbers.put(r.getLong(1), r.getInt(2));
                    groupTitles.put(r.getLong(1), r.getString(3));
                }
            }
        }
        Map<Long, List<PlanTask>> topByGroup = new HashMap<>();
        Map<Long, List<PlanTask>> subsByParent = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("""
                SELECT id, group_id, parent_id, number, name, leader, lead_units, coordinating_units, result,
                  deadline_text, deadline_years, role, ref_number, ref_symbol, ref_date, ref_issuer, ref_task_number,
                  note, flags, start_date
                FROM task WHERE plan_id = ? ORDER BY group_id, parent_id NULLS FIRST, position""")) {
            p.setLong(1, id);
            p.setFetchSize(1000);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    PlanTask task = readTask(r);
                    long parent = r.getLong(3);
                    if (r.wasNull()) {
                        topByGroup.computeIfAbsent(r.getLong(2), k -> new ArrayList<>()).add(task);
                    } else {
                        subsByParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(task);
                    }
                }
            }
        }
        List<TaskGroup> groups = new ArrayList<>();
        for (Map.Entry<Long, Integer> g : groupNumbers.entrySet()) {
            List<PlanTask> tasks = new ArrayList<>();
            for (PlanTask t : topByGroup.getOrDefault(g.getKey(), List.of())) {
                List<PlanTask> subs = subsByParent.get(t.id());
                tasks.add(subs == null ? t : t.withSubTasks(subs));
            }
            groups.add(new TaskGroup(g.getValue(), groupTitles.get(g.getKey()), tasks));
        }
        List<Indicator> indicators = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("""
                SELECT id, number, name, unit, section, target FROM indicator WHERE plan_id = ? ORDER BY position""")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    indicators.add(new Indicator(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6)));
                }
            }
        }
        return head.withGroups(groups).withIndicators(indicators);
    }

    private static PlanTask readTask(ResultSet r) throws SQLException {
        String years = r.getString(11);
        Map<Integer, String> grid = years == null || years.isEmpty() ? Map.of() : years(years);
        String role = r.getString(12);
        String refTask = r.getString(17);
        TaskRef ref = null;
        if (refTask != null) {
            Date d = r.getDate(15);
            ref = new TaskRef(new PlanRef(r.getString(13), r.getString(14), d == null ? null : d.toLocalDate(),
                    r.getString(16)), refTask);
        }
        String flags = r.getString(19);
        List<TaskFlag> flagList = flags.isEmpty() ? List.of()
                : Arrays.stream(flags.split(",")).map(TaskFlag::valueOf).toList();
        return new PlanTask(r.getLong(1), r.getString(4), r.getString(5), r.getString(6), units(r.getString(7)),
                units(r.getString(8)), r.getString(9), Deadline.of(r.getString(10), grid),
                role == null ? null : WardRole.valueOf(role), ref, r.getString(18), flagList, List.of(),
                r.getDate(20) == null ? null : r.getDate(20).toLocalDate());
    }

    static List<String> units(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(UNIT_SEPARATOR));
    }

    static long generatedKey(PreparedStatement p) throws SQLException {
        try (ResultSet keys = p.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no key generated");
            }
            return keys.getLong(1);
        }
    }

    static void setDate(PreparedStatement p, int index, LocalDate date) throws SQLException {
        if (date == null) {
            p.setNull(index, Types.DATE);
        } else {
            p.setDate(index, Date.valueOf(date));
        }
    }

    /** A task's year grid as its column keeps it: empty for none. */
    static String yearsJson(PlanTask task) throws SQLException {
        return task.deadline().years().isEmpty() ? "" : HeaderJson.writeYears(task.deadline().years());
    }

    static Header header(String json) throws SQLException {
        Header h = HeaderJson.read(json);
        return h != null ? h : fromJson(json, Header.class);
    }

    private static Map<Integer, String> years(String json) throws SQLException {
        Map<Integer, String> years = HeaderJson.readYears(json);
        return years != null ? years : fromJson(json, new TypeReference<TreeMap<Integer, String>>() { });
    }

    private static <T> T fromJson(String json, Class<T> type) throws SQLException {
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot read " + type.getSimpleName(), e);
        }
    }

    private static <T> T fromJson(String json, TypeReference<T> type) throws SQLException {
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot read stored JSON", e);
        }
    }
}
