package vn.plandesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.service.SampleLibrary;

/** The text table of the show command. */
class PlanTableTest {
    @Test
    void theTableShowsEachGroupWithItsTasksUnderAHeader() {
        String longName = "Triển khai " + "chuyển đổi số ".repeat(8) + "trên địa bàn phường";
        PlanTask sub = PlanTask.named("1.1", "Việc con");
        PlanTask task = PlanTask.named("1", longName).withDeadline(Deadline.of("Quý II/2026 và các năm tiếp theo"))
                .withSubTasks(List.of(sub));
        Plan sample = new SampleLibrary().plan("chon-thanh-ward-plan.json");
        List<TaskGroup> groups = new java.util.ArrayList<>(sample.groups());
        groups.set(0, new TaskGroup(1, "Nhóm một", List.of(task)));
        groups.set(1, new TaskGroup(2, "Nhóm hai", List.of()));
        Plan plan = sample.withGroups(groups);
        List<String> lines = PlanTable.render(plan).lines().toList();
        assertEquals(plan.documentType() + " " + plan.ref().citation(), lines.get(0));
        assertEquals(plan.summary(), lines.get(1));
        assertEquals("I. Nhóm một", lines.get(3));
        assertTrue(lines.get(4).startsWith("  STT    STT (KH cấp trên) Nhiệm vụ"), lines.get(4));
        String first = lines.get(5);
        assertTrue(first.startsWith("  1      "), first);
        assertTrue(first.contains("Quý II/2026 và các nă…"), "a long deadline is cut: " + first);
        List<String> wrapped = PlanTable.wrap(longName, 70);
        assertTrue(wrapped.size() > 1);
        assertTrue(wrapped.stream().allMatch(l -> l.length() <= 70), wrapped.toString());
        assertEquals(longName, String.join(" ", wrapped));
        assertTrue(first.contains(wrapped.get(0)));
        assertEquals("  " + " ".repeat(6) + " " + " ".repeat(8) + " " + wrapped.get(1), lines.get(6));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  1.1    ") && l.contains("  Việc con")), lines.toString());
        assertTrue(lines.contains("II. Nhóm hai"));
    }
}
