package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.service.derive.WardDerivationTest.CHON_THANH;
import static vn.plandesk.service.derive.WardDerivationTest.KH92;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.NumberingScheme;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanBuilder;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.TaskNumbering;
import vn.plandesk.model.TaskRef;
import vn.plandesk.model.WardRole;
import vn.plandesk.service.edit.PlanEditor;

/**
 * The comparison of the Chơn Thành plan with an edited KH 92, kept in memory: what the officer accepts, undoes and
 * redoes is written each time (ward plan and baseline together), and the list of changes follows.
 */
class SyncSessionTest {
    /** Each write: the ward plan and the baseline stored with it. */
    record Write(Plan ward, Plan baseline) {
    }

    private final List<Write> writes = new ArrayList<>();
    private final Plan edited = PlanComparisonTest.editedKh92();
    private final SyncSession session = new SyncSession(CHON_THANH, KH92, 7L, edited, 7L, (ward, parentId, baseline) -> {
        assertEquals(7L, parentId);
        writes.add(new Write(ward, baseline));
        return null; // as if stored unchanged
    });

    @Test
    void anAcceptedChangeIsStoredUndoneAndRedone() {
        assertFalse(session.isReplacement());
        List<PlanChange> changes = session.changes();
        assertEquals(5, changes.size());
        assertFalse(session.canUndo());
        assertFalse(session.canRedo());

        session.accept(changes.get(0));
        Plan accepted = session.ward();
        assertNotEquals(CHON_THANH, accepted);
        assertEquals(1, writes.size());
        assertEquals(accepted, writes.get(0).ward());
        assertEquals(4, session.changes().size());
        assertEquals(1, session.undoDepth());
        assertTrue(session.canUndo());
        assertFalse(session.canRedo());

        assertTrue(session.undo());
        assertEquals(CHON_THANH, session.ward());
        assertEquals(new Write(CHON_THANH, KH92), writes.get(1), "the undo writes the ward plan and baseline back");
        assertEquals(KH92, session.baseline());
        assertEquals(5, session.changes().size());
        assertEquals(0, session.undoDepth());
        assertTrue(session.canRedo());

        assertTrue(session.redo());
        assertEquals(accepted, session.ward());
        assertEquals(accepted, writes.get(2).ward());
        assertEquals(writes.get(0), writes.get(2), "redo writes what accepting wrote");
        assertEquals(4, session.changes().size());
        assertEquals(1, session.undoDepth());
        assertFalse(session.canRedo());
        assertFalse(session.redo(), "nothing more to redo");
        assertEquals(3, writes.size());
    }

    @Test
    void undoAndRedoGoNewestFirst() {
        session.accept(session.changes().get(0));
        Plan one = session.ward();
        session.accept(session.changes().get(0));
        Plan two = session.ward();
        assertEquals(2, session.undoDepth());
        assertEquals(3, session.changes().size());

        session.undo();
        assertEquals(one, session.ward());
        session.undo();
        assertEquals(CHON_THANH, session.ward());
        assertFalse(session.undo());
        assertEquals(4, writes.size());

        session.redo();
        assertEquals(one, session.ward());
        session.redo();
        assertEquals(two, session.ward());
        assertEquals(3, session.changes().size());
    }

    @Test
    void acceptingAfterAnUndoEndsTheRedoLine() {
        session.accept(session.changes().get(0));
        session.undo();
        assertTrue(session.canRedo());
        session.accept(session.changes().get(1));
        assertFalse(session.canRedo());
        assertFalse(session.redo());
        assertEquals(1, session.undoDepth());
    }

    @Test
    void theWardPlansUndoHistoryStepsTheSession() {
        session.accept(session.changes().get(0));
        Plan accepted = session.ward();
        PlanEditor.StoredChange step = session.asStoredChange();
        assertEquals(CHON_THANH, step.undo());
        assertEquals(accepted, step.redo());
        assertEquals(4, session.changes().size());
    }

    @Test
    void acceptAllTakesEveryChangeButADeletionAsOneStepAndDeletingIsTheOfficersOwnStep() {
        assertEquals(4, session.acceptAll());
        assertEquals(List.of(PlanChange.Kind.REMOVED), session.changes().stream().map(PlanChange::kind).toList(),
                "a task removed from the parent is never deleted by accept all");
        assertEquals(1, session.undoDepth(), "accept all is one step");
        assertEquals(1, writes.size());
        assertEquals(0, session.acceptAll());
        assertEquals(1, session.undoDepth(), "nothing accepted is no step of undo");
        assertEquals(1, writes.size(), "and writes nothing");
        session.deleteWardTasks(session.changes().get(0));
        assertTrue(session.changes().isEmpty());
        assertTrue(PlanComparison.between(session.baseline(), edited).isEmpty(), "the baseline has caught up with the parent");
    }

    /** KH 92 with a task "2" between its tasks 1 and 3, as a newer version of it might add. */
    private static Plan kh92WithTaskTwo() {
        List<TaskGroup> groups = new ArrayList<>(KH92.groups());
        List<PlanTask> tasks = new ArrayList<>(groups.get(0).tasks());
        tasks.add(1, tasks.get(1).withNumber("2").withName("Ban hành quy chế quản lý dữ liệu số của tỉnh"));
        groups.set(0, groups.get(0).withTasks(tasks));
        return KH92.withGroups(groups);
    }

    private static SyncSession sessionOf(Plan ward, Plan baseline, Plan current, List<Write> into) {
        return new SyncSession(ward, baseline, 7L, current, 7L, (w, parentId, b) -> {
            into.add(new Write(w, b));
            return null;
        });
    }

    private static PlanChange added(SyncSession s, String key) {
        return s.changes().stream().filter(c -> c.kind() == PlanChange.Kind.ADDED && key.equals(c.newKey()))
                .findFirst().orElseThrow(() -> new AssertionError("no addition of " + key + " in " + s.changes()));
    }

    private static List<String> numbers(TaskGroup g) {
        return g.tasks().stream().map(PlanTask::number).toList();
    }

    @Test
    void anAddedTaskTakesItsPlaceAfterTheWardTaskOfTheParentsTaskBeforeItAndTheWardPlanIsNumberedAgain() {
        SyncSession s = sessionOf(CHON_THANH, KH92, kh92WithTaskTwo(), writes);
        s.accept(added(s, "2"));
        TaskGroup one = s.ward().groups().get(0);
        assertEquals("1", one.tasks().get(0).parentRef().number());
        PlanTask two = one.tasks().get(1);
        assertEquals(new TaskRef(KH92.ref(), "2"), two.parentRef(), "after the ward task of KH 92's task 1");
        assertEquals(WardRole.COORDINATE, two.role());
        assertEquals(14, one.tasks().size());
        assertEquals("2", two.number());
        assertEquals("3", one.tasks().get(2).number(), "the ward plan counts on across its groups");
        assertEquals("15", s.ward().groups().get(1).tasks().get(0).number());
        assertEquals(CHON_THANH.allTasks().size() + 1, s.ward().allTasks().size());
    }

    @Test
    void aTaskTheParentAddsBeforeItsFirstGoesFirstInTheWardsGroup() {
        List<TaskGroup> groups = new ArrayList<>(KH92.groups());
        List<PlanTask> tasks = new ArrayList<>(groups.get(0).tasks());
        tasks.add(0, tasks.get(0).withNumber("0").withName("Quán triệt Nghị quyết 57-NQ/TW đến toàn thể cán bộ"));
        groups.set(0, groups.get(0).withTasks(tasks));
        SyncSession s = sessionOf(CHON_THANH, KH92, KH92.withGroups(groups), writes);
        s.accept(added(s, "0"));
        TaskGroup one = s.ward().groups().get(0);
        assertEquals(new TaskRef(KH92.ref(), "0"), one.tasks().get(0).parentRef());
        assertEquals("1", one.tasks().get(0).number());
        assertEquals(new TaskRef(KH92.ref(), "1"), one.tasks().get(1).parentRef());
    }

    /** The plan without its groups IV and VII. */
    private static Plan withoutGroupsFourAndSeven(Plan p) {
        return p.withGroups(p.groups().stream().filter(g -> g.number() != 4 && g.number() != 7).toList());
    }

    @Test
    void aTaskOfAGroupTheWardPlanLacksStartsThatGroupInItsPlaceAndSoInTheBaseline() {
        SyncSession s = sessionOf(withoutGroupsFourAndSeven(CHON_THANH), withoutGroupsFourAndSeven(KH92), KH92, writes);
        s.accept(added(s, "127"));
        s.accept(added(s, "66"));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), s.ward().groups().stream().map(TaskGroup::number).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), s.baseline().groups().stream().map(TaskGroup::number).toList());
        assertEquals(new TaskRef(KH92.ref(), "66"), s.ward().groups().get(3).tasks().get(0).parentRef());
        assertEquals(new TaskRef(KH92.ref(), "127"), s.ward().groups().get(6).tasks().get(0).parentRef());
        assertEquals(List.of("127"), numbers(s.baseline().groups().get(6)));
        assertEquals(List.of("66"), numbers(s.baseline().groups().get(3)));
        assertTrue(s.changes().stream().noneMatch(c -> "66".equals(c.newKey()) || "127".equals(c.newKey())));
    }

    /** The Chơn Thành plan numbered again from 1 in each group. */
    private static Plan chonThanhPerGroup() {
        return TaskNumbering.renumber(PlanBuilder.from(CHON_THANH).numbering(NumberingScheme.PER_GROUP).build());
    }

    @Test
    void aWardPlanNumberedInEachGroupKeepsThatNumberingAndEachChangeTouchesOnlyItsOwnGroupsTask() {
        Plan ward = chonThanhPerGroup();
        SyncSession s = sessionOf(ward, KH92, kh92WithTaskTwo(), writes);
        s.accept(added(s, "2"));
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 14).mapToObj(String::valueOf).toList(),
                numbers(s.ward().groups().get(0)), "group I counts again from 1, the added task is its 2");
        assertEquals(numbers(ward.groups().get(1)), numbers(s.ward().groups().get(1)), "group II is numbered as before");

        // KH 92's task 3 reworded: the ward's task I.2 follows, and no other group's task 2
        SyncSession r = sessionOf(ward, KH92, rewordedThree(), new ArrayList<>());
        PlanChange reworded = r.changes().get(0);
        assertEquals(List.of("I.2"), reworded.wardTasks(), "a ward task is named with its group");
        r.accept(reworded);
        assertTrue(r.ward().groups().get(0).tasks().get(1).name().endsWith("trên toàn phường"),
                "the new wording, said of the ward");
        for (int g = 1; g < ward.groups().size(); g++) {
            assertEquals(ward.groups().get(g), r.ward().groups().get(g), "group " + (g + 1) + " is untouched");
        }

        // KH 92's task 3 dropped: deleting the ward task that cited it takes I.2 alone, and group I counts again
        List<TaskGroup> dropped = new ArrayList<>(KH92.groups());
        dropped.set(0, dropped.get(0).withTasks(dropped.get(0).tasks().stream().filter(t -> !t.number().equals("3"))
                .toList()));
        SyncSession d = sessionOf(ward, KH92, KH92.withGroups(dropped), new ArrayList<>());
        PlanChange removed = d.changes().get(0);
        assertEquals(PlanChange.Kind.REMOVED, removed.kind());
        assertEquals(List.of("I.2"), removed.wardTasks());
        assertEquals(ward.groups().get(0).tasks().get(1), d.wardTask("I.2").orElseThrow());
        d.deleteWardTasks(removed);
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(String::valueOf).toList(),
                numbers(d.ward().groups().get(0)));
        assertEquals(ward.groups().get(0).tasks().get(2).name(), d.ward().groups().get(0).tasks().get(1).name());
        assertEquals(ward.groups().subList(1, ward.groups().size()), d.ward().groups().subList(1, ward.groups().size()));
    }

    /** KH 92 with its task 3 worded anew. */
    private static Plan rewordedThree() {
        List<TaskGroup> groups = new ArrayList<>(KH92.groups());
        groups.set(0, groups.get(0).withTasks(groups.get(0).tasks().stream()
                .map(t -> t.number().equals("3") ? t.withName(t.name() + " trên toàn tỉnh") : t).toList()));
        return KH92.withGroups(groups);
    }

    @Test
    void aSubTaskCitingTheParentFollowsItLikeATask() {
        // the ward's task 1 split into a sub-task 1.1 that carries out KH 92's task 3, beside the ward's task 2
        List<TaskGroup> groups = new ArrayList<>(CHON_THANH.groups());
        List<PlanTask> first = new ArrayList<>(groups.get(0).tasks());
        PlanTask two = first.get(1);
        PlanTask sub = new PlanTask(null, "1.1", "Phổ biến kế hoạch học tập số đến từng khu phố", "", List.of(),
                List.of(), "", two.deadline(), two.role(), two.parentRef(), "", List.of(), List.of());
        first.set(0, first.get(0).withSubTasks(List.of(sub)));
        groups.set(0, groups.get(0).withTasks(first));
        Plan ward = CHON_THANH.withGroups(groups);

        SyncSession s = sessionOf(ward, KH92, rewordedThree(), writes);
        PlanChange reworded = s.changes().get(0);
        assertEquals(List.of("1.1", "2"), reworded.wardTasks().stream().sorted().toList());
        assertEquals(sub, s.wardTask("1.1").orElseThrow());
        s.accept(reworded);
        PlanTask subNow = s.ward().groups().get(0).tasks().get(0).subTasks().get(0);
        assertTrue(subNow.name().endsWith("trên toàn phường"), "the sub-task takes the new wording: " + subNow.name());
    }
}
