package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.PlanTask;
import vn.plandesk.service.Messages;
import vn.plandesk.service.derive.PlanChange;
import vn.plandesk.service.derive.SixClarityCheck;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.ui.MainWindow;
import vn.plandesk.ui.Page;

/** The derive feature reached from the window's Công cụ menu, clicked through as the officer would. */
class DeriveInWindowTest extends FxRobot {
    @TempDir
    Path dir;
    Services services;
    MainWindow window;
    Stage stage;

    private void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            services = Services.open(dir);
            window = DesktopApp.showWindow(stage, services);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.context().plan() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        if (services != null) {
            FxToolkit.setupFixture(() -> {
                for (Window w : List.copyOf(Window.getWindows())) {
                    if (w != stage && w instanceof Stage s) {
                        s.close();
                    }
                }
                stage.hide();
                services.close();
                services = null;
            });
        }
    }

    private Plan plan() {
        return window.context().plan();
    }

    private long planId(String numberAndSymbol) {
        return services.plans().list().stream().filter(p -> (p.number() + "/" + p.symbol()).equals(numberAndSymbol))
                .map(PlanSummary::id).findFirst().orElseThrow();
    }

    private void open(long id) throws Exception {
        interact(() -> window.context().openPlan(id));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> plan() != null && plan().id() == id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Công cụ → the item with this message key. */
    private void tool(String key) {
        clickOn("#menu-tools");
        // down first, then across: a diagonal path over the menu bar would open the Trợ giúp menu on the way
        clickOn(Messages.get(key).replace("_", ""), org.testfx.robot.Motion.VERTICAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TreeTableView<?> table(int group) {
        return lookup("#group-table-" + group).queryAs(TreeTableView.class);
    }

    /** The text the task table shows in a task's name cell. */
    private String nameCell(int group, long taskId) {
        WaitForAsyncUtils.waitForFxEvents();
        TreeTableCell<?, ?> cell = from(table(group)).lookup(".tree-table-cell").match((Node n) ->
                n instanceof TreeTableCell<?, ?> c && c.getTableColumn() != null
                        && "name".equals(c.getTableColumn().getId()) && c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof PlanTask t && t.id() == taskId && c.isVisible())
                .query();
        return from(cell).lookup((Node n) -> n instanceof javafx.scene.text.Text || n instanceof Labeled).queryAll()
                .stream().map(n -> n instanceof Labeled l ? l.getText() : ((javafx.scene.text.Text) n).getText())
                .filter(s -> s != null && !s.isEmpty()).findFirst().orElse(cell.getText());
    }

    @Test
    void theWizardFromTheMenuMakesAPlanThatOpensInTheWindow() throws Exception {
        start();
        long kh92 = planId("92/KH-UBND");
        open(kh92);
        tool("menu.tools.derive");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<PlanSummary> parent = lookup("#parentPlan").queryAs(javafx.scene.control.ComboBox.class);
        assertEquals(kh92, parent.getValue().id(), "the province plan open in the window is the parent");
        clickOn("#wardName").write("Tan Khai");
        shot("wizard-1");
        clickOn("#next");
        // group I of KH 92: a few tasks
        Node groupOne = from(lookup("#taskTree").queryAs(Node.class)).lookup((Node n) -> n instanceof TreeCell<?> c
                && c.isVisible() && c.getText() != null && c.getText().startsWith("I. ")).query();
        clickOn(from(groupOne).lookup(".check-box").queryAs(CheckBox.class));
        shot("wizard-2");
        clickOn("#next");
        clickOn("#create");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> plan() != null && plan().id() != kh92);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("UBND phường Tan Khai", plan().issuer(), "the new plan is open");
        assertEquals(PlanKind.WARD, plan().kind());
        assertEquals(13, plan().taskCount());
        assertTrue(lookup("#nav-plan-" + plan().id()).tryQuery().isPresent(), "the navigator lists the new plan");
        assertTrue(lookup("#group-table-1").tryQuery().isPresent(), "its first group is shown");
        shot("wizard-opened");
    }

    @Test
    void anAcceptedChangeOfTheParentShowsAtOnceAndCtrlZTakesItBack() throws Exception {
        start();
        long kh92 = planId("92/KH-UBND");
        long ward = services.derivations().derive(kh92, "phường Tân Khai", "1-5");
        open(ward);
        PlanTask wardTask = plan().groups().get(0).tasks().get(0);
        int group = plan().groups().get(0).number();
        String key = wardTask.parentRef().number();
        // the province rewords the parent task
        PlanEditor parentEditor = services.editors().open(kh92);
        long parentTask = parentEditor.plan().allTasks().stream().filter(t -> t.number().equals(key)).findFirst()
                .orElseThrow().id();
        interact(() -> parentEditor.updateTask(parentTask, "edit.name",
                t -> t.withName(t.name() + " trên địa bàn toàn tỉnh")));
        String before = nameCell(group, wardTask.id());
        assertEquals(wardTask.name(), before);

        tool("menu.tools.compare");
        @SuppressWarnings("unchecked")
        TableView<PlanChange> changes = lookup("#changes").queryAs(TableView.class);
        assertEquals(1, changes.getItems().size());
        assertEquals(PlanChange.Kind.REWORDED, changes.getItems().get(0).kind());
        shot("compare");
        clickOn("#accept");
        String accepted = nameCell(group, wardTask.id());
        assertTrue(accepted.endsWith("trên địa bàn toàn phường"), "the window shows the change at once: " + accepted);
        assertEquals(0, changes.getItems().size());

        // the dialog's undo goes through the plan's history: the window follows
        clickOn("#undo");
        assertEquals(before, nameCell(group, wardTask.id()));
        assertEquals(1, changes.getItems().size());
        clickOn("#accept");
        assertTrue(nameCell(group, wardTask.id()).endsWith("toàn phường"));
        clickOn(Messages.get("compare.close"));
        WaitForAsyncUtils.waitForFxEvents();

        // Ctrl+Z in the window takes the accepted change back, in the store and its parent snapshot too
        clickOn(lookup("#group-table-" + group).queryAs(Node.class));
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, nameCell(group, wardTask.id()));
        assertEquals(before, services.plans().get(ward).allTasks().get(0).name());
        assertEquals(1, services.derivations().compare(ward, null).changes().size(), "the change is listed again");
        push(KeyCode.CONTROL, KeyCode.Y);
        assertTrue(nameCell(group, wardTask.id()).endsWith("toàn phường"));
        assertEquals(0, services.derivations().compare(ward, null).changes().size());
    }

    @Test
    void clickingAGapOpensItsTaskInTheWindow() throws Exception {
        start();
        assertEquals(PlanKind.WARD, plan().kind(), "the Chơn Thành plan opens first");
        tool("menu.tools.clarity");
        @SuppressWarnings("unchecked")
        ListView<SixClarityCheck.Gap> gaps = lookup("#gaps").queryAs(ListView.class);
        assertFalse(gaps.getItems().isEmpty());
        // a gap in another group than the one shown
        int shown = window.context().pageProperty().get().group();
        int index = 0;
        while (gaps.getItems().get(index).group() == shown) {
            index++;
        }
        SixClarityCheck.Gap gap = gaps.getItems().get(index);
        int at = index;
        interact(() -> gaps.scrollTo(at));
        shot("clarity");
        clickOn(from(gaps).lookup((Node n) -> n instanceof ListCell<?> c && c.getIndex() == at && c.isVisible())
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Page.group(gap.group()), window.context().pageProperty().get());
        assertEquals(gap.task().id(), window.context().selectedTaskProperty().get());
        TreeItem<?> selected = (TreeItem<?>) table(gap.group()).getSelectionModel().getSelectedItem();
        assertEquals(gap.task().id(), ((PlanTask) selected.getValue()).id(), "the task row is selected");
        assertEquals(gap.taskNumber(), lookup("#form-number").queryAs(Label.class).getText()
                .replaceAll("^\\D*", "").split("\\s")[0].replaceAll("\\.$", ""), "the form shows the task");
    }

    @Test
    void aUnitAddedToTheRegistryIsOfferedInTheTaskForm() throws Exception {
        start();
        tool("menu.tools.wardUnits");
        @SuppressWarnings("unchecked")
        ListView<String> units = lookup("#wardUnits").queryAs(ListView.class);
        List<String> preset = List.copyOf(units.getItems());
        assertEquals(8, preset.size(), "the units of the Chơn Thành plan");
        String unit = "Tổ công nghệ số cộng đồng";
        interact(() -> lookup("#unitName").queryAs(TextField.class).setText(unit));
        clickOn("#addUnit");
        assertTrue(services.wardUnits().units().contains(unit), "saved at once");
        // reorder, rename and remove are saved at once too
        clickOn("#unitUp");
        assertEquals(services.wardUnits().units().indexOf(unit), units.getItems().indexOf(unit));
        int place = services.wardUnits().units().indexOf(unit);
        assertEquals(unit, units.getSelectionModel().getSelectedItem());
        interact(() -> units.getSelectionModel().select(preset.get(0)));
        interact(() -> lookup("#unitName").queryAs(TextField.class).setText(preset.get(0) + " phường"));
        clickOn("#renameUnit");
        assertEquals(preset.get(0) + " phường", services.wardUnits().units().get(0));
        clickOn("#removeUnit");
        assertFalse(services.wardUnits().units().contains(preset.get(0) + " phường"));
        assertEquals(place - 1, services.wardUnits().units().indexOf(unit));
        shot("units");
        clickOn("#closeUnits");

        // the task form of the open ward plan offers it when the officer types part of its name
        assertNotEquals(null, window.context().selectedTaskProperty().get());
        clickOn("#form-leadUnits-input").write("cong nghe so");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup((Node n) -> n instanceof ListCell<?> c
                && unit.equals(c.getText()) && n.isVisible()).tryQuery().isPresent());
        shot("units-offered");
    }

    private void shot(String name) throws Exception {
        Shots.take(name, stage);
    }
}
