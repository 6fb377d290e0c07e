package vn.plandesk.ui.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.app.Shots;
import vn.plandesk.io.pdf.PlanPdfWriter;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDocument;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.service.SampleLibrary;

/**
 * The officer imports the ward's appendix as a PDF: the preview names the page and row of the doubtful deadline, and
 * after confirming the plan is stored with every task.
 */
@ExtendWith(ApplicationExtension.class)
class ImportPdfViewTest {
    private ImportViewHost host;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        host = ImportViewHost.show(stage, "plandesk-import-pdf-ui");
    }

    @AfterEach
    void close() {
        host.close();
    }

    @Test
    void importAPdfSeeTheWarningWithItsPageConfirm(FxRobot robot) throws Exception {
        Plan ward = new SampleLibrary().plan("chon-thanh-ward-plan.json");
        List<TaskGroup> groups = new ArrayList<>(ward.groups());
        TaskGroup first = groups.get(0);
        List<PlanTask> tasks = new ArrayList<>(first.tasks());
        PlanTask t = tasks.get(1);
        tasks.set(1, new PlanTask(null, t.number(), t.name(), t.leader(), t.leadUnits(), t.coordinatingUnits(),
                t.result(), Deadline.of("lúc nào tiện", Map.of()), t.role(), t.parentRef(), t.note(), List.of(),
                List.of()));
        groups.set(0, first.withTasks(tasks));
        Plan plan = ward.withGroups(groups);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlanPdfWriter(2026).write(plan, List.of(PlanDocument.TASKS), out);
        Path file = host.dir().resolve("phu-luc.pdf");
        Files.write(file, out.toByteArray());

        robot.interact(() -> host.view().open(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#import-confirm").tryQuery().isPresent());

        ListView<?> warnings = robot.lookup("#import-warnings").queryAs(ListView.class);
        assertEquals(1, warnings.getItems().size(), () -> warnings.getItems().toString());
        String w = warnings.getItems().get(0).toString();
        assertTrue(w.startsWith("Trang 1, dòng ") && w.contains("lúc nào tiện"), w);
        assertEquals(0, host.plans().list().size(), "nothing is written before the officer confirms");
        Shots.take("import-pdf-preview", stage);

        robot.clickOn("#import-confirm");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> host.plans().list().size() == 1);
        assertEquals(ward.taskCount(), host.plans().list().get(0).tasks());
    }
}
