package vn.plandesk.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.plandesk.model.Plan;

/**
 * "Kiểm tra kho dữ liệu": reads everything the store holds and says what is wrong. Every row of every table is read
 * to the end (H2 checks each page it reads), every plan is compared with the checksum kept with it, every file of the
 * register is looked for in the documents folder with its size, and every backup is read back whole. Nothing is
 * written.
 */
public final class StoreCheck {
    private static final Logger LOG = LoggerFactory.getLogger(StoreCheck.class);

    /** One thing found wrong: a message key of the bundle and its arguments. */
    public record Finding(String key, List<Object> args) {
        static Finding of(String key, Object... args) {
            return new Finding(key, List.of(args));
        }
    }

    /** What was checked and what was found wrong; no findings means the store is whole. */
    public record Result(int tables, int plans, int files, int backups, List<Finding> findings) {
        public boolean whole() {
            return findings.isEmpty();
        }
    }

    private StoreCheck() {
    }

    public static Result run(Database db) {
        List<Finding> findings = new ArrayList<>();
        int[] counts = db.inTransaction(c -> new int[] {tables(c, findings), plans(c, db.folder(), findings),
                files(c, db.folder(), findings)});
        if (!findings.isEmpty()) {
            db.damageSeen();
        }
        List<Path> backups = Backups.list(db.folder());
        for (Path b : backups) {
            if (!Backups.readable(b)) {
                findings.add(Finding.of("check.backupDamaged", b.getFileName().toString()));
            }
        }
        return new Result(counts[0], counts[1], counts[2], backups.size(), List.copyOf(findings));
    }

    private static int tables(Connection c, List<Finding> findings) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet r = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (r.next()) {
                tables.add(r.getString("TABLE_NAME"));
            }
        }
        for (String table : tables) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                ResultSetMetaData m = r.getMetaData();
                while (r.next()) {
                    for (int i = 1; i <= m.getColumnCount(); i++) {
                        readWhole(r.getObject(i));
                    }
                }
            } catch (SQLException | IOException | RuntimeException e) {
                LOG.warn("table {} of the store cannot be read", table, e);
                findings.add(Finding.of("check.tableUnreadable", table));
            }
        }
        return tables.size();
    }

    /** A CLOB is read only when asked; reading it to the end makes H2 read its pages. */
    private static void readWhole(Object value) throws SQLException, IOException {
        if (value instanceof Clob clob) {
            try (Reader in = clob.getCharacterStream()) {
                in.transferTo(java.io.Writer.nullWriter());
            }
        }
    }

    private static int plans(Connection c, Path folder, List<Finding> findings) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM plan ORDER BY id")) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        for (long id : ids) {
            try {
                Plan plan = PlanRepository.load(c, id);
                String stored = PlanChecksum.stored(c, id);
                if (plan != null && stored != null && !stored.equals(PlanChecksum.of(plan))) {
                    findings.add(Finding.of("check.planDamaged", PlanRepository.name(plan)));
                }
            } catch (SQLException | RuntimeException e) {
                LOG.warn("plan {} of the store cannot be read", id, e);
                findings.add(Finding.of("check.planUnreadable", String.valueOf(id)));
            }
        }
        return ids.size();
    }

    private static int files(Connection c, Path folder, List<Finding> findings) throws SQLException {
        Path documents = folder.resolve(DocumentRepository.FILES_FOLDER);
        int count = 0;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT number, symbol, file_name, file_stored, file_size FROM issued_document"
                        + " WHERE file_stored IS NOT NULL ORDER BY id")) {
            while (r.next()) {
                count++;
                String document = r.getString(1) + (r.getString(2).isEmpty() ? "" : "/" + r.getString(2));
                Path file = documents.resolve(r.getString(4));
                long expected = r.getLong(5);
                boolean sizeKnown = !r.wasNull();
                if (!Files.isRegularFile(file)) {
                    findings.add(Finding.of("check.fileMissing", document, r.getString(3)));
                    continue;
                }
                try {
                    long actual = Files.size(file);
                    if (sizeKnown && actual != expected) {
                        findings.add(Finding.of("check.fileSize", document, r.getString(3), expected, actual));
                    }
                } catch (IOException e) {
                    findings.add(Finding.of("check.fileMissing", document, r.getString(3)));
                }
            }
        }
        return count;
    }
}
