package vn.plandesk.ui.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.WardRole;
import vn.plandesk.service.PlanService;
import vn.plandesk.service.derive.DerivationService;
import vn.plandesk.service.derive.PlanChange;
import vn.plandesk.service.derive.WardUnitRegistry;
import vn.plandesk.store.Database;
import vn.plandesk.store.DerivationRepository;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.WardUnitRepository;

/** The officer derives a ward plan from KH 92 in the wizard, then compares it with the edited KH 92. */
@ExtendWith(ApplicationExtension.class)
class DeriveWizardUiTest {
    @TempDir
    static Path dir;
    private Database db;
    private PlanRepository plans;
    private DerivationService derivations;
    private WardUnitRegistry units;
    private long kh92;

    @Start
    void start(Stage ignored) {
        db = Database.open(dir.resolve("store"));
        plans = new PlanRepository(db);
        derivations = new DerivationService(plans, new DerivationRepository(db));
        units = new WardUnitRegistry(new WardUnitRepository(db));
        kh92 = new PlanService(plans).loadSamples().get(1);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void derivesThroughTheWizardThenAcceptsAChangeOfTheParentAndUndoesIt(FxRobot robot) throws Exception {
        AtomicReference<Long> created = new AtomicReference<>();
        AtomicReference<DeriveWizard> wizard = new AtomicReference<>();
        robot.interact(() -> {
            wizard.set(new DeriveWizard(derivations, units, created::set));
            wizard.get().show();
        });

        // step 1: the parent and the ward
        robot.clickOn("#parentPlan");
        robot.clickOn(cellStartingWith(robot, ListCell.class, "92/KH-UBND ngày 15/9/2025"));
        robot.clickOn("#wardName").write("Chon Thanh");
        shot(wizard.get().stage(), "wizard-1");
        robot.clickOn("#next");

        // step 2: all of group I, and for KH 92 task 3 the ward leads with Phòng Văn hóa - Xã hội
        Node groupOne = cellStartingWith(robot, TreeCell.class, "I. Nâng cao nhận thức");
        robot.clickOn(robot.from(groupOne).lookup(".check-box").queryAs(CheckBox.class));
        // tree rows are wider than the pane: click on their visible left part
        robot.clickOn(robot.point(cellStartingWith(robot, TreeCell.class, "3. Xây dựng chương trình"))
                .atPosition(javafx.geometry.Pos.CENTER_LEFT).atOffset(new javafx.geometry.Point2D(120, 0)));
        robot.clickOn("#role");
        robot.clickOn(cellStartingWith(robot, ListCell.class, "Chủ trì thực hiện"));
        robot.clickOn(robot.from(robot.lookup("#leadUnits").queryAs(Node.class)).lookup("Phòng Văn hóa - Xã hội")
                .queryAs(CheckBox.class));
        robot.clickOn("#deadline").eraseText(20).write("Quy IV/2025");
        shot(wizard.get().stage(), "wizard-2");
        robot.clickOn("#next");

        // step 3: the body drafted from KH 92
        String bases = robot.lookup("#legalBases").queryAs(TextArea.class).getText();
        assertTrue(bases.contains("Căn cứ Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh về"), bases);
        assertTrue(robot.lookup("#sections").queryAs(TextArea.class).getText().contains("# IV. TỔ CHỨC THỰC HIỆN"));
        shot(wizard.get().stage(), "wizard-3");
        robot.clickOn("#create");
        WaitForAsyncUtils.waitForFxEvents();

        assertNotNull(created.get(), "the wizard reports the new plan");
        Plan ward = derivations.plan(created.get());
        assertEquals("UBND phường Chon Thanh", ward.issuer());
        assertEquals(13, ward.taskCount(), "group I of KH 92 as the ward cites it");
        PlanTask led = ward.allTasks().stream().filter(t -> t.parentRef().number().equals("3")).findFirst().orElseThrow();
        assertEquals(WardRole.LEAD, led.role());
        assertEquals(List.of("Phòng Văn hóa - Xã hội"), led.leadUnits());
        assertEquals("Quy IV/2025", led.deadline().printed());
        assertEquals("", led.note(), "a Chủ trì row has no default note");
        PlanTask other = ward.allTasks().get(0);
        assertEquals(WardRole.COORDINATE, other.role());
        assertEquals("Thực hiện khi có chỉ đạo, hướng dẫn triển khai của tỉnh", other.note());

        // the province edits KH 92; the officer compares, accepts the first change and undoes it
        plans.replace(kh92, vn.plandesk.service.derive.PlanDiffTestAccess.editedKh92());
        AtomicInteger changed = new AtomicInteger();
        AtomicReference<ParentComparisonDialog> dialog = new AtomicReference<>();
        robot.interact(() -> {
            dialog.set(new ParentComparisonDialog(derivations, created.get(), new vn.plandesk.ui.BackgroundWork(t -> { }),
                    changed::incrementAndGet));
            dialog.get().show();
        });
        @SuppressWarnings("unchecked")
        TableView<PlanChange> table = robot.lookup("#changes").queryAs(TableView.class);
        assertEquals(5, table.getItems().size());
        assertEquals(PlanChange.Kind.REWORDED, table.getItems().get(0).kind());
        shot(dialog.get().stage(), "compare-1");
        robot.clickOn("#accept");
        assertEquals(4, table.getItems().size());
        assertEquals(1, changed.get());
        String accepted = nameOfTaskFor(created.get(), "3");
        assertTrue(accepted.endsWith("trên toàn phường"), accepted);

        robot.clickOn("#undo");
        assertEquals(5, table.getItems().size());
        assertFalse(nameOfTaskFor(created.get(), "3").endsWith("toàn phường"));
        assertTrue(robot.lookup("#undo").queryButton().isDisabled());

        // a replacing plan: the ward's tasks mapped onto the 2026 plan
        robot.clickOn("#against");
        robot.clickOn(cellStartingWith(robot, ListCell.class, "Kế hoạch thay thế: (chưa có số) — Thực hiện Nghị quyết số 11"));
        assertTrue(robot.lookup("#target").query().isVisible(), "the mapping can be corrected");
        assertEquals(PlanChange.Kind.RELINK, table.getItems().get(0).kind());
        shot(dialog.get().stage(), "compare-2");
    }

    private String nameOfTaskFor(long wardId, String parentKey) {
        return derivations.plan(wardId).allTasks().stream().filter(t -> t.parentRef().number().equals(parentKey))
                .findFirst().orElseThrow().name();
    }

    private static Node cellStartingWith(FxRobot robot, Class<?> type, String prefix) {
        return robot.lookup(n -> type.isInstance(n) && n.isVisible()
                && ((javafx.scene.control.Labeled) n).getText() != null
                && ((javafx.scene.control.Labeled) n).getText().startsWith(prefix)).query();
    }

    /** With -Dplandesk.shots=DIR the test leaves pictures of what it saw, for a person to look at. */
    private static void shot(Stage stage, String name) throws Exception {
        String folder = System.getProperty("plandesk.shots");
        if (folder == null) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<javafx.scene.image.WritableImage> image = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> image.set(stage.getScene().snapshot(null))).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", new File(folder, name + ".png"));
    }
}
