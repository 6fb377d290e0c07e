package vn.plandesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A form that changes some of a plan's details gets a plan with those changed and every other detail kept. */
class PlanBuilderTest {
    private static Plan draft() {
        return new Plan(null, PlanKind.WARD, "", "ỦY BAN NHÂN DÂN", "UBND phường Chơn Thành", "Chơn Thành", "",
                "KH-UBND", null, "KẾ HOẠCH", "Triển khai chuyển đổi số", List.of("Căn cứ Luật;"), List.of(), List.of(),
                List.of("Như trên;", "Lưu: VT."), null, null, null, NumberingScheme.CONTINUOUS, List.of(), List.of(),
                List.of(), false);
    }

    @Test
    void theKindRecipientsAndSignerChangedInOneGoReachThePlan() {
        Signer signer = new Signer(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), "PHÓ CHỦ TỊCH", "Nguyễn Văn A");
        Plan changed = PlanBuilder.from(draft()).kind(PlanKind.DEPARTMENT).recipients(List.of("Sở Tài chính;"))
                .signer(signer).numbering(NumberingScheme.PER_GROUP).build();
        assertEquals(PlanKind.DEPARTMENT, changed.kind());
        assertEquals(List.of("Sở Tài chính;"), changed.recipients());
        assertEquals(signer, changed.signer());
        assertEquals(NumberingScheme.PER_GROUP, changed.numbering());
        assertEquals("Triển khai chuyển đổi số", changed.summary(), "what the form did not change is kept");
        assertEquals(List.of("Căn cứ Luật;"), changed.legalBases());
        assertEquals(draft(), PlanBuilder.from(draft()).build());
    }
}
