package vn.plandesk.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;

/** The tasks a body writes under "II. NHIỆM VỤ CỤ THỂ", read out of its paragraphs. */
class BodyTasksTest {

    @Test
    void groupsAndLetteredPointsUntilTheNextSection() {
        List<TaskGroup> groups = BodyTasks.read(List.of(
                "I. MỤC TIÊU", "1. Tổ chức triển khai.", "",
                "II. NHIỆM VỤ CỤ THỂ",
                "1. Nâng cao nhận thức", "a) Tuyên truyền;", "b) Tổ chức hội nghị;",
                "2. Hoàn thiện thể chế", "a) Rà soát;", "a.1 Rà soát văn bản;", "đ) Ban hành.",
                "III. TỔ CHỨC THỰC HIỆN", "1. Yêu cầu chung:", "a) Không phải nhiệm vụ."));

        assertEquals(List.of(
                new TaskGroup(1, "Nâng cao nhận thức",
                        List.of(PlanTask.named("a)", "Tuyên truyền;"), PlanTask.named("b)", "Tổ chức hội nghị;"))),
                new TaskGroup(2, "Hoàn thiện thể chế", List.of(
                        PlanTask.named("a)", "Rà soát;").withSubTasks(List.of(PlanTask.named("a.1", "Rà soát văn bản;"))),
                        PlanTask.named("đ)", "Ban hành.")))), groups);
    }

    @Test
    void aPointCutByAPageBreakIsJoinedAgain() {
        // a PDF gives the lines after the break as a paragraph of their own
        List<TaskGroup> groups = BodyTasks.read(List.of("II. NHIỆM VỤ CỤ THỂ", "1. Nâng cao", "nhận thức",
                "a) Tổ chức thực hiện Kế hoạch", "số 45/KH-UBND;", "b) Giao trách nhiệm."));

        assertEquals("Nâng cao nhận thức", groups.get(0).title());
        assertEquals(List.of(PlanTask.named("a)", "Tổ chức thực hiện Kế hoạch số 45/KH-UBND;"),
                PlanTask.named("b)", "Giao trách nhiệm.")), groups.get(0).tasks());
    }

    @Test
    void aBodyWithoutASectionOfTasksGivesNone() {
        assertEquals(List.of(), BodyTasks.read(List.of("I. MỤC TIÊU", "1. Tổ chức triển khai.",
                "II. NHIỆM VỤ VÀ GIẢI PHÁP", "Các sở, ngành thực hiện theo Phụ lục kèm theo.", "1. Giao nhiệm vụ")));
    }
}
