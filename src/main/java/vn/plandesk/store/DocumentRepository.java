package vn.plandesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.plandesk.model.AttachedFile;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.IssuedDocument;

/**
 * The register of documents issued, in the order of entry. The attached files themselves live in the store folder's
 * {@value #FILES_FOLDER} folder (written by the service, carried by {@link Backups}); here is only their name.
 */
public final class DocumentRepository {
    /** The folder of the store that holds the attached files. */
    public static final String FILES_FOLDER = "documents";
    /** The table of progress evidence links (issue 12's progress entries), looked up only if it exists. */
    private static final String EVIDENCE_TABLE = "PROGRESS_EVIDENCE";
    private static final String COLUMNS =
            "id, type, number, symbol, issue_date, issuer, summary, file_name, file_stored, file_size, repeat_of";

    private final Database db;

    public DocumentRepository(Database db) {
        this.db = db;
    }

    /** Where the attached files of this store are. */
    public Path filesFolder() {
        return db.folder().resolve(FILES_FOLDER);
    }

    public List<IssuedDocument> list() {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM issued_document ORDER BY id");
                 ResultSet r = p.executeQuery()) {
                List<IssuedDocument> out = new ArrayList<>();
                while (r.next()) {
                    out.add(read(r));
                }
                return out;
            }
        });
    }

    public Optional<IssuedDocument> find(long id) {
        return db.inTransaction(c -> find(c, id));
    }

    private static Optional<IssuedDocument> find(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM issued_document WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        }
    }

    /**
     * Stores each entry that is not in the register yet, in one transaction, and returns every entry as stored: a new
     * one with its id, one whose key (number, symbol, date, issuer) the register already holds as that entry, unless
     * it is marked repeated and the entry it repeats was stored by this same call (a transcribed list keeps its own
     * repeats, flagged; added again, it adds nothing).
     */
    public List<Added> addAll(List<IssuedDocument> documents) {
        return db.inTransaction(c -> addAll(c, documents));
    }

    /** {@link #addAll(List)} inside a transaction the caller runs (an imported plan's, with what cites them). */
    static List<Added> addAll(Connection c, List<IssuedDocument> documents) throws SQLException {
        List<IssuedDocument> present = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM issued_document ORDER BY id");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                present.add(read(r));
            }
        }
        List<IssuedDocument> storedNow = new ArrayList<>();
        List<Added> out = new ArrayList<>();
        for (IssuedDocument d : documents) {
            Optional<IssuedDocument> original = firstWithKey(storedNow, d);
            Optional<IssuedDocument> before = firstWithKey(present, d);
            if (before.isPresent()) {
                out.add(new Added(before.get(), true));
            } else if (original.isPresent() && d.repeated()) {
                IssuedDocument repeat = insert(c, d.withRepeatOf(original.get().id()));
                out.add(new Added(repeat, false));
            } else if (original.isPresent()) {
                out.add(new Added(original.get(), true));
            } else {
                IssuedDocument stored = insert(c, d.withRepeatOf(null));
                storedNow.add(stored);
                out.add(new Added(stored, false));
            }
        }
        return out;
    }

    /** An entry as {@link #addAll} left it: stored now, or already there ({@code existed}) and not stored again. */
    public record Added(IssuedDocument document, boolean existed) {
    }

    private static Optional<IssuedDocument> firstWithKey(List<IssuedDocument> list, IssuedDocument d) {
        IssuedDocument.Key key = d.key();
        return list.stream().filter(x -> x.key().equals(key)).findFirst();
    }

    /** Writes an entry's fields over the stored one; false when it is not (or no longer) in the register. */
    public boolean update(IssuedDocument d) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("""
                    UPDATE issued_document SET type = ?, number = ?, symbol = ?, issue_date = ?, issuer = ?, summary = ?,
                      file_name = ?, file_stored = ?, file_size = ?, repeat_of = ? WHERE id = ?""")) {
                int i = bind(p, d);
                p.setLong(i, d.id());
                return p.executeUpdate() == 1;
            }
        });
    }

    /** Removes an entry; entries that repeated it become entries of their own. */
    public boolean delete(long id) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM issued_document WHERE id = ?")) {
                p.setLong(1, id);
                return p.executeUpdate() == 1;
            }
        });
    }

    /**
     * How many progress entries cite the document as evidence. The links are kept by the progress entries' own table;
     * a store without it cites nothing.
     */
    public int citations(long id) {
        return db.inTransaction(c -> {
            try (PreparedStatement t = c.prepareStatement(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = ?")) {
                t.setString(1, EVIDENCE_TABLE);
                try (ResultSet r = t.executeQuery()) {
                    if (!r.next() || r.getInt(1) == 0) {
                        return 0;
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT COUNT(*) FROM " + EVIDENCE_TABLE + " WHERE document_id = ?")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? r.getInt(1) : 0;
                }
            }
        });
    }

    /** Whether any entry still has the stored copy of that name (a copy may serve several entries). */
    public boolean fileInUse(String stored) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT COUNT(*) FROM issued_document WHERE file_stored = ?")) {
                p.setString(1, stored);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() && r.getInt(1) > 0;
                }
            }
        });
    }

    private static IssuedDocument insert(Connection c, IssuedDocument d) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO issued_document (type, number, symbol, issue_date, issuer, summary, file_name, file_stored,
                  file_size, repeat_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            bind(p, d);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return d.withId(keys.getLong(1));
            }
        }
    }

    private static int bind(PreparedStatement p, IssuedDocument d) throws SQLException {
        p.setString(1, d.type().name());
        p.setString(2, d.number());
        p.setString(3, d.symbol());
        if (d.date() == null) {
            p.setNull(4, Types.DATE);
        } else {
            p.setDate(4, Date.valueOf(d.date()));
        }
        p.setString(5, d.issuer());
        p.setString(6, d.summary());
        AttachedFile f = d.file();
        p.setString(7, f == null ? null : f.name());
        p.setString(8, f == null ? null : f.stored());
        if (f == null) {
            p.setNull(9, Types.BIGINT);
        } else {
            p.setLong(9, f.size());
        }
        if (d.repeatOf() == null) {
            p.setNull(10, Types.BIGINT);
        } else {
            p.setLong(10, d.repeatOf());
        }
        return 11;
    }

    private static IssuedDocument read(ResultSet r) throws SQLException {
        Date date = r.getDate(5);
        String stored = r.getString(9);
        AttachedFile file = stored == null ? null : new AttachedFile(r.getString(8), stored, r.getLong(10));
        long repeatOf = r.getLong(11);
        Long repeat = r.wasNull() ? null : repeatOf;
        DocumentType type;
        try {
            type = DocumentType.valueOf(r.getString(2));
        } catch (IllegalArgumentException e) {
            type = DocumentType.KHAC;
        }
        return new IssuedDocument(r.getLong(1), type, r.getString(3), r.getString(4),
                date == null ? null : date.toLocalDate(), r.getString(6), r.getString(7), file, repeat);
    }
}
