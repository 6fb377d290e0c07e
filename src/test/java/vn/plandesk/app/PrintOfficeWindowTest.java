package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.PlanTask;
import vn.plandesk.ui.MainWindow;
import vn.plandesk.ui.print.FixedFileTarget;

/**
 * Printing, Excel and Word from the main window, clicked through by the menus' visible text: the file dialogs answer
 * with fixed places, the produced files are read back.
 */
class PrintOfficeWindowTest extends FxRobot {
    @TempDir
    Path dir;
    Services services;
    MainWindow window;
    Stage stage;
    FixedFileTarget files;
    final List<Path> opened = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        files = new FixedFileTarget(dir.resolve("out"), dir.resolve("each"));
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            services = Services.open(dir.resolve("store"));
            window = DesktopApp.showWindow(stage, services, WindowExtensions.all(files, opened::add));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.context().plan() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.setupFixture(() -> {
            for (javafx.stage.Window w : List.copyOf(javafx.stage.Window.getWindows())) {
                if (w != stage && w instanceof Stage s) {
                    s.close();
                }
            }
            stage.hide();
            services.close();
        });
    }

    private Plan plan() {
        return window.context().plan();
    }

    /** Clicks a menu or menu item by the text the officer reads (the mnemonic's underscore is not shown). */
    private void click(String text) {
        on(text, this::clickOn);
    }

    private boolean showing(String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup((Node x) -> x instanceof Labeled l && l.getText() != null
                && l.getText().replace("_", "").equals(text) && x.isVisible()
                && x.getScene() != null && x.getScene().getWindow().isShowing()).tryQuery().isPresent();
    }

    /** Does something to the visible node that shows the text. */
    private void on(String text, java.util.function.Consumer<Node> action) {
        for (int tries = 0; ; tries++) {
            WaitForAsyncUtils.waitForFxEvents();
            try {
                // a menu's popup shows its items a moment after it opens
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> showing(text));
                // a menu's popup may build its items again as it opens: the item is looked up once it is on screen
                Node n = lookup((Node x) -> x instanceof Labeled l && l.getText() != null
                        && l.getText().replace("_", "").equals(text) && x.isVisible()
                        && x.getScene() != null && x.getScene().getWindow().isShowing()).query();
                action.accept(n);
                break;
            } catch (RuntimeException | java.util.concurrent.TimeoutException e) {
                if (tries == 3) {
                    throw new AssertionError("cannot click \"" + text + "\"", e);
                }
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a menu, points at its sub-menus (they open on hovering; a click may close one left open) and clicks the item. */
    private void menu(String... path) {
        click(path[0]);
        for (int i = 1; i < path.length - 1; i++) {
            on(path[i], this::moveTo);
            // the sub-menu opens on hovering: its next item is on screen before the hand goes on
            String next = path[i + 1];
            try {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> showing(next));
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("the sub-menu \"" + path[i] + "\" did not open", e);
            }
        }
        if (path.length > 2) {
            // into the sub-menu sideways first, as the hand does: a slant over the items below closes the sub-menu
            Node sub = lookup((Node x) -> x instanceof Labeled l && l.getText() != null
                    && l.getText().replace("_", "").equals(path[path.length - 2]) && x.isVisible()).query();
            double y = point(sub).query().getY();
            on(path[path.length - 1], n -> {
                moveTo(new javafx.geometry.Point2D(point((Node) n).query().getX(), y));
                clickOn(n);
            });
            WaitForAsyncUtils.waitForFxEvents();
            return;
        }
        click(path[path.length - 1]);
    }

    private void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited in vain for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String spaced(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @Test
    void printsTheOpenPlanToAPdf() throws Exception {
        assertTrue(plan().issuer().contains("Chơn Thành"));
        PlanTask task = plan().groups().get(0).tasks().get(0);
        menu("Tệp", "In / Xuất PDF…");
        waitFor("the print dialog", () -> lookup("#print-save").tryQuery().isPresent());
        clickOn("#print-save");
        Path pdf = dir.resolve("out").resolve(files.suggested.get(0));
        waitFor("the PDF", () -> !opened.isEmpty());
        assertEquals(List.of(pdf), opened, "opened in the viewer to print");
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toString()))) {
            assertTrue(doc.getNumberOfPages() > 1, "pages: " + doc.getNumberOfPages());
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                text.append(PdfTextExtractor.getTextFromPage(doc.getPage(i))).append('\n');
            }
            String words = spaced(task.name()).substring(0, 30);
            assertTrue(spaced(text.toString()).contains(words), "the first task is printed: " + words);
        }
    }

    @Test
    void exportsExcel() throws Exception {
        PlanTask task = plan().groups().get(0).tasks().get(0);
        menu("Tệp", "Xuất", "Xuất Excel (.xlsx)…");
        assertEquals("KH-phuong-Chon-Thanh.xlsx", files.suggested.get(0));
        Path xlsx = dir.resolve("out").resolve("KH-phuong-Chon-Thanh.xlsx");
        waitFor("the saved message", () -> lookup("Mở thư mục").tryQuery().isPresent());
        click("Mở thư mục");
        assertEquals(List.of(xlsx.getParent().toAbsolutePath()), opened);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertTrue(wb.getNumberOfSheets() >= 2, "tasks and indicators: " + wb.getNumberOfSheets());
            assertTrue(find(wb.getSheetAt(0), task.name()) != null, "the first task in the first sheet");
        }
    }

    @Test
    void exportsWord() throws Exception {
        PlanTask task = plan().groups().get(0).tasks().get(0);
        menu("Tệp", "Xuất", "Xuất Word (.docx)…");
        assertEquals("KH-phuong-Chon-Thanh.docx", files.suggested.get(0));
        Path docx = dir.resolve("out").resolve("KH-phuong-Chon-Thanh.docx");
        waitFor("the saved message", () -> lookup("Mở tệp").tryQuery().isPresent());
        click("Mở tệp");
        assertEquals(List.of(docx), opened);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertTrue(doc.getTables().size() >= 2, "the two appendices' tables: " + doc.getTables().size());
            assertTrue(text.getText().contains(plan().summary()), "the plan's summary");
            assertTrue(text.getText().contains(task.name()), "the first task");
        }
    }

    @Test
    void importsAWorkbookAsANewPlan() throws Exception {
        long province = services.plans().list().stream().filter(p -> p.kind() == vn.plandesk.model.PlanKind.PROVINCE)
                .findFirst().orElseThrow().id();
        Path xlsx = dir.resolve("province.xlsx");
        services.officeExport().exportXlsx(province, xlsx);
        int before = services.plans().list().size();
        files.willOpen(xlsx);

        menu("Tệp", "Nhập", "Nhập từ Excel…");
        waitFor("the preview", () -> lookup("#import-confirm").tryQuery().isPresent());
        clickOn("#import-confirm");
        waitFor("the new plan open", () -> services.plans().list().size() == before + 1
                && plan().id() != null && plan().id() == newest().id());
        long id = newest().id();
        waitFor("the import window closed", () -> javafx.stage.Window.getWindows().stream()
                .filter(javafx.stage.Window::isShowing).count() == 1);
        assertEquals(services.plans().get(province).taskCount(), plan().taskCount());
        assertTrue(lookup("#nav-plan-" + id).tryQuery().isPresent(), "the navigator lists the new plan");
    }

    private PlanSummary newest() {
        return services.plans().list().stream().max(java.util.Comparator.comparingLong(PlanSummary::id)).orElseThrow();
    }

    @Test
    void importsOneAcceptedChangeIntoTheOpenPlanAndUndoesIt() throws Exception {
        Plan open = plan();
        PlanTask task = open.groups().get(0).tasks().get(1);
        String renamed = "Nhiệm vụ đổi tên trong Excel";
        Path xlsx = dir.resolve("edited.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(
                services.officeExport().exportXlsx(open.id())))) {
            find(wb.getSheetAt(0), task.name()).setCellValue(renamed);
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        files.willOpen(xlsx);

        menu("Tệp", "Nhập", "Nhập từ Excel…");
        waitFor("the preview", () -> lookup("#import-confirm").tryQuery().isPresent());
        ComboBox<PlanSummary> target = lookup("#import-target").queryComboBox();
        clickOn(target);
        String label = target.getConverter().toString(target.getItems().stream()
                .filter(p -> p != null && p.id() == open.id()).findFirst().orElseThrow());
        click(label);
        clickOn("#import-confirm");
        waitFor("the changes", () -> lookup("#import-changes").tryQuery().isPresent());
        TableView<?> changes = lookup("#import-changes").queryTableView();
        assertEquals(1, changes.getItems().size(), "one change: the renamed task");
        clickOn("#import-apply");
        waitFor("the window showing the change", () -> plan().allTasks().stream().anyMatch(t -> t.name().equals(renamed)));
        assertEquals(renamed, services.plans().get(open.id()).allTasks().stream()
                .filter(t -> t.number().equals(task.number())).findFirst().orElseThrow().name(), "stored");

        // back in the main window, told in the status bar: the changed task is in group I's table
        waitFor("the import window closed", () -> javafx.stage.Window.getWindows().stream()
                .filter(javafx.stage.Window::isShowing).count() == 1);
        assertEquals("Đã áp dụng 1 thay đổi vào kế hoạch.", window.context().statusProperty().get());
        assertTrue(from(lookup("#group-table-1").queryAs(Node.class)).lookup((Node n) -> n instanceof Text t
                && t.isVisible() && renamed.equals(t.getText())).tryQuery().isPresent(), "the table shows the new name");

        // one Ctrl+Z takes the import back
        clickOn(stage.getScene().getRoot(), javafx.scene.input.MouseButton.PRIMARY);
        press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        waitFor("the undo", () -> plan().allTasks().stream().noneMatch(t -> t.name().equals(renamed)));
        assertFalse(services.plans().get(open.id()).allTasks().stream().anyMatch(t -> t.name().equals(renamed)));
        assertNotEquals(0, plan().taskCount());
    }

    /** The cell whose text is the given one, in a sheet. */
    private static Cell find(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && spaced(c.getStringCellValue()).equals(spaced(text))) {
                    return c;
                }
            }
        }
        return null;
    }
}
