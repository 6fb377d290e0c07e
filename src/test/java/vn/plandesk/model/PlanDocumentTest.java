package vn.plandesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which documents a plan has to print (its body, its task appendix, its indicators appendix), and where a lettered
 * plan's tasks go: under the empty "NHIỆM VỤ" heading of its body rather than into an appendix.
 */
class PlanDocumentTest {
    private static final BodySection PURPOSE = new BodySection("I. MỤC ĐÍCH, YÊU CẦU", List.of("Triển khai kịp thời."));
    private static final BodySection TASKS_HEADING = new BodySection("II. NHIỆM VỤ CỤ THỂ", List.of());

    private static Plan plan(NumberingScheme numbering, List<String> bases, List<String> introduction,
                             List<BodySection> sections, int tasks, int indicators) {
        List<PlanTask> ts = new java.util.ArrayList<>();
        for (int i = 1; i <= tasks; i++) {
            ts.add(new PlanTask(null, String.valueOf(i), "Nhiệm vụ " + i, "", List.of("Phòng Kinh tế"), List.of(), "",
                    Deadline.of("Quý IV/2026"), null, null, "", List.of(), List.of()));
        }
        List<Indicator> is = new java.util.ArrayList<>();
        for (int i = 1; i <= indicators; i++) {
            is.add(new Indicator(null, String.valueOf(i), "Chỉ tiêu " + i, "%", "", "100"));
        }
        return new Plan(null, PlanKind.WARD, "", "ỦY BAN NHÂN DÂN", "UBND phường Chơn Thành", "Chơn Thành", "",
                "KH-UBND", null, "KẾ HOẠCH", "", bases, introduction, sections, List.of(), null, null, null,
                numbering, List.of(), tasks == 0 ? List.of() : List.of(new TaskGroup(1, "Nhóm 1", ts)), is, false);
    }

    private static Plan plan(List<String> bases, List<String> introduction, List<BodySection> sections) {
        return plan(NumberingScheme.CONTINUOUS, bases, introduction, sections, 0, 0);
    }

    @Test
    void aPlanHasABodyWhenItHasLegalBasesAnIntroductionOrSections() {
        assertFalse(PlanDocument.BODY.presentIn(plan(List.of(), List.of(), List.of())), "an appendix transcribed alone");
        assertTrue(PlanDocument.BODY.presentIn(plan(List.of("Căn cứ Luật Tổ chức chính quyền địa phương;"), List.of(),
                List.of())));
        assertTrue(PlanDocument.BODY.presentIn(plan(List.of(), List.of("UBND phường ban hành Kế hoạch như sau:"),
                List.of())));
        assertTrue(PlanDocument.BODY.presentIn(plan(List.of(), List.of(), List.of(PURPOSE))));
    }

    @Test
    void theAppendicesArePrintedOnlyWhenThereIsSomethingInThem() {
        Plan empty = plan(NumberingScheme.CONTINUOUS, List.of(), List.of(), List.of(PURPOSE), 0, 0);
        assertFalse(PlanDocument.TASKS.presentIn(empty), "a plan without tasks has no task appendix");
        assertFalse(PlanDocument.INDICATORS.presentIn(empty));
        Plan one = plan(NumberingScheme.CONTINUOUS, List.of(), List.of(), List.of(PURPOSE), 1, 1);
        assertTrue(PlanDocument.TASKS.presentIn(one));
        assertTrue(PlanDocument.INDICATORS.presentIn(one));
    }

    @Test
    void aLetteredPlansTasksAreTheTextOfItsEmptyTasksHeading() {
        // seed 004: tasks a), b) … printed under "II. NHIỆM VỤ CỤ THỂ", no task appendix
        Plan lettered = plan(NumberingScheme.LETTERED, List.of(), List.of(), List.of(PURPOSE, TASKS_HEADING), 2, 0);
        assertEquals(TASKS_HEADING, PlanDocument.tasksSection(lettered));
        assertFalse(PlanDocument.TASKS.presentIn(lettered));

        // a heading with text of its own, or with sections under it, is not where the tasks go
        BodySection withText = new BodySection("II. NHIỆM VỤ CỤ THỂ", List.of("Các phòng triển khai."));
        BodySection withSections = new BodySection("II. NHIỆM VỤ CỤ THỂ", List.of(), List.of(PURPOSE));
        BodySection otherEmpty = new BodySection("III. TỔ CHỨC THỰC HIỆN", List.of());
        for (BodySection s : List.of(withText, withSections, otherEmpty)) {
            Plan p = plan(NumberingScheme.LETTERED, List.of(), List.of(), List.of(PURPOSE, s), 2, 0);
            assertNull(PlanDocument.tasksSection(p), s.heading());
            assertTrue(PlanDocument.TASKS.presentIn(p), s.heading());
        }
    }

    @Test
    void tasksNumberedOtherwiseOrNoTasksAtAllAreNotPrintedInTheBody() {
        Plan numbered = plan(NumberingScheme.CONTINUOUS, List.of(), List.of(), List.of(PURPOSE, TASKS_HEADING), 2, 0);
        assertNull(PlanDocument.tasksSection(numbered));
        assertTrue(PlanDocument.TASKS.presentIn(numbered), "numbered tasks go into the appendix");
        Plan noTasks = plan(NumberingScheme.LETTERED, List.of(), List.of(), List.of(PURPOSE, TASKS_HEADING), 0, 0);
        assertNull(PlanDocument.tasksSection(noTasks));
        assertFalse(PlanDocument.TASKS.presentIn(noTasks));
    }
}
