package vn.plandesk.ui.timeline;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import vn.plandesk.model.PlanTask;
import vn.plandesk.service.Messages;
import vn.plandesk.service.edit.PlanEditor;

/**
 * The main window's timeline page in small: a task table beside the view, selections bound with
 * {@link SelectionSync}, moved deadlines written through the plan's editor as the page writes them, so Ctrl+Z is the
 * editor's undo.
 */
final class TimelineHost {
    final TableView<PlanTask> table = new TableView<>();
    final TimelineView view = new TimelineView();
    final PlanEditor editor;
    PlanTask opened;

    TimelineHost(PlanEditor editor) {
        this.editor = editor;
        TableColumn<PlanTask, String> number = new TableColumn<>(Messages.get("column.number"));
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().number()));
        TableColumn<PlanTask, String> name = new TableColumn<>(Messages.get("column.task"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(260);
        TableColumn<PlanTask, String> deadline = new TableColumn<>(Messages.get("column.deadline"));
        deadline.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().deadline().printed()));
        deadline.setPrefWidth(120);
        table.getColumns().add(number);
        table.getColumns().add(name);
        table.getColumns().add(deadline);
        table.setFixedCellSize(TimelineFrame.ROW_HEIGHT);
        // the table follows the plan the view shows, so an edit or an undo shows in both
        view.planProperty().addListener((o, a, p) -> {
            PlanTask sel = table.getSelectionModel().getSelectedItem();
            table.getItems().setAll(p.allTasks());
            int i = SelectionSync.indexOf(table.getItems(), sel);
            if (i >= 0) {
                table.getSelectionModel().select(i);
            }
        });
        view.setOnMoveDeadline((task, to) -> TimelinePage.moveDeadline(editor, task.id(), to));
        editor.addListener(view::setPlan);
        view.setOnOpenTask(t -> opened = t);
        SelectionSync.bind(table, view);
        view.setPlan(editor.plan());
    }

    Scene scene(double width, double height) {
        SplitPane split = new SplitPane(table, view);
        split.setDividerPositions(0.3);
        Scene scene = new Scene(split, width, height);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), editor::undo);
        return scene;
    }
}
