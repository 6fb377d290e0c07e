package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.service.derive.WardDerivationTest.CHON_THANH;
import static vn.plandesk.service.derive.WardDerivationTest.KH92;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanBuilder;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;

/**
 * Which task of the older plan is which of the newer, as the officer reads the list of changes: a task that kept its
 * number is the same task though reworded, of two removed tasks the one most like a new task is the one renumbered,
 * a task moved to another group is told as moved, a removed task is listed where it stood; two drafts are one
 * document only by their trích yếu; an imported file's group titles, new groups and unnumbered indicators.
 */
class PlanComparisonPairingTest {

    /** KH 92 with its first group's tasks changed by {@code f} (null drops the task). */
    private static Plan firstGroup(Plan plan, UnaryOperator<PlanTask> f) {
        List<TaskGroup> groups = new ArrayList<>(plan.groups());
        List<PlanTask> tasks = new ArrayList<>();
        for (PlanTask t : groups.get(0).tasks()) {
            PlanTask m = f.apply(t);
            if (m != null) {
                tasks.add(m);
            }
        }
        groups.set(0, groups.get(0).withTasks(tasks));
        return plan.withGroups(groups);
    }

    private static PlanTask task(Plan plan, String number) {
        return plan.allTasks().stream().filter(t -> t.number().equals(number)).findFirst().orElseThrow();
    }

    private static double similarity(Plan older, Plan newer, String a, String b) {
        TaskMatcher m = new TaskMatcher(Stream.concat(ParentTask.of(older).stream(), ParentTask.of(newer).stream())
                .map(t -> t.task().name()).toList());
        return m.similarity(a, b);
    }

    private static List<String> lines(List<PlanChange> changes) {
        return changes.stream().map(c -> c.kind() + " " + c.oldKey() + "→" + c.newKey()).toList();
    }

    @Test
    void aTaskThatKeptItsNumberIsTheSameTaskThoughMuchReworded() {
        String was = task(KH92, "6").name();
        String now = "Triển khai Đề án đánh giá mức độ hoàn thành nhiệm vụ; công bố kết quả xếp hạng hằng năm trên"
                + " cổng thông tin điện tử";
        Plan newer = firstGroup(KH92, t -> t.number().equals("6") ? t.withName(now) : t);
        double s = similarity(KH92, newer, was, now);
        assertTrue(s >= PlanComparison.SAME_KEY && s < PlanComparison.SAME_TASK,
                "the texts are alike enough for the same number, not for another: " + s);
        assertEquals(List.of("REWORDED 6→6"), lines(PlanComparison.between(KH92, newer)));
    }

    @Test
    void ofTwoRemovedTasksTheOneMostLikeANewTaskIsTheOneRenumbered() {
        // task 3 reads almost as task 4; the newer plan drops 3 and numbers 4 as 99
        String four = task(KH92, "4").name();
        Plan older = firstGroup(KH92, t -> t.number().equals("3") ? t.withName(four + " trên địa bàn tỉnh") : t);
        Plan newer = firstGroup(KH92, t -> t.number().equals("3") ? null : t.number().equals("4") ? t.withNumber("99") : t);
        assertTrue(similarity(older, newer, four + " trên địa bàn tỉnh", four) >= PlanComparison.SAME_TASK,
                "task 3 could pass for the renumbered task too");
        assertEquals(List.of("REMOVED 3→null", "RENUMBERED 4→99"), lines(PlanComparison.between(older, newer)));
    }

    @Test
    void aTaskThatKeptItsNumberButSharesOnlyThePhraseEveryTaskHasIsANewTask() {
        String shared = "Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong ";
        PlanTask health = PlanTask.named("2", shared + "y tế");
        Plan older = KH92.withGroups(List.of(new TaskGroup(1, "Nhóm 1",
                List.of(PlanTask.named("1", shared + "giáo dục"), health))));
        Plan newer = KH92.withGroups(List.of(new TaskGroup(1, "Nhóm 1",
                List.of(PlanTask.named("1", shared + "nông nghiệp"), health))));
        assertEquals(List.of("REMOVED 1→null", "ADDED null→1"), lines(PlanComparison.between(older, newer)));
    }

    @Test
    void aRemovedTaskIsListedWhereItStoodBeforeTheChangesOfTheTaskAfterIt() {
        Plan newer = firstGroup(KH92, t -> t.number().equals("5") ? null
                : t.number().equals("6") ? t.withName(t.name() + " trên toàn tỉnh") : t);
        assertEquals(List.of("REMOVED 5→null", "REWORDED 6→6"), lines(PlanComparison.between(KH92, newer)));
    }

    @Test
    void aTaskMovedToAnotherGroupUnderItsNumberIsToldAsMoved() {
        List<TaskGroup> groups = new ArrayList<>(KH92.groups());
        List<PlanTask> first = new ArrayList<>(groups.get(0).tasks());
        PlanTask last = first.remove(first.size() - 1);
        List<PlanTask> second = new ArrayList<>(groups.get(1).tasks());
        second.add(0, last);
        groups.set(0, groups.get(0).withTasks(first));
        groups.set(1, groups.get(1).withTasks(second));
        List<PlanChange> changes = PlanComparison.between(KH92, KH92.withGroups(groups));
        assertEquals(1, changes.size(), changes::toString);
        PlanChange.TaskMoved moved = assertInstanceOf(PlanChange.TaskMoved.class, changes.get(0));
        assertEquals(last.number(), moved.oldKey());
        assertEquals(last.number(), moved.newKey());
        assertEquals(1, moved.fromGroup());
        assertEquals(2, moved.group());
    }

    @Test
    void twoDraftsAreOneDocumentOnlyWhenTheirSummariesAgree() {
        Plan draft = PlanBuilder.from(KH92).number("").issueDate(null).build();
        Plan sameSummary = PlanBuilder.from(draft).build();
        Plan otherSummary = PlanBuilder.from(draft).summary("Kế hoạch chuyển đổi số năm 2026").build();
        assertTrue(PlanComparison.sameDocument(draft, sameSummary));
        assertFalse(PlanComparison.sameDocument(draft, otherSummary), "two drafts of the same organ, two documents");
        Plan numbered = PlanBuilder.from(KH92).issueDate(null).build();
        assertTrue(PlanComparison.sameDocument(numbered, PlanBuilder.from(numbered).summary("Sửa đổi").build()),
                "a number says it is the same plan, whatever its summary");
        Plan dated = PlanBuilder.from(KH92).number("").build();
        assertTrue(PlanComparison.sameDocument(dated, PlanBuilder.from(dated).summary("Sửa đổi").build()),
                "so does a date");
    }

    @Test
    void anImportedGroupsNewTitleComesAfterTheChangesOfTheGroupBefore() {
        Plan stored = CHON_THANH;
        List<TaskGroup> groups = new ArrayList<>(stored.groups());
        PlanTask firstTask = groups.get(0).tasks().get(0);
        List<PlanTask> first = new ArrayList<>(groups.get(0).tasks());
        first.set(0, firstTask.withName(firstTask.name() + " trên toàn phường"));
        groups.set(0, groups.get(0).withTasks(first));
        groups.set(1, new TaskGroup(groups.get(1).number(), groups.get(1).title() + " (sửa)", groups.get(1).tasks()));
        List<PlanChange> changes = PlanComparison.rows(stored, stored.withGroups(groups)).changes();
        assertEquals(2, changes.size(), changes::toString);
        assertEquals(groups.get(0).number(), changes.get(0).group());
        assertInstanceOf(PlanChange.TaskReplaced.class, changes.get(0));
        assertInstanceOf(PlanChange.GroupRetitled.class, changes.get(1));
    }

    @Test
    void aGroupTheStoredPlanLacksComesWithItsTitleWhenItsTasksAreTaken() {
        TaskGroup lastGroup = CHON_THANH.groups().get(CHON_THANH.groups().size() - 1);
        Plan stored = CHON_THANH.withGroups(CHON_THANH.groups().subList(0, CHON_THANH.groups().size() - 1));
        PlanComparison cmp = PlanComparison.rows(stored, CHON_THANH);
        Plan merged = cmp.apply(new HashSet<>(cmp.changes()));
        TaskGroup added = merged.groups().get(merged.groups().size() - 1);
        assertEquals(lastGroup.number(), added.number());
        assertEquals(lastGroup.title(), added.title());
        assertEquals(lastGroup.tasks().size(), added.tasks().size());
        assertEquals(stored.groups().size(), cmp.apply(Set.of()).groups().size(), "nothing taken: no new group");
    }

    @Test
    void indicatorsWithoutANumberArePairedByTheirNames() {
        Indicator a = new Indicator(null, "", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", "", "80");
        Indicator b = new Indicator(null, "", "Tỷ lệ người dân có tài khoản định danh điện tử", "%", "", "70");
        Plan stored = CHON_THANH.withIndicators(List.of(a, b));
        Indicator retargeted = new Indicator(null, "", b.name(), "%", "", "90");
        List<PlanChange> changes = PlanComparison.rows(stored, CHON_THANH.withIndicators(List.of(a, retargeted)))
                .changes();
        assertEquals(1, changes.size(), changes::toString);
        PlanChange.IndicatorChanged changed = assertInstanceOf(PlanChange.IndicatorChanged.class, changes.get(0));
        assertEquals(b, changed.before());
        assertEquals("90", changed.after().target());
    }
}
