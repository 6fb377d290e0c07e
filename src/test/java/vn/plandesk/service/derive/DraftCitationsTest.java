package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.service.derive.WardDerivationTest.CHON_THANH_WARD;
import static vn.plandesk.service.derive.WardDerivationTest.KH92;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanBuilder;

/**
 * How the drafted ward plan cites its parent: "Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh" with only the
 * parts the parent has, and the Căn cứ chain: the parent's own bases, the documents its trích yếu cites by date, then
 * the parent about its subject; a document named twice is cited once.
 */
class DraftCitationsTest {
    private static final String SUBJECT = "sửa đổi, bổ sung cập nhật Kế hoạch của UBND tỉnh triển khai thực hiện Nghị quyết"
            + " số 71/NQ-CP ngày 01/4/2025 của Chính phủ và Kế hoạch hành động số 469-KH/TU ngày 16/5/2025 của Tỉnh ủy"
            + " về thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về “đột phá phát triển khoa học,"
            + " công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia” trên địa bàn tỉnh Đồng Nai";

    @Test
    void theParentIsCitedWithOnlyThePartsItHas() {
        assertEquals("Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh", WardPlanDraft.citation(KH92));
        assertEquals("Kế hoạch ngày 15/9/2025 của UBND tỉnh",
                WardPlanDraft.citation(PlanBuilder.from(KH92).number("").symbol("").build()), "a draft without a number");
        assertEquals("Kế hoạch số 92/KH-UBND của UBND tỉnh",
                WardPlanDraft.citation(PlanBuilder.from(KH92).issueDate(null).build()));
        assertEquals("Kế hoạch số 92/KH-UBND ngày 15/9/2025",
                WardPlanDraft.citation(PlanBuilder.from(KH92).issuer("").build()));
        assertEquals("Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh",
                WardPlanDraft.citation(PlanBuilder.from(KH92).documentType("").build()), "no type: a plan");
        assertEquals("Chương trình hành động số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh",
                WardPlanDraft.citation(PlanBuilder.from(KH92).documentType("CHƯƠNG TRÌNH HÀNH ĐỘNG").build()));
    }

    @Test
    void theBasesAreTheParentsOwnThenWhatItCitesByDateThenTheParent() {
        Plan parent = PlanBuilder.from(KH92).legalBases(List.of(
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025.",
                "Căn cứ Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ,")).build();
        assertEquals(List.of(
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                "Căn cứ Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ;",
                "Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ;",
                "Căn cứ Kế hoạch hành động số 469-KH/TU ngày 16/5/2025 của Tỉnh ủy;",
                "Căn cứ Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh về " + SUBJECT + ";"),
                WardPlanDraft.legalBases(parent));
    }

    @Test
    void theParentsSubjectReadsOnAfterVe() {
        Plan dotted = PlanBuilder.from(KH92).summary("Triển khai chuyển đổi số năm 2026.").build();
        assertEquals("Căn cứ Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh về triển khai chuyển đổi số năm 2026;",
                last(WardPlanDraft.legalBases(dotted)));
        Plan none = PlanBuilder.from(KH92).summary("").build();
        assertTrue(last(WardPlanDraft.legalBases(none)).startsWith("Căn cứ Kế hoạch số 92/KH-UBND"));
        assertEquals("Triển khai các nhiệm vụ theo Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh",
                WardPlanDraft.body(none, CHON_THANH_WARD).summary());
    }

    private static String last(List<String> list) {
        return list.get(list.size() - 1);
    }
}
