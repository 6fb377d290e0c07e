package vn.plandesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.NumberingScheme;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanRef;
import vn.plandesk.model.Signer;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.service.SyntheticPlan;

/**
 * The header's JSON is written byte for byte as databind's mapper wrote it (the stored plans' checksums are taken over
 * that text), read as that mapper read it, and any form it does not read itself is left to that mapper.
 */
class HeaderJsonTest {
    /** The mapper the store used for the header and the year grids, configured as it was. */
    private static final ObjectMapper DATABIND = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @TempDir
    Path dir;

    private static PlanRepository.Header header(Plan p) {
        return new PlanRepository.Header(p.parentOrgan(), p.issuingOrgan(), p.locality(), p.documentType(),
                p.legalBases(), p.introduction(), p.sections(), p.recipients(), p.signer(), p.parentPlan(),
                p.replacesPlan(), p.numbering(), p.appendixTitles());
    }

    /** Texts a JSON writer must escape, or must not: quotes, backslashes, controls, separators, emoji, decomposed. */
    private static final List<String> HARD = List.of("\"trích\" \\ dẫn", "dòng 1\ndòng 2\r\tcột", "\u0000\u001f\u007f",
            "\u2028\u2029", "😀 Ủy ban", "Chơn Tha\u0300nh", "</script>", "");

    private static List<PlanRepository.Header> headers() {
        List<PlanRepository.Header> all = new ArrayList<>();
        for (Plan p : new SampleLibrary().plans()) {
            all.add(header(p));
        }
        all.add(header(SyntheticPlan.generate(50, 7)));
        List<String> withNull = Arrays.asList("a", null, "b");
        BodySection nested = new BodySection("I. MỤC ĐÍCH", HARD, List.of(new BodySection("1. Mục đích", List.of("x"),
                List.of(new BodySection("a)", List.of())))));
        all.add(new PlanRepository.Header(null, null, null, null, null, null, null, null, null, null, null, null,
                null));
        all.add(new PlanRepository.Header(HARD.get(0), HARD.get(1), HARD.get(2), HARD.get(3), HARD, withNull,
                List.of(nested), List.of(), new Signer(HARD, HARD.get(4), HARD.get(5)),
                new PlanRef("92", "KH-UBND", LocalDate.of(2025, 3, 18), "UBND tỉnh Đồng Nai"),
                new PlanRef("", "", null, ""), NumberingScheme.LETTERED, HARD));
        for (NumberingScheme n : NumberingScheme.values()) {
            all.add(new PlanRepository.Header("", "", "", "", List.of(), List.of(), List.of(), List.of(),
                    Signer.empty(), new PlanRef("1", "",
                    n == NumberingScheme.CONTINUOUS ? LocalDate.of(10000, 1, 1) : LocalDate.of(2026, 1, 31), ""), null, n, List.of()));
        }
        return all;
    }

    @Test
    void whatIsWrittenIsWhatDatabindWroteAndReadsBackAsDatabindReadsIt() throws Exception {
        int leftToDatabind = 0;
        for (PlanRepository.Header h : headers()) {
            String json = HeaderJson.write(h);
            assertEquals(DATABIND.writeValueAsString(h), json);
            assertEquals(DATABIND.readValue(json, PlanRepository.Header.class), PlanRepository.header(json), json);
            if (HeaderJson.read(json) == null) {
                leftToDatabind++;
            }
        }
        assertEquals(1, leftToDatabind, "only the year 10000, written \"+10000-01-01\", is left to databind");
    }

    @Test
    void yearGridsAreWrittenAndReadAsDatabindDidIt() throws Exception {
        List<Map<Integer, String>> grids = List.of(new TreeMap<>(Map.of(2025, "x")),
                new TreeMap<>(Map.of(2025, "Tháng 4", 2026, "x", 2030, HARD.get(1))), new TreeMap<>(Map.of(-1, "")));
        for (Map<Integer, String> grid : grids) {
            String json = HeaderJson.writeYears(grid);
            assertEquals(DATABIND.writeValueAsString(grid), json);
            assertEquals(DATABIND.readValue(json, new TypeReference<TreeMap<Integer, String>>() { }),
                    HeaderJson.readYears(json));
        }
        TreeMap<Integer, String> withNull = new TreeMap<>();
        withNull.put(2027, null);
        assertEquals(DATABIND.writeValueAsString(withNull), HeaderJson.writeYears(withNull));
        assertEquals(withNull, HeaderJson.readYears("{\"2027\":null}"));
    }

    @Test
    void formsPlanDeskDoesNotWriteAreLeftToDatabind() {
        String good = "{\"locality\":\"Chơn Thành\",\"parentPlan\":{\"date\":\"2025-03-18\"},\"numbering\":\"PER_GROUP\"}";
        assertEquals("Chơn Thành", HeaderJson.read(good).locality());
        assertEquals(LocalDate.of(2025, 3, 18), HeaderJson.read(good).parentPlan().date());
        assertEquals("Chơn Thành", HeaderJson.read("{\"unknown\":[{\"a\":1}],\"locality\":\"Chơn Thành\"}")
                .locality(), "a field it does not know is skipped, as databind's mapper skips it");
        for (String other : List.of("{\"locality\":12}", "{\"locality\":true}", "{\"legalBases\":\"một\"}",
                "{\"parentPlan\":{\"date\":\"\"}}", "{\"parentPlan\":{\"date\":\"18/3/2025\"}}",
                "{\"parentPlan\":{\"date\":[2025,3,18]}}", "{\"parentPlan\":{\"date\":\"2025-13-40\"}}",
                "{\"numbering\":\"KHÁC\"}", "{\"numbering\":0}", "null", "[]", "", "{\"locality\":\"a\"} {}",
                "{\"locality\":\"a\"")) {
            assertNull(HeaderJson.read(other), other);
        }
        for (String other : List.of("{\"x\":\"a\"}", "{\"2025\":1}", "{\"2025\":[]}", "[]", "", "{\"2025\":\"x\"")) {
            assertNull(HeaderJson.readYears(other), other);
        }
    }

    /** A header in a form PlanDesk never wrote, in a store, is read as databind's mapper reads it. */
    @Test
    void theStoreReadsAHeaderItDidNotWriteThroughDatabind() {
        try (Database db = Database.open(dir)) {
            PlanRepository repo = new PlanRepository(db);
            long id = repo.insert(new SampleLibrary().plans().get(1));
            String header = "{\"locality\":12,\"parentPlan\":{\"number\":\"92\",\"symbol\":\"KH-UBND\","
                    + "\"date\":[2025,9,15],\"issuer\":\"UBND tỉnh\"},\"numbering\":\"CONTINUOUS\"}";
            Plan read = db.inTransaction(c -> {
                try (PreparedStatement u = c.prepareStatement("UPDATE plan SET header_json = ? WHERE id = ?")) {
                    u.setString(1, header);
                    u.setLong(2, id);
                    u.executeUpdate();
                }
                try (PreparedStatement u = c.prepareStatement(
                        "UPDATE task SET deadline_years = '{\"2025\":5}' WHERE plan_id = ?")) {
                    u.setLong(1, id);
                    u.executeUpdate();
                }
                return PlanRepository.load(c, id);
            });
            assertEquals("12", read.locality());
            assertEquals(LocalDate.of(2025, 9, 15), read.parentPlan().date());
            assertEquals(Map.of(2025, "5"), read.groups().get(0).tasks().get(0).deadline().years());
            // the checksum was taken of the header as written: a header changed behind the store's back is damage
            assertThrows(PlanDeskException.class, () -> repo.load(id));
        }
    }
}
