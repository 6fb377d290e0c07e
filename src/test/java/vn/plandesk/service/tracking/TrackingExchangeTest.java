package vn.plandesk.service.tracking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.io.json.PlanJson;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanBuilder;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.tracking.IndicatorResult;
import vn.plandesk.model.tracking.Judgement;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.PlanService;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.service.SampleStore;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.edit.PlanEditors;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.TrackingRepository;

/** The exchange format carries progress, indicator results and the baseline; files of version 1 still import. */
class TrackingExchangeTest {
    private static final Period Q1 = Period.parse("2026-Q1");

    @TempDir
    Path dir;
    @TempDir
    Path other;

    @Test
    void aTrackedPlanGoesToAnotherStoreWithEverythingAndComesBackByteForByte() throws Exception {
        long planId = SampleStore.copyTo(dir).get(2);
        byte[] exported;
        List<ProgressEntry> entries;
        try (Database db = Database.open(dir)) {
            PlanEditors editors = new PlanEditors(new PlanRepository(db));
            TrackingService tracking = new TrackingService(new TrackingRepository(db));
            editors.onOpen(tracking::watch);
            PlanEditor editor = editors.open(planId);
            editor.updateDetails("edit.details", p -> PlanBuilder.from(p).number("145")
                    .issueDate(LocalDate.of(2025, 10, 20)).build());
            PlanTask sub = editor.plan().allTasks().stream().filter(t -> !t.subTasks().isEmpty())
                    .map(t -> t.subTasks().get(0)).findFirst().orElse(editor.plan().allTasks().get(3));
            tracking.record(editor, new ProgressEntry(editor.plan().allTasks().get(0).id(), Q1, ProgressStatus.DONE,
                    "Đã tổ chức 3 hội nghị", LocalDate.of(2026, 3, 25), "Phòng Văn hóa - Xã hội", "Tồn tại",
                    "Nguyên nhân", "Báo cáo số 15/BC-UBND", List.of(2L, 5L)));
            tracking.record(editor, new ProgressEntry(sub.id(), Period.parse("2025-Q4"), ProgressStatus.NOT_DONE,
                    "", null, "", "", "Tỉnh chưa hướng dẫn", "", List.of()));
            var ind = editor.plan().indicators().get(1);
            tracking.recordResult(editor, new IndicatorResult(ind.id(), Period.year(2026), "Đạt mức khá", null,
                    "Sở KH&CN", Judgement.ACHIEVED));
            entries = tracking.progress(planId).all();
            exported = new PlanService(new PlanRepository(db), null, null, tracking).exportJson(planId);
        }
        JsonNode root = new ObjectMapper().readTree(exported);
        assertEquals(2, root.get("formatVersion").asInt());
        assertEquals("1/1", root.at("/tracking/progress/0/task").asText());
        assertEquals("145", root.at("/tracking/baseline/number").asText());

        try (Database db = Database.open(other)) {
            TrackingService tracking = new TrackingService(new TrackingRepository(db));
            PlanService plans = new PlanService(new PlanRepository(db), null, null, tracking);
            long id = plans.importJson(exported);
            Plan imported = new PlanRepository(db).load(id).orElseThrow();
            List<ProgressEntry> got = tracking.progress(id).all();
            assertEquals(entries.size(), got.size());
            for (int i = 0; i < got.size(); i++) {
                assertEquals(entries.get(i).withTaskId(0), got.get(i).withTaskId(0), "every field comes along");
            }
            assertEquals("Đạt mức khá", tracking.results(id).get(0).value());
            assertEquals(Judgement.ACHIEVED, tracking.results(id).get(0).byHand());
            assertEquals("145", tracking.baseline(id).orElseThrow().number());
            assertArrayEquals(exported, plans.exportJson(imported.id()), "export, import, export: the same bytes");
        }
    }

    @Test
    void aFileOfVersionOneStillImportsAndAPlanWithoutTrackingIsWrittenWithoutIt() throws Exception {
        ObjectMapper m = new ObjectMapper();
        ObjectNode sample;
        try (InputStream in = SampleLibrary.class.getResourceAsStream("/samples/chon-thanh-ward-plan.json")) {
            sample = (ObjectNode) m.readTree(in);
        }
        // a file as PlanDesk wrote it before version 2: the plan alone
        ObjectNode old = m.createObjectNode();
        old.put("format", "plandesk-plan");
        old.put("formatVersion", 1);
        old.set("plan", sample.get("plan"));
        byte[] v1 = m.writeValueAsBytes(old);
        try (Database db = Database.open(dir)) {
            TrackingService tracking = new TrackingService(new TrackingRepository(db));
            PlanService plans = new PlanService(new PlanRepository(db), null, null, tracking);
            long id = plans.importJson(v1);
            Plan plan = new PlanRepository(db).load(id).orElseThrow();
            assertEquals(new SampleLibrary().plan("chon-thanh-ward-plan.json"), plan.withoutIds());
            assertEquals(0, tracking.progress(id).size());
            assertNull(m.readTree(plans.exportJson(id)).get("tracking"), "nothing recorded, nothing written");
        }
    }

    @Test
    void aFileWhoseTrackingDoesNotFitItsPlanIsRefusedAndNothingIsStored() throws Exception {
        byte[] v1;
        try (InputStream in = SampleLibrary.class.getResourceAsStream("/samples/chon-thanh-ward-plan.json")) {
            v1 = in.readAllBytes();
        }
        ObjectMapper m = new ObjectMapper();
        try (Database db = Database.open(dir)) {
            TrackingService tracking = new TrackingService(new TrackingRepository(db));
            PlanRepository plans = new PlanRepository(db);
            PlanService service = new PlanService(plans, null, null, tracking);
            record Case(String json, String key, String path) {
            }
            List<Case> cases = List.of(
                    new Case("{\"progress\":[{\"task\":\"9/1\",\"period\":\"2026-Q1\",\"status\":\"DONE\"}]}",
                            "json.taskRef", "$.tracking.progress[0].task"),
                    new Case("{\"progress\":[{\"task\":\"1/1\",\"period\":\"2026-Q9\",\"status\":\"DONE\"}]}",
                            "json.badValue", "$.tracking.progress[0].period"),
                    new Case("{\"progress\":[{\"task\":\"1/1\",\"period\":\"2026\",\"status\":\"DONE\"}]}",
                            "json.badValue", "$.tracking.progress[0].period"),
                    new Case("{\"progress\":[{\"task\":\"1/1\",\"period\":\"2026-Q1\",\"status\":\"XONG\"}]}",
                            "json.badValue", "$.tracking.progress[0].status"),
                    new Case("{\"progress\":[{\"task\":\"1/1\",\"period\":\"2026-Q1\",\"status\":\"NOT_DONE\"}]}",
                            "json.badValue", "$.tracking.progress[0].cause"),
                    new Case("{\"indicatorResults\":[{\"indicator\":54,\"period\":\"2026\",\"value\":\"1\"}]}",
                            "json.indicatorRef", "$.tracking.indicatorResults[0].indicator"),
                    new Case("{\"progres\":[]}", "json.unknownKey", "$.tracking.progres"));
            for (Case c : cases) {
                ObjectNode root = (ObjectNode) m.readTree(v1);
                root.put("formatVersion", 2);
                root.set("tracking", m.readTree(c.json()));
                PlanDeskException e = assertThrows(PlanDeskException.class,
                        () -> service.importJson(m.writeValueAsBytes(root)), c.json());
                assertEquals(c.key(), e.key(), c.json());
                assertEquals(c.path(), e.args()[0], c.json());
            }
            ObjectNode v1WithTracking = (ObjectNode) m.readTree(v1);
            v1WithTracking.put("formatVersion", 1);
            v1WithTracking.set("tracking", m.readTree("{}"));
            assertEquals("json.unknownKey", assertThrows(PlanDeskException.class,
                    () -> new PlanJson().read(m.writeValueAsBytes(v1WithTracking))).key());
            assertEquals(List.of(), plans.list(), "nothing was stored");
        }
    }
}
