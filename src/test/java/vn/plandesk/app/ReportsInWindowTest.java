package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.ReportPeriod;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.report.ReportState;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.Messages;
import vn.plandesk.ui.MainWindow;
import vn.plandesk.ui.Page;
import vn.plandesk.ui.print.FixedFileTarget;

/**
 * Issue 13's walk: with Quý I/2026 recorded for the Chơn Thành plan, the officer drafts the quarter's report on the
 * reports page, edits its trích yếu, a paragraph of section I and adds a line to section III, undoes and redoes one
 * edit, marks it sent with its number and date, prints it as PDF and Word, and finds it unchanged after progress
 * changes and after a restart.
 */
class ReportsInWindowTest extends WindowTestBase {
    private static final Period Q1 = Period.quarter(2026, 1);
    private static final String SUMMARY = "Kết quả thực hiện chuyển đổi số Quý I năm 2026 của phường Chơn Thành";
    private static final String PARAGRAPH = "Phường đã ban hành kế hoạch và triển khai đúng tiến độ.";
    private static final String LINE = "- Đề nghị tỉnh hỗ trợ kinh phí đào tạo kỹ năng số.";
    private FixedFileTarget files;

    @Override
    List<BiConsumer<MainWindow, Services>> extensions() {
        files = new FixedFileTarget(dir.resolve("out"), dir.resolve("each"));
        return WindowExtensions.all(files, file -> { });
    }

    /** Scrolls the editor so that a node of it is on screen. */
    private void reveal(Node n) {
        ScrollPane sp = lookup("#report-editor").queryAs(ScrollPane.class);
        interact(() -> {
            Bounds b = sp.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
            double range = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
            sp.setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, (b.getMinY() - 40) / range)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node node(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(id).match(Node::isVisible).query();
    }

    /** Types into a field of the editor as the officer would: click, select what is there, write. */
    private void type(String id, String text) {
        Node n = node(id);
        reveal(n);
        clickOn(n);
        interact(() -> ((TextInputControl) n).selectAll());
        write(text);
    }

    /** Clicks a section of the tree by its heading. */
    private void section(String heading) throws Exception {
        Node tree = node("#report-sections");
        reveal(tree);
        TreeView<?> view = (TreeView<?>) tree;
        interact(() -> {
            for (int i = 0; i < view.getExpandedItemCount(); i++) {
                if (view.getTreeItem(i).getValue().toString().contains("heading=" + heading + ",")) {
                    view.scrollTo(Math.max(0, i - 1));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = lookup(".tree-cell").match((Node n) -> n instanceof TreeCell<?> c && heading.equals(c.getText())
                && n.isVisible()).queryAs(Node.class);
        // a tree cell is as wide as its longest heading: click on its text, at its left, not at its middle
        Bounds b = cell.localToScreen(cell.getBoundsInLocal());
        clickOn(new javafx.geometry.Point2D(b.getMinX() + 60, b.getCenterY()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.getSelectionModel().getSelectedItem() != null
                && view.getSelectionModel().getSelectedItem().getValue().toString().contains("heading=" + heading + ","));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void paragraph(int index) throws Exception {
        Node list = node("#report-paragraphs");
        reveal(list);
        clickOn(lookup(".list-cell").match((Node n) -> n instanceof ListCell<?> c && c.getIndex() == index
                && c.getListView() != null && "report-paragraphs".equals(c.getListView().getId())
                && n.isVisible()).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Report report() {
        return services.reports().reports(plan().id()).stream()
                .filter(r -> ReportPeriod.quarter(2026, 1).equals(r.period())).findFirst().orElseThrow();
    }

    private static BodySection at(List<BodySection> list, List<Integer> path) {
        BodySection s = null;
        for (int i : path) {
            s = list.get(i);
            list = s.sections();
        }
        return s;
    }

    private static String pdfText(Path file) throws Exception {
        StringBuilder b = new StringBuilder();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toString()))) {
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                b.append(PdfTextExtractor.getTextFromPage(pdf.getPage(i))).append('\n');
            }
        }
        return b.toString();
    }

    private static String docxText(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }

    /** For a person to look at (with -Dplandesk.shots): the editor's top and its sections, at 100 % and 150 % text. */
    private void lookShots() throws Exception {
        if (System.getProperty("plandesk.shots") == null) {
            return;
        }
        Shots.take("reports-editor-sections-1366-100", stage);
        interact(() -> lookup("#report-editor").queryAs(ScrollPane.class).setVvalue(0));
        Shots.take("reports-editor-top-1366-100", stage);
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> lookup("#report-editor").queryAs(ScrollPane.class).setVvalue(0));
        Shots.take("reports-editor-top-1366-150", stage);
        reveal(node("#report-sections"));
        Shots.take("reports-editor-sections-1366-150", stage);
        interact(() -> lookup("#report-editor").queryAs(ScrollPane.class).setVvalue(1));
        Shots.take("reports-editor-end-1366-150", stage);
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void draftEditSendPrintAndFindItSentAfterARestart() throws Exception {
        start();
        List<PlanTask> tasks = plan().allTasks();
        // set-up, not through the window: a few statuses of Quý I/2026
        interact(() -> {
            services.tracking().record(window.context().editor(), new ProgressEntry(tasks.get(0).id(), Q1,
                    ProgressStatus.DONE, "Đã ban hành kế hoạch triển khai", null, "", "", "", "", List.of()));
            services.tracking().record(window.context().editor(), new ProgressEntry(tasks.get(1).id(), Q1,
                    ProgressStatus.BEHIND, "", null, "", "Chưa bố trí kinh phí", "Chờ phân bổ", "", List.of()));
        });

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#reports-table").tryQuery().isPresent());
        assertEquals(Page.REPORTS, window.context().pageProperty().get());
        interact(() -> window.context().stage().setWidth(1366));
        interact(() -> window.context().stage().setHeight(768));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.context().background().idleProperty().get());
        Shots.take("reports-list-1366-100", stage);

        // Quý I/2026 is not among the ward's own reporting dates: it is drafted as a period of the year
        clickOn("#reports-period");
        clickOn(lookup(".combo-box-popup .list-cell").match((Node n) -> n instanceof ListCell<?> c
                && "Quý I/2026".equals(c.getText()) && n.isVisible()).queryAs(Node.class));
        clickOn("#reports-draft-period");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#report-summary").tryQuery()
                .map(Node::isVisible).orElse(false) && window.context().background().idleProperty().get());
        Report drafted = report();
        assertEquals(ReportState.DRAFT, drafted.state());

        type("#report-summary", SUMMARY);
        // the first part of section I that has paragraphs of its own
        List<Integer> path = null;
        for (int i = 0; path == null && i < drafted.sections().get(0).sections().size(); i++) {
            if (!drafted.sections().get(0).sections().get(i).paragraphs().isEmpty()) {
                path = List.of(0, i);
            }
        }
        assertTrue(path != null, "section I has a part with paragraphs");
        section(at(drafted.sections(), path).heading());
        assertEquals(SUMMARY, report().summary(), "the trích yếu is kept when the officer leaves it");
        paragraph(0);
        type("#report-paragraph", PARAGRAPH);

        // section III: a new bullet line, typed
        String third = drafted.sections().get(2).heading();
        section(third);
        assertEquals(PARAGRAPH, at(report().sections(), path).paragraphs().get(0));
        clickOn(node("#report-add-bullet"));
        type("#report-paragraph", LINE);
        section(third);
        assertTrue(report().sections().get(2).paragraphs().contains(LINE));
        lookShots();

        // Ctrl+Z takes the typed line back, Ctrl+Y brings it again
        push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!report().sections().get(2).paragraphs().contains(LINE));
        assertEquals(Messages.get("reports.editor.newBullet"), lookup("#report-paragraph")
                .queryAs(TextInputControl.class).getText());
        push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(report().sections().get(2).paragraphs().contains(LINE));
        assertEquals(LINE, lookup("#report-paragraph").queryAs(TextInputControl.class).getText());

        // sent, with the number and date asked for
        reveal(node("#report-mark-sent"));
        clickOn("#report-mark-sent");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#report-send-number").tryQuery().isPresent());
        clickOn("#report-send-number").write("15");
        clickOn("#report-send-date").write("05/04/2026");
        clickOn(lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> report().sent());
        Report sent = report();
        assertEquals("15", sent.number());
        assertEquals(java.time.LocalDate.of(2026, 4, 5), sent.date());
        assertTrue(node("#report-sent-note").isVisible());
        assertTrue(!lookup("#report-summary").queryAs(TextInputControl.class).isEditable());

        // printed as PDF and Word
        clickOn("#report-pdf");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.context().background().idleProperty().get()
                && Files.exists(dir.resolve("out/bao-cao-2026-Q1.pdf")));
        clickOn("#report-word");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.context().background().idleProperty().get()
                && Files.exists(dir.resolve("out/bao-cao-2026-Q1.docx")));
        String pdf = pdfText(dir.resolve("out/bao-cao-2026-Q1.pdf"));
        String docx = docxText(dir.resolve("out/bao-cao-2026-Q1.docx"));
        for (String text : List.of(pdf, docx)) {
            String flat = text.replaceAll("\\s+", " ");
            assertTrue(flat.contains(PARAGRAPH) && flat.contains(LINE.substring(2)), flat);
        }

        // progress changed afterwards leaves the sent report as sent
        interact(() -> services.tracking().record(window.context().editor(), new ProgressEntry(tasks.get(1).id(),
                Q1, ProgressStatus.DONE, "Đã hoàn thành sau khi gửi báo cáo", null, "", "", "", "", List.of())));
        assertEquals(sent, report());

        quit();
        start();
        assertEquals(sent, report(), "the report is found sent with its edits after a restart");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#reports-table").tryQuery().isPresent()
                && window.context().background().idleProperty().get());
        assertTrue(lookup(".table-cell").match((Node n) -> n instanceof javafx.scene.control.Labeled l
                && Messages.get("report.state.SENT").equals(l.getText())).tryQuery().isPresent());
    }
}
