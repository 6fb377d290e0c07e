package vn.plandesk.ui;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.Plan;
import vn.plandesk.service.Messages;

/** The plan's indicators table, edited in place like the tasks, every change kept and undoable. */
final class IndicatorsView extends VBox {
    private final WindowContext context;
    private final TableView<Indicator> table = new TableView<>();

    IndicatorsView(WindowContext context) {
        this.context = context;
        getStyleClass().add("indicators-view");
        Label title = new Label(Messages.get("indicators.title"));
        title.getStyleClass().add("group-title");
        table.setId("indicators-table");
        table.setEditable(true);
        table.setPlaceholder(FxLocalization.emptyPlaceholder());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        column("column.number", 4, Indicator::number,
                (i, v) -> new Indicator(i.id(), v, i.name(), i.unit(), i.section(), i.target()));
        column("column.indicator", 30, Indicator::name,
                (i, v) -> new Indicator(i.id(), i.number(), v, i.unit(), i.section(), i.target()));
        column("column.unit", 7, Indicator::unit,
                (i, v) -> new Indicator(i.id(), i.number(), i.name(), v, i.section(), i.target()));
        column("column.section", 8, Indicator::section,
                (i, v) -> new Indicator(i.id(), i.number(), i.name(), i.unit(), v, i.target()));
        column("column.target", 10, Indicator::target,
                (i, v) -> new Indicator(i.id(), i.number(), i.name(), i.unit(), i.section(), v));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button add = new Button(Messages.get("indicators.add"));
        add.setId("indicator-add");
        add.setOnAction(e -> {
            Indicator sel = table.getSelectionModel().getSelectedItem();
            context.edit("edit.addIndicator", () -> context.editor().addIndicator(sel == null ? null : sel.id()));
        });
        Button delete = new Button(Messages.get("indicators.delete"));
        delete.setOnAction(e -> {
            Indicator sel = table.getSelectionModel().getSelectedItem();
            if (sel != null) {
                context.edit("edit.deleteIndicator", () -> context.editor().deleteIndicator(sel.id()));
            }
        });
        Button up = new Button(Messages.get("menu.edit.moveUp").replace("_", ""));
        up.setOnAction(e -> move(-1));
        Button down = new Button(Messages.get("menu.edit.moveDown").replace("_", ""));
        down.setOnAction(e -> move(1));
        HBox buttons = new HBox(add, delete, up, down);
        buttons.getStyleClass().add("button-row");
        getChildren().addAll(title, table, buttons);
        context.planProperty().addListener((o, old, p) -> show(p));
        show(context.plan());
    }

    private void move(int delta) {
        Indicator sel = table.getSelectionModel().getSelectedItem();
        if (sel != null) {
            context.edit(delta < 0 ? "edit.moveUp" : "edit.moveDown", () -> context.editor().moveIndicator(sel.id(), delta));
        }
    }

    private void column(String key, double em, Function<Indicator, String> value,
                        BiFunction<Indicator, String, Indicator> edit) {
        TableColumn<Indicator, String> c = new TableColumn<>();
        // "Đơn vị tính" wraps in a narrow column instead of ending in "…"
        ColumnHeaderLabel.on(c, Messages.get(key));
        c.setId("indicator-" + key.replace('.', '-'));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setCellFactory(col -> new WrappingTableCell<Indicator>(context,
                (i, typed) -> keepCell(i.id(), typed, value, edit), Indicator::id));
        c.setPrefWidth(em * Font.getDefault().getSize());
        c.setSortable(false);
        table.getColumns().add(c);
    }

    /** Writes the text typed in a cell of an indicator, unless the indicator holds it already (or is gone). */
    private void keepCell(Long id, String typed, Function<Indicator, String> value,
                          BiFunction<Indicator, String, Indicator> edit) {
        Indicator current = context.plan() == null ? null
                : context.plan().indicators().stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
        if (current != null && !typed.equals(value.apply(current))) {
            context.edit("edit.indicator", () -> context.editor().updateIndicator(id, "edit.indicator",
                    x -> edit.apply(x, typed)));
        }
    }

    private void show(Plan p) {
        Indicator sel = table.getSelectionModel().getSelectedItem();
        List<Indicator> list = p == null ? List.of() : p.indicators();
        if (!list.equals(table.getItems())) {
            table.getItems().setAll(list);
            if (sel != null) {
                list.stream().filter(i -> i.id().equals(sel.id())).findFirst()
                        .ifPresent(i -> table.getSelectionModel().select(i));
            }
        }
    }
}
