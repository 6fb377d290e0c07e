package vn.plandesk.service.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.ReportPeriod;
import vn.plandesk.model.report.Report;
import vn.plandesk.service.PlanService;
import vn.plandesk.service.SampleStore;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.edit.PlanEditors;
import vn.plandesk.service.register.DocumentRegister;
import vn.plandesk.service.reporting.ReportingCalendar;
import vn.plandesk.service.tracking.TrackingService;
import vn.plandesk.store.Database;
import vn.plandesk.store.DocumentRepository;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.ReportRepository;
import vn.plandesk.store.ReportingRuleRepository;
import vn.plandesk.store.TrackingRepository;

/** The exchange file carries a plan's reports (format version 3): a sent report and its correction travel whole. */
class ReportExchangeTest {
    @TempDir
    Path from;
    @TempDir
    Path to;

    /** The services of one store, as the application wires them. */
    private record Store(Database db, PlanService plans, ReportService reports, ReportRepository repository)
            implements AutoCloseable {
        static Store open(Path dir) {
            Database db = Database.open(dir);
            PlanRepository plans = new PlanRepository(db);
            ReportingRuleRepository rules = new ReportingRuleRepository(db);
            TrackingService tracking = new TrackingService(new TrackingRepository(db));
            DocumentRegister register = new DocumentRegister(new DocumentRepository(db));
            ReportRepository repository = new ReportRepository(db, new ReportText());
            ReportService reports = new ReportService(repository, plans, tracking, register,
                    new ReportingCalendar(plans, rules), Clock.fixed(LocalDate.of(2026, 6, 2)
                    .atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
            return new Store(db, new PlanService(plans, rules, register, tracking, repository), reports, repository);
        }

        @Override
        public void close() {
            db.close();
        }
    }

    /** What a report is apart from the store's keys. */
    private static Report withoutKeys(Report r) {
        return r.withId(null).withPlanId(null).withPreviousVersion(null);
    }

    @Test
    void aSentReportAndItsCorrectionTravelToAFreshStoreAndBackByteForByte() throws Exception {
        long planId = SampleStore.copyTo(from).get(2);
        byte[] exported;
        List<Report> sent;
        try (Store a = Store.open(from)) {
            PlanEditor editor = new PlanEditors(new PlanRepository(a.db())).open(planId);
            assertEquals(2, new ObjectMapper().readTree(a.plans().exportJson(planId)).get("formatVersion").asInt(),
                    "a plan without reports is written as version 2, which older PlanDesks read");
            Report draft = a.reports().draft(editor, ReportKind.HALF_YEAR, ReportPeriod.half(2026, 1));
            Report v1 = a.reports().markSent(editor, draft.id(), "15", LocalDate.of(2026, 6, 8));
            Report v2 = a.reports().correct(editor, v1.id());
            v2 = a.reports().update(editor, v2.withSections(List.of(new BodySection("I. KẾT QUẢ",
                    List.of("Đính chính số liệu.")))));
            sent = List.of(v1, v2);
            exported = a.plans().exportJson(planId);
        }
        JsonNode root = new ObjectMapper().readTree(exported);
        assertEquals(3, root.get("formatVersion").asInt());
        JsonNode reports = root.get("reports");
        assertEquals(2, reports.size());
        assertEquals(1, reports.get(0).get("id").asInt());
        assertEquals(2, reports.get(1).get("id").asInt());
        assertEquals(1, reports.get(1).get("previousVersion").asInt(), "the correction names its version by key");
        assertFalse(reports.get(0).has("planId"), "the plan's id is the store's, not the file's");

        try (Store b = Store.open(to)) {
            long imported = b.plans().importJson(exported);
            List<Report> arrived = b.reports().reports(imported);
            assertEquals(sent.stream().map(ReportExchangeTest::withoutKeys).toList(),
                    arrived.stream().map(ReportExchangeTest::withoutKeys).toList());
            assertNull(arrived.get(0).previousVersion());
            assertEquals(arrived.get(0).id(), arrived.get(1).previousVersion(), "mapped to the new store's ids");
            assertEquals(imported, arrived.get(1).planId());
            assertArrayEquals(exported, b.plans().exportJson(imported), "export, import, export: the same bytes");
        }
    }

    @Test
    void aFileWhoseReportsAreOffTheFormatChangesNothing() throws Exception {
        long planId = SampleStore.copyTo(from).get(2);
        try (Store a = Store.open(from)) {
            PlanEditor editor = new PlanEditors(new PlanRepository(a.db())).open(planId);
            a.reports().draft(editor, ReportKind.YEAR, ReportPeriod.year(2026));
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode good = (ObjectNode) mapper.readTree(a.plans().exportJson(planId));
            int plansBefore = a.plans().list().size();
            int reportsBefore = a.reports().reports().size();

            ObjectNode asVersion2 = good.deepCopy();
            asVersion2.put("formatVersion", 2);
            assertEquals("json.unknownKey", refused(a, mapper, asVersion2).key(), "version 2 has no reports");

            ObjectNode orphan = good.deepCopy();
            ((ObjectNode) orphan.get("reports").get(0)).put("previousVersion", 7);
            PlanDeskException e = refused(a, mapper, orphan);
            assertEquals("json.reportPrevious", e.key());
            assertEquals("$.reports[0].previousVersion", e.args()[0]);

            ObjectNode badKind = good.deepCopy();
            ((ObjectNode) badKind.get("reports").get(0)).put("kind", "WEEKLY");
            assertEquals("$.reports[0].kind", refused(a, mapper, badKind).args()[0]);

            ObjectNode twice = good.deepCopy();
            ((ArrayNode) twice.get("reports")).add(twice.get("reports").get(0).deepCopy());
            assertEquals("json.reportKey", refused(a, mapper, twice).key());

            assertEquals(plansBefore, a.plans().list().size(), "no plan stored by a refused file");
            assertEquals(reportsBefore, a.reports().reports().size(), "no report stored by a refused file");
        }
    }

    private static PlanDeskException refused(Store s, ObjectMapper mapper, JsonNode file) throws Exception {
        byte[] bytes = mapper.writeValueAsString(file).getBytes(StandardCharsets.UTF_8);
        return assertThrows(PlanDeskException.class, () -> s.plans().importJson(bytes));
    }
}
