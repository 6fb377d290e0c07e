package vn.plandesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.io.json.ExchangeFile;
import vn.plandesk.io.json.PlanJson;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.ReportingRule;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.report.Report;
import vn.plandesk.service.derive.NameAdaptation;
import vn.plandesk.service.register.DocumentRegister;
import vn.plandesk.service.report.ReportText;
import vn.plandesk.service.tracking.TrackingService;
import vn.plandesk.store.Database;
import vn.plandesk.store.DocumentRepository;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.ReportRepository;
import vn.plandesk.store.ReportingRuleRepository;
import vn.plandesk.store.TrackingRepository;

/**
 * The plan service with the parts of the store it is given: what an exchange file carries is kept only where the
 * store keeps it and exported only from there; the store is backed up before an import; the samples load into an
 * empty store telling their progress, with seed 003's report even beside reports of the store's own; a derived plan
 * lacking a group is offered its parent's title for it.
 */
class ExchangeFilePartsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:30:00Z"), ZoneOffset.UTC);
    private static final IssuedDocument DECISION = IssuedDocument.of(DocumentType.QUYET_DINH, "2556", "QĐ-UBND",
            LocalDate.of(2025, 11, 6), "UBND phường Chơn Thành", "Ban hành Kế hoạch chuyển đổi số");
    private static final ReportingRule QUARTERLY = new ReportingRule(ReportKind.QUARTER, 5, 3,
            "UBND thành phố Đồng Xoài", "");

    @TempDir
    Path dir;
    private Database db;
    private PlanRepository plans;
    private byte[] file;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("store"));
        plans = new PlanRepository(db);
        Plan ward = new SampleLibrary().plan("chon-thanh-ward-plan.json");
        file = new PlanJson().write(new ExchangeFile(ward, List.of(QUARTERLY), List.of(DECISION)));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aStoreWithARegisterButNoTrackingKeepsTheFilesDocumentsAndExportsNoneUnasked() {
        DocumentRegister register = new DocumentRegister(new DocumentRepository(db));
        ReportingRuleRepository rules = new ReportingRuleRepository(db);
        PlanService service = new PlanService(plans, rules, register, null);
        long id = service.importJson(file);
        assertEquals(List.of("2556"), register.list().stream().map(IssuedDocument::number).toList());
        assertEquals(List.of(QUARTERLY), rules.rules(id));
        ExchangeFile back = new PlanJson().readFile(service.exportJson(id));
        assertEquals(List.of(), back.documents(), "no progress cites it");
        assertNull(back.tracking(), "no tracking kept, none exported");
        assertEquals(List.of(QUARTERLY), back.reportingRules());
        assertEquals(1, new PlanJson().readFile(service.exportJson(id, true)).documents().size(), "asked for");
    }

    @Test
    void aStoreWithTrackingButNoRegisterIsNotGivenTheFilesDocuments() {
        PlanService service = new PlanService(plans, null, null, new TrackingService(new TrackingRepository(db)));
        long id = service.importJson(file);
        assertEquals(List.of(), new DocumentRepository(db).list());
        assertEquals(List.of(), new ReportingRuleRepository(db).rules(id), "nor its rules");
    }

    @Test
    void theStoreIsBackedUpBeforeAnExchangeFileIsImported() {
        PlanService service = new PlanService(plans);
        StoreBackups backups = new StoreBackups(db, CLOCK);
        service.backUpWith(backups);
        service.importJson(file);
        assertEquals(List.of("Trước khi nhập"), backups.list().stream().map(StoreBackups.Backup::kind).toList());
    }

    @Test
    void theSamplesLoadIntoAnEmptyStoreTellingHowManyAreIn() {
        PlanService service = new PlanService(plans);
        List<String> told = new ArrayList<>();
        List<Long> ids = service.loadSamples((done, total) -> told.add(done + "/" + total));
        assertEquals(List.of("1/4", "2/4", "3/4", "4/4"), told);
        assertEquals(plans.list().stream().map(PlanSummary::id).toList(), ids);
        List<Plan> samples = new SampleLibrary().plans();
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(samples.get(i).summary(), service.get(ids.get(i)).summary());
        }
    }

    @Test
    void seed003sReportIsLoadedBesideReportsOfTheStoresOwn() {
        ReportRepository reports = new ReportRepository(db, new ReportText());
        Report sample = new SampleLibrary().report();
        reports.insert(sample.withId(null).withNumberAndDate("9", "BC-UBND", LocalDate.of(2026, 4, 5)));
        PlanService service = new PlanService(plans, new ReportingRuleRepository(db),
                new DocumentRegister(new DocumentRepository(db)), new TrackingService(new TrackingRepository(db)),
                reports);
        service.loadSamples();
        service.loadSamples();
        assertEquals(1, reports.list().stream().filter(r -> r.symbol().equals(sample.symbol())
                && r.summary().equals(sample.summary())).count(), "the sample report, once");
        assertEquals(2, reports.list().size());
    }

    @Test
    void aDerivedPlanLackingAGroupIsOfferedItsParentsTitleForIt() {
        PlanService service = new PlanService(plans);
        SampleLibrary samples = new SampleLibrary();
        // the 2026 plan, listed first, words group II otherwise than KH 92, the ward plan's parent
        long other = service.add(samples.plan("province-2026-plan.json"));
        Plan parent = service.get(service.add(samples.plan("kh92-2025-partial.json")));
        Plan ward = service.get(service.add(samples.plan("chon-thanh-ward-plan.json")));
        assertTrue(parent.ref().sameIdentity(ward.parentPlan()), "the ward plan derives from KH 92");
        TaskGroup taken = parent.group(2).orElseThrow();
        assertTrue(!service.get(other).group(2).orElseThrow().title().equals(taken.title()));
        Plan without = ward.withGroups(ward.groups().stream().filter(g -> g.number() != 2).toList());
        assertEquals(NameAdaptation.groupTitle(taken.title()), service.groupTitle(without, 2));
        TaskGroup own = ward.groups().get(0);
        assertEquals(own.title(), service.groupTitle(ward, own.number()), "its own title first");
        Plan province = service.get(other);
        assertNull(province.parentPlan());
        Plan orphan = province.withGroups(province.groups().stream().filter(g -> g.number() != 2).toList());
        assertEquals("", service.groupTitle(orphan, 2), "no parent, no title to offer");
    }
}
