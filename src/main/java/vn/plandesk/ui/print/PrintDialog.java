package vn.plandesk.ui.print;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanDocument;
import vn.plandesk.service.Messages;
import vn.plandesk.service.PdfExportService;
import vn.plandesk.service.PrintPreview;
import vn.plandesk.ui.BackgroundWork;
import vn.plandesk.ui.ScreenFit;

/**
 * "In / Xuất PDF": the officer ticks the documents to print (the plan, the task appendix, the indicators), chooses one
 * PDF or one file each, looks at the pages, saves, and has the PDF opened in the system viewer to print. Rendering and
 * saving run on the window's worker with a progress bar; their failures are logged and told in the dialog's own
 * status line.
 */
public final class PrintDialog {
    /** Opens a saved file (the PDF to print, an exported workbook) or a folder in the system's program for it. */
    public interface Viewer {
        void open(Path file);
    }

    private static final float PREVIEW_DPI = 72;

    private final PdfExportService pdf;
    private final long planId;
    private final FileTarget target;
    private final Viewer viewer;
    private final BackgroundWork work;
    private final Map<PlanDocument, CheckBox> documents = new EnumMap<>(PlanDocument.class);
    private final RadioButton oneFile = new RadioButton(Messages.get("print.oneFile"));
    private final RadioButton fileEach = new RadioButton(Messages.get("print.fileEach"));
    private final CheckBox openAfter = new CheckBox(Messages.get("print.openAfter"));
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button previewButton = new Button(Messages.get("print.preview"));
    private final Button saveButton = new Button(Messages.get("print.save"));
    private final StackPane previewArea = new StackPane();
    private Stage stage;
    private PrintPreview preview;

    /** @param work the window's worker, which renders and saves in order with the window's other jobs */
    public PrintDialog(PdfExportService pdf, long planId, FileTarget target, Viewer viewer, BackgroundWork work) {
        this.pdf = pdf;
        this.planId = planId;
        this.target = target;
        this.viewer = viewer;
        this.work = work;
    }

    /** The system's viewer for saved files. */
    public static Viewer viewer() {
        return new SystemViewer();
    }

    public Stage show(Window owner) {
        Plan plan = pdf.plan(planId);
        List<PlanDocument> available = PdfExportService.available(plan);

        Label heading = new Label(Messages.get("print.documents"));
        heading.getStyleClass().add("heading");
        VBox choices = new VBox(6, heading);
        for (PlanDocument d : PlanDocument.values()) {
            CheckBox box = new CheckBox(Messages.get("pdf.document." + d.name()));
            box.setId("print-" + d.name().toLowerCase());
            box.setDisable(!available.contains(d));
            box.setSelected(available.contains(d));
            box.selectedProperty().addListener((o, was, is) -> choicesChanged());
            documents.put(d, box);
            choices.getChildren().add(box);
        }
        ToggleGroup how = new ToggleGroup();
        oneFile.setToggleGroup(how);
        fileEach.setToggleGroup(how);
        oneFile.setId("print-one-file");
        fileEach.setId("print-file-each");
        oneFile.setSelected(true);
        oneFile.setWrapText(true);
        fileEach.setWrapText(true);
        openAfter.setId("print-open-after");
        openAfter.setSelected(true);
        Label howHeading = new Label(Messages.get("print.how"));
        howHeading.getStyleClass().add("heading");
        choices.getChildren().addAll(howHeading, oneFile, fileEach, openAfter);

        previewButton.setId("print-preview");
        saveButton.setId("print-save");
        saveButton.setDefaultButton(true);
        Button close = new Button(Messages.get("print.close"));
        close.setCancelButton(true);
        previewButton.setOnAction(e -> preview());
        saveButton.setOnAction(e -> save());
        close.setOnAction(e -> stage.close());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        status.setId("print-status");
        status.setWrapText(true);
        HBox buttons = new HBox(8, previewButton, saveButton, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(12, new Label(planLabel(plan)), choices, buttons, progress, status);
        left.setPadding(new Insets(12));
        left.setPrefWidth(320);
        ((Label) left.getChildren().get(0)).setWrapText(true);

        Label hint = new Label(Messages.get("print.previewHint"));
        hint.setWrapText(true);
        previewArea.getChildren().setAll(hint);
        previewArea.setPadding(new Insets(8));
        previewArea.setMinWidth(420);
        HBox.setHgrow(previewArea, Priority.ALWAYS);

        BorderPane root = new BorderPane();
        root.setLeft(left);
        root.setCenter(previewArea);
        stage = new Stage();
        stage.initOwner(owner);
        if (owner != null) {
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(Messages.get("print.title"));
        stage.setScene(ScreenFit.scene(root, 1000, 720));
        stage.setOnHidden(e -> dispose());
        choicesChanged();
        stage.show();
        return stage;
    }

    private static String planLabel(Plan plan) {
        String ref = plan.ref().numberAndSymbol();
        return plan.documentType() + (ref.isEmpty() ? "" : " " + ref) + "\n" + plan.summary();
    }

    private List<PlanDocument> chosen() {
        List<PlanDocument> out = new ArrayList<>();
        documents.forEach((d, box) -> {
            if (box.isSelected() && !box.isDisabled()) {
                out.add(d);
            }
        });
        return out;
    }

    private void choicesChanged() {
        boolean any = !chosen().isEmpty();
        previewButton.setDisable(!any);
        saveButton.setDisable(!any);
        status.setText(any ? "" : Messages.get("pdf.nothingChosen"));
    }

    private void preview() {
        List<PlanDocument> docs = chosen();
        Task<PrintPreview> task = new Task<>() {
            @Override
            protected PrintPreview call() {
                updateProgress(-1, 1);
                return new PrintPreview(pdf.render(planId, docs));
            }
        };
        run(task, Messages.get("print.rendering"), () -> showPreview(task.getValue()));
    }

    private void showPreview(PrintPreview pages) {
        closePreview();
        preview = pages;
        Pagination pagination = new Pagination(pages.pageCount(), 0);
        pagination.setId("print-pages");
        pagination.setPageFactory(this::page);
        previewArea.getChildren().setAll(pagination);
        status.setText(Messages.get("print.pages", pages.pageCount()));
    }

    /** One page of the preview, drawn in the background. */
    private Node page(int index) {
        PrintPreview pages = preview;
        ImageView view = new ImageView();
        view.setPreserveRatio(true);
        ScrollPane scroll = new ScrollPane(new StackPane(view));
        scroll.setFitToWidth(true);
        // the whole width of the page in view, however wide the dialog is made
        scroll.viewportBoundsProperty().addListener((o, old, b) -> view.setFitWidth(Math.max(100, b.getWidth() - 4)));
        Task<BufferedImage> draw = new Task<>() {
            @Override
            protected BufferedImage call() {
                return pages.page(index, PREVIEW_DPI * 1.25f);
            }
        };
        draw.setOnSucceeded(e -> view.setImage(SwingFXUtils.toFXImage(draw.getValue(), null)));
        work.run(draw, this::failed);
        return scroll;
    }

    private void save() {
        List<PlanDocument> docs = chosen();
        boolean separate = fileEach.isSelected();
        Optional<Path> where = separate ? target.folder(stage)
                : target.file(stage, pdf.suggestedBaseName(planId) + ".pdf");
        if (where.isEmpty()) {
            return;
        }
        boolean open = openAfter.isSelected();
        String base = pdf.suggestedBaseName(planId);
        Task<String> task = new Task<>() {
            @Override
            protected String call() {
                List<Path> files = separate
                        ? pdf.exportSeparately(planId, docs, where.get(), base, p -> updateProgress(p, 1))
                        : List.of(pdf.exportCombined(planId, docs, where.get(), p -> updateProgress(p, 1)));
                String saved = Messages.get("print.saved", String.join("\n", files.stream().map(Path::toString).toList()));
                if (open) {
                    try {
                        files.forEach(viewer::open);
                    } catch (PlanDeskException e) {
                        return saved + "\n" + Messages.of(e);
                    }
                }
                return saved;
            }
        };
        run(task, Messages.get("print.saving"), () -> status.setText(task.getValue()));
    }

    /** Runs the work in the background with the progress bar shown and the buttons off; failures are told in words. */
    private void run(Task<?> task, String working, Runnable done) {
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        status.setText(working);
        previewButton.setDisable(true);
        saveButton.setDisable(true);
        task.setOnSucceeded(e -> {
            finished();
            done.run();
        });
        work.run(task, t -> {
            finished();
            failed(t);
        });
    }

    /** A failure in one sentence in the dialog's status line (the worker has logged it). */
    private void failed(Throwable t) {
        status.setText(t instanceof PlanDeskException p ? Messages.of(p)
                : Messages.get("print.failed", String.valueOf(t.getMessage())));
    }

    private void finished() {
        progress.progressProperty().unbind();
        progress.setVisible(false);
        choicesChanged();
    }

    private void closePreview() {
        if (preview != null) {
            PrintPreview old = preview;
            preview = null;
            work.run(old::close);
        }
    }

    private void dispose() {
        closePreview();
    }
}
