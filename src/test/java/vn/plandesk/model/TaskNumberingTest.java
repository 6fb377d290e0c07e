package vn.plandesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskNumberingTest {
    private static Plan plan(NumberingScheme scheme) {
        List<TaskGroup> groups = new ArrayList<>();
        for (int g = 1; g <= 3; g++) {
            groups.add(new TaskGroup(g, "G" + g, List.of(
                    PlanTask.named("?", "a" + g),
                    PlanTask.named("?", "b" + g).withSubTasks(List.of(PlanTask.named("?", "s1"), PlanTask.named("?", "s2"))))));
        }
        return new Plan(1L, PlanKind.WARD, "", "", "", "", "", "", null, "", "", List.of(), List.of(), List.of(),
                List.of(), null, null, null, scheme, List.of(), groups, List.of(), false);
    }

    private static List<String> numbers(Plan p) {
        return p.allTasks().stream().map(PlanTask::number).toList();
    }

    @Test
    void continuousCountsOnAcrossGroupsAndSubTasksFollowTheirParent() {
        assertEquals(List.of("1", "2", "2.1", "2.2", "3", "4", "4.1", "4.2", "5", "6", "6.1", "6.2"),
                numbers(TaskNumbering.renumber(plan(NumberingScheme.CONTINUOUS))));
    }

    @Test
    void perGroupStartsAgainInEachGroup() {
        assertEquals(List.of("1", "2", "2.1", "2.2", "1", "2", "2.1", "2.2", "1", "2", "2.1", "2.2"),
                numbers(TaskNumbering.renumber(plan(NumberingScheme.PER_GROUP))));
    }

    @Test
    void letteredUsesTheVietnameseAlphabet() {
        assertEquals(List.of("a)", "b)", "b.1", "b.2"),
                numbers(TaskNumbering.renumber(plan(NumberingScheme.LETTERED))).subList(0, 4));
        assertEquals("đ)", TaskNumbering.label(NumberingScheme.LETTERED, 5));
        assertEquals("g)", TaskNumbering.label(NumberingScheme.LETTERED, 7));
    }

    @Test
    void aPlanAlreadyNumberedIsLeftAsItIs() {
        Plan once = TaskNumbering.renumber(plan(NumberingScheme.CONTINUOUS));
        assertSame(once, TaskNumbering.renumber(once));
    }
}
