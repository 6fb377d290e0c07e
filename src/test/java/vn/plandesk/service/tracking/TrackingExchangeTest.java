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
import vn.plandesk.model.IssuedDocument;
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
import vn.plandesk.service.register.DocumentRegister;
import vn.plandesk.store.DocumentRepository;
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
        List<String> evidence;
        try (Database db = Database.open(dir)) {
            DocumentRegister register = new DocumentRegister(new DocumentRepository(db));
            register.loadSamples();
            List<IssuedDocument> cited = List.of(register.list().get(1), register.list().get(4));
            evidence = cited.stream().map(IssuedDocument::citation).toList();
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
                    "Nguyên nhân", "Báo cáo số 15/BC-UBND", cited.stream().map(IssuedDocument::id).toList()));
            tracking.record(editor, new ProgressEntry(sub.id(), Period.parse("2025-Q4"), ProgressStatus.NOT_DONE,
                    "", null, "", "", "Tỉnh chưa hướng dẫn", "", List.of()));
            var ind = editor.plan().indicators().get(1);
            tracking.recordResult(editor, new IndicatorResult(ind.id(), Period.year(2026), "Đạt mức khá", null,
                    "Sở KH&CN", Judgement.ACHIEVED));
            entries = tracking.progress(planId).all();
            exported = new PlanService(new PlanRepository(db), null, register, tracking).exportJson(planId);
        }
        JsonNode root = new ObjectMapper().readTree(exported);
        assertEquals(2, root.get("formatVersion").asInt());
        assertEquals("1/1", root.at("/tracking/progress/0/task").asText());
        assertEquals("145", root.at("/tracking/baseline/number").asText());

        try (Database db = Database.open(other)) {
            TrackingService tracking = new TrackingService(new TrackingRepository(db));
            DocumentRegister register = new DocumentRegister(new DocumentRepository(db));
            PlanService plans = new PlanService(new PlanRepository(db), null, register, tracking);
            long id = plans.importJson(exported);
            Plan imported = new PlanRepository(db).load(id).orElseThrow();
            List<ProgressEntry> got = tracking.progress(id).all();
            assertEquals(entries.size(), got.size());
            for (int i = 0; i < got.size(); i++) {
                assertEquals(citing(entries.get(i)), citing(got.get(i)), "every field comes along");
            }
            assertEquals(evidence, got.get(0).documentIds().stream().map(d -> register.get(d).citation()).toList(),
                    "the evidence is the same documents, under this register's ids");
            assertEquals(2, register.list().size(), "the file carries the documents its entries cite");
            assertEquals("Đạt mức khá", tracking.results(id).get(0).value());
            assertEquals(Judgement.ACHIEVED, tracking.results(id).get(0).byHand());
            assertEquals("145", tracking.baseline(id).orElseThrow().number());
            assertArrayEquals(exported, plans.exportJson(imported.id()), "export, import, export: the same bytes");
        }
    }

    /** An entry with its task and documents as counts: their ids differ from store to store. */
    private static ProgressEntry citing(ProgressEntry e) {
        return new ProgressEntry(0, e.period(), e.status(), e.result(), e.asOf(), e.unit(), e.shortcomings(),
                e.cause(), e.evidence(), List.of(e.documentIds().size() + 0L));
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
                            "json.at", "$.tracking.progress[0].period"),
                    new Case("{\"progress\":[{\"task\":\"1/1\",\"period\":\"2026\",\"status\":\"DONE\"}]}",
                            "json.notQuarter", "$.tracking.progress[0].period"),
                    new Case("{\"progress\":[{\"task\":\"1/1\",\"period\":\"2026-Q1\",\"status\":\"XONG\"}]}",
                            "json.badChoice", "$.tracking.progress[0].status"),
                    new Case("{\"progress\":[{\"task\":\"1/1\",\"period\":\"2026-Q1\",\"status\":\"NOT_DONE\"}]}",
                            "json.at", "$.tracking.progress[0].cause"),
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
