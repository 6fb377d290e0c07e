package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanSummary;
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

    /** Seed 000, the province's appendix II (III.2 has the sub-tasks 2.1–2.5). */
    long provincePlan() {
        return services.plans().list().stream().filter(p -> p.title().contains("Phụ lục II")).findFirst()
                .map(PlanSummary::id).orElseThrow();
    }

    void showPage(KeyCode digit) {
        clickOn(nav(1));
        push(KeyCode.CONTROL, digit);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether a node is on screen: in the scene, it and all that hold it visible. */
    static boolean shown(Node n) {
        if (n.getScene() == null) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    boolean shown(String query) {
        return lookup(query).tryQuery().map(WindowLayoutTest::shown).orElse(false);
    }

    /** No sideways scrolling, every column inside the window and at least as wide as each word of its header. */
    List<Double> assertColumnsReadable(int group, String what) {
        WaitForAsyncUtils.waitForFxEvents();
        TreeTableView<?> t = table(group);
        for (Node n : t.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                assertFalse(bar.isVisible(), what + ": no horizontal scroll bar");
            }
        }
        double right = t.localToScene(t.getBoundsInLocal()).getMaxX();
        assertTrue(right <= t.getScene().getWidth() + 0.5, what + ": the table ends inside the window");
        double sum = 0;
        List<Double> widths = new ArrayList<>();
        for (TreeTableColumn<?, ?> c : t.getColumns()) {
            Label header = (Label) c.getGraphic();
            for (String word : header.getText().split("\\s+")) {
                Text measure = new Text(word);
                measure.setFont(header.getFont());
                double need = measure.getLayoutBounds().getWidth() + header.snappedLeftInset()
                        + header.snappedRightInset();
                assertTrue(c.getWidth() >= need, what + ": column " + c.getId() + " (" + c.getWidth()
                        + " px) holds the header word \"" + word + "\" (" + need + " px)");
            }
            sum += c.getWidth();
            widths.add(c.getWidth());
        }
        assertTrue(sum <= t.getWidth(), what + ": the columns fit the table (" + sum + " of " + t.getWidth() + ")");
        return widths;
    }

    @Test
    void everyColumnOfBothAppendixStylesIsReadableOnA1366Screen() throws Exception {
        start();
        atSize(1366, 768);
        List<Double> ward = assertColumnsReadable(1, "ward plan at 100 %");
        assertTrue(shown("#task-form"), "the form is beside the table");
        assertEquals(List.of("number", "parentNumber", "name", "role", "leadUnits", "coordinatingUnits", "result",
                "deadline", "note"), table(1).getColumns().stream().map(TreeTableColumn::getId).toList());

        clickOn(nav(1));
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.5, window.context().textScaleProperty().get());
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ward, assertColumnsReadable(1, "ward plan, 150 % then 100 %"), "the 100 % layout is back");

        // the form hidden for a wider table, and remembered
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown("#task-form"));
        List<Double> wide = assertColumnsReadable(1, "ward plan without the form");
        assertTrue(wide.get(2) > ward.get(2), "the task name takes the room");

        open(provincePlan());
        clickOn(nav(3));
        WaitForAsyncUtils.waitForFxEvents();
        assertColumnsReadable(3, "province plan without the form");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown("#task-form"));
        List<Double> province = assertColumnsReadable(3, "province plan at 100 %");
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(province, assertColumnsReadable(3, "province plan, 150 % then 100 %"));

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        quit();
        start();
        assertFalse(shown("#task-form"), "the form stays hidden after a restart");
    }

    @Test
    void theNavigatorTellsTheFourSamplePlansApartWithoutCuttingThem() throws Exception {
        start();
        atSize(1366, 768);
        List<String> names = new ArrayList<>();
        for (PlanSummary p : services.plans().list()) {
            javafx.scene.control.Labeled cell = lookup("#nav-plan-" + p.id()).match(Node::isVisible)
                    .queryAs(javafx.scene.control.Labeled.class);
            String text = cell.getText();
            String onScreen = ((Text) cell.lookup(".text")).getText();
            assertEquals(text, onScreen, "shown whole, not ended in …");
            assertFalse(text.contains("…") || text.startsWith("/"), text);
            names.add(text);
        }
        assertEquals(4, names.size());
        assertEquals(4, new java.util.HashSet<>(names).size(), "told apart: " + names);
        for (int g = 1; g <= 7; g++) {
            javafx.scene.control.Labeled cell = (javafx.scene.control.Labeled) nav(g);
            assertEquals(cell.getText(), ((Text) cell.lookup(".text")).getText(), "group " + g + " shown whole");
        }
    }

    @Test
    void theWardsRoleIsReadWholeAt150Percent() throws Exception {
        start();
        atSize(1366, 768);
        PlanTask first = group(1).tasks().get(0);
        select(1, first.id());
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#form-role-LEAD", "#form-role-COORDINATE")) {
            javafx.scene.control.RadioButton b = lookup(id).queryAs(javafx.scene.control.RadioButton.class);
            assertTrue(shown(b), id);
            assertEquals(b.getText(), ((Text) b.lookup(".text")).getText(), "shown whole at 150 %");
        }
        // in the table too: no word of the role, the units or the deadline is broken inside its syllable ("Phố i")
        for (Node n : table(1).lookupAll(".tree-table-cell")) {
            if (n instanceof TreeTableCell<?, ?> cell && cell.getTableColumn() != null && shown(cell)
                    && List.of("role", "leadUnits", "coordinatingUnits", "deadline").contains(cell.getTableColumn().getId())
                    && cell.getGraphic() instanceof Text text && text.getWrappingWidth() > 0) {
                for (String word : text.getText().split("\\s+")) {
                    Text measure = new Text(word);
                    measure.setFont(text.getFont());
                    assertTrue(measure.getLayoutBounds().getWidth() <= text.getWrappingWidth(), "\"" + word + "\" in "
                            + cell.getTableColumn().getId() + " fits its line at 150 % (" + text.getWrappingWidth() + " px)");
                }
            }
        }
        assertTrue(lookup("#form-role-COORDINATE").queryAs(javafx.scene.control.RadioButton.class).isSelected());
        clickOn("#form-role-LEAD");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(vn.plandesk.model.WardRole.LEAD, stored().group(1).orElseThrow().tasks().get(0).role(),
                "a choice is one stored edit");
    }

    @Test
    void subTaskNumbersAreShownWhole() throws Exception {
        start();
        atSize(1366, 768);
        open(provincePlan());
        clickOn(nav(3));
        WaitForAsyncUtils.waitForFxEvents();
        List<PlanTask> subs = group(3).tasks().stream().flatMap(t -> t.subTasks().stream()).toList();
        assertTrue(subs.size() >= 5, "seed 000's group III has sub-tasks 2.1–2.5");
        for (PlanTask s : subs.subList(0, 5)) {
            // brought into view as the officer would, by choosing it (the table makes only the rows it shows)
            interact(() -> window.context().selectedTaskProperty().set(s.id()));
            TreeTableCell<?, ?> cell = (TreeTableCell<?, ?>) cell(3, s.id(), "number");
            Text text = (Text) cell.getGraphic();
            assertEquals(s.number(), text.getText());
            Text whole = new Text(s.number());
            whole.setFont(text.getFont());
            double right = text.getBoundsInParent().getMinX() + whole.getLayoutBounds().getWidth();
            assertTrue(right <= cell.getWidth() - cell.snappedRightInset() + 0.5,
                    s.number() + " ends inside its cell: " + right + " of " + cell.getWidth());
            assertTrue(whole.getLayoutBounds().getWidth() <= text.getWrappingWidth(), s.number() + " on one line");
            // the name wraps inside its column, past the tree's indentation and arrow: no line loses its end
            TreeTableCell<?, ?> nameCell = (TreeTableCell<?, ?>) cell(3, s.id(), "name");
            Text name = (Text) nameCell.getGraphic();
            // the text's own box: an italic letter may lean a pixel or two into the cell's padding
            double end = name.getLayoutX() + name.getLayoutBounds().getMaxX();
            assertTrue(end <= nameCell.getWidth() - nameCell.snappedRightInset() + 0.5,
                    s.number() + "'s name ends inside its cell: " + end + " of " + nameCell.getWidth());
        }
    }

    @Test
    void pagesWithoutTasksShowNeitherFilterBarNorTaskForm() throws Exception {
        start();
        assertTrue(shown("#search") && shown("#filter-unit") && shown("#task-form"), "a group page has both");
        for (KeyCode page : List.of(KeyCode.DIGIT8, KeyCode.DIGIT9)) {
            showPage(page);
            assertFalse(shown("#search") || shown("#filter-unit"), page + ": no filter bar");
            assertFalse(shown("#task-form"), page + ": no task form");
        }
        clickOn(nav(1));
        push(KeyCode.CONTROL, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Page.Kind.TIMELINE, window.context().pageProperty().get().kind());
        assertFalse(shown("#search") || shown("#filter-unit"), "timeline: no filter bar");
        // the timeline's chosen task is the form's (its start date is edited there): shown only while there is one
        assertTrue(shown("#task-form") && !lookup("#form-name").query().isDisabled(), "timeline: the chosen task");
        interact(() -> window.context().selectedTaskProperty().set(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown("#task-form"), "timeline: no greyed task form without a chosen task");
        clickOn(nav(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown("#search") && shown("#task-form"), "back on a group page, both are there again");
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
        String typed = lookup("#form-coordinatingUnits-input").queryAs(javafx.scene.control.TextField.class).getText();
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> after = stored().group(1).orElseThrow().tasks().get(0).coordinatingUnits();
        List<String> expected = new ArrayList<>(before);
        for (String u : List.of("Trạm Y tế", "Phòng Kinh tế, Hạ tầng và Đô thị")) {
            if (!expected.contains(u)) {
                expected.add(u);
            }
        }
        assertEquals(expected, after, "typed: " + typed);
        assertFalse(after.contains("Hạ tầng và Đô thị"), "a comma is part of a name");
    }
}
