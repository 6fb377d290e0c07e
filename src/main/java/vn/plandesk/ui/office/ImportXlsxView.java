package vn.plandesk.ui.office;

import java.nio.file.Path;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.table.AppendixField;
import vn.plandesk.service.Messages;
import vn.plandesk.service.PlanService;
import vn.plandesk.service.office.ImportXlsxService;
import vn.plandesk.ui.BackgroundWork;
import vn.plandesk.ui.ListOnOpenComboBox;
import vn.plandesk.ui.print.FileTarget;

/**
 * "Nhập từ Excel": choose a file → (when PlanDesk is unsure) say what each column holds → preview with the rows to
 * check → import as a new plan, or into a stored plan accepting changes one by one. The controls bind to an
 * {@link ImportXlsxViewModel}, which reads the file on the window's worker and writes nothing before the officer
 * confirms.
 */
public final class ImportXlsxView {
    private final ImportXlsxViewModel model;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private FileTarget files = FileTarget.platform();

    /** @param work the window's worker, which reads the file */
    public ImportXlsxView(ImportXlsxService imports, PlanService plans, BackgroundWork work) {
        this.model = new ImportXlsxViewModel(imports, plans, work);
        root.setPadding(new Insets(12));
        root.setPrefSize(1000, 640);
        progress.visibleProperty().bind(model.busyProperty());
        progress.setPrefSize(28, 28);
        status.setId("import-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Button choose = new Button(Messages.get("office.import.choose"));
        choose.setId("import-choose");
        choose.setOnAction(e -> choose(choose.getScene().getWindow()));
        // a long refusal wraps beside the button instead of cutting the button's text
        choose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(status, javafx.scene.layout.Priority.ALWAYS);
        root.setTop(new HBox(10, choose, progress, status));
        model.stepProperty().addListener((o, old, step) -> show(step));
    }

    public Parent root() {
        return root;
    }

    public ImportXlsxViewModel model() {
        return model;
    }

    /** Where "Chọn tệp…" asks for the file (Excel, Word or PDF, told by content): the platform's dialog unless told otherwise. */
    public void setFiles(FileTarget files) {
        this.files = files;
    }

    /** Called with the new plan's id after an import as a new plan. */
    public void setOnNewPlan(LongConsumer action) {
        model.setOnNewPlan(action);
    }

    /**
     * How accepted changes are written into a stored plan: straight to the store unless told otherwise (the window
     * routes them through the plan's editor, so that they show at once and can be undone).
     */
    public void setIntoPlan(ImportXlsxViewModel.IntoPlan intoPlan) {
        model.setIntoPlan(intoPlan);
    }

    /** Called with the closing sentence once the import is written (or found nothing to change). */
    public void setOnFinished(java.util.function.Consumer<String> action) {
        model.setOnFinished(action);
    }

    /** Lets the officer choose the file to read. */
    public void choose(Window owner) {
        files.open(owner, "docx", "pdf", "xlsx", "xls").ifPresent(this::open);
    }

    /** Reads the file off the FX thread and shows the mapping step or the preview. */
    public void open(Path path) {
        model.open(path);
    }

    private void show(ImportXlsxViewModel.Step step) {
        switch (step) {
            case MAPPING -> showMapping();
            case PREVIEW -> showPreview();
            case CHANGES -> showChanges();
            case NONE, DONE -> {
                root.setCenter(null);
                root.setBottom(null);
            }
        }
    }

    // ---- mapping step ------------------------------------------------------------------------------------------

    private void showMapping() {
        TableView<ImportXlsxViewModel.MappingRow> table = new TableView<>();
        table.setId("import-mapping");
        table.setPlaceholder(vn.plandesk.ui.FxLocalization.emptyPlaceholder());
        table.setEditable(true);
        table.setItems(model.mapping());
        TableColumn<ImportXlsxViewModel.MappingRow, String> col = new TableColumn<>(Messages.get("office.import.mapping.column"));
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().place()));
        TableColumn<ImportXlsxViewModel.MappingRow, String> header = new TableColumn<>(Messages.get("office.import.mapping.header"));
        header.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().column().header()));
        header.setPrefWidth(420);
        TableColumn<ImportXlsxViewModel.MappingRow, AppendixField> field = new TableColumn<>(Messages.get("office.import.mapping.field"));
        field.setCellValueFactory(c -> c.getValue().field());
        field.setCellFactory(ComboBoxTableCell.forTableColumn(fieldNames(), AppendixField.values()));
        field.setEditable(true);
        field.setPrefWidth(260);
        table.getColumns().add(col);
        table.getColumns().add(header);
        table.getColumns().add(field);
        Button next = new Button(Messages.get("office.import.continue"));
        next.setId("import-continue");
        next.setDefaultButton(true);
        next.setOnAction(e -> model.continueWithMapping());
        root.setCenter(table);
        root.setBottom(bar(next));
    }

    private static StringConverter<AppendixField> fieldNames() {
        return new StringConverter<>() {
            @Override
            public String toString(AppendixField f) {
                return f == null ? "" : Messages.get("field." + f.name());
            }

            @Override
            public AppendixField fromString(String s) {
                return null;
            }
        };
    }

    // ---- preview -----------------------------------------------------------------------------------------------

    private void showPreview() {
        ListView<String> warnings = new ListView<>(model.warnings());
        warnings.setId("import-warnings");
        warnings.setPlaceholder(vn.plandesk.ui.FxLocalization.emptyPlaceholder());
        TableView<Object> tasks = PreviewTable.of(model.previewProperty().get().plan());
        VBox center = new VBox(8, tasks, new Label(Messages.get("office.import.warnings")), warnings);
        javafx.scene.layout.VBox.setVgrow(tasks, javafx.scene.layout.Priority.ALWAYS);
        warnings.setPrefHeight(140);
        root.setCenter(center);

        ComboBox<PlanSummary> target = new ListOnOpenComboBox<>(model.targets());
        target.setId("import-target");
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlanSummary p) {
                return p == null ? Messages.get("office.import.target.new")
                        : p.ref().numberAndSymbol() + " " + p.title();
            }

            @Override
            public PlanSummary fromString(String s) {
                return null;
            }
        });
        // plan titles run long: the list stays as wide as the page allows, each title cut with its whole text on hover
        target.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

            {
                setPrefWidth(640);
                tip.setWrapText(true);
                tip.setMaxWidth(640);
            }

            @Override
            protected void updateItem(PlanSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : target.getConverter().toString(item));
                tip.setText(getText());
                setTooltip(empty ? null : tip);
            }
        });
        target.getSelectionModel().selectFirst();
        target.valueProperty().bindBidirectional(model.targetProperty());
        target.setMaxWidth(460);
        Button confirm = new Button(Messages.get("office.import.confirm"));
        confirm.setId("import-confirm");
        confirm.setDefaultButton(true);
        confirm.disableProperty().bind(model.importableProperty().not());
        confirm.setOnAction(e -> model.confirm());
        root.setBottom(bar(new Label(Messages.get("office.import.target")), target, confirm));
    }

    // ---- into a stored plan ------------------------------------------------------------------------------------

    private void showChanges() {
        TableView<ImportXlsxViewModel.ChangeRow> table = new TableView<>(model.changes());
        table.setId("import-changes");
        table.setPlaceholder(vn.plandesk.ui.FxLocalization.emptyPlaceholder());
        table.setEditable(true);
        TableColumn<ImportXlsxViewModel.ChangeRow, Boolean> accept = new TableColumn<>(Messages.get("office.change.accept"));
        accept.setCellValueFactory(c -> c.getValue().accepted());
        accept.setCellFactory(CheckBoxTableCell.forTableColumn(accept));
        accept.setEditable(true);
        TableColumn<ImportXlsxViewModel.ChangeRow, String> kind = new TableColumn<>(Messages.get("office.change.kind"));
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().kindText()));
        TableColumn<ImportXlsxViewModel.ChangeRow, String> where = new TableColumn<>(Messages.get("office.change.where"));
        where.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().where()));
        TableColumn<ImportXlsxViewModel.ChangeRow, String> name = new TableColumn<>(Messages.get("office.change.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().change().name()));
        name.setPrefWidth(600);
        table.getColumns().add(accept);
        table.getColumns().add(kind);
        table.getColumns().add(where);
        table.getColumns().add(name);
        Button apply = new Button(Messages.get("office.import.confirm"));
        apply.setId("import-apply");
        apply.setOnAction(e -> model.apply());
        root.setCenter(table);
        root.setBottom(bar(apply));
    }

    private static HBox bar(Node... nodes) {
        HBox bar = new HBox(10, nodes);
        bar.setPadding(new Insets(10, 0, 0, 0));
        bar.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        return bar;
    }
}
