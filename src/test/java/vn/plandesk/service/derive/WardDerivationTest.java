package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.WardRole;
import vn.plandesk.service.SampleLibrary;

class WardDerivationTest {
    private static final SampleLibrary SAMPLES = new SampleLibrary();
    static final Plan KH92 = SAMPLES.plan("kh92-2025-partial.json");
    static final Plan CHON_THANH = SAMPLES.plan("chon-thanh-ward-plan.json");
    static final Plan SEED_000 = SAMPLES.plan("province-2025-appendix-ii.json");
    static final Plan PLAN_2026 = SAMPLES.plan("province-2026-plan.json");
    static final WardIdentity CHON_THANH_WARD = new WardIdentity("phường", "Chơn Thành", "Chơn Thành");

    /** The officer's choices of seed 002, read back from the Chơn Thành plan's own rows. */
    static List<TaskChoice> seed002Choices() {
        List<TaskChoice> choices = new ArrayList<>();
        for (PlanTask t : CHON_THANH.allTasks()) {
            choices.add(new TaskChoice(t.parentRef().number(), t.role(), t.leadUnits(), t.coordinatingUnits(),
                    t.name(), t.result(), t.deadline().printed(), t.note()));
        }
        return choices;
    }

    static PlanBody bodyOf(Plan p) {
        return new PlanBody(p.summary(), p.legalBases(), p.introduction(), p.sections(), p.recipients(), p.signer());
    }

    @Test
    void derivingKh92WithSeed002ChoicesReproducesTheChonThanhPlanFieldByField() {
        Plan derived = WardDerivation.derive(new DeriveRequest(KH92, CHON_THANH_WARD, seed002Choices(), bodyOf(CHON_THANH)));

        assertEquals(PlanKind.WARD, derived.kind());
        assertEquals(CHON_THANH.issuer(), derived.issuer());
        assertEquals(CHON_THANH.issuingOrgan(), derived.issuingOrgan());
        assertEquals(CHON_THANH.locality(), derived.locality());
        assertEquals(CHON_THANH.symbol(), derived.symbol());
        assertEquals(CHON_THANH.parentPlan(), derived.parentPlan());
        assertEquals(CHON_THANH.numbering(), derived.numbering());
        assertEquals(CHON_THANH.summary(), derived.summary());
        assertEquals(CHON_THANH.legalBases(), derived.legalBases());
        assertEquals(CHON_THANH.sections(), derived.sections());
        assertEquals(CHON_THANH.recipients(), derived.recipients());
        assertEquals(CHON_THANH.signer(), derived.signer());
        assertEquals(76, derived.taskCount());
        assertEquals(CHON_THANH.groups().size(), derived.groups().size());
        for (int g = 0; g < CHON_THANH.groups().size(); g++) {
            TaskGroup expected = CHON_THANH.groups().get(g);
            TaskGroup actual = derived.groups().get(g);
            assertEquals(expected.number(), actual.number());
            assertEquals(expected.title(), actual.title(), "title of group " + expected.number());
            assertEquals(expected.tasks().size(), actual.tasks().size(), "tasks of group " + expected.number());
            for (int i = 0; i < expected.tasks().size(); i++) {
                PlanTask e = expected.tasks().get(i);
                PlanTask a = actual.tasks().get(i);
                String where = "ward task " + e.number();
                assertEquals(e.number(), a.number(), where);
                assertEquals(e.parentRef(), a.parentRef(), where);
                assertEquals(e.name(), a.name(), where);
                assertEquals(e.role(), a.role(), where);
                assertEquals(e.leadUnits(), a.leadUnits(), where);
                assertEquals(e.coordinatingUnits(), a.coordinatingUnits(), where);
                assertEquals(e.result(), a.result(), where);
                assertEquals(e.deadline(), a.deadline(), where);
                assertEquals(e.note(), a.note(), where);
                assertEquals(e, a, where);
            }
        }
        // KH 92 as the ward plan cites it has no indicators: none to copy
        assertTrue(derived.indicators().isEmpty());
        assertEquals(List.of(CHON_THANH.appendixTitles().get(0)), derived.appendixTitles());
    }

    @Test
    void theDraftedBodyFollowsSeed002() {
        Plan derived = WardDerivation.derive(new DeriveRequest(KH92, CHON_THANH_WARD, seed002Choices(), null));
        assertEquals(List.of("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG THỰC HIỆN", "III. KINH PHÍ THỰC HIỆN",
                "IV. TỔ CHỨC THỰC HIỆN"), derived.sections().stream().map(s -> s.heading()).toList());
        String organisation = String.join("\n", derived.sections().get(3).paragraphs());
        assertTrue(organisation.contains("trước ngày 10/6"), organisation);
        assertTrue(organisation.contains("trước ngày 25/11"), organisation);
        assertTrue(derived.sections().get(1).sections().get(1).paragraphs().get(0).contains("Phụ lục"));
        // Căn cứ: the documents KH 92's trích yếu cites, by date, then KH 92 itself, as seed 002 orders them
        List<String> bases = derived.legalBases();
        assertEquals(4, bases.size(), bases.toString());
        assertTrue(bases.get(0).startsWith("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"), bases.get(0));
        assertTrue(bases.get(1).startsWith("Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ")
                || bases.get(1).startsWith("Căn cứ Nghị quyết số 71/NQ-CP ngày 1/4/2025 của Chính phủ"), bases.get(1));
        assertTrue(bases.get(2).contains("469-KH/TU") && bases.get(2).contains("Tỉnh ủy"), bases.get(2));
        assertEquals(CHON_THANH.legalBases().get(3), bases.get(3));
        assertEquals("Triển khai các nhiệm vụ theo Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh", derived.summary());
        assertEquals("CHỦ TỊCH", derived.signer().title());
        assertEquals("Lưu: VT.", derived.recipients().get(derived.recipients().size() - 1));
        assertTrue(derived.recipients().contains("Thường trực Đảng ủy phường (b/c);"));
    }

    @Test
    void indicatorsAreCopiedFromAParentThatHasThem() {
        // the Chơn Thành plan serves as a parent with an indicators table (53 rows)
        List<TaskChoice> three = WardDerivation.suggestions(CHON_THANH, new WardIdentity("xã", "Nha Bích", null)).subList(0, 3);
        Plan derived = WardDerivation.derive(new DeriveRequest(CHON_THANH, new WardIdentity("xã", "Nha Bích", null), three, null));
        assertEquals(53, derived.indicators().size());
        assertEquals(CHON_THANH.indicators(), derived.indicators());
        assertEquals(2, derived.appendixTitles().size());
        assertEquals("UBND xã Nha Bích", derived.issuer());
        assertEquals("ỦY BAN NHÂN DÂN\nXÃ NHA BÍCH", derived.issuingOrgan());
        assertEquals("Nha Bích", derived.locality());
    }

    @Test
    void derivingFromSeed000TurnsYearGridsIntoCompletionTextsAndCitesTasksWithTheirGroup() {
        WardIdentity ward = CHON_THANH_WARD;
        List<TaskChoice> all = WardDerivation.suggestions(SEED_000, ward);
        assertEquals(SEED_000.taskCount(), all.size());
        Plan derived = WardDerivation.derive(new DeriveRequest(SEED_000, ward, all, null));
        assertEquals(SEED_000.taskCount(), derived.taskCount());
        PlanTask first = derived.groups().get(0).tasks().get(0);
        assertEquals("1", first.number());
        assertEquals("I.1", first.parentRef().number());
        assertEquals("Tháng 4/2025", first.deadline().printed());
        PlanTask second = derived.groups().get(0).tasks().get(1);
        assertEquals("Thường xuyên", second.deadline().printed(), "a mark in every year of the grid");
        assertEquals(WardRole.COORDINATE, second.role());
        assertEquals(TaskChoice.COORDINATE_NOTE, second.note());
        // the sub-tasks 2.1 … 2.5 under III.2 become rows of their own, cited as III.2.1 …
        assertTrue(derived.allTasks().stream().anyMatch(t -> t.parentRef().number().equals("III.2.1")));
        // the province's name is dropped from the group titles
        assertFalse(derived.groups().get(0).title().endsWith("Đồng Nai"), derived.groups().get(0).title());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), derived.groups().stream().map(TaskGroup::number).toList());
        // numbered on across the groups
        assertEquals(String.valueOf(derived.taskCount()), derived.allTasks().get(derived.taskCount() - 1).number());
    }

    @Test
    void derivingFromThe2026PlanCitesLetteredPointsWithTheirGroup() {
        List<TaskChoice> some = WardDerivation.suggestions(PLAN_2026, CHON_THANH_WARD).subList(0, 10);
        Plan derived = WardDerivation.derive(new DeriveRequest(PLAN_2026, CHON_THANH_WARD, some, null));
        assertEquals(10, derived.taskCount());
        assertEquals("1.a)", derived.allTasks().get(0).parentRef().number());
        assertEquals("2.a)", derived.allTasks().get(7).parentRef().number());
        assertEquals(2, derived.groups().size());
        // the 2026 plan's opening cites NQ 11, NQ 71 and NQ 57: they become Căn cứ
        assertTrue(derived.legalBases().stream().anyMatch(b -> b.contains("11/NQ-CP ngày 14/01/2026")), derived.legalBases().toString());
        assertTrue(derived.legalBases().stream().anyMatch(b -> b.contains("57-NQ/TW")));
    }

    @Test
    void refusesNoTasksNoWardAndUnknownTasks() {
        assertEquals("derive.noTasks", assertThrows(PlanDeskException.class, () ->
                WardDerivation.derive(new DeriveRequest(KH92, CHON_THANH_WARD, List.of(), null))).key());
        TaskChoice c = WardDerivation.suggestions(KH92, CHON_THANH_WARD).get(0);
        assertEquals("derive.noWard", assertThrows(PlanDeskException.class, () ->
                WardDerivation.derive(new DeriveRequest(KH92, new WardIdentity("phường", "", ""), List.of(c), null))).key());
        TaskChoice unknown = new TaskChoice("999", WardRole.LEAD, List.of(), List.of(), "x", "", "", "");
        assertEquals("derive.unknownTask", assertThrows(PlanDeskException.class, () ->
                WardDerivation.derive(new DeriveRequest(KH92, CHON_THANH_WARD, List.of(unknown), null))).key());
    }

    @Test
    void suggestionsAdaptTheNameAndTakeOverResultAndDeadline() {
        ParentTask p = ParentTask.of(SEED_000).get(0);
        TaskChoice s = WardDerivation.suggestion(p, CHON_THANH_WARD);
        assertEquals("I.1", s.parentKey());
        assertEquals("Kế hoạch", s.result());
        assertEquals("Tháng 4/2025", s.deadlineText());
        assertEquals(WardRole.COORDINATE, s.role());
        assertNotNull(s.name());
    }
}
