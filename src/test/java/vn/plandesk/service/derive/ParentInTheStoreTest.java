package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.service.SampleStore;
import vn.plandesk.store.Database;
import vn.plandesk.store.DerivationRepository;
import vn.plandesk.store.PlanRepository;

/**
 * Which parent a ward plan is compared with, on a real store: the newest stored copy of the plan it cites when it
 * was made outside PlanDesk, nothing to compare when its parent was deleted, a plain sentence when it cites none; the
 * list of plans, a plan the store lacks, the changes between two stored plans.
 */
class ParentInTheStoreTest {
    @TempDir
    Path dir;
    private Database db;
    private PlanRepository plans;
    private DerivationService service;
    private long kh92;
    private long chonThanh;

    @BeforeEach
    void open() {
        List<Long> ids = SampleStore.copyTo(dir);
        db = Database.open(dir);
        plans = new PlanRepository(db);
        service = new DerivationService(plans, new DerivationRepository(db));
        kh92 = ids.get(1);
        chonThanh = ids.get(2);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aWardPlanMadeOutsideIsComparedWithTheNewestCopyOfItsParent() {
        Plan edited = PlanComparisonTest.editedKh92();
        long newer = plans.insert(edited);
        assertTrue(newer > kh92);
        SyncSession s = service.compare(chonThanh, null);
        assertFalse(s.isReplacement());
        assertTrue(PlanComparison.between(s.baseline(), edited).isEmpty(), "the edited copy, stored last");
        assertEquals(5, PlanComparison.between(WardDerivationTest.KH92, s.baseline()).size());
        assertTrue(s.changes().isEmpty(), "the ward agreed with the plan as it stands");
    }

    @Test
    void aDerivedPlanWhoseParentWasDeletedHasNothingToCompare() {
        long ward = service.derive(kh92, "phường Chơn Thành", "1-4");
        assertTrue(plans.delete(kh92));
        SyncSession s = service.compare(ward, null);
        assertTrue(s.changes().isEmpty(), "the parent as the ward agreed with it is all there is");
        assertEquals(s.baseline(), s.current());
    }

    @Test
    void aWardPlanCitingNoParentIsToldInOneSentence() {
        Plan stored = service.plan(chonThanh);
        long none = plans.insert(new Plan(null, stored.kind(), stored.parentOrgan(), stored.issuingOrgan(),
                stored.issuer(), stored.locality(), stored.number(), stored.symbol(), stored.issueDate(),
                stored.documentType(), stored.summary(), stored.legalBases(), stored.introduction(), stored.sections(),
                stored.recipients(), stored.signer(), null, null, stored.numbering(), stored.appendixTitles(),
                stored.withoutIds().groups(), stored.withoutIds().indicators(), stored.partial()));
        PlanDeskException e = assertThrows(PlanDeskException.class, () -> service.compare(none, null));
        assertEquals("derive.noParent", e.key());
        assertArrayEquals(new Object[] {"—"}, e.args());
    }

    @Test
    void thePlansAreListedAPlanTheStoreLacksIsToldAndTwoStoredPlansCompare() {
        List<PlanSummary> list = service.list();
        assertTrue(list.stream().anyMatch(p -> p.id() == kh92) && list.stream().anyMatch(p -> p.id() == chonThanh));
        PlanDeskException missing = assertThrows(PlanDeskException.class, () -> service.plan(9999));
        assertEquals("plan.notFound", missing.key());
        long edited = plans.insert(PlanComparisonTest.editedKh92());
        assertEquals(PlanComparison.between(service.plan(kh92), service.plan(edited)), service.diff(kh92, edited));
        assertEquals(5, service.diff(kh92, edited).size());
        assertTrue(service.dictionary().isEmpty(), "no officer's lines until the store gives them");
    }
}
