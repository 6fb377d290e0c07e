package vn.plandesk.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;

class PlanJsonTest {
    private final PlanJson json = new PlanJson();

    static byte[] sample(String file) throws IOException {
        try (InputStream in = PlanJsonTest.class.getResourceAsStream("/samples/" + file)) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"province-2025-appendix-ii.json", "kh92-2025-partial.json", "chon-thanh-ward-plan.json",
            "province-2026-plan.json"})
    void roundTripGivesTheSamePlanAndTheSameBytes(String file) throws IOException {
        byte[] original = sample(file);
        ExchangeFile whole = json.readFile(original);
        byte[] exported = json.write(whole);
        assertEquals(whole, json.readFile(exported));
        assertArrayEquals(exported, json.write(json.readFile(exported)),
                "export → import → export gives the same bytes");
        assertArrayEquals(original, exported, "the shipped sample is in the canonical layout");
        assertEquals(whole.plan(), json.read(json.write(whole.plan())), "the plan alone goes out and comes back");
    }

    @Test
    void decomposedTextIsNormalizedOnImport() throws IOException {
        String nfc = new String(sample("chon-thanh-ward-plan.json"), StandardCharsets.UTF_8);
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        Plan fromNfd = json.read(nfd.getBytes(StandardCharsets.UTF_8));
        assertEquals(json.read(nfc.getBytes(StandardCharsets.UTF_8)), fromNfd);
        assertTrue(fromNfd.summary().contains("đổi mới sáng tạo"));
    }

    private PlanDeskException refused(String text) {
        return assertThrows(PlanDeskException.class, () -> json.read(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String plan(String body) {
        return "{\"format\":\"plandesk-plan\",\"formatVersion\":1,\"plan\":{" + body + "}}";
    }

    @Test
    void truncatedFileIsRefused() throws IOException {
        byte[] whole = sample("province-2026-plan.json");
        PlanDeskException e = assertThrows(PlanDeskException.class,
                () -> json.read(Arrays.copyOf(whole, whole.length / 2)));
        assertEquals("json.syntax", e.key());
        assertEquals("json.empty", refused("").key());
    }

    @Test
    void wrongFormatOrVersionIsRefused() {
        PlanDeskException version = refused("{\"format\":\"plandesk-plan\",\"formatVersion\":4,\"plan\":{}}");
        assertEquals("json.wrongVersion", version.key());
        assertEquals("$.formatVersion", version.args()[0]);
        assertEquals("json.wrongFormat", refused("{\"format\":\"other\",\"formatVersion\":1,\"plan\":{}}").key());
        assertEquals("json.notObject", refused("[1,2]").key());
        assertEquals("json.missing", refused("{\"format\":\"plandesk-plan\",\"formatVersion\":1}").key());
    }

    @Test
    void mistypedValuesAreNamedByTheirJsonPath() {
        PlanDeskException name = refused(plan("\"groups\":[{\"number\":1,\"tasks\":[{\"number\":\"1\",\"name\":5}]}]"));
        assertEquals("json.needText", name.key());
        assertEquals("$.plan.groups[0].tasks[0].name", name.args()[0]);

        PlanDeskException units = refused(plan("\"groups\":[{\"number\":1,\"tasks\":[{\"name\":\"A\"},{\"name\":\"B\",\"leadUnits\":\"Phòng\"}]}]"));
        assertEquals("$.plan.groups[0].tasks[1].leadUnits", units.args()[0]);

        PlanDeskException kind = refused(plan("\"kind\":\"CITY\""));
        assertEquals("$.plan.kind", kind.args()[0]);

        PlanDeskException date = refused(plan("\"issueDate\":\"15/9/2025\""));
        assertEquals("$.plan.issueDate", date.args()[0]);

        PlanDeskException group = refused(plan("\"groups\":[{\"number\":9}]"));
        assertEquals("$.plan.groups[0]", group.args()[0].toString().substring(0, "$.plan.groups[0]".length()));

        PlanDeskException year = refused(plan("\"groups\":[{\"number\":1,\"tasks\":[{\"name\":\"A\",\"deadline\":{\"years\":{\"20x5\":\"x\"}}}]}]"));
        assertEquals("$.plan.groups[0].tasks[0].deadline.years.20x5", year.args()[0]);
    }

    @Test
    void unknownKeysMissingNamesAndDuplicateGroupsAreRefused() {
        PlanDeskException unknown = refused(plan("\"groups\":[{\"number\":1,\"tasks\":[{\"name\":\"A\",\"nmae\":\"B\"}]}]"));
        assertEquals("json.unknownKey", unknown.key());
        assertEquals("$.plan.groups[0].tasks[0].nmae", unknown.args()[0]);

        PlanDeskException noName = refused(plan("\"groups\":[{\"number\":1,\"tasks\":[{\"name\":\"A\",\"subTasks\":[{\"number\":\"1.1\"}]}]}]"));
        assertEquals("json.missing", noName.key());
        assertEquals("$.plan.groups[0].tasks[0].subTasks[0].name", noName.args()[0]);

        PlanDeskException twice = refused(plan("\"groups\":[{\"number\":1},{\"number\":1}]"));
        assertEquals("json.groupTwice", twice.key());
        assertEquals("$.plan.groups[1].number", twice.args()[0]);
    }

    @Test
    void storeKeysAreNotCarried() throws IOException {
        Plan plan = json.read(sample("chon-thanh-ward-plan.json")).withId(42L);
        String text = json.writeString(plan);
        assertTrue(!text.contains("\"id\""));
    }

    @Test
    void aStartTheOfficerSetGoesOutAndComesBackAndIsLeftOutWhenThereIsNone() throws IOException {
        Plan plan = json.read(sample("chon-thanh-ward-plan.json"));
        assertTrue(plan.allTasks().stream().allMatch(t -> t.start() == null), "the samples have no starts");
        assertTrue(!new String(json.write(plan), StandardCharsets.UTF_8).contains("\"start\""));
        vn.plandesk.model.TaskGroup g = plan.groups().get(0);
        java.util.List<vn.plandesk.model.PlanTask> tasks = new java.util.ArrayList<>(g.tasks());
        tasks.set(0, tasks.get(0).withStart(java.time.LocalDate.of(2026, 3, 1)));
        Plan withStart = plan.withGroups(java.util.stream.Stream.concat(java.util.stream.Stream.of(g.withTasks(tasks)),
                plan.groups().stream().skip(1)).toList());
        byte[] out = json.write(withStart);
        assertTrue(new String(out, StandardCharsets.UTF_8).contains("\"start\" : \"2026-03-01\""));
        Plan back = json.read(out);
        assertEquals(withStart, back);
        assertEquals(java.time.LocalDate.of(2026, 3, 1), back.groups().get(0).tasks().get(0).start());
        assertArrayEquals(out, json.write(back));
    }
}
