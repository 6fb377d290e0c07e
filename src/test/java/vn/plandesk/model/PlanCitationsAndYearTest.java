package vn.plandesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a plan is cited ("92/KH-UBND ngày 15/9/2025", with only the parts it has), the year a draft is dated in (the
 * latest year the document itself names), and what a task is found by (its units and the ward's role too).
 */
class PlanCitationsAndYearTest {
    private static final LocalDate KH92_DATE = LocalDate.of(2025, 9, 15);

    @Test
    void aPlanIsCitedWithOnlyThePartsItHas() {
        assertEquals("92/KH-UBND", new PlanRef("92", "KH-UBND", null, "UBND tỉnh").numberAndSymbol());
        assertEquals("92", new PlanRef("92", "", null, "").numberAndSymbol());
        assertEquals("/KH-UBND", new PlanRef("", "KH-UBND", null, "").numberAndSymbol(), "a draft's blank number");
        assertEquals("", new PlanRef("", "", null, "").numberAndSymbol());
        assertEquals("92/KH-UBND ngày 15/9/2025", new PlanRef("92", "KH-UBND", KH92_DATE, "").citation());
        assertEquals("92/KH-UBND", new PlanRef("92", "KH-UBND", null, "").citation());
    }

    private static Plan draft(PlanRef parent, PlanRef replaces, String summary, List<String> bases,
                              List<String> introduction) {
        return new Plan(null, PlanKind.WARD, "", "ỦY BAN NHÂN DÂN", "UBND phường Chơn Thành", "Chơn Thành", "",
                "KH-UBND", null, "KẾ HOẠCH", summary, bases, introduction, List.of(), List.of(), null, parent, replaces,
                NumberingScheme.CONTINUOUS, List.of(), List.of(), List.of(), false);
    }

    @Test
    void aDraftIsDatedInTheLatestYearItNames() {
        PlanRef kh92 = new PlanRef("92", "KH-UBND", KH92_DATE, "UBND tỉnh Đồng Nai");
        assertEquals(2025, OfficialDate.year(draft(kh92, null, "", List.of(), List.of()), 2030), "its parent's year");
        assertEquals(2026, OfficialDate.year(draft(null, new PlanRef("7", "KH-UBND", LocalDate.of(2026, 1, 5), ""),
                "", List.of(), List.of()), 2030), "the year of the plan it replaces");
        assertEquals(2026, OfficialDate.year(draft(kh92, null, "Triển khai Quyết định số 5 ngày 14/01/2026",
                List.of(), List.of()), 2030), "a later date in its summary");
        assertEquals(2027, OfficialDate.year(draft(kh92, null, "", List.of("Căn cứ Kế hoạch ngày 14 tháng 01 năm 2027;"),
                List.of()), 2030), "in its legal bases");
        assertEquals(2028, OfficialDate.year(draft(kh92, null, "", List.of(), List.of("Ngày 02/3/2028, …")), 2030),
                "in its introduction");
        assertEquals(2030, OfficialDate.year(draft(null, null, "", List.of(), List.of()), 2030), "nothing: the fallback");
        assertEquals(2024, OfficialDate.year(PlanBuilder.from(draft(kh92, null, "", List.of(), List.of()))
                .issueDate(LocalDate.of(2024, 12, 1)).build(), 2030), "a dated plan: its own date");
    }

    @Test
    void aTaskIsFoundByItsUnitsAndTheWardsRole() {
        PlanTask t = new PlanTask(null, "3", "Tuyên truyền", "", List.of("Phòng Văn hóa - Xã hội"),
                List.of("Công an phường"), "", Deadline.none(), WardRole.COORDINATE, null, "", List.of(), List.of());
        String text = t.searchText();
        assertTrue(text.contains("Phòng Văn hóa - Xã hội"));
        assertTrue(text.contains("Công an phường"));
        assertTrue(text.contains(WardRole.COORDINATE.printed()));
    }
}
