package vn.plandesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import vn.plandesk.model.Plan;

/**
 * The checksum of a plan's content kept in plan.content_checksum: SHA-256 of the plan as it reads back from the store
 * (with its ids), so that any change of a stored byte that changes what the officer would read is caught. It is taken
 * from the plan read back, not from the plan written, so that it can never disagree with a correct store.
 */
final class PlanChecksum {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private PlanChecksum() {
    }

    static String of(Plan plan) throws SQLException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(JSON.writeValueAsBytes(plan)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new SQLException("cannot take the checksum of plan " + plan.id(), e);
        }
    }

    /** Records the checksum of a stored plan as it now reads back, inside the transaction that changed it. */
    static void record(Connection c, long planId) throws SQLException {
        Plan stored = PlanRepository.load(c, planId);
        if (stored != null) {
            write(c, planId, of(stored));
        }
    }

    private static void write(Connection c, long planId, String checksum) throws SQLException {
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
        String actual = of(loaded);
        if (stored == null) {
            write(c, loaded.id(), actual);
            return true;
        }
        return stored.equals(actual);
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
