package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.ui.Page;

/** The window as a new user finds it: every group there, every column and name readable, only what a page needs. */
class WindowLayoutTest extends WindowTestBase {

    /** Opens a plan of the store in the window and waits until it is shown. */
    void open(long id) throws Exception {
        interact(() -> {
            window.context().plansChanged();
            window.context().openPlan(id);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> plan() != null && plan().id() == id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aPlanWithTasksInGroupIOnlyShowsSevenGroupsAndTakesAFirstTaskInAnEmptyOne() throws Exception {
        start();
        Plan ward = plan().withoutIds();
        long id = services.plans().add(ward.withGroups(List.of(ward.groups().get(0))));
        open(id);
        for (int g = 1; g <= 7; g++) {
            assertTrue(nav(g).isVisible(), "group " + g + " is listed");
        }
        assertTrue(plan().group(2).isEmpty());

        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Page.group(2), window.context().pageProperty().get(), "Ctrl+2 opens the empty group II");
        assertTrue(lookup("#group-table-2").match(n -> n.isVisible()).tryQuery().isPresent());
        String title = lookup("#group-view-2 .group-title").queryAs(Label.class).getText();
        assertTrue(title.startsWith("Nhóm II. ") && title.length() > "Nhóm II. ".length(),
                "the group is titled as in the parent plan: " + title);

        clickOn("#add-first-task-2");
        WaitForAsyncUtils.waitForFxEvents();
        Plan stored = stored();
        assertEquals(1, stored.group(2).orElseThrow().tasks().size(), "the first task is added and stored");
        assertEquals(title.substring("Nhóm II. ".length()), stored.group(2).orElseThrow().title());
        long task = stored.group(2).orElseThrow().tasks().get(0).id();
        assertEquals(task, window.context().selectedTaskProperty().get(), "the new task is the form's");

        clickOn(cell(2, task, "number"));
        push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stored().group(2).map(g -> g.tasks().isEmpty()).orElse(true), "one undo takes it back");
        assertTrue(nav(2).isVisible(), "the group stays listed");
    }

    @Test
    void unitsTypedInTheFormAreSplitAsEverywhere() throws Exception {
        start();
        PlanTask first = group(1).tasks().get(0);
        select(1, first.id());
        List<String> before = new ArrayList<>(first.coordinatingUnits());
        clickOn("#form-coordinatingUnits-input");
        write("Trạm Y tế; Phòng Kinh tế, Hạ tầng và Đô thị");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> after = stored().group(1).orElseThrow().tasks().get(0).coordinatingUnits();
        List<String> expected = new ArrayList<>(before);
        for (String u : List.of("Trạm Y tế", "Phòng Kinh tế, Hạ tầng và Đô thị")) {
            if (!expected.contains(u)) {
                expected.add(u);
            }
        }
        assertEquals(expected, after);
        assertFalse(after.contains("Hạ tầng và Đô thị"), "a comma is part of a name");
    }
}
