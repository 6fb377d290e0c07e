package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.plandesk.service.derive.WardDerivationTest.KH92;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;

/** The officer reads the changes of a parent plan in its own order: group by group, a removed task where it stood. */
class PlanComparisonOrderTest {

    private static Plan edit(Plan p, int group, java.util.function.UnaryOperator<List<PlanTask>> change) {
        List<TaskGroup> groups = new ArrayList<>(p.groups());
        TaskGroup g = groups.get(group - 1);
        groups.set(group - 1, g.withTasks(change.apply(new ArrayList<>(g.tasks()))));
        return p.withGroups(groups);
    }

    @Test
    void changesAreListedGroupByGroupInThePlansOrder() {
        List<PlanTask> g1 = KH92.groups().get(0).tasks();
        PlanTask lastOfI = g1.get(g1.size() - 1);
        List<PlanTask> g2 = KH92.groups().get(1).tasks();
        PlanTask firstOfIi = g2.get(0);
        PlanTask thirdOfIi = g2.get(2);
        PlanTask firstOfIii = KH92.groups().get(2).tasks().get(0);

        Plan edited = edit(KH92, 3, ts -> {
            ts.set(0, ts.get(0).withDeadline(Deadline.of("Quý IV/2027")));
            return ts;
        });
        edited = edit(edited, 2, ts -> {
            ts.set(2, ts.get(2).withName(ts.get(2).name() + " trên địa bàn tỉnh"));
            ts.remove(0);
            return ts;
        });
        edited = edit(edited, 1, ts -> {
            ts.set(ts.size() - 1, ts.get(ts.size() - 1).withName(lastOfI.name() + " hằng năm"));
            return ts;
        });

        List<String> lines = PlanComparison.between(KH92, edited).stream()
                .map(c -> c.group() + " " + c.kind() + " " + c.oldKey()).toList();
        assertEquals(List.of(
                "1 REWORDED " + lastOfI.number(),
                "2 REMOVED " + firstOfIi.number(),
                "2 REWORDED " + thirdOfIi.number(),
                "3 DEADLINE " + firstOfIii.number()), lines);
    }
}
