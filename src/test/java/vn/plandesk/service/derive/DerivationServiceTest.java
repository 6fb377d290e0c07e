package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.PlanTask;
import vn.plandesk.service.SampleStore;
import vn.plandesk.service.StoreBackups;
import vn.plandesk.store.Database;
import vn.plandesk.store.DerivationRepository;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.WardUnitRepository;

class DerivationServiceTest {
    @TempDir
    Path dir;
    private Database db;
    private PlanRepository plans;
    private DerivationService service;
    private long seed000;
    private long kh92;
    private long chonThanh;
    private long plan2026;

    @BeforeEach
    void open() {
        List<Long> ids = SampleStore.copyTo(dir);
        db = Database.open(dir);
        plans = new PlanRepository(db);
        service = new DerivationService(plans, new DerivationRepository(db));
        seed000 = ids.get(0);
        kh92 = ids.get(1);
        chonThanh = ids.get(2);
        plan2026 = ids.get(3);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void derivesTheChosenTasksAndStoresThem() {
        long id = service.derive(kh92, "phường Chơn Thành", "1,3,5-9");
        Plan ward = service.plan(id);
        assertEquals(List.of("1", "3", "5", "6", "7", "8"),
                ward.allTasks().stream().map(t -> t.parentRef().number()).toList(), "KH 92 as cited lacks 2 and 9");
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), ward.allTasks().stream().map(PlanTask::number).toList());
        assertEquals("UBND phường Chơn Thành", ward.issuer());
        assertEquals("derive.unknownTask", assertThrows(PlanDeskException.class,
                () -> service.derive(kh92, "Chơn Thành", "2")).key());
        long all = service.derive(seed000, "xã Nha Bích", null);
        assertEquals(109, service.plan(all).taskCount());
    }

    @Test
    void theStoreIsBackedUpBeforeADerive() {
        StoreBackups backups = new StoreBackups(db, Clock.fixed(Instant.parse("2026-11-27T09:30:00Z"), ZoneOffset.UTC));
        service.backUpWith(backups);
        service.derive(kh92, "phường Chơn Thành", "1-4");
        assertEquals(List.of("Trước khi lập kế hoạch phường/xã"),
                backups.list().stream().map(StoreBackups.Backup::kind).toList());
    }

    @Test
    void aNewlyDerivedPlanIsInStepWithItsParent() {
        long id = service.derive(kh92, "Chơn Thành", null);
        SyncSession s = service.compare(id, null);
        assertFalse(s.isReplacement());
        assertTrue(s.changes().isEmpty());
    }

    @Test
    void showsWhatChangedInTheParentAndAcceptsOneChangeAtATimeWithUndo() {
        long id = service.derive(kh92, "Chơn Thành", null);
        plans.replace(kh92, PlanComparisonTest.editedKh92());
        SyncSession s = service.compare(id, null);
        List<PlanChange> changes = s.changes();
        assertEquals(5, changes.size(), changes.toString());
        PlanChange reworded = changes.get(0);
        assertEquals(PlanChange.Kind.REWORDED, reworded.kind());
        assertEquals(List.of("2"), reworded.wardTasks(), "KH 92 task 3 is ward task 2");

        s.accept(reworded);
        Plan stored = service.plan(id);
        PlanTask two = stored.allTasks().get(1);
        assertTrue(two.name().endsWith("trên toàn phường"), two.name());
        assertEquals(4, service.compare(id, null).changes().size(), "the accepted change is no longer listed, also after reopening");

        assertTrue(s.undo());
        assertFalse(service.plan(id).allTasks().get(1).name().endsWith("toàn phường"));
        assertEquals(5, service.compare(id, null).changes().size());

        // all at once: added, renumbered, new deadline; a task removed from the parent is never deleted by "accept all"
        int depth = s.undoDepth();
        assertEquals(4, s.acceptAll());
        assertEquals(service.plan(id), s.ward(), "the session goes on from the plan as stored, the added task's key too");
        assertEquals(depth + 1, s.undoDepth(), "accept all is one step of undo");
        assertEquals(77, service.plan(id).taskCount(), "nothing deleted, one added");
        List<PlanChange> left = service.compare(id, null).changes();
        assertEquals(List.of(PlanChange.Kind.REMOVED), left.stream().map(PlanChange::kind).toList());
        s.deleteWardTasks(s.changes().get(0));
        Plan after = service.plan(id);
        assertTrue(service.compare(id, null).changes().isEmpty());
        assertEquals(76, after.taskCount(), "one removed, one added");
        assertTrue(after.allTasks().stream().anyMatch(t -> t.parentRef().number().equals("7a")));
        assertTrue(after.allTasks().stream().anyMatch(t -> t.parentRef().number().equals("9")));
        assertTrue(after.allTasks().stream().noneMatch(t -> t.parentRef().number().equals("5")));
        assertEquals("Quý IV/2026", after.allTasks().stream().filter(t -> t.parentRef().number().equals("4"))
                .findFirst().orElseThrow().deadline().printed());
        // the added task sits after the ward task of KH 92 task 7, and the plan is numbered again
        List<PlanTask> group1 = after.groups().get(0).tasks();
        int at = 0;
        for (int i = 0; i < group1.size(); i++) {
            if (group1.get(i).parentRef().number().equals("7a")) {
                at = i;
            }
        }
        assertEquals("7", group1.get(at - 1).parentRef().number());
        for (int i = 0; i < after.taskCount(); i++) {
            assertEquals(String.valueOf(i + 1), after.allTasks().get(i).number());
        }
        while (s.undo()) {
            // back to the start
        }
        assertEquals(service.plan(id).allTasks(), service.plan(id).allTasks());
        assertEquals(5, service.compare(id, null).changes().size());
    }

    @Test
    void aReplacingPlanGetsAProposedMappingThatTheOfficerCorrects() {
        // the sample ward plan was not derived in PlanDesk: KH 92 in the store is its baseline
        SyncSession s = service.compare(chonThanh, plan2026);
        assertTrue(s.isReplacement());
        List<PlanChange> changes = s.changes();
        PlanChange forTask3 = changes.stream().filter(c -> "3".equals(c.oldKey())).findFirst().orElseThrow();
        assertEquals(PlanChange.Kind.RELINK, forTask3.kind());
        assertEquals("1.đ)", forTask3.newKey());
        assertEquals(List.of("2"), forTask3.wardTasks());
        assertTrue(changes.stream().noneMatch(c -> c.kind() == PlanChange.Kind.PARENT_SWITCH));

        s.retarget("3", "1.e)");
        PlanChange corrected = s.changes().stream().filter(c -> "3".equals(c.oldKey())).findFirst().orElseThrow();
        assertEquals("1.e)", corrected.newKey());
        s.accept(corrected);
        Plan ward = service.plan(chonThanh);
        PlanTask two = ward.allTasks().get(1);
        assertEquals("1.e)", two.parentRef().number());
        assertTrue(two.parentRef().plan().sameIdentity(service.plan(plan2026).ref()));
        assertTrue(s.changes().stream().noneMatch(c -> "3".equals(c.oldKey())));

        // accept all takes the confident matches only and deletes nothing
        s.acceptAll();
        assertTrue(service.plan(chonThanh).allTasks().stream().map(PlanTask::name).toList().containsAll(
                WardDerivationTest.CHON_THANH.allTasks().stream().map(PlanTask::name).toList()), "no ward task deleted");
        assertTrue(s.changes().stream().filter(c -> c.kind() == PlanChange.Kind.RELINK).noneMatch(s::acceptedByAll));
        // the officer decides the rest: the proposed point, or keeping the task citing KH 92
        List<String> keptKeys = new java.util.ArrayList<>();
        for (PlanChange c : s.changes()) {
            if (c.kind() == PlanChange.Kind.UNMATCHED) {
                keptKeys.add(c.oldKey());
            }
            if (c.kind() == PlanChange.Kind.RELINK || c.kind() == PlanChange.Kind.UNMATCHED) {
                s.accept(c);
            }
        }
        s.acceptAll();
        Plan switched = service.plan(chonThanh);
        assertTrue(switched.allTasks().stream().map(PlanTask::name).toList().containsAll(
                WardDerivationTest.CHON_THANH.allTasks().stream().map(PlanTask::name).toList()), "no ward task deleted");
        assertTrue(switched.parentPlan().sameIdentity(service.plan(plan2026).ref()));
        assertTrue(switched.allTasks().stream().allMatch(t -> t.parentRef().plan().sameIdentity(switched.parentPlan())
                || t.parentRef().plan().number().equals("92") && keptKeys.contains(t.parentRef().number())));
        assertTrue(s.changes().isEmpty(), "no relink to the point a task already follows: " + s.changes());
        assertTrue(service.compare(chonThanh, null).changes().isEmpty(), "in step with the 2026 plan now");
        while (s.undo()) {
            // every accepted change undone
        }
        Plan back = service.plan(chonThanh);
        assertEquals(WardDerivationTest.CHON_THANH.allTasks().stream().map(PlanTask::withoutIds).toList(),
                back.allTasks().stream().map(PlanTask::withoutIds).toList());
        assertNotEquals(null, back.parentPlan());
        assertEquals("92", back.parentPlan().number());
    }

    @Test
    void theWardUnitRegistryStartsWithTheUnitsOfSeed002AndKeepsEdits() {
        WardUnitRegistry registry = new WardUnitRegistry(new WardUnitRepository(db));
        assertEquals(8, registry.units().size());
        assertEquals("Phòng Văn hóa - Xã hội", registry.units().get(0));
        assertEquals("Các cơ quan, đơn vị", registry.units().get(7));
        registry.replaceAll(List.of("Trạm Y tế", "Ban Xây dựng Đảng Đảng ủy", "Trạm Y tế", " "));
        assertEquals(List.of("Trạm Y tế", "Ban Xây dựng Đảng Đảng ủy"), registry.units());
    }

    // which parent a ward plan is compared with: the newest stored copy of the plan it cites when it was made
    // outside PlanDesk, nothing when its parent was deleted, one sentence when it cites none

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
    void aDerivedPlanIsComparedWithThePlanItWasDerivedFromThoughALaterCopyIsStored() {
        long ward = service.derive(kh92, "phường Chơn Thành", "1-4");
        plans.insert(PlanComparisonTest.editedKh92());
        SyncSession s = service.compare(ward, null);
        assertEquals(service.plan(kh92).withoutIds(), s.current());
        assertTrue(s.changes().isEmpty(), "KH 92 as stored is unchanged since the derive");
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
