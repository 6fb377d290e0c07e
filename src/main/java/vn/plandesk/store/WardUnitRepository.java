package vn.plandesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import vn.plandesk.model.Text;

/** The ward's units in the officer's order. The list is read and written whole: it is short and edited as a list. */
public final class WardUnitRepository {
    private final Database db;

    public WardUnitRepository(Database db) {
        this.db = db;
    }

    public List<String> list() {
        return db.inTransaction(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT name FROM ward_unit ORDER BY position, id");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        });
    }

    /** Replaces the list in one transaction; blank and repeated names are dropped. */
    public void replaceAll(List<String> names) {
        List<String> clean = Text.nfcList(names).stream().distinct().toList();
        db.inTransaction(c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM ward_unit")) {
                d.executeUpdate();
            }
            try (PreparedStatement i = c.prepareStatement("INSERT INTO ward_unit (position, name) VALUES (?, ?)")) {
                int position = 0;
                for (String name : clean) {
                    i.setInt(1, position++);
                    i.setString(2, name);
                    i.addBatch();
                }
                i.executeBatch();
            }
            return null;
        });
    }
}
