package vn.plandesk.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.service.SampleLibrary;

/** Exchange files that are valid JSON but outside the limits: refused with the JSON path, before the store sees them. */
class HostileJsonTest {
    private final PlanJson json = new PlanJson();
    private final ObjectMapper mapper = new ObjectMapper();

    private byte[] sampleWith(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) mapper.readTree(json.write(new SampleLibrary().plans().get(1)));
        edit.accept(root);
        return mapper.writeValueAsBytes(root);
    }

    private static ObjectNode firstTask(ObjectNode root) {
        return (ObjectNode) root.get("plan").get("groups").get(0).get("tasks").get(0);
    }

    private PlanDeskException refused(byte[] file, String key) {
        PlanDeskException e = assertThrows(PlanDeskException.class, () -> json.read(file));
        assertEquals(key, e.key(), e::getMessage);
        return e;
    }

    @Test
    void aTaskNumberLongerThanTheStoreKeepsIsRefusedWithItsPath() throws Exception {
        PlanDeskException e = refused(sampleWith(r -> firstTask(r).put("number", "9".repeat(60))), "json.tooLong");
        assertEquals("$.plan.groups[0].tasks[0].number", e.args()[0]);
        assertEquals(20, e.args()[2]);
    }

    @Test
    void aTenMegabyteTaskNameIsRefused() throws Exception {
        PlanDeskException e = refused(sampleWith(r -> firstTask(r).put("name", "x".repeat(10 * 1024 * 1024))),
                "json.tooLong");
        assertEquals("$.plan.groups[0].tasks[0].name", e.args()[0]);
    }

    @Test
    void aNulCharacterIsRefusedWithItsPath() throws Exception {
        PlanDeskException e = refused(sampleWith(r -> firstTask(r).put("result", "a\u0000b")), "json.controlChar");
        assertEquals("$.plan.groups[0].tasks[0].result", e.args()[0]);
        assertEquals("U+0000", e.args()[1]);
    }

    @Test
    void threeHundredNestedSubTasksAreRefusedAsTooDeepNotAsBrokenJson() throws Exception {
        byte[] file = sampleWith(r -> {
            ObjectNode task = firstTask(r);
            for (int i = 0; i < 300; i++) {
                ArrayNode subs = task.putArray("subTasks");
                task = subs.addObject().put("name", "tầng " + i);
            }
        });
        PlanDeskException e = refused(file, "json.tooDeep");
        assertEquals(vn.plandesk.io.InputLimits.MAX_JSON_DEPTH, e.args()[0]);
    }

    @Test
    void aSubTaskOfASubTaskIsRefusedRatherThanLostInTheStore() throws Exception {
        byte[] file = sampleWith(r -> firstTask(r).putArray("subTasks").addObject().put("name", "2.1")
                .putArray("subTasks").addObject().put("name", "2.1.1"));
        PlanDeskException e = refused(file, "json.subTaskTooDeep");
        assertEquals("$.plan.groups[0].tasks[0].subTasks[0].subTasks", e.args()[0]);
    }

    @Test
    void moreThanTheFileLimitIsRefusedBeforeParsing() {
        byte[] huge = new byte[vn.plandesk.io.InputLimits.MAX_FILE_BYTES + 1];
        refused(huge, "json.tooLarge");
    }

    @Test
    void theSamplesAreWithinTheLimits() {
        for (var plan : new SampleLibrary().plans()) {
            assertEquals(plan, json.read(json.write(plan)));
        }
        assertEquals(true, new String(json.write(new SampleLibrary().plans().get(0)), StandardCharsets.UTF_8)
                .contains("plandesk-plan"));
    }
}
