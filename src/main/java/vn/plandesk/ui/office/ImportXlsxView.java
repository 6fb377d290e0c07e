package vn.plandesk.ui.office;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
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
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.table.AppendixField;
import vn.plandesk.model.table.ColumnMapping;
import vn.plandesk.model.table.ImportWarning;
import vn.plandesk.model.table.SheetMapping;
import vn.plandesk.service.Messages;
import vn.plandesk.service.PlanService;
import vn.plandesk.service.office.ImportPreview;
import vn.plandesk.service.office.ImportXlsxService;
import vn.plandesk.service.derive.PlanChange;
import vn.plandesk.service.derive.PlanComparison;
import vn.plandesk.ui.print.FileTarget;

/**
 * "Nhập từ Excel": choose a file → (when PlanDesk is unsure) say what each column holds → preview with the rows to
 * check → import as a new plan, or into a stored plan accepting changes one by one. The file is read off the FX thread;
 * nothing is written before the officer confirms.
 */
public final class ImportXlsxView {
    /** Writes the accepted changes into a stored plan. */
    @FunctionalInterface
    public interface IntoPlan {
        void apply(long planId, PlanComparison comparison, Set<PlanChange> accepted);
    }

    private final ImportXlsxService imports;
    private final PlanService plans;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private byte[] file;
    private String fileName;
    private ImportPreview preview;
    private FileTarget files = FileTarget.platform();
    private LongConsumer onNewPlan = id -> { };
    private IntoPlan intoPlan;
    private java.util.function.Consumer<String> onFinished = message -> { };

    public ImportXlsxView(ImportXlsxService imports, PlanService plans) {
        this.imports = imports;
        this.plans = plans;
        this.intoPlan = imports::commitInto;
        root.setPadding(new Insets(12));
        root.setPrefSize(1000, 640);
        progress.setVisible(false);
        progress.setPrefSize(28, 28);
        status.setId("import-status");
        status.setWrapText(true);
        Button choose = new Button(Messages.get("office.import.choose"));
        choose.setId("import-choose");
        choose.setOnAction(e -> choose(choose.getScene().getWindow()));
        root.setTop(new HBox(10, choose, progress, status));
    }

    public Parent root() {
        return root;
    }

    /** Where "Chọn tệp…" asks for the file (Excel, Word or PDF, told by content): the platform's dialog unless told otherwise. */
    public void setFiles(FileTarget files) {
        this.files = files;
    }

    /** Called with the new plan's id after an import as a new plan. */
    public void setOnNewPlan(LongConsumer action) {
        onNewPlan = action;
    }

    /**
     * How accepted changes are written into a stored plan: straight to the store unless told otherwise (the window
     * routes them through the plan's editor, so that they show at once and can be undone).
     */
    public void setIntoPlan(IntoPlan intoPlan) {
        this.intoPlan = intoPlan;
    }

    /** Called with the closing sentence once the import is written (or found nothing to change). */
    public void setOnFinished(java.util.function.Consumer<String> action) {
        onFinished = action;
    }

    /** Lets the officer choose the file to read. */
    public void choose(Window owner) {
        files.open(owner, "docx", "pdf", "xlsx", "xls").ifPresent(this::open);
    }

    /** Reads the file off the FX thread and shows the mapping step or the preview. */
    public void open(Path path) {
        fileName = path.getFileName().toString();
        run(() -> {
            file = Files.readAllBytes(path);
            return imports.preview(file, fileName);
        });
    }

    private void remap(List<SheetMapping> mappings) {
        run(() -> imports.preview(file, fileName, mappings));
    }

    @FunctionalInterface
    private interface Work {
        ImportPreview call() throws Exception;
    }

    private void run(Work work) {
        status.setText(Messages.get("office.import.reading", fileName));
        progress.setVisible(true);
        root.setCenter(null);
        root.setBottom(null);
        Task<ImportPreview> task = new Task<>() {
            @Override
            protected ImportPreview call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            progress.setVisible(false);
            preview = task.getValue();
            if (preview.needsMapping()) {
                showMapping();
            } else {
                showPreview();
            }
        });
        task.setOnFailed(e -> {
            progress.setVisible(false);
            Throwable t = task.getException();
            status.setText(t instanceof PlanDeskException p ? Messages.of(p)
                    : Messages.get("cli.unexpected", t.getClass().getSimpleName()));
        });
        Thread thread = new Thread(task, "import-xlsx");
        thread.setDaemon(true);
        thread.start();
    }

    // ---- mapping step ------------------------------------------------------------------------------------------

    /** A row of the mapping table: a sheet's column and the field the officer gives it. */
    private record Choice(SheetMapping sheet, ColumnMapping column, javafx.beans.property.ObjectProperty<AppendixField> field) {
    }

    private void showMapping() {
        status.setText(Messages.get("office.import.mapping"));
        TableView<Choice> table = new TableView<>();
        table.setId("import-mapping");
        table.setPlaceholder(vn.plandesk.ui.FxLocalization.emptyPlaceholder());
        table.setEditable(true);
        List<Choice> rows = new ArrayList<>();
        for (SheetMapping m : preview.mappings()) {
            for (ColumnMapping c : m.columns()) {
                rows.add(new Choice(m, c, new javafx.beans.property.SimpleObjectProperty<>(c.field())));
            }
        }
        table.setItems(FXCollections.observableArrayList(rows));
        TableColumn<Choice, String> col = new TableColumn<>(Messages.get("office.import.mapping.column"));
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sheet().sheet() + " · " + c.getValue().column().letter()));
        TableColumn<Choice, String> header = new TableColumn<>(Messages.get("office.import.mapping.header"));
        header.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().column().header()));
        header.setPrefWidth(420);
        TableColumn<Choice, AppendixField> field = new TableColumn<>(Messages.get("office.import.mapping.field"));
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
        next.setOnAction(e -> {
            List<SheetMapping> fixed = new ArrayList<>();
            for (SheetMapping m : preview.mappings()) {
                SheetMapping s = m;
                for (Choice c : rows) {
                    if (c.sheet() == m) {
                        s = s.assign(c.column().column(), c.field().get(),
                                c.field().get() == AppendixField.YEAR ? c.column().year() : null);
                    }
                }
                fixed.add(s);
            }
            remap(fixed);
        });
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
        status.setText(Messages.get("office.import.preview", String.valueOf(preview.plan().groups().size()),
                String.valueOf(preview.plan().taskCount()), String.valueOf(preview.plan().indicators().size()),
                String.valueOf(preview.warnings().size())));
        ListView<String> warnings = new ListView<>();
        warnings.setId("import-warnings");
        warnings.setPlaceholder(vn.plandesk.ui.FxLocalization.emptyPlaceholder());
        for (ImportWarning w : preview.warnings()) {
            warnings.getItems().add(Messages.get(w.key(), w.messageArgs()));
        }
        TableView<Object> tasks = PreviewTable.of(preview.plan());
        VBox center = new VBox(8, tasks, new Label(Messages.get("office.import.warnings")), warnings);
        javafx.scene.layout.VBox.setVgrow(tasks, javafx.scene.layout.Priority.ALWAYS);
        warnings.setPrefHeight(140);
        root.setCenter(center);

        ComboBox<PlanSummary> target = new ComboBox<>();
        target.setId("import-target");
        target.getItems().add(null);
        target.getItems().addAll(plans.list());
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
        target.setMaxWidth(460);
        Button confirm = new Button(Messages.get("office.import.confirm"));
        confirm.setId("import-confirm");
        confirm.setDefaultButton(true);
        confirm.setDisable(!preview.importable());
        confirm.setOnAction(e -> {
            PlanSummary into = target.getValue();
            if (into == null) {
                try {
                    long id = imports.commitNew(preview);
                    done(Messages.get("office.import.done", String.valueOf(id)));
                    onNewPlan.accept(id);
                } catch (PlanDeskException x) {
                    status.setText(Messages.of(x));
                }
            } else {
                showComparison(into.id());
            }
        });
        root.setBottom(bar(new Label(Messages.get("office.import.target")), target, confirm));
    }

    // ---- into a stored plan ------------------------------------------------------------------------------------

    private record Row(PlanChange change, SimpleBooleanProperty accepted) {
    }

    private void showComparison(long planId) {
        PlanComparison comparison = imports.compare(preview, planId);
        if (comparison.changes().isEmpty()) {
            done(Messages.get("office.import.noChanges"));
            return;
        }
        status.setText(Messages.get("office.import.changes"));
        TableView<Row> table = new TableView<>();
        table.setId("import-changes");
        table.setPlaceholder(vn.plandesk.ui.FxLocalization.emptyPlaceholder());
        table.setEditable(true);
        List<Row> rows = comparison.changes().stream().map(c -> new Row(c, new SimpleBooleanProperty(true))).toList();
        table.setItems(FXCollections.observableArrayList(rows));
        TableColumn<Row, Boolean> accept = new TableColumn<>(Messages.get("office.change.accept"));
        accept.setCellValueFactory(c -> c.getValue().accepted());
        accept.setCellFactory(CheckBoxTableCell.forTableColumn(accept));
        accept.setEditable(true);
        TableColumn<Row, String> kind = new TableColumn<>(Messages.get("office.change.kind"));
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(Messages.get("office.change." + c.getValue().change().kind())));
        TableColumn<Row, String> where = new TableColumn<>(Messages.get("office.change.where"));
        where.setCellValueFactory(c -> {
            PlanChange ch = c.getValue().change();
            String place = ch.isIndicator() ? Messages.get("office.change.indicator")
                    : Messages.get("office.change.group", vn.plandesk.model.RomanNumeral.format(ch.group()));
            return new ReadOnlyStringWrapper(place + " · " + ch.number());
        });
        TableColumn<Row, String> name = new TableColumn<>(Messages.get("office.change.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().change().name()));
        name.setPrefWidth(600);
        table.getColumns().add(accept);
        table.getColumns().add(kind);
        table.getColumns().add(where);
        table.getColumns().add(name);
        Button apply = new Button(Messages.get("office.import.confirm"));
        apply.setId("import-apply");
        apply.setOnAction(e -> {
            Set<PlanChange> accepted = new HashSet<>();
            rows.stream().filter(r -> r.accepted().get()).forEach(r -> accepted.add(r.change()));
            try {
                intoPlan.apply(planId, comparison, accepted);
                done(Messages.get("office.import.applied", String.valueOf(accepted.size())));
            } catch (PlanDeskException x) {
                status.setText(Messages.of(x));
            }
        });
        root.setCenter(table);
        root.setBottom(bar(apply));
    }

    private void done(String message) {
        status.setText(message);
        root.setCenter(null);
        root.setBottom(null);
        onFinished.accept(message);
    }

    private static HBox bar(Node... nodes) {
        HBox bar = new HBox(10, nodes);
        bar.setPadding(new Insets(10, 0, 0, 0));
        bar.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        return bar;
    }
}
