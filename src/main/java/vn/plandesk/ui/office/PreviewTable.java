package vn.plandesk.ui.office;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.service.Messages;

/** The rows an import would write, group rows and tasks (then indicators), as the officer checks them. */
final class PreviewTable {
    private PreviewTable() {
    }

    static TableView<Object> of(Plan plan) {
        List<Object> rows = new ArrayList<>();
        for (TaskGroup g : plan.groups()) {
            rows.add(g);
            for (PlanTask t : g.tasks()) {
                rows.add(t);
                rows.addAll(t.subTasks());
            }
        }
        rows.addAll(plan.indicators());
        TableView<Object> table = new TableView<>(FXCollections.observableArrayList(rows));
        table.setId("import-preview");
        table.setPlaceholder(vn.plandesk.ui.FxLocalization.emptyPlaceholder());
        table.getColumns().add(column(Messages.get("column.number"), 70, o -> o instanceof TaskGroup g ? g.roman()
                : o instanceof PlanTask t ? t.number() : ((Indicator) o).number()));
        table.getColumns().add(column(Messages.get("column.task"), 560, o -> o instanceof TaskGroup g ? g.title()
                : o instanceof PlanTask t ? t.name() : ((Indicator) o).name()));
        table.getColumns().add(column(Messages.get("column.deadline"), 160, o -> o instanceof PlanTask t
                ? t.deadline().printed() : o instanceof Indicator i ? i.target() : ""));
        table.getColumns().add(column(Messages.get("column.leadUnits"), 200, o -> o instanceof PlanTask t
                ? String.join("; ", t.leadUnits()) : ""));
        return table;
    }

    private static TableColumn<Object, String> column(String title, double width,
                                                      java.util.function.Function<Object, String> text) {
        TableColumn<Object, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(text.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
