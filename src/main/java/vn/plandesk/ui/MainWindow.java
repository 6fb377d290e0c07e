package vn.plandesk.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.service.Messages;
import vn.plandesk.service.PlanService;

/** The officer's window: the plans of the store on the left, the chosen group's tasks in the centre. */
public final class MainWindow {
    private final PlanService plans;
    private final TreeView<Object> tree = new TreeView<>();
    private final TableView<PlanTask> table = new TableView<>();

    public MainWindow(PlanService plans) {
        this.plans = plans;
    }

    public void show(Stage stage) {
        TreeItem<Object> root = new TreeItem<>(Messages.get("app.title"));
        for (PlanSummary s : plans.list()) {
            TreeItem<Object> planItem = new TreeItem<>(s);
            root.getChildren().add(planItem);
        }
        root.setExpanded(true);
        tree.setRoot(root);
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                } else if (item instanceof PlanSummary p) {
                    setText(p.ref().numberAndSymbol() + " " + p.title());
                } else if (item instanceof TaskGroup g) {
                    setText(g.roman() + ". " + g.title() + " (" + g.taskCount() + ")");
                } else {
                    setText(item.toString());
                }
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> select(item));
        TableColumn<PlanTask, String> number = new TableColumn<>(Messages.get("column.number"));
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().number()));
        TableColumn<PlanTask, String> name = new TableColumn<>(Messages.get("column.task"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(600);
        TableColumn<PlanTask, String> deadline = new TableColumn<>(Messages.get("column.deadline"));
        deadline.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().deadline().printed()));
        table.getColumns().add(number);
        table.getColumns().add(name);
        table.getColumns().add(deadline);
        SplitPane split = new SplitPane(tree, table);
        split.setDividerPositions(0.3);
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(new Scene(split, 1200, 760));
        stage.show();
    }

    private void select(TreeItem<Object> item) {
        if (item == null) {
            return;
        }
        if (item.getValue() instanceof PlanSummary s && item.getChildren().isEmpty()) {
            Plan plan = plans.get(s.id());
            for (TaskGroup g : plan.groups()) {
                item.getChildren().add(new TreeItem<>(g));
            }
            item.setExpanded(true);
        } else if (item.getValue() instanceof TaskGroup g) {
            table.getItems().setAll(g.tasks());
        }
    }
}
