package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;

/** Deleting, moving, indicators and plan details, each undone, clicked through headless on the Chơn Thành ward plan. */
class MainWindowEditingTest extends WindowTestBase {

    /** The dialog on screen now (a closed one from an earlier step may still be in the lookup). */
    private DialogPane dialog() {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(".dialog-pane").match((Node n) -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).queryAs(DialogPane.class);
    }

    private void press(ButtonType button) {
        clickOn(dialog().lookupButton(button));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> numbers(List<PlanTask> tasks) {
        return tasks.stream().map(PlanTask::number).toList();
    }

    private static List<Long> ids(List<PlanTask> tasks) {
        return tasks.stream().map(PlanTask::id).toList();
    }

    @Test
    void deleteAsksFirstAndIsUndone() throws Exception {
        start();
        List<PlanTask> v = group(5).tasks();
        PlanTask first = v.get(0);
        select(5, first.id());

        type(KeyCode.DELETE);
        String question = dialog().getHeaderText();
        assertTrue(question.contains(first.number()) && question.contains(first.name().substring(0, 20)), question);
        press(ButtonType.CANCEL);
        assertEquals(ids(v), ids(stored().group(5).orElseThrow().tasks()), "Cancel keeps the task");

        clickOn(cell(5, first.id(), "number"));
        type(KeyCode.DELETE);
        press(ButtonType.OK);
        List<PlanTask> after = stored().group(5).orElseThrow().tasks();
        assertEquals(ids(v.subList(1, v.size())), ids(after), "OK deletes it");
        assertEquals(first.number(), after.get(0).number(), "the next task takes its number");
        assertEquals(plan().taskCount(), 76 - 1 - first.subTasks().size());

        push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(v, stored().group(5).orElseThrow().tasks(), "Ctrl+Z brings it back as it was");
    }

    @Test
    void moveUpDownAndToAnotherGroup() throws Exception {
        start();
        List<PlanTask> v = group(5).tasks();
        PlanTask second = v.get(1);
        select(5, second.id());

        push(KeyCode.ALT, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        List<PlanTask> down = stored().group(5).orElseThrow().tasks();
        assertEquals(second.id(), down.get(2).id(), "Alt+↓ moves it one place down");
        assertEquals(v.get(2).id(), down.get(1).id());
        assertEquals(numbers(v), numbers(down), "the numbers stay in order: they are renumbered");
        assertEquals(second.id(), window.context().selectedTaskProperty().get(), "the moved task stays selected");

        push(KeyCode.ALT, KeyCode.UP);
        push(KeyCode.ALT, KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        List<PlanTask> up = stored().group(5).orElseThrow().tasks();
        assertEquals(second.id(), up.get(0).id(), "two places up: it leads the group");
        assertEquals(numbers(v), numbers(up));

        // Ctrl+M: the dialog lists the groups; group VI is chosen from its list
        int sizeVI = group(6).tasks().size();
        push(KeyCode.CONTROL, KeyCode.M);
        ComboBox<?> groups = from(dialog()).lookup(".combo-box").queryAs(ComboBox.class);
        clickOn(groups);
        WaitForAsyncUtils.waitForFxEvents();
        String vi = plan().group(6).orElseThrow().roman() + ". ";
        clickOn(lookup(".combo-box-popup .list-cell")
                .match((Node n) -> n instanceof ListCell<?> c && c.getText() != null && c.getText().startsWith(vi))
                .queryAs(Node.class));
        press(ButtonType.OK);
        Plan moved = stored();
        List<PlanTask> six = moved.group(6).orElseThrow().tasks();
        assertEquals(sizeVI + 1, six.size());
        assertEquals(second.id(), six.get(six.size() - 1).id(), "it ends group VI");
        assertEquals(v.size() - 1, moved.group(5).orElseThrow().tasks().size());
        assertEquals(v.get(0).number(), moved.group(5).orElseThrow().tasks().get(0).number(), "V is renumbered");
        assertEquals(moved, plan());
    }

    @Test
    void anIndicatorEditedInTheTableAndUndone() throws Exception {
        start();
        select(5, group(5).tasks().get(0).id());
        push(KeyCode.CONTROL, KeyCode.DIGIT8);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#form-number").tryQuery().isEmpty(), "no task form at all on the indicators page");
        TableView<?> table = lookup("#indicators-table").queryAs(TableView.class);
        Indicator first = plan().indicators().get(0);
        Node target = from(table).lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> c
                && c.getTableColumn() != null && "indicator-column-target".equals(c.getTableColumn().getId())
                && c.getIndex() == 0 && c.isVisible()).query();
        startEditing(target, () -> table.getEditingCell() != null);
        TextField editor = from(table).lookup(".text-field").queryAs(TextField.class);
        interact(editor::selectAll);
        write("≥ 95%");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("≥ 95%", stored().indicators().get(0).target());
        assertEquals(first.name(), stored().indicators().get(0).name());

        push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, stored().indicators().get(0));
    }

    @Test
    void planDetailsEditedInTheFormAndUndoneFromTheMenu() throws Exception {
        start();
        Plan before = plan();
        push(KeyCode.CONTROL, KeyCode.DIGIT9);
        WaitForAsyncUtils.waitForFxEvents();

        TextArea summary = lookup("#details-summary").queryAs(TextArea.class);
        clickOn(summary);
        interact(summary::selectAll);
        write("Kế hoạch chuyển đổi số của phường năm 2026");
        TextArea bases = lookup("#details-legalBases").queryAs(TextArea.class);
        clickOn(bases); // leaving the summary keeps it
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Kế hoạch chuyển đổi số của phường năm 2026", stored().summary());

        interact(bases::end);
        type(KeyCode.ENTER);
        write("Căn cứ Quyết định số 12/QĐ-UBND ngày 02/01/2026");
        TextField signer = lookup("#details-signerName").queryAs(TextField.class);
        ScrollPane form = lookup("#plan-details").queryAs(ScrollPane.class);
        interact(() -> form.setVvalue(form.getVmax())); // the signer is at the foot of the form
        clickOn(signer);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> legal = stored().legalBases();
        assertEquals(before.legalBases().size() + 1, legal.size());
        assertEquals("Căn cứ Quyết định số 12/QĐ-UBND ngày 02/01/2026", legal.get(legal.size() - 1));

        interact(signer::selectAll);
        write("Nguyễn Thị Hồng");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Nguyễn Thị Hồng", stored().signer().name());

        // the text fields keep Ctrl+Z for their own typing: the officer undoes from the Edit menu
        for (int i = 0; i < 3; i++) {
            clickOn("#menu-edit");
            clickOn("#menu-edit-undo");
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(before, stored(), "three undos take the plan back");
        assertEquals(before.summary(), summary.getText(), "the form shows the plan again");
        assertEquals(before.signer().name(), signer.getText());
    }

    @Test
    void sectionsOfTheBodyAreAddedAndRemovedAndUndone() throws Exception {
        start();
        Plan before = plan();
        push(KeyCode.CONTROL, KeyCode.DIGIT9);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<Object> list = lookup("#details-sections").queryAs(javafx.scene.control.ListView.class);
        ScrollPane form = lookup("#plan-details").queryAs(ScrollPane.class);
        interact(() -> { // the sections stand in the middle of the form: scroll them into view
            javafx.scene.Node content = form.getContent();
            double y = list.localToScene(0, 0).getY() - content.localToScene(0, 0).getY();
            form.setVvalue(Math.min(1, y / (content.getBoundsInLocal().getHeight() - form.getViewportBounds().getHeight())));
        });
        interact(() -> list.getSelectionModel().select(0)); // "I. MỤC ĐÍCH, YÊU CẦU"
        clickOn("#details-section-add");
        WaitForAsyncUtils.waitForFxEvents();
        List<vn.plandesk.model.BodySection> added = stored().sections();
        assertEquals(before.sections().size() + 1, added.size());
        assertEquals("Phần mới", added.get(1).heading(), "the new section follows the selected one");
        assertEquals(before.sections().get(1), added.get(2));

        TextField heading = lookup("#details-section-heading").queryAs(TextField.class);
        clickOn(heading);
        interact(heading::selectAll);
        write("V. CHẾ ĐỘ BÁO CÁO");
        clickOn("#details-section-paragraphs"); // leaving the heading keeps it
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("V. CHẾ ĐỘ BÁO CÁO", stored().sections().get(1).heading());

        clickOn("#details-section-remove");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.sections(), stored().sections(), "the new section is gone again");

        for (int i = 0; i < 3; i++) {
            clickOn("#menu-edit");
            clickOn("#menu-edit-undo");
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(before, stored(), "add, rename and remove are three edits, undone in turn");
    }

    @Test
    void aNewUnitTypedInTheFormIsOfferedForOtherTasks() throws Exception {
        start();
        String unit = "Tổ công nghệ số cộng đồng khu phố 3";
        assertTrue(plan().allTasks().stream().noneMatch(t -> t.leadUnits().contains(unit)));
        PlanTask first = group(5).tasks().get(0);
        PlanTask second = group(5).tasks().get(1);
        select(5, first.id());
        clickOn("#form-leadUnits-input");
        write(unit);
        // on a loaded machine the suggestions of the last keys may still be fetched: Enter must meet the field, not a
        // list being redone
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fetchingSuggestions());
        WaitForAsyncUtils.waitForFxEvents();
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.context().background().idleProperty().get());
        List<String> units = stored().group(5).orElseThrow().tasks().get(0).leadUnits();
        assertEquals(unit, units.get(units.size() - 1), "the typed unit is added to the task");
        assertEquals(first.leadUnits().size() + 1, units.size());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#form-leadUnits .unit-tag .label").match((Node n) -> n instanceof javafx.scene.control.Label l
                && unit.equals(l.getText())).tryQuery().isPresent(), "shown as a tag");

        // another task: typed without diacritics, the new unit is offered and chosen from the list
        clickOn(cell(5, second.id(), "number"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(second.id(), window.context().selectedTaskProperty().get(), "no list left open swallows the click");
        clickOn("#form-leadUnits-input");
        write("khu pho 3");
        // the list is fetched again after each key, a quarter second after the typing stops: wait until it shows
        // the unit and the fetch for the last key has come back, so that the click does not meet a list being redone
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".auto-complete-popup .list-cell")
                .match((Node n) -> n instanceof ListCell<?> c && unit.equals(c.getText())).tryQuery().isPresent()
                && !fetchingSuggestions());
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(lookup(".auto-complete-popup .list-cell")
                .match((Node n) -> n instanceof ListCell<?> c && unit.equals(c.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(unit, lookup("#form-leadUnits-input").queryAs(TextField.class).getText());
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stored().group(5).orElseThrow().tasks().get(1).leadUnits().contains(unit));
        assertEquals(2, stored().allTasks().stream().filter(t -> t.leadUnits().contains(unit)).count());
    }

    /** The leader field offers the leaders the plan names, typed without diacritics (its completion is bound on focus). */
    @Test
    void theLeaderFieldOffersThePlansLeaders() throws Exception {
        start();
        long withLeaders = services.plans().list().stream().map(p -> services.editors().open(p.id()).plan())
                .filter(p -> p.allTasks().stream().anyMatch(t -> !t.leader().isEmpty())).findFirst().orElseThrow()
                .id();
        clickOn("#nav-plan-" + withLeaders);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> plan() != null && plan().id() == withLeaders
                && window.context().selectedTaskProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        String leader = plan().allTasks().stream().map(PlanTask::leader).filter(l -> !l.isEmpty()).findFirst()
                .orElseThrow();
        clickOn("#form-leader");
        push(KeyCode.CONTROL, KeyCode.A);
        write("son hung");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".auto-complete-popup .list-cell")
                .match((Node n) -> n instanceof ListCell<?> c && leader.equals(c.getText())).tryQuery().isPresent()
                && !fetchingSuggestions());
        push(KeyCode.ESCAPE);
    }

    /** ControlsFX fetches a field's suggestions on a thread of its own: whether one of them is still at it. */
    private static boolean fetchingSuggestions() {
        return Thread.getAllStackTraces().values().stream().anyMatch(stack -> java.util.Arrays.stream(stack)
                .anyMatch(f -> f.getClassName().endsWith("AutoCompletionBinding$FetchSuggestionsTask")));
    }
}
