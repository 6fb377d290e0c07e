package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.service.derive.WardDerivationTest.CHON_THANH;
import static vn.plandesk.service.derive.WardDerivationTest.KH92;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanBuilder;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.WardRole;

/**
 * A commune (xã) speaks of itself as a xã, a ward or anything else as a phường: in the rewordings of a province task,
 * in a change of the parent accepted into a commune's plan; and the officer's edits of one row of the wizard change
 * that field alone.
 */
class CommuneWordingTest {

    @Test
    void aWardWithoutALevelOrOfAnotherKindIsAPhuong() {
        assertEquals("trên địa bàn phường", new NameAdaptation(null).adapt("trên địa bàn tỉnh"));
        assertEquals("trên địa bàn phường", new NameAdaptation("  ").adapt("trên địa bàn tỉnh"));
        assertEquals("toàn xã", new NameAdaptation(" xã ").adapt("toàn tỉnh"));
        assertEquals("", new NameAdaptation("xã").adapt(null));
        assertEquals(List.of(), new NameAdaptation("xã").suggestions(null));
        assertEquals("", NameAdaptation.groupTitle(null));
        assertEquals("phường", new WardIdentity("", "Chơn Thành", null).level());
        assertEquals("phường", new WardIdentity("Thị trấn", "Chơn Thành", null).level());
        assertEquals("xã", new WardIdentity("XÃ", "Nha Bích", null).level());
        assertEquals("UBND xã Nha Bích", WardIdentity.parse("UBND xã Nha Bích").issuer());
    }

    @Test
    void aRewordingAcceptedIntoACommunesPlanSpeaksOfTheCommune() {
        Plan commune = PlanBuilder.from(CHON_THANH).issuer("UBND xã Nha Bích").build();
        SyncSession s = new SyncSession(commune, KH92, 1L, PlanComparisonTest.editedKh92(), 1L, (w, p, b) -> w);
        PlanChange reworded = s.changes().stream().filter(c -> c.kind() == PlanChange.Kind.REWORDED).findFirst()
                .orElseThrow();
        assertTrue(reworded.newTask().name().endsWith("trên toàn tỉnh"));
        s.accept(reworded);
        List<PlanTask> touched = s.ward().allTasks().stream()
                .filter(t -> reworded.wardTasks().contains(t.number())).toList();
        assertTrue(!touched.isEmpty() && touched.stream().allMatch(t -> t.name().endsWith("trên toàn xã")),
                touched::toString);
    }

    @Test
    void anEditOfOneFieldOfARowKeepsTheOthers() {
        TaskChoice c = new TaskChoice("3", WardRole.LEAD, List.of("Phòng Văn hóa - Xã hội"), List.of("Công an phường"),
                "Tuyên truyền", "Báo cáo", "Quý IV/2025", "");
        assertEquals(new TaskChoice("3", WardRole.COORDINATE, c.leadUnits(), c.coordinatingUnits(), c.name(),
                c.result(), c.deadlineText(), c.note()), c.withRole(WardRole.COORDINATE));
        assertEquals(new TaskChoice("3", WardRole.LEAD, List.of("Văn phòng HĐND và UBND"), List.of(), c.name(),
                c.result(), c.deadlineText(), c.note()), c.withUnits(List.of("Văn phòng HĐND và UBND"), List.of()));
        assertEquals(new TaskChoice("3", WardRole.LEAD, c.leadUnits(), c.coordinatingUnits(), "Tuyên truyền số",
                c.result(), c.deadlineText(), c.note()), c.withName(" Tuyên truyền số "));
        assertEquals(new TaskChoice("3", WardRole.LEAD, c.leadUnits(), c.coordinatingUnits(), c.name(),
                "Kế hoạch", c.deadlineText(), c.note()), c.withResult("Kế hoạch"));
        assertEquals(new TaskChoice("3", WardRole.LEAD, c.leadUnits(), c.coordinatingUnits(), c.name(),
                c.result(), "Năm 2026", c.note()), c.withDeadlineText("Năm 2026"));
        assertEquals(new TaskChoice("3", WardRole.LEAD, c.leadUnits(), c.coordinatingUnits(), c.name(),
                c.result(), c.deadlineText(), TaskChoice.COORDINATE_NOTE), c.withNote(TaskChoice.COORDINATE_NOTE));
    }
}
