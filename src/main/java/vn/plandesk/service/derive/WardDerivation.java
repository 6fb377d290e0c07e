package vn.plandesk.service.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.TaskRef;
import vn.plandesk.model.WardRole;

/**
 * Makes a ward plan from a parent plan and the officer's choices: the chosen tasks in the parent's order, numbered on
 * across the groups (1, 2, …) as the Chơn Thành plan is, each keeping its link to the parent task; the groups with
 * the parent's titles (the province's name dropped); the parent's indicators copied; the body drafted or as given.
 * Pure: nothing is stored here.
 */
public final class WardDerivation {
    private WardDerivation() {
    }

    /**
     * The choices the wizard starts from for one parent task: the ward coordinates, the name adapted, the result and
     * the deadline taken over (a year grid read as "Thường xuyên", "Năm 2026", …), the default note of a "Phối hợp"
     * row.
     */
    public static TaskChoice suggestion(ParentTask parentTask, WardIdentity ward) {
        PlanTask t = parentTask.task();
        NameAdaptation adaptation = new NameAdaptation(ward.level());
        return new TaskChoice(parentTask.key(), WardRole.COORDINATE, List.of(), List.of(), adaptation.adapt(t.name()),
                t.result(), t.deadline().printed(), TaskChoice.COORDINATE_NOTE);
    }

    /** Suggestions for every task of the parent, in order. */
    public static List<TaskChoice> suggestions(Plan parent, WardIdentity ward) {
        return ParentTask.of(parent).stream().map(p -> suggestion(p, ward)).toList();
    }

    /**
     * The ward plan.
     *
     * @throws PlanDeskException "derive.noTasks" when nothing is chosen, "derive.unknownTask" for a key the parent
     *                           does not have, "derive.noWard" without a ward name
     */
    public static Plan derive(DeriveRequest request) {
        Plan parent = request.parent();
        WardIdentity ward = request.ward();
        if (ward == null || ward.name().isEmpty()) {
            throw new PlanDeskException("derive.noWard");
        }
        if (request.choices().isEmpty()) {
            throw new PlanDeskException("derive.noTasks");
        }
        List<ParentTask> parentTasks = ParentTask.of(parent);
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < parentTasks.size(); i++) {
            order.put(parentTasks.get(i).key(), i);
        }
        Map<String, TaskChoice> chosen = new LinkedHashMap<>();
        for (TaskChoice c : request.choices()) {
            if (!order.containsKey(c.parentKey())) {
                throw new PlanDeskException("derive.unknownTask", c.parentKey(), parent.ref().citation());
            }
            chosen.put(c.parentKey(), c);
        }
        Map<Integer, List<PlanTask>> byGroup = new LinkedHashMap<>();
        int number = 0;
        for (ParentTask p : parentTasks) {
            TaskChoice c = chosen.get(p.key());
            if (c == null) {
                continue;
            }
            number++;
            byGroup.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(wardTask(parent, p, c, number));
        }
        List<TaskGroup> groups = new ArrayList<>();
        for (TaskGroup g : parent.groups()) {
            List<PlanTask> tasks = byGroup.get(g.number());
            if (tasks != null) {
                groups.add(new TaskGroup(g.number(), NameAdaptation.groupTitle(g.title()), tasks));
            }
        }
        PlanBody body = request.body() == null ? WardPlanDraft.body(parent, ward) : request.body();
        boolean indicators = !parent.indicators().isEmpty();
        return new Plan(null, PlanKind.WARD, "", ward.issuingOrgan(), ward.issuer(), ward.locality(), "",
                parent.symbol().isEmpty() ? "KH-UBND" : parent.symbol(), null, "KẾ HOẠCH", body.summary(),
                body.legalBases(), body.introduction(), body.sections(), body.recipients(), body.signer(),
                parent.ref(), null, vn.plandesk.model.NumberingScheme.CONTINUOUS,
                WardPlanDraft.appendixTitles(parent, indicators), groups,
                parent.indicators().stream().map(i -> i.withId(null)).toList(), false);
    }

    /** One ward row from a parent task and the officer's choice. */
    static PlanTask wardTask(Plan parent, ParentTask p, TaskChoice c, int number) {
        return new PlanTask(null, String.valueOf(number), c.name().isEmpty() ? p.task().name() : c.name(), "",
                c.leadUnits(), c.coordinatingUnits(), c.result(), Deadline.of(c.deadlineText()), c.role(),
                new TaskRef(parent.ref(), p.key()), c.note(), List.of(), List.of());
    }
}
