package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanTask;

/**
 * The form's fields for one kind of plan are made when a task of that kind is first shown: the window opens on the
 * ward's plan without the province's leader and years (hidden, they were styled and laid out at every start), and
 * shows them, bound to the task, as soon as a province plan is opened.
 */
class FormKindFieldsTest extends WindowTestBase {
    @Test
    void theProvincesFieldsComeWithTheFirstProvincePlanAndShowItsTask() throws Exception {
        start();
        assertEquals(PlanKind.WARD, plan().kind(), "the window opens on the ward's plan");
        assertTrue(shown(lookup("#form-parentNumber").query()), "the ward's field");
        assertFalse(lookup("#form-leader").tryQuery().isPresent(), "the province's leader, made at the start");
        assertFalse(lookup("#form-year-2025").tryQuery().isPresent(), "the province's years, made at the start");

        Plan province = services.plans().list().stream().map(p -> services.editors().open(p.id()).plan())
                .filter(p -> p.kind() != PlanKind.WARD && p.allTasks().stream().anyMatch(t -> !t.leader().isEmpty()))
                .findFirst().orElseThrow();
        clickOn("#nav-plan-" + province.id());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> plan() != null && plan().id().equals(province.id())
                && window.context().selectedTaskProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        PlanTask shown = plan().allTasks().stream()
                .filter(t -> t.id().equals(window.context().selectedTaskProperty().get())).findFirst().orElseThrow();
        TextField leader = lookup("#form-leader").queryAs(TextField.class);
        assertTrue(shown(leader), "the leader is shown");
        assertEquals(shown.leader(), leader.getText());
        CheckBox year = lookup("#form-year-2025").queryAs(CheckBox.class);
        assertEquals(shown.deadline().years().containsKey(2025), year.isSelected());
        assertFalse(shown(lookup("#form-parentNumber").query()), "the ward's field is hidden");
    }

    /** Whether the node and every node it is in are visible. */
    private static boolean shown(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
