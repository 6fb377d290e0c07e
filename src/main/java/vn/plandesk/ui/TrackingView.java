package vn.plandesk.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.plandesk.model.RomanNumeral;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.Messages;
import vn.plandesk.service.register.DocumentRegister;
import vn.plandesk.service.tracking.StatusCounts;
import vn.plandesk.service.tracking.TaskStatus;
import vn.plandesk.service.tracking.TrackingService;
import vn.plandesk.ui.TrackingViewModel.Bar;
import vn.plandesk.ui.TrackingViewModel.Field;
import vn.plandesk.ui.TrackingViewModel.Row;

/**
 * "Theo dõi thực hiện": the open plan's tasks with their status, result and evidence in the period chosen at the top,
 * edited in place, and the period's summary drawn as charts. The controls only; {@link TrackingViewModel} holds the
 * state and records the changes.
 */
public final class TrackingView extends VBox {
    private static final PseudoClass HEADING = PseudoClass.getPseudoClass("heading");
    private static final PseudoClass LATE = PseudoClass.getPseudoClass("late");

    private final TrackingViewModel model;
    private final TableView<Row> table = new TableView<>();
    /** The task of the row chosen, kept while the rows are given anew. */
    private Long selected;
    private TableColumn<Row, String> resultColumn;
    /** The status cells the table made, for F4 to open the chosen row's list. */
    private final List<StatusCell> statusCells = new java.util.ArrayList<>();
    private final CategoryAxis groupAxis = new CategoryAxis();
    private final StackedBarChart<String, Number> groupChart = new StackedBarChart<>(groupAxis, new NumberAxis());
    private final CategoryAxis unitAxis = new CategoryAxis();
    private final StackedBarChart<Number, String> unitChart = new StackedBarChart<>(new NumberAxis(), unitAxis);

    TrackingView(WindowContext context, TrackingViewModel model) {
        this.model = model;
        setId("tracking-page");
        getStyleClass().add("tracking-view");

        ComboBox<Period> period = new ListOnOpenComboBox<>(model.periods());
        period.setId("tracking-period");
        period.setConverter(converter(TrackingViewModel::label));
        period.setVisibleRowCount(12);
        period.valueProperty().bindBidirectional(model.period());
        ComboBox<ProgressStatus> status = new ListOnOpenComboBox<>();
        status.setId("tracking-status-filter");
        status.getItems().add(null);
        status.getItems().addAll(ProgressStatus.values());
        status.setButtonCell(statusFilterCell());
        status.setCellFactory(l -> statusFilterCell());
        status.valueProperty().bindBidirectional(model.statusFilter());
        Label summary = new Label();
        summary.setId("tracking-summary");
        model.counts().addListener((o, old, c) -> summary.setText(summary(c)));
        model.rows().addListener((javafx.collections.ListChangeListener<Row>) c -> summary.setText(
                summary(model.counts().get())));
        summary.setText(summary(model.counts().get()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(18, 18);
        busy.visibleProperty().bind(model.loading());
        // at 150 % text the bar goes on a second line instead of cutting its labels and lists short
        HBox periodBox = new HBox(8, label("tracking.period", period), period);
        HBox statusBox = new HBox(8, label("tracking.statusFilter", status), status, busy);
        periodBox.setAlignment(Pos.CENTER_LEFT);
        statusBox.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.control.Control c : List.of(period, status)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        summary.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        FlowPane top = new FlowPane(16, 6, periodBox, statusBox, summary);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("tracking-bar");

        Label readOnly = new Label(Messages.get("tracking.readOnly"));
        readOnly.setId("tracking-read-only");
        readOnly.setWrapText(true);
        readOnly.visibleProperty().bind(model.editable().not());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        Label problem = new Label();
        problem.setId("tracking-problem");
        problem.getStyleClass().add("tracking-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problem());
        problem.visibleProperty().bind(model.problem().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        buildTable(context);
        Tab tasks = new Tab(Messages.get("tracking.tab.table"), table);
        tasks.setId("tracking-tab-table");
        Tab charts = new Tab(Messages.get("tracking.tab.charts"), charts());
        charts.setId("tracking-tab-charts");
        TabPane tabs = new TabPane(tasks, charts);
        tabs.setId("tracking-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(top, readOnly, problem, tabs);

        model.counts().addListener((o, old, c) -> drawCharts());
        drawCharts();
    }

    /**
     * Adds the page to the window, listed under the open plan in the navigator, with its place in the View menu.
     */
    public static void install(MainWindow window, TrackingService tracking, DocumentRegister register) {
        WindowContext context = window.context();
        // made with the window, not with the page: the overdue filter and the status bar read the statuses recorded
        // as soon as a plan is opened, before the page is first shown
        TrackingViewModel model = new TrackingViewModel(context, tracking, register);
        context.trackingProperty().set(model);
        window.addPage(Page.TRACKING, () -> new TrackingView(context, model));
        MenuItem show = new MenuItem(Messages.get("menu.view.tracking"));
        show.setId("menu-view-tracking");
        show.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+T"));
        show.setOnAction(e -> context.pageProperty().set(Page.TRACKING));
        window.menus().add(AppMenus.Slot.VIEW, show);
    }

    TrackingViewModel model() {
        return model;
    }

    TableView<Row> table() {
        return table;
    }

    private static Label label(String key, javafx.scene.Node field) {
        Label l = new Label(Messages.get(key));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setLabelFor(field);
        return l;
    }

    private String summary(StatusCounts c) {
        int shown = (int) model.rows().stream().filter(r -> !r.heading()).count();
        int all = c.total().values().stream().mapToInt(Integer::intValue).sum();
        return Messages.get("tracking.summary", shown, all,
                c.count(ProgressStatus.DONE) + c.count(ProgressStatus.DONE_LATE), c.late(),
                vn.plandesk.model.OfficialDate.screen(model.asOf()));
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static ListCell<ProgressStatus> statusFilterCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ProgressStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s == null ? Messages.get("tracking.allStatuses") : TrackingViewModel.label(s));
            }
        };
    }

    // ---- the table: the seven groups as rows of one table, each led by its heading

    private void buildTable(WindowContext context) {
        table.setId("tracking-table");
        table.setItems(model.rows());
        table.setEditable(true);
        table.setPlaceholder(FxLocalization.emptyPlaceholder());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Row r, boolean empty) {
                super.updateItem(r, empty);
                pseudoClassStateChanged(HEADING, !empty && r != null && r.heading());
                pseudoClassStateChanged(LATE, !empty && r != null && !r.heading() && r.task().late());
            }
        });
        // the row chosen here is the window's task, so Delete, Ctrl+M and the group pages act on the task in view
        table.getSelectionModel().selectedItemProperty().addListener((o, old, r) -> {
            if (r != null && !r.heading() && r.task().task().id() != null) {
                selected = r.task().task().id();
                context.selectedTaskProperty().set(selected);
            }
        });
        // each edit gives the rows anew: the same task stays chosen, a group's heading never is
        model.rows().addListener((javafx.collections.ListChangeListener<Row>) c -> keepSelection());
        // the whole quarter can be recorded from the keyboard: arrows go from task to task, F4 (or Alt+Down) opens the
        // task's status list, F2 writes its result
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            Row r = table.getSelectionModel().getSelectedItem();
            // an edit no field shows any more is ended by the cells themselves (CellTextEditor.reused)
            if (r == null || r.heading() || table.getEditingCell() != null || !model.editable().get()) {
                return;
            }
            boolean f4 = e.getCode() == javafx.scene.input.KeyCode.F4;
            if (f4 || e.getCode() == javafx.scene.input.KeyCode.DOWN && e.isAltDown()) {
                int at = table.getSelectionModel().getSelectedIndex();
                reveal(at);
                // the list's own F4 opens it when the key is released: it only needs the focus
                statusCells.stream().filter(cell -> cell.getIndex() == at && cell.getGraphic() != null
                        && cell.getTableRow() != null && cell.getTableRow().isVisible()).findFirst()
                        .ifPresent(cell -> cell.open(!f4));
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.F2) {
                // as for F4: the row's cells exist now, so its field takes the focus at once and the keys typed
                // right after F2 go into it, not into the table
                int at = table.getSelectionModel().getSelectedIndex();
                reveal(at);
                table.edit(at, resultColumn);
                e.consume();
            }
        });
        TableColumn<Row, String> number = textColumn("column.tracking.number", "number",
                r -> r.heading() ? RomanNumeral.format(r.group()) : r.task().task().number(), null, context);
        TableColumn<Row, String> name = textColumn("column.tracking.task", "task",
                r -> r.heading() ? r.title() : r.task().task().name(), null, context);
        TableColumn<Row, Row> status = new TableColumn<>();
        header(status, "column.tracking.status");
        status.setId("status");
        status.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        status.setCellFactory(c -> new StatusCell());
        status.setSortable(false);
        resultColumn = textColumn("column.tracking.result", "result", r -> Field.RESULT.of(r.task()), Field.RESULT,
                context);
        TableColumn<Row, String> unit = textColumn("column.tracking.unit", "unit", r -> Field.UNIT.of(r.task()),
                Field.UNIT, context);
        TableColumn<Row, String> shortcomings = textColumn("column.tracking.shortcomings", "shortcomings",
                r -> Field.SHORTCOMINGS.of(r.task()), Field.SHORTCOMINGS, context);
        TableColumn<Row, String> cause = textColumn("column.tracking.cause", "cause", r -> Field.CAUSE.of(r.task()),
                Field.CAUSE, context);
        TableColumn<Row, String> evidence = textColumn("column.tracking.evidence", "evidence",
                r -> Field.EVIDENCE.of(r.task()), Field.EVIDENCE, context);
        TableColumn<Row, Row> documents = documentsColumn(context);
        table.getColumns().addAll(List.of(number, name, status, resultColumn, unit, shortcomings, cause, evidence,
                documents));
        // every column keeps what it needs at any text size; at 150 % on a 1366 px screen the table scrolls
        // sideways rather than squeezing the task name beside the status list. The task name keeps a readable
        // width and wraps; the status list is wide enough for the usual statuses whole ("Chưa triển khai", "Hoàn
        // thành chậm"), the long "Chờ chỉ đạo, hướng dẫn của tỉnh" is read whole in its tooltip
        new ColumnFit<>(context, table)
                .wrapping(number, header(number), 3.5, 3.5)
                .wrapping(name, header(name), 16, 22)
                .wrapping(status, header(status), 14, 15)
                .wrapping(resultColumn, header(resultColumn), 8, 14)
                .wrapping(unit, header(unit), 6, 8)
                .wrapping(shortcomings, header(shortcomings), 6, 9)
                .wrapping(cause, header(cause), 6, 9)
                .wrapping(evidence, header(evidence), 6, 11)
                .button(documents, header(documents), 8, 12, Messages.get("tracking.documents.pick"))
                .flexible(name)
                .fit();
    }

    /** A column's title, as its header shows it. */
    private static String header(TableColumn<Row, ?> c) {
        return ((ColumnHeaderLabel) c.getGraphic()).getText();
    }

    /**
     * Lays the table out with the row at {@code at} wholly in view, so that its cells exist now: a row just reached with
     * an arrow key gets them only at the next layout, and one that the rows given anew after an edit moved out of view
     * (rows of wrapped text change height) has none at all; F4 and F2 would then find no list or field to open. A row
     * only partly shown at an edge is scrolled in by the part hidden (the table's own scrollTo puts the row at the top):
     * a later layout that moves the rows by a few pixels must not take its cells away while its field is open.
     */
    private void reveal(int at) {
        table.layout();
        if (table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
            flow.scrollTo(at);
        } else {
            table.scrollTo(at);
        }
        table.layout();
    }

    /** The documents of the register a task's entry cites, one a line, and the button that opens the picker. */
    private TableColumn<Row, Row> documentsColumn(WindowContext context) {
        TableColumn<Row, Row> c = new TableColumn<>();
        header(c, "column.tracking.documents");
        c.setId("documents");
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new DocumentsCell(context));
        c.setSortable(false);
        return c;
    }

    /** Opens the register picker for a task's entry; what is chosen there is recorded as one step of undo. */
    void pickDocuments(TaskStatus row, WindowContext context) {
        RegisterPickerViewModel picker = model.picker(row);
        if (picker == null) {
            return;
        }
        javafx.stage.Window owner = getScene() == null ? null : getScene().getWindow();
        String name = row.task().number() + ". " + row.task().name();
        new RegisterPicker(picker, name, owner, context.em(), ids -> model.setDocuments(row, ids)).show();
    }

    /** The cited documents as wrapped text above a small "Văn bản…" button, which a six-month view disables. */
    private final class DocumentsCell extends TaskCell {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();
        private final javafx.scene.control.Button pick = new javafx.scene.control.Button(
                Messages.get("tracking.documents.pick"));
        private final VBox box = new VBox(4, text, pick);

        DocumentsCell(WindowContext context) {
            // at the top of the row, like the texts beside it
            setAlignment(Pos.TOP_LEFT);
            text.getStyleClass().add("cell-text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(10));
            pick.getStyleClass().add("tracking-pick");
            pick.setFocusTraversable(false);
            pick.disableProperty().bind(model.editable().not());
            pick.setOnAction(e -> {
                Row r = getItem();
                if (r != null && !r.heading()) {
                    pickDocuments(r.task(), context);
                }
            });
        }

        @Override
        javafx.scene.Node show(TaskStatus t) {
            text.setText(model.citations(t));
            // no empty line above the button of a task that cites nothing yet
            text.setManaged(!text.getText().isEmpty());
            text.setVisible(text.isManaged());
            pick.setId("documents-" + t.task().id());
            return box;
        }
    }

    private void keepSelection() {
        List<Row> rows = model.rows();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (!r.heading() && r.task().task().id().equals(selected)) {
                if (table.getSelectionModel().getSelectedIndex() != i) {
                    table.getSelectionModel().clearAndSelect(i);
                }
                return;
            }
        }
        table.getSelectionModel().clearSelection();
    }

    private static void header(TableColumn<Row, ?> c, String key) {
        // long headers wrap in a narrow column instead of ending in "…", between words: a word is never broken
        // ("Nguyên nhân" at 150 % text; the column is never narrower than its longest word, ColumnFit)
        ColumnHeaderLabel.on(c, Messages.get(key));
    }

    /** A column of text; edited in place when {@code field} is given, in a quarter, on a task's row. */
    private TableColumn<Row, String> textColumn(String key, String id, Function<Row, String> value,
                                                Field field, WindowContext context) {
        TableColumn<Row, String> c = new TableColumn<>();
        header(c, key);
        c.setId(id);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setEditable(field != null);
        c.setCellFactory(col -> new WrappingTableCell<Row>(context, (r, typed) -> {
            if (field != null && !r.heading()) {
                // the entry as it stands now: the row may have been given anew since the edit began
                TaskStatus now = model.row(r.task().task().id());
                model.setText(now == null ? r.task() : now, field, typed);
                // the rows are given anew: a field no longer shown must not keep the keys (Ctrl+Z is the window's)
                javafx.application.Platform.runLater(() -> {
                    javafx.scene.Node focus = getScene() == null ? null : getScene().getFocusOwner();
                    if (focus != null && focus.getParent() == null) {
                        table.requestFocus();
                    }
                });
            }
        }, r -> r.heading() ? "group " + r.group() : r.task().task().id()) {
            @Override
            public void startEdit() {
                Row r = getTableRow() == null ? null : getTableRow().getItem();
                if (field != null && r != null && !r.heading() && model.editable().get()) {
                    super.startEdit();
                }
            }
        });
        c.setSortable(false);
        return c;
    }

    /** A cell that shows a control of a task's row, and nothing on a group's heading. */
    private abstract static class TaskCell extends TableCell<Row, Row> {
        @Override
        protected final void updateItem(Row r, boolean empty) {
            super.updateItem(r, empty);
            setText(null);
            setGraphic(empty || r == null || r.heading() ? null : show(r.task()));
        }

        /** The control showing the task's row, filled in. */
        abstract javafx.scene.Node show(TaskStatus t);
    }

    /** The status of a task's row as a drop-down list of the statuses, read only in a six-month or yearly view. */
    private final class StatusCell extends TaskCell {
        private final ComboBox<ProgressStatus> combo = new ListOnOpenComboBox<>(
                FXCollections.observableArrayList(ProgressStatus.values()));
        private boolean showing;

        StatusCell() {
            statusCells.add(this);
            combo.getStyleClass().add("tracking-status");
            // the arrow keys move through the open list without recording each status passed; closing the list
            // (Enter, a click on a status) records the one chosen, and the keys go back to the table for the next task
            combo.setOnHidden(e -> {
                Row r = getItem();
                // closed on the status the row shows: nothing was chosen
                if (r != null && !r.heading() && combo.getValue() != r.task().status()) {
                    keep();
                }
                table.requestFocus();
            });
            combo.setConverter(converter(TrackingViewModel::label));
            combo.setMaxWidth(Double.MAX_VALUE);
            // a long status ("Chờ chỉ đạo, hướng dẫn của tỉnh") may end in "…" in a narrow column: it is read whole here
            combo.setTooltip(new javafx.scene.control.Tooltip());
            combo.valueProperty().addListener((o, old, v) -> combo.getTooltip().setText(
                    v == null ? "" : TrackingViewModel.label(v)));
            combo.disableProperty().bind(model.editable().not());
            combo.setOnAction(e -> {
                if (!combo.isShowing()) {
                    keep();
                }
            });
        }

        private void keep() {
            Row r = getItem();
            if (!showing && r != null && !r.heading() && combo.getValue() != null) {
                model.setStatus(r.task(), combo.getValue());
            }
        }

        /** Gives the row's list the keys, and opens it unless the key that asked opens it itself (F4). */
        void open(boolean show) {
            combo.requestFocus();
            if (show) {
                combo.show();
            }
        }

        @Override
        javafx.scene.Node show(TaskStatus t) {
            showing = true;
            try {
                combo.setValue(t.status());
            } finally {
                showing = false;
            }
            combo.setId("status-" + t.task().id());
            return combo;
        }
    }

    // ---- the summary charts

    private javafx.scene.Node charts() {
        groupChart.setId("tracking-chart-groups");
        groupChart.setTitle(Messages.get("tracking.chart.byGroup"));
        groupAxis.setLabel(Messages.get("tracking.axis.group"));
        groupChart.getYAxis().setLabel(Messages.get("tracking.axis.tasks"));
        unitChart.setId("tracking-chart-units");
        unitChart.setTitle(Messages.get("tracking.chart.byUnit"));
        unitChart.getXAxis().setLabel(Messages.get("tracking.axis.tasks"));
        for (NumberAxis axis : List.of((NumberAxis) groupChart.getYAxis(), (NumberAxis) unitChart.getXAxis())) {
            // tasks are counted whole: no "2.5" on the axis
            axis.setMinorTickVisible(false);
            axis.setTickLabelFormatter(converter(n -> n.doubleValue() == Math.rint(n.doubleValue())
                    ? String.valueOf(n.intValue()) : ""));
        }
        for (StackedBarChart<?, ?> c : List.of(groupChart, unitChart)) {
            c.setAnimated(false);
            c.setLegendSide(Side.BOTTOM);
            c.getStyleClass().add("tracking-chart");
        }
        groupChart.setMinHeight(320);
        VBox box = new VBox(12, groupChart, unitChart);
        box.getStyleClass().add("tracking-charts");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /**
     * Draws the period's counts: one series per status, always all seven in the same order, so a status has the same
     * colour in both charts and in their legends.
     */
    private void drawCharts() {
        List<Bar> groups = model.byGroup();
        List<Bar> units = model.byUnit();
        groupAxis.setCategories(FXCollections.observableArrayList(groups.stream().map(Bar::label).toList()));
        unitAxis.setCategories(FXCollections.observableArrayList(units.stream().map(Bar::label).toList()));
        List<XYChart.Series<String, Number>> byGroup = new java.util.ArrayList<>();
        List<XYChart.Series<Number, String>> byUnit = new java.util.ArrayList<>();
        for (ProgressStatus s : ProgressStatus.values()) {
            XYChart.Series<String, Number> g = new XYChart.Series<>();
            g.setName(TrackingViewModel.label(s));
            for (Bar b : groups) {
                g.getData().add(new XYChart.Data<>(b.label(), b.counts().getOrDefault(s, 0)));
            }
            byGroup.add(g);
            XYChart.Series<Number, String> u = new XYChart.Series<>();
            u.setName(TrackingViewModel.label(s));
            for (Bar b : units) {
                u.getData().add(new XYChart.Data<>(b.counts().getOrDefault(s, 0), b.label()));
            }
            byUnit.add(u);
        }
        groupChart.getData().setAll(byGroup);
        unitChart.getData().setAll(byUnit);
        // a bar per unit, each tall enough for its name
        unitChart.setMinHeight(160 + units.size() * 28);
    }
}
