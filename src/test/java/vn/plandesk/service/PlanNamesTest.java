package vn.plandesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanSummary;

/** A plan is named in the window's list by what tells it apart, short and never cut in "…". */
class PlanNamesTest {
    private static PlanSummary summary(long id, Plan p) {
        return new PlanSummary(id, p.kind(), p.number(), p.symbol(), p.issueDate(), p.issuer(), p.groups().size(),
                p.taskCount(), p.indicators().size(), p.summary(), p.partial());
    }

    @Test
    void theFourSamplePlansAreToldApart() {
        List<Plan> samples = new SampleLibrary().plans();
        List<PlanSummary> list = new java.util.ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            list.add(summary(i + 1, samples.get(i)));
        }
        Map<Long, String> names = PlanNames.of(list);
        assertEquals(4, new HashSet<>(names.values()).size(), names.toString());
        for (String n : names.values()) {
            assertFalse(n.contains("…"), n);
            assertFalse(n.contains("/KH-UBND Dự thảo") || n.startsWith("/"), "a draft has no number: " + n);
            assertTrue(n.length() <= 100, n);
        }
        assertEquals("phường Chơn Thành: Dự thảo – Triển khai các nhiệm vụ theo Kế hoạch số 92/KH-UBND",
                names.values().stream().filter(n -> n.contains("Chơn Thành")).findFirst().orElseThrow());
        assertTrue(names.containsValue("92/KH-UBND, 15/9/2025 – Sửa đổi, bổ sung cập nhật Kế hoạch"),
                names.toString());
        assertTrue(names.containsValue("Dự thảo – Danh mục các nhiệm vụ (Phụ lục II) thực hiện Nghị quyết"),
                names.toString());
        assertTrue(names.containsValue("Dự thảo – Thực hiện Nghị quyết số 11/NQ-CP"), names.toString());
    }

    @Test
    void shortensBetweenPhrases() {
        assertEquals("Thực hiện Nghị quyết số 11/NQ-CP", PlanNames.shorten(
                "Thực hiện Nghị quyết số 11/NQ-CP ngày 14 tháng 01 năm 2026 của Chính phủ sửa đổi", 56));
        assertEquals("Danh mục các nhiệm vụ (Phụ lục II)", PlanNames.shorten(
                "Danh mục các nhiệm vụ (Phụ lục II) thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị", 36));
        assertEquals("Danh mục các nhiệm vụ", PlanNames.shorten(
                "Danh mục các nhiệm vụ (Phụ lục II) thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị", 28));
        assertEquals("Kế hoạch ngắn", PlanNames.shorten("Kế hoạch ngắn", 56));
        assertEquals("Phát triển, trọng dụng nhân lực chất lượng cao", PlanNames.shorten("Phát triển, trọng dụng "
                + "nhân lực chất lượng cao, nhân tài đáp ứng yêu cầu phát triển khoa học", 48));
        assertEquals("Phát triển, trọng dụng nhân lực chất", PlanNames.shorten("Phát triển, trọng dụng "
                + "nhân lực chất lượng cao, nhân tài đáp ứng yêu cầu phát triển khoa học", 40));
        assertEquals("Nâng cao nhận thức, đột phá về đổi mới tư duy", PlanNames.shorten(
                "Nâng cao nhận thức, đột phá về đổi mới tư duy, xác định quyết tâm chính trị mạnh mẽ", 46));
    }

    @Test
    void twoDraftsOfOneWardSayHowManyTasksTheyHave() {
        PlanSummary a = new PlanSummary(1, PlanKind.WARD, "", "KH-UBND", null, "UBND xã Nha Bích", 7, 12, 0,
                "Triển khai các nhiệm vụ", false);
        PlanSummary b = new PlanSummary(2, PlanKind.WARD, "", "KH-UBND", null, "UBND xã Nha Bích", 7, 30, 0,
                "Triển khai các nhiệm vụ", false);
        PlanSummary c = new PlanSummary(3, PlanKind.WARD, "15", "KH-UBND", LocalDate.of(2025, 10, 2),
                "UBND xã Nha Bích", 7, 30, 0, "Triển khai các nhiệm vụ", false);
        Map<Long, String> names = PlanNames.of(List.of(a, b, c));
        assertEquals("xã Nha Bích: Dự thảo – Triển khai các nhiệm vụ (12 nhiệm vụ)", names.get(1L));
        assertEquals("xã Nha Bích: Dự thảo – Triển khai các nhiệm vụ (30 nhiệm vụ)", names.get(2L));
        assertEquals("xã Nha Bích: 15/KH-UBND, 02/10/2025 – Triển khai các nhiệm vụ", names.get(3L));
    }
}
