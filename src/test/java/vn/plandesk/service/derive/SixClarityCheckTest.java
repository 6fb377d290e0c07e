package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.WardRole;
import vn.plandesk.service.derive.SixClarityCheck.Clarity;
import vn.plandesk.service.derive.SixClarityCheck.Gap;

class SixClarityCheckTest {

    private static Map<Clarity, Long> count(List<Gap> gaps) {
        return gaps.stream().collect(Collectors.groupingBy(Gap::clarity, Collectors.counting()));
    }

    @Test
    void theChonThanhPlanLacksResultsOnSomeRowsAndNothingElse() {
        Plan p = WardDerivationTest.CHON_THANH;
        List<Gap> gaps = SixClarityCheck.check(p);
        Map<Clarity, Long> c = count(gaps);
        long noResult = p.allTasks().stream().filter(t -> t.result().isBlank()).count();
        assertEquals(noResult, c.getOrDefault(Clarity.PRODUCT, 0L));
        assertEquals(0L, c.getOrDefault(Clarity.PERSON, 0L));
        assertEquals(0L, c.getOrDefault(Clarity.RESPONSIBILITY, 0L));
        assertEquals(0L, c.getOrDefault(Clarity.AUTHORITY, 0L));
        // "Đã thực hiện" is a status, not a missing time: every row of seed 002 has a readable time
        assertEquals(0L, c.getOrDefault(Clarity.TIME, 0L));
    }

    @Test
    void kh92AsTheWardCitesItHasOnlyNames() {
        Plan p = WardDerivationTest.KH92;
        Map<Clarity, Long> c = count(SixClarityCheck.check(p));
        assertEquals(76L, c.get(Clarity.PERSON));
        assertEquals(76L, c.get(Clarity.TIME));
        assertEquals(76L, c.get(Clarity.PRODUCT));
        assertEquals(76L, c.get(Clarity.RESPONSIBILITY), "no Lãnh đạo phụ trách");
    }

    @Test
    void seed000IsMostlyClear() {
        Map<Clarity, Long> c = count(SixClarityCheck.check(WardDerivationTest.SEED_000));
        assertEquals(0L, c.getOrDefault(Clarity.WORK, 0L));
        assertTrue(c.getOrDefault(Clarity.PERSON, 0L) < 5, c.toString());
    }

    @Test
    void namesEachMissingClarityOfAWardTask() {
        PlanTask vague = new PlanTask(null, "1", "Chuyển đổi số", "", List.of(), List.of(), "", Deadline.of("chưa rõ"),
                null, null, "", List.of(), List.of());
        PlanTask clear = new PlanTask(null, "2", "Xây dựng kế hoạch chuyển đổi số của phường", "",
                List.of("Phòng Văn hóa - Xã hội"), List.of(), "Kế hoạch", Deadline.of("Quý IV/2025"), WardRole.LEAD,
                WardDerivationTest.CHON_THANH.allTasks().get(0).parentRef(), "", List.of(), List.of());
        Plan ward = WardDerivationTest.CHON_THANH.withGroups(List.of(new TaskGroup(1, "Nhóm", List.of(vague, clear))));
        List<Gap> gaps = SixClarityCheck.check(ward);
        assertEquals(List.of(Clarity.PERSON, Clarity.WORK, Clarity.TIME, Clarity.RESPONSIBILITY, Clarity.PRODUCT,
                Clarity.AUTHORITY), gaps.stream().map(Gap::clarity).toList());
        assertTrue(gaps.stream().allMatch(g -> g.taskNumber().equals("1") && g.group() == 1));
    }
}
