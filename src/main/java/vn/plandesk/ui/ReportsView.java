package vn.plandesk.ui;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.plandesk.model.ReportPeriod;
import vn.plandesk.service.Messages;
import vn.plandesk.service.report.ReportService;
import vn.plandesk.ui.print.FileTarget;

/**
 * "Báo cáo định kỳ": the reports the open plan's calendar asks for in the year chosen at the top, with their due date,
 * recipient and state, and below them the editor of the report chosen. The controls only; {@link ReportsViewModel}
 * holds the state and calls the report service.
 */
public final class ReportsView extends VBox {
    private final ReportsViewModel model;
    private final TableView<ReportsViewModel.Row> table = new TableView<>();

    ReportsView(WindowContext context, ReportService reports, FileTarget files,
                ReportWriter export, Supplier<LocalDate> today) {
        this.model = new ReportsViewModel(context, reports, export, today);
        setId("reports-page");
        getStyleClass().add("reports-view");

        ComboBox<Integer> year = new ListOnOpenComboBox<>(model.years());
        year.setId("reports-year");
        year.valueProperty().bindBidirectional(model.year());
        year.setMinWidth(Region.USE_PREF_SIZE);
        Label yearLabel = new Label(Messages.get("reports.year"));
        yearLabel.setLabelFor(year);
        yearLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(Messages.get("reports.title"));
        title.getStyleClass().add("group-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("reports-busy");
        busy.setMaxSize(18, 18);
        busy.visibleProperty().bind(model.loading());
        Button draft = new Button(Messages.get("reports.draft"));
        draft.setId("reports-draft");
        draft.setMinWidth(Region.USE_PREF_SIZE);
        Button open = new Button(Messages.get("reports.open"));
        open.setId("reports-open");
        open.setMinWidth(Region.USE_PREF_SIZE);
        var chosen = table.getSelectionModel().selectedItemProperty();
        draft.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> chosen.get() == null || chosen.get().report() != null || model.loading().get(),
                chosen, model.loading()));
        open.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> chosen.get() == null || chosen.get().report() == null, chosen));
        draft.setOnAction(e -> model.draft(chosen.get()));
        open.setOnAction(e -> model.open(chosen.get()));
        HBox yearBox = new HBox(8, title, yearLabel, year, busy);
        yearBox.setAlignment(Pos.CENTER_LEFT);
        ComboBox<ReportPeriod> period = new ListOnOpenComboBox<>(model.periods());
        period.setId("reports-period");
        period.valueProperty().bindBidirectional(model.period());
        period.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ReportPeriod p) {
                return p == null ? "" : p.printed();
            }

            @Override
            public ReportPeriod fromString(String s) {
                return null;
            }
        });
        period.setMinWidth(Region.USE_PREF_SIZE);
        Button draftPeriod = new Button(Messages.get("reports.draftPeriod"));
        draftPeriod.setId("reports-draft-period");
        draftPeriod.setMinWidth(Region.USE_PREF_SIZE);
        draftPeriod.disableProperty().bind(model.loading());
        draftPeriod.setOnAction(e -> model.draftChosenPeriod());
        HBox other = new HBox(8, period, draftPeriod);
        other.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(8, draft, open);
        buttons.setAlignment(Pos.CENTER_LEFT);
        // at 150 % text the buttons go on a second line instead of cutting their labels short
        FlowPane bar = new FlowPane(16, 6, yearBox, buttons, other);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("reports-bar");

        Label problem = new Label();
        problem.setId("reports-problem");
        problem.getStyleClass().add("tracking-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problem());
        problem.visibleProperty().bind(model.problem().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        buildTable(context);
        // the list keeps its heading and a few rows however large the text
        table.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> 7.5 * context.em(),
                context.textScaleProperty()));
        ReportEditorView editor = new ReportEditorView(model.editor(), files);
        // the bar stays whole above the split, however large the text; the list and the editor share the rest
        SplitPane split = new SplitPane(table, editor);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.28);
        VBox.setVgrow(split, Priority.ALWAYS);
        setSpacing(6);
        getChildren().addAll(bar, problem, split);
        // the row of the report being edited stays chosen while the list is read again
        model.rows().addListener((javafx.collections.ListChangeListener<ReportsViewModel.Row>) c ->
                model.openRow().ifPresent(s -> table.getSelectionModel().select(s)));
    }

    /**
     * Adds the page to the window, listed under the open plan in the navigator, with its place in the View menu, and
     * the status bar's warning of the next report due.
     */
    public static void install(MainWindow window, ReportService reports, FileTarget files, ReportWriter export) {
        WindowContext context = window.context();
        window.addPage(Page.REPORTS, () -> new ReportsView(context, reports, files, export, LocalDate::now));
        MenuItem show = new MenuItem(Messages.get("menu.view.reports"));
        show.setId("menu-view-reports");
        show.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+B"));
        show.setOnAction(e -> context.pageProperty().set(Page.REPORTS));
        window.menus().add(AppMenus.Slot.VIEW, show);
        DueReportWarning.follow(context, reports, LocalDate::now);
    }

    private void buildTable(WindowContext context) {
        table.setId("reports-table");
        table.setItems(model.rows());
        table.setPlaceholder(new Label(Messages.get("reports.none")));
        // kind, period, due date and state are read whole ("6 tháng đầu năm 2026", "Chưa lập – quá hạn 12 ngày" at
        // 150 % text); the recipient takes the room left, its whole name in a tooltip when it is cut; a window too
        // narrow for them scrolls the list sideways
        ColumnFit<ReportsViewModel.Row> fit = new ColumnFit<>(context, table);
        fit.whole(column("reports-kind", "reports.column.kind", ReportsViewModel.Row::kind),
                Messages.get("reports.column.kind"), 6, 10, ReportsViewModel.Row::kind);
        fit.whole(column("reports-period", "reports.column.period", ReportsViewModel.Row::period),
                Messages.get("reports.column.period"), 6, 12, ReportsViewModel.Row::period);
        fit.whole(column("reports-due", "reports.column.due", ReportsViewModel.Row::dueDate),
                Messages.get("reports.column.due"), 5, 7, ReportsViewModel.Row::dueDate);
        fit.whole(column("reports-state", "reports.column.state", ReportsViewModel.Row::state),
                Messages.get("reports.column.state"), 6, 12, ReportsViewModel.Row::state);
        TableColumn<ReportsViewModel.Row, String> recipient = column("reports-recipient", "reports.column.recipient",
                s -> s.due().recipient());
        fit.wrapping(recipient, Messages.get("reports.column.recipient"), 10, 16).flexible(recipient).fit();
        table.setRowFactory(t -> {
            TableRow<ReportsViewModel.Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null
                        && row.getItem().report() != null) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        // choosing a drafted report opens it at once; one not drafted waits for "Lập báo cáo"
        table.getSelectionModel().selectedItemProperty().addListener((o, old, s) -> {
            if (s != null && s.report() != null && model.openRow().filter(s::equals).isEmpty()) {
                model.open(s);
            }
        });
    }

    /** A column of the list; a text cut short at its end is read whole in the cell's tooltip. */
    private TableColumn<ReportsViewModel.Row, String> column(String id, String key,
                                                    Function<ReportsViewModel.Row, String> text) {
        TableColumn<ReportsViewModel.Row, String> c = new TableColumn<>();
        ColumnHeaderLabel.on(c, Messages.get(key));
        c.setId(id);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        c.setSortable(false);
        table.getColumns().add(c);
        return c;
    }
}
