package vn.plandesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.WardRole;

/**
 * The generated plans the scale tests and benchmarks run on: exactly the number of tasks asked for, spread evenly over
 * the seven groups, every twentieth task with two sub-tasks where its group has room for them, every deadline form of the source documents, units and
 * roles that vary from task to task; the same size and seed always the same plan.
 */
class SyntheticPlanTest {
    @Test
    void aPlanOfNTasksHasNTasksSpreadEvenlyOverTheSevenGroups() {
        for (int n : List.of(1, 7, 10, 150, 1003)) {
            Plan plan = SyntheticPlan.generate(n, 1);
            assertEquals(n, plan.allTasks().size(), "tasks and sub-tasks of a plan of " + n);
            assertEquals(TaskGroup.COUNT, plan.groups().size());
            for (TaskGroup g : plan.groups()) {
                int expected = n / TaskGroup.COUNT + (g.number() <= n % TaskGroup.COUNT ? 1 : 0);
                int inGroup = g.tasks().stream().mapToInt(t -> 1 + t.subTasks().size()).sum();
                assertEquals(expected, inGroup, "group " + g.number() + " of a plan of " + n);
            }
        }
    }

    @Test
    void everyTwentiethTaskCarriesTwoSubTasksNumberedAfterIt() {
        Plan plan = SyntheticPlan.generate(150, 1);
        List<PlanTask> withSubs = plan.groups().stream().flatMap(g -> g.tasks().stream())
                .filter(t -> !t.subTasks().isEmpty()).toList();
        // 80 and 120 come last but one in their groups: no room for two sub-tasks there
        assertEquals(List.of("20", "40", "60", "100", "140"), withSubs.stream().map(PlanTask::number).toList());
        for (PlanTask t : withSubs) {
            assertEquals(List.of(t.number() + ".1", t.number() + ".2"),
                    t.subTasks().stream().map(PlanTask::number).toList());
            int n = Integer.parseInt(t.number());
            assertEquals(List.of("(nhiệm vụ số " + (n * 100 + 1) + ")", "(nhiệm vụ số " + (n * 100 + 2) + ")"),
                    t.subTasks().stream().map(s -> s.name().substring(s.name().lastIndexOf('('))).toList(),
                    "a sub-task's words are its own, not its parent's");
        }
        // the top-level tasks are numbered on across the groups
        List<Integer> numbers = plan.groups().stream().flatMap(g -> g.tasks().stream())
                .map(t -> Integer.parseInt(t.number())).toList();
        assertEquals(IntStream.rangeClosed(1, numbers.size()).boxed().toList(), numbers);
    }

    @Test
    void theTasksCarryEveryDeadlineFormAndVaryingUnitsRolesAndNames() {
        Plan plan = SyntheticPlan.generate(150, 1);
        List<PlanTask> tasks = plan.groups().stream().flatMap(g -> g.tasks().stream()).toList();
        for (PlanTask t : tasks) {
            int n = Integer.parseInt(t.number());
            String deadline = SyntheticPlan.DEADLINES.get(n % SyntheticPlan.DEADLINES.size());
            assertEquals(deadline, t.deadline().raw(), "task " + n);
            if (deadline.isEmpty()) {
                // a blank deadline is told by the year grid, from 2025 on
                assertEquals(IntStream.rangeClosed(2025, 2025 + n % 6).boxed().toList(),
                        List.copyOf(t.deadline().years().keySet()), "task " + n);
                assertTrue(t.deadline().years().values().stream().allMatch("x"::equals));
            } else {
                assertEquals(Map.of(), t.deadline().years(), "task " + n);
            }
            assertEquals(n % 5 == 0 ? WardRole.LEAD : WardRole.COORDINATE, t.role(), "task " + n);
            assertEquals(t.role() == WardRole.LEAD, t.note().isEmpty(), "a task the ward coordinates has its note");
            assertEquals(1, t.leadUnits().size());
            assertEquals(2, t.coordinatingUnits().size());
            assertFalse(t.coordinatingUnits().contains(t.leadUnits().get(0)), "task " + n);
            assertTrue(t.name().endsWith("(nhiệm vụ số " + n + ")"), t.name());
            assertFalse(t.name().startsWith(" "), t.name());
            assertFalse(t.result().isEmpty());
            assertEquals(String.valueOf(n), t.parentRef().number());
        }
        assertEquals(SyntheticPlan.DEADLINES.size(), tasks.stream().map(t -> t.deadline().raw()).distinct().count(),
                "every deadline form");
        assertEquals(8, tasks.stream().map(t -> t.leadUnits().get(0)).distinct().count(), "every unit leads some");
    }

    @Test
    void theSameSizeAndSeedAlwaysGiveTheSamePlanAnotherSeedOtherWords() {
        assertEquals(SyntheticPlan.generate(300, 7), SyntheticPlan.generate(300, 7));
        assertNotEquals(SyntheticPlan.generate(300, 7).allTasks().stream().map(PlanTask::name).toList(),
                SyntheticPlan.generate(300, 8).allTasks().stream().map(PlanTask::name).toList());
    }
}
