package vn.plandesk.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.app.Services;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.service.Messages;
import vn.plandesk.ui.BackgroundWork;

/** The print dialog clicked through as the officer would, on a temporary store holding the sample plans. */
@ExtendWith(ApplicationExtension.class)
class PrintDialogTest {
    private Path folder;
    private Services services;
    /** The window's worker, as the main window hands it to the dialog. */
    private BackgroundWork work;
    private final List<Throwable> toldTheWindow = new ArrayList<>();
    private Stage dialog;
    private final List<Path> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        Messages.setLocale(Messages.VIETNAMESE);
        folder = Files.createTempDirectory("plandesk-print");
        services = Services.open(folder.resolve("store"));
        services.plans().loadSamples();
        long ward = services.plans().list().stream().filter(p -> p.kind() == PlanKind.WARD)
                .map(PlanSummary::id).findFirst().orElseThrow();
        FileTarget target = new FixedFileTarget(folder.resolve("out"), folder.resolve("each"));
        // the owner as the main window would be: with a scene (a modal child of a scene-less Monocle window fails)
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
        work = new BackgroundWork(toldTheWindow::add);
        dialog = new PrintDialog(services.pdf(), ward, target, opened::add, work).show(stage);
    }

    @AfterEach
    void closeStore() throws Exception {
        // as the window does: the dialog goes with it, then its worker, then the store
        WaitForAsyncUtils.asyncFx(dialog::close).get();
        work.close();
        services.close();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void savesTheTickedDocumentsIntoOnePdfAndOpensIt(FxRobot robot) throws Exception {
        robot.clickOn("#print-indicators");
        robot.clickOn("#print-save");
        Path file = folder.resolve("out").resolve("ke-hoach-KH-UBND.pdf");
        waitForStatus(robot, "Đã lưu");
        assertTrue(Files.exists(file), file.toString());
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toString()))) {
            Rectangle first = pdf.getPage(1).getPageSizeWithRotation();
            Rectangle last = pdf.getPage(pdf.getNumberOfPages()).getPageSizeWithRotation();
            assertTrue(first.getHeight() > first.getWidth(), "the plan's body first, portrait");
            assertTrue(last.getWidth() > last.getHeight(), "the task appendix last, landscape");
            assertTrue(pdf.getNumberOfPages() > 16, "the body and the whole task appendix (16 pages on its own)");
        }
        assertEquals(List.of(file), opened);
    }

    @Test
    void savesOneFileForEachDocument(FxRobot robot) throws Exception {
        robot.clickOn("#print-file-each");
        robot.clickOn("#print-open-after");
        robot.clickOn("#print-save");
        waitForStatus(robot, "Đã lưu");
        Path each = folder.resolve("each");
        for (String name : List.of("ke-hoach-KH-UBND-ke-hoach.pdf", "ke-hoach-KH-UBND-phu-luc-nhiem-vu.pdf",
                "ke-hoach-KH-UBND-phu-luc-chi-tieu.pdf")) {
            Path f = each.resolve(name);
            assertTrue(Files.exists(f), name);
            try (PdfDocument pdf = new PdfDocument(new PdfReader(f.toString()))) {
                assertTrue(pdf.getNumberOfPages() >= 1);
            }
        }
        assertEquals(List.of(), opened, "not opened when unticked");
    }

    @Test
    void previewShowsThePagesInsideTheApp(FxRobot robot) throws Exception {
        robot.clickOn("#print-body");
        robot.clickOn("#print-tasks");
        robot.clickOn("#print-preview");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#print-pages").tryQuery().isPresent());
        Pagination pages = robot.lookup("#print-pages").queryAs(Pagination.class);
        assertTrue(pages.getPageCount() >= 2, "the indicators appendix alone has pages");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".image-view").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.image.ImageView) n).getImage() != null));
    }

    @Test
    void aFileThatCannotBeWrittenIsToldInTheDialogsOwnStatusLine(FxRobot robot) throws Exception {
        // a folder stands where the PDF should go
        Files.createDirectories(folder.resolve("out").resolve("ke-hoach-KH-UBND.pdf").resolve("inside"));
        robot.clickOn("#print-save");
        waitForStatus(robot, "Không ghi được tệp PDF");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> work.idleProperty().get());
        assertEquals(List.of(), toldTheWindow, "the dialog tells it, not the window");
        assertEquals(false, robot.lookup("#print-save").queryAs(Button.class).isDisabled(), "the officer can try again");
        assertEquals(List.of(), opened);
    }

    @Test
    void nothingTickedNothingToSave(FxRobot robot) {
        robot.clickOn("#print-body");
        robot.clickOn("#print-tasks");
        robot.clickOn("#print-indicators");
        assertTrue(robot.lookup("#print-save").queryAs(Button.class).isDisabled());
        assertEquals(Messages.get("pdf.nothingChosen"), robot.lookup("#print-status").queryAs(Label.class).getText());
    }

    private static void waitForStatus(FxRobot robot, String start) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#print-status").queryAs(Label.class).getText().startsWith(start));
    }
}
