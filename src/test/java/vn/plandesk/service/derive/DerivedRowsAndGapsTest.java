package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.plandesk.service.derive.WardDerivationTest.CHON_THANH;
import static vn.plandesk.service.derive.WardDerivationTest.CHON_THANH_WARD;
import static vn.plandesk.service.derive.WardDerivationTest.KH92;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanBuilder;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.Signer;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.WardRole;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.derive.SixClarityCheck.Clarity;
import vn.plandesk.service.derive.SixClarityCheck.Gap;

/**
 * The rows of a derived ward plan where the officer left something out (a row without its own name, a parent without
 * a symbol, a body without a signer), and the "6 rõ" gaps of sub-tasks and of names right at the shortest length.
 */
class DerivedRowsAndGapsTest {

    @Test
    void aRowWithoutItsOwnNameTakesTheParentsAndAParentWithoutSymbolGivesKhUbnd() {
        ParentTask first = ParentTask.of(KH92).get(0);
        TaskChoice unnamed = WardDerivation.suggestion(first, CHON_THANH_WARD).withName("");
        Plan parent = PlanBuilder.from(KH92).symbol("").build();
        Plan ward = WardDerivation.derive(new DeriveRequest(parent, CHON_THANH_WARD, List.of(unnamed), null));
        assertEquals(first.task().name(), ward.allTasks().get(0).name());
        assertEquals("KH-UBND", ward.symbol());
        assertEquals(Signer.empty(), new PlanBody("", List.of(), List.of(), List.of(), List.of(), null).signer());
    }

    private static PlanTask task(String number, String name, List<PlanTask> subs) {
        return new PlanTask(null, number, name, "", List.of("Phòng Văn hóa - Xã hội"), List.of(), "Kế hoạch",
                Deadline.of("Quý IV/2025"), WardRole.LEAD, CHON_THANH.allTasks().get(0).parentRef(), "", List.of(),
                subs);
    }

    @Test
    void aSubTaskIsCheckedLikeItsTaskAndFourWordsAreEnough() {
        PlanTask sub = task("1.1", "Số hóa", List.of());
        PlanTask four = task("2", "Số hóa hồ sơ", List.of());
        PlanTask row = task("1", "Xây dựng kế hoạch chuyển đổi số", List.of(sub));
        Plan ward = CHON_THANH.withGroups(List.of(new TaskGroup(1, "Nhóm", List.of(row, four))));
        assertEquals(List.of(new Gap(1, "1.1", sub, Clarity.WORK)), SixClarityCheck.check(ward),
                "two words are too few, four are enough");

        ProgressEntry unproven = new ProgressEntry(1, Period.parse("2026-Q1"), ProgressStatus.DONE, "", null, "", "",
                "", "", List.of());
        List<Gap> reported = SixClarityCheck.check(ward, t -> t == sub ? unproven : null);
        assertEquals(List.of(new Gap(1, "1.1", sub, Clarity.WORK), new Gap(1, "1.1", sub, Clarity.PRODUCT_UNPROVEN)),
                reported, "done without result or evidence, on the sub-task");
    }
}
