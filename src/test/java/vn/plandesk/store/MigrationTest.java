package vn.plandesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.service.SampleLibrary;

/**
 * Migrations on real H2 files: stores of every earlier schema, with data as that version wrote it, come up to the
 * current schema with every row and column they held; a migration that fails leaves the store as it was and the start
 * is refused; a store of a newer PlanDesk is refused.
 */
class MigrationTest {
    private static final List<Plan> SAMPLES = new SampleLibrary().plans();
    private static final String FAILING = "classpath:db/failingmigration";

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve(Database.FILE_NAME) + ";FILE_LOCK=NO";
    }

    /** The schema versions before the current one, read from the migrations shipped. */
    static Stream<Integer> earlierVersions() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .filter(v -> v < Database.SCHEMA_VERSION).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "a store of schema V{0}")
    @MethodSource("earlierVersions")
    void aStoreOfEveryEarlierSchemaComesUpToDateWithAllItsData(int version) throws Exception {
        Flyway.configure().dataSource(url(), "sa", "").locations("classpath:db/migration")
                .target(String.valueOf(version)).load().migrate();
        Plan province = SAMPLES.get(2); // the one with indicators
        Plan ward = SAMPLES.get(SAMPLES.size() - 1);
        long provinceId;
        long wardId;
        Map<String, List<String>> columns;
        Map<String, List<List<Object>>> before;
        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            assertEquals(version, Database.appliedVersion(c));
            c.setAutoCommit(false);
            provinceId = insertAsFirstSchema(c, province);
            wardId = insertAsFirstSchema(c, ward);
            addWhatTheVersionHeld(c, version, provinceId, wardId);
            c.commit();
            columns = columns(c);
            before = rows(c, columns);
        }
        try (Database db = Database.open(dir)) {
            assertEquals(Database.SCHEMA_VERSION, db.inTransaction(Database::appliedVersion));
            Map<String, List<List<Object>>> after = db.inTransaction(c -> rows(c, columns));
            assertEquals(before.keySet(), after.keySet());
            for (String table : before.keySet()) {
                assertEquals(before.get(table), after.get(table), "table " + table + " as it was at V" + version);
            }
            PlanRepository plans = new PlanRepository(db);
            assertEquals(province, withoutStarts(plans.load(provinceId).orElseThrow().withoutIds()));
            assertEquals(ward, plans.load(wardId).orElseThrow().withoutIds(), "every field of the ward plan");
            assertEquals(2, plans.list().size());
            // and the migrated store takes the current schema's writes
            long copy = plans.insert(ward);
            assertEquals(ward, plans.load(copy).orElseThrow().withoutIds());
        }
        try (Stream<Path> backups = Files.list(dir.resolve(Backups.FOLDER))) {
            assertTrue(backups.anyMatch(p -> p.getFileName().toString().startsWith("plandesk-before-v")),
                    "the old store was backed up before it was migrated");
        }
    }

    @Test
    void aMigrationThatFailsHalfWayPutsTheStoreBackAndTheStartIsRefused() throws Exception {
        long id;
        try (Database db = Database.open(dir)) {
            id = new PlanRepository(db).insert(SAMPLES.get(3));
        }
        for (int start = 0; start < 2; start++) {
            PlanDeskException e = assertThrows(PlanDeskException.class,
                    () -> Database.open(dir, "classpath:db/migration", FAILING));
            assertEquals("store.migrationFailed", e.key(), "refused on every start, never used half-migrated");
        }
        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            assertFalse(hasColumn(c, "PLAN", "HALF_DONE"), "the failed migration's first change is gone");
            assertEquals(Database.SCHEMA_VERSION, Database.appliedVersion(c));
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"")) {
                r.next();
                assertEquals(0, r.getInt(1), "no failed migration recorded");
            }
        }
        try (Database db = Database.open(dir)) {
            assertEquals(SAMPLES.get(3), new PlanRepository(db).load(id).orElseThrow().withoutIds());
        }
        try (Stream<Path> backups = Files.list(dir.resolve(Backups.FOLDER))) {
            assertTrue(backups.anyMatch(p -> p.getFileName().toString().contains("kept-aside")),
                    "the half-migrated file is kept aside, not thrown away");
        }
    }

    /** What a start killed in the middle of a migration leaves: the step's first change is there, its record is not. */
    @Test
    void aMigrationLeftHalfDoneByAKilledStartIsRefusedEveryTime() throws Exception {
        Flyway.configure().dataSource(url(), "sa", "").locations("classpath:db/migration")
                .target("6").load().migrate();
        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            insertAsFirstSchema(c, SAMPLES.get(3));
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE report (id BIGINT)"); // the first change of V7
            }
        }
        for (int start = 0; start < 2; start++) {
            PlanDeskException e = assertThrows(PlanDeskException.class, () -> Database.open(dir));
            assertEquals("store.migrationFailed", e.key());
        }
        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            assertEquals(6, Database.appliedVersion(c), "the store is as it was");
            assertEquals(1, PlanRepository.load(c, 1) == null ? 0 : 1);
        }
    }

    @Test
    void aStoreRecordingAFailedMigrationIsRefusedWithTheNewestBackupNamed() throws Exception {
        try (Database db = Database.open(dir)) {
            new PlanRepository(db).insert(SAMPLES.get(3));
        }
        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            Files.createDirectories(dir.resolve(Backups.FOLDER));
            Backups.write(c, dir, dir.resolve(Backups.FOLDER).resolve("plandesk-before-v7-20260101-000000.zip"));
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '7'");
            }
        }
        PlanDeskException e = assertThrows(PlanDeskException.class, () -> Database.open(dir));
        assertEquals("store.halfMigrated", e.key());
        assertEquals("7", e.args()[1]);
        assertEquals("plandesk-before-v7-20260101-000000.zip", e.args()[2]);
    }

    @Test
    void aStoreOfANewerPlanDeskIsRefusedAndLeftAsItIs() throws Exception {
        try (Database db = Database.open(dir)) {
            new PlanRepository(db).insert(SAMPLES.get(3));
        }
        int newer = Database.SCHEMA_VERSION + 1;
        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                        + " \"description\", \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\")"
                        + " VALUES (100, '" + newer + "', 'later', 'SQL', 'V" + newer + "__later.sql', 'sa', 1, TRUE)");
            }
        }
        Map<String, List<List<Object>>> before;
        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            before = rows(c, columns(c));
        }
        PlanDeskException e = assertThrows(PlanDeskException.class, () -> Database.open(dir));
        assertEquals("store.newer", e.key());
        assertEquals(String.valueOf(newer), e.args()[1]);
        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            assertEquals(before, rows(c, columns(c)), "nothing in the newer store was changed");
            assertEquals(newer, Database.appliedVersion(c));
        }
    }

    /** The plan's rows as the first schema (V1) wrote them: no start dates, no checksum. */
    static long insertAsFirstSchema(Connection c, Plan plan) throws SQLException {
        long id;
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO plan (kind, number, symbol, issue_date, issuer, summary, header_json, partial)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            PlanRepository.bindPlan(p, plan);
            p.executeUpdate();
            id = PlanRepository.generatedKey(p);
        }
        try (PreparedStatement g = c.prepareStatement(
                "INSERT INTO task_group (plan_id, number, title) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement t = c.prepareStatement("""
                     INSERT INTO task (plan_id, group_id, parent_id, position, number, name, leader, lead_units,
                       coordinating_units, result, deadline_text, deadline_years, role, ref_number, ref_symbol,
                       ref_date, ref_issuer, ref_task_number, note, flags)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                     Statement.RETURN_GENERATED_KEYS)) {
            for (TaskGroup group : plan.groups()) {
                g.setLong(1, id);
                g.setInt(2, group.number());
                g.setString(3, group.title());
                g.executeUpdate();
                long groupId = PlanRepository.generatedKey(g);
                int position = 0;
                for (PlanTask task : group.tasks()) {
                    long taskId = insertTask(t, id, groupId, null, position++, task);
                    int sub = 0;
                    for (PlanTask s : task.subTasks()) {
                        insertTask(t, id, groupId, taskId, sub++, s);
                    }
                }
            }
        }
        try (PreparedStatement i = c.prepareStatement("""
                INSERT INTO indicator (plan_id, position, number, name, unit, section, target)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            int position = 0;
            for (Indicator ind : plan.indicators()) {
                i.setLong(1, id);
                i.setInt(2, position++);
                i.setString(3, ind.number());
                i.setString(4, ind.name());
                i.setString(5, ind.unit());
                i.setString(6, ind.section());
                i.setString(7, ind.target());
                i.executeUpdate();
            }
        }
        return id;
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
        t.setString(8, String.join(PlanRepository.UNIT_SEPARATOR, task.leadUnits()));
        t.setString(9, String.join(PlanRepository.UNIT_SEPARATOR, task.coordinatingUnits()));
        t.setString(10, task.result());
        t.setString(11, task.deadline().raw());
        t.setString(12, PlanRepository.yearsJson(task));
        t.setString(13, task.role() == null ? null : task.role().name());
        var ref = task.parentRef();
        var refPlan = ref == null ? null : ref.plan();
        t.setString(14, refPlan == null ? null : refPlan.number());
        t.setString(15, refPlan == null ? null : refPlan.symbol());
        PlanRepository.setDate(t, 16, refPlan == null ? null : refPlan.date());
        t.setString(17, refPlan == null ? null : refPlan.issuer());
        t.setString(18, ref == null ? null : ref.number());
        t.setString(19, task.note());
        t.setString(20, String.join(",", task.flags().stream().map(Enum::name).toList()));
        t.executeUpdate();
        return PlanRepository.generatedKey(t);
    }

    /** The rows each later schema added, written as that version wrote them. */
    private static void addWhatTheVersionHeld(Connection c, int version, long provinceId, long wardId)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            if (version >= 3) {
                s.executeUpdate("UPDATE ward_unit SET name = 'Phòng Văn hóa - Xã hội phường' WHERE position = 0");
                s.executeUpdate("INSERT INTO ward_unit (position, name) VALUES (8, 'Đoàn Thanh niên phường')");
                s.executeUpdate("INSERT INTO derivation (ward_plan_id, parent_plan_id, parent_snapshot) VALUES ("
                        + wardId + ", " + provinceId + ", '{\"format\":\"plandesk-plan\"}')");
            }
            if (version >= 4) {
                s.executeUpdate("UPDATE task SET start_date = DATE '2025-11-15' WHERE id = (SELECT MIN(id) FROM task"
                        + " WHERE plan_id = " + provinceId + ")");
            }
            if (version >= 5) {
                s.executeUpdate("INSERT INTO progress (plan_id, task_id, period, status, result, unit) SELECT "
                        + wardId + ", MIN(id), '2026-Q1', 'DONE', 'Đã tổ chức 3 hội nghị', 'Công an phường'"
                        + " FROM task WHERE plan_id = " + wardId);
                s.executeUpdate("INSERT INTO indicator_result (plan_id, indicator_id, period, result_value) SELECT "
                        + provinceId + ", MIN(id), '2026', '85%' FROM indicator WHERE plan_id = " + provinceId);
                s.executeUpdate("INSERT INTO plan_baseline (plan_id, snapshot) VALUES (" + wardId + ", '{}')");
            }
            if (version >= 6) {
                s.executeUpdate("INSERT INTO issued_document (type, number, symbol, issue_date, issuer, summary,"
                        + " file_name, file_stored, file_size) VALUES ('PLAN', '12', 'KH-UBND', DATE '2025-09-05',"
                        + " 'UBND phường Chơn Thành', 'Kế hoạch chuyển đổi số', 'kh12.pdf', 'abc.pdf', 1234)");
                s.executeUpdate("INSERT INTO progress_evidence (progress_id, document_id, position) SELECT"
                        + " (SELECT MIN(id) FROM progress), MIN(id), 0 FROM issued_document");
                s.executeUpdate("INSERT INTO reporting_rule (plan_id, position, kind, due_day, due_month, recipient,"
                        + " rule_text) VALUES (" + wardId + ", 0, 'QUARTER', 15, 3, 'UBND tỉnh', 'trước ngày 15')");
            }
        }
    }

    /**
     * Every table of the store but Flyway's, with its columns; a plan's checksum is left out, since the first start on
     * a store without checksums takes them on purpose.
     */
    private static Map<String, List<String>> columns(Connection c) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (ResultSet r = c.getMetaData().getColumns(null, "PUBLIC", "%", "%")) {
            while (r.next()) {
                String table = r.getString("TABLE_NAME");
                if (!table.equalsIgnoreCase("flyway_schema_history")
                        && !r.getString("COLUMN_NAME").equalsIgnoreCase("content_checksum")) {
                    columns.computeIfAbsent(table, k -> new ArrayList<>()).add(r.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }

    /** The rows of the given tables' columns, in key order, as text. */
    private static Map<String, List<List<Object>>> rows(Connection c, Map<String, List<String>> columns)
            throws SQLException {
        Map<String, List<List<Object>>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> t : columns.entrySet()) {
            String list = String.join(", ", t.getValue().stream().map(n -> "\"" + n + "\"").toList());
            List<List<Object>> rows = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT " + list + " FROM \"" + t.getKey() + "\" ORDER BY 1, 2")) {
                ResultSetMetaData m = r.getMetaData();
                while (r.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= m.getColumnCount(); i++) {
                        row.add(r.getString(i));
                    }
                    rows.add(row);
                }
            }
            out.put(t.getKey(), rows);
        }
        return out;
    }

    private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
        try (ResultSet r = c.getMetaData().getColumns(null, "PUBLIC", table, column)) {
            return r.next();
        }
    }

    /** The province plan as written, before a start date was set on its first task at V4. */
    private static Plan withoutStarts(Plan p) {
        return p.withGroups(p.groups().stream().map(g -> g.withTasks(g.tasks().stream()
                .map(t -> t.withStart(null)).toList())).toList());
    }
}
