package vn.plandesk.app;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.service.Messages;
import vn.plandesk.ui.MainWindow;

/** The main window on a fresh store, started and closed as the officer would, with lookups the click-throughs share. */
abstract class WindowTestBase extends FxRobot {
    @TempDir
    Path dir;
    Services services;
    MainWindow window;
    Stage stage;

    /** Starts the program on the store in {@link #dir}, in the language saved there. */
    void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            services = Services.open(dir);
            DesktopApp.useSavedLanguage(services);
            window = DesktopApp.showWindow(stage, services, extensions());
        });
        // a loaded machine (CI runners, other builds) takes its time to open the store and the plan
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.context().plan() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Opens the store in {@link #dir} with the ward plan's editor already open and named as the plan open last, as
     * the store's opening thread leaves it while the toolkit starts; the ward plan's id. Run on the FX thread.
     */
    long openStoreWithWardPlanReadAhead() {
        services = Services.open(dir);
        long ward = services.plans().list().stream().filter(p -> p.kind() == vn.plandesk.model.PlanKind.WARD)
                .findFirst().orElseThrow().id();
        services.settings().put("plan.last", ward);
        services.editors().open(ward);
        return ward;
    }

    /** The window's features; a test that answers the file dialogs itself gives them fixed places. */
    java.util.List<java.util.function.BiConsumer<MainWindow, Services>> extensions() {
        return WindowExtensions.all(services);
    }

    /** Closes the window as the officer would, and the store with it. */
    void quit() throws Exception {
        FxToolkit.setupFixture(() -> {
            window.saveState();
            stage.hide();
            services.close();
            services = null;
        });
    }

    @AfterEach
    void stop() throws Exception {
        if (services != null) {
            quit();
        }
        // the language is the program's, not the window's: the next test starts in Vietnamese
        Messages.setLocale(Messages.VIETNAMESE);
    }

    /** The window at the size of the officer's laptop screen. */
    void atSize(double width, double height) {
        interact(() -> {
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    Plan plan() {
        return window.context().plan();
    }

    TaskGroup group(int n) {
        return plan().group(n).orElseThrow();
    }

    /** The plan as the store has it now. */
    Plan stored() {
        return services.plans().get(plan().id());
    }

    TreeTableView<?> table(int group) {
        return lookup("#group-table-" + group).queryAs(TreeTableView.class);
    }

    /** The visible cell of a task's column in a group's table. */
    Node cell(int group, long taskId, String column) {
        WaitForAsyncUtils.waitForFxEvents();
        return from(table(group)).lookup(".tree-table-cell").match((Node n) -> n instanceof TreeTableCell<?, ?> c
                && c.getTableColumn() != null && column.equals(c.getTableColumn().getId())
                && c.getTableRow() != null && c.getTableRow().getItem() instanceof PlanTask t && t.id() == taskId
                && c.isVisible()).query();
    }

    /** A group's line in the navigator (the visible cell: the tree keeps an invisible one for measuring). */
    Node nav(int group) {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup("#nav-group-" + group).match(Node::isVisible).query();
    }

    /** Double-clicks a cell until its table edits it: on a loaded machine a double click can arrive as two single ones. */
    void startEditing(Node cell, java.util.function.BooleanSupplier editing) throws Exception {
        startEditing(() -> cell, editing);
    }

    /** The same, the cell looked up again before each try (a table may build its cells anew). */
    void startEditing(java.util.function.Supplier<Node> cell, java.util.function.BooleanSupplier editing)
            throws Exception {
        for (int tries = 0; tries < 5 && !editing.getAsBoolean(); tries++) {
            doubleClickOn(cell.get());
            try {
                // the edit starts within a moment of a double click that arrived as one; else click again
                WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, editing::getAsBoolean);
            } catch (java.util.concurrent.TimeoutException twoSingleClicks) {
                // tried again below
            }
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, editing::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a group's page and selects one of its tasks with a click on its number. */
    void select(int group, long taskId) {
        clickOn(nav(group));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(cell(group, taskId, "number"));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
