package vn.plandesk.service.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;

/**
 * A derived ward plan keeps only the groups it took tasks from: a task added to a group it lacks makes that group, in
 * its place among I–VII (first, between two, last) and with the title given, as one step; a group outside I–VII is
 * refused and nothing changes.
 */
class GroupsADerivedPlanLacksTest {
    @TempDir
    Path dir;
    private Database db;
    private PlanRepository repo;
    private PlanEditor editor;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        repo = new PlanRepository(db);
        Plan ward = new SampleLibrary().plan("chon-thanh-ward-plan.json");
        Plan lacking = ward.withGroups(ward.groups().stream().filter(g -> !Set.of(1, 3, 7).contains(g.number()))
                .toList());
        long id = repo.insert(lacking);
        editor = new PlanEditor(repo, repo.load(id).orElseThrow());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Integer> groups() {
        return editor.plan().groups().stream().map(TaskGroup::number).toList();
    }

    @Test
    void aTaskAddedToAGroupThePlanLacksMakesTheGroupInItsPlace() {
        assertEquals(List.of(2, 4, 5, 6), groups());
        editor.addTask(3, null, "Nhóm nhiệm vụ III");
        assertEquals(List.of(2, 3, 4, 5, 6), groups(), "between II and IV");
        editor.addTask(1, null, "Nhóm nhiệm vụ I");
        editor.addTask(7, null, "Nhóm nhiệm vụ VII");
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), groups(), "first and last");
        assertEquals("Nhóm nhiệm vụ III", editor.plan().group(3).orElseThrow().title());
        assertEquals(1, editor.plan().group(7).orElseThrow().tasks().size());
        assertEquals(editor.plan(), repo.load(editor.plan().id()).orElseThrow(), "stored as shown");
        assertEquals(true, editor.undo());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), groups(), "one step takes the group back with its task");
    }

    @Test
    void aGroupOutsideOneToSevenIsRefusedAndNothingChanges() {
        Plan before = editor.plan();
        for (int number : List.of(0, 8)) {
            assertEquals("edit.noGroup", assertThrows(PlanDeskException.class,
                    () -> editor.addTask(number, null, "Nhóm lạ")).key());
        }
        assertEquals(before, editor.plan());
        assertEquals(0, editor.history().size());
    }
}
