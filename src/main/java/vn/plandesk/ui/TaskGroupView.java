package vn.plandesk.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.service.Messages;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.search.PlanIndex;

/**
 * One task group of the open plan: its heading over a table of its tasks, sub-tasks under them, in the plan's column
 * set. Cells edit in place; rows are dragged to another place or, onto the navigator, to another group. The same view
 * is made once for each group the officer opens.
 *
 * <p>Built in code, not loaded from FXML: the view is two controls, and FXMLLoader's reading and reflection cost the
 * window's start 28 ms of the FX thread for them.
 */
public final class TaskGroupView {
    private static final PseudoClass HIT = PseudoClass.getPseudoClass("hit");
    private static final PseudoClass FLAGGED = PseudoClass.getPseudoClass("flagged");
    private static final PseudoClass SUB_TASK = PseudoClass.getPseudoClass("sub-task");
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final Label title = new Label();
    private final TreeTableView<PlanTask> table = new TreeTableView<>();
    private final VBox view = new VBox(title, table);

    private final WindowContext context;
    private final int group;
    private TreeItem<PlanTask> root = new TreeItem<>();
    /** The ids shown, in order, parents before their sub-tasks: when they stay the same an edit updates rows in place. */
    private List<Long> shape = List.of();
    private final Map<Long, TreeItem<PlanTask>> items = new HashMap<>();
    private boolean selecting;
    private List<TaskColumn> specs;

    /** Shows a group of the context's plan and follows its changes. */
    TaskGroupView(WindowContext ctx, int groupNumber) {
        this.context = ctx;
        this.group = groupNumber;
        view.getStyleClass().add("task-group-view");
        view.setId("group-view-" + groupNumber);
        title.getStyleClass().add("group-title");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setEditable(true);
        table.setShowRoot(false);
        table.setId("group-table-" + groupNumber);
        table.setRoot(root);
        table.setPlaceholder(FxLocalization.emptyPlaceholder());
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(t -> row());
        table.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (!selecting && item != null && item.getValue() != null) {
                context.selectedTaskProperty().set(item.getValue().id());
            }
        });
        table.setOnMouseDragReleased(e -> {
            Long dragged = context.dragged();
            if (dragged != null) {
                context.setDragged(null);
                context.edit("edit.moveTask", () -> context.editor().moveTask(dragged, group, null, null));
            }
        });
        table.setPlaceholder(emptyGroup());
        ctx.planProperty().addListener((o, old, p) -> refresh());
        ctx.shownProperty().addListener((o, old, s) -> refresh());
        ctx.hitIdsProperty().addListener((o, old, h) -> table.refresh());
        ctx.selectedTaskProperty().addListener((o, old, id) -> select(id));
        buildColumns();
        refresh();
    }

    /** What an empty group shows: that it is empty, and the button that adds its first task. */
    private javafx.scene.Node emptyGroup() {
        Label text = new Label(Messages.get("group.empty"));
        text.setWrapText(true);
        javafx.scene.control.Button add = new javafx.scene.control.Button(Messages.get("group.addFirst"));
        add.setId("add-first-task-" + group);
        add.setOnAction(e -> context.addTask(group, null));
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(text, add);
        box.getStyleClass().add("empty-group");
        box.setAlignment(javafx.geometry.Pos.CENTER);
        return box;
    }

    /** The view to put in the window: the group's heading over its table. */
    Parent node() {
        return view;
    }

    TreeTableView<PlanTask> table() {
        return table;
    }

    /**
     * The plan's column set. The columns share the table's width (see {@link ColumnShares}): none is narrower than
     * its longest header word or value word, the task name takes what is left and wraps, so every column is read
     * without scrolling sideways. The widths are worked out again when the table's width or the text size changes,
     * so going back to 100 % gives the 100 % layout back. Headers wrap instead of being cut. Sub-tasks are indented
     * in the task name, not in the number, so that "2.1" is shown whole.
     */
    private void buildColumns() {
        Plan plan = context.plan();
        table.getColumns().clear();
        table.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        specs = TaskColumn.forKind(plan.kind());
        for (TaskColumn c : specs) {
            TreeTableColumn<PlanTask, String> col = new TreeTableColumn<>();
            ColumnHeaderLabel.on(col, c.header());
            col.setId(c.id());
            col.setCellValueFactory(f -> new ReadOnlyStringWrapper(
                    f.getValue().getValue() == null ? "" : c.value().apply(f.getValue().getValue())));
            col.setCellFactory(x -> new WrappingTextCell(context, (task, typed) -> keepCell(c, task.id(), typed)));
            col.setSortable(false);
            col.setEditable(c.editable());
            col.setMinWidth(0);
            ColumnShares.startingWidth(col, c.widthEm() * context.em()); // replaced by fitColumns
            if (c.id().equals("name")) {
                table.setTreeColumn(col);
            }
            table.getColumns().add(col);
        }
        table.widthProperty().addListener((o, a, b) -> fitColumns());
        context.textScaleProperty().addListener((o, a, b) -> fitColumns());
        fitColumns();
    }

    /** Shares the table's width among its columns for the text size and the group's contents. */
    private void fitColumns() {
        if (specs == null || table.getWidth() <= 0) {
            return;
        }
        double em = context.em();
        // the vertical scroll bar, the table's border and the cells' own padding (at 150 % 1.6 em let the last
        // column run under the scroll bar)
        double available = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - 2.2 * em;
        List<PlanTask> tasks = new ArrayList<>();
        context.plan().group(group).ifPresent(g -> g.tasks().forEach(t -> {
            tasks.add(t);
            tasks.addAll(t.subTasks());
        }));
        double[] least = new double[specs.size()];
        double[] wanted = new double[specs.size()];
        int name = -1;
        for (int i = 0; i < specs.size(); i++) {
            TaskColumn c = specs.get(i);
            // the header label's and the cell's own padding come on top of the longest word
            double header = ColumnShares.widestWord(c.header(), em, true) + 0.3 * em;
            String word = ColumnShares.longestWord(tasks.stream().map(c.value()).toList());
            // a value word longer than 6 em (a document's number, "229/UBND-VHXH") may wrap rather than widen its
            // column
            double value = Math.min(6 * em, ColumnShares.width(word, em, false));
            least[i] = Math.max(header, value) + ColumnShares.CELL_PAD_EM * em;
            wanted[i] = Math.max(least[i], c.widthEm() * em);
            if (c.id().equals("name")) {
                name = i;
                least[i] = Math.max(least[i], 10 * em);
                wanted[i] = Math.max(least[i], c.widthEm() * em);
            }
        }
        double[] w = ColumnShares.share(available, least, wanted, name);
        for (int i = 0; i < w.length; i++) {
            table.getColumns().get(i).setPrefWidth(Math.floor(w[i]));
        }
    }

    /** Writes the text typed in a cell of a task, unless the task holds it already (or is gone). */
    private void keepCell(TaskColumn c, long taskId, String typed) {
        PlanTask current = context.editor() == null ? null : context.editor().task(taskId).orElse(null);
        if (c.editable() && current != null && !typed.equals(c.value().apply(current))) {
            context.edit(c.editKey(), () -> context.editor().updateTask(taskId, c.editKey(), t -> c.edit().apply(t, typed)));
        }
    }

    private TreeTableRow<PlanTask> row() {
        TreeTableRow<PlanTask> row = new TreeTableRow<>() {
            @Override
            protected void updateItem(PlanTask item, boolean empty) {
                super.updateItem(item, empty);
                boolean real = !empty && item != null;
                pseudoClassStateChanged(HIT, real && context.hitIdsProperty().get().contains(item.id()));
                pseudoClassStateChanged(FLAGGED, real && PlanIndex.isFlagged(item));
                pseudoClassStateChanged(SUB_TASK, real && getTreeItem() != null && getTreeItem().getParent() != root);
            }
        };
        row.setOnDragDetected(e -> {
            if (row.getItem() != null) {
                context.setDragged(row.getItem().id());
                row.startFullDrag();
                e.consume();
            }
        });
        row.setOnMouseDragEntered(e -> row.pseudoClassStateChanged(DROP_TARGET, row.getItem() != null));
        row.setOnMouseDragExited(e -> row.pseudoClassStateChanged(DROP_TARGET, false));
        row.setOnMouseDragReleased(e -> {
            row.pseudoClassStateChanged(DROP_TARGET, false);
            Long dragged = context.dragged();
            PlanTask target = row.getItem();
            if (dragged == null || target == null) {
                return;
            }
            context.setDragged(null);
            e.consume();
            dropOn(dragged, target);
        });
        return row;
    }

    /**
     * A task dropped on a row goes before it: among the sub-tasks when the row is a sub-task (and the dragged task
     * has none of its own), else among the group's tasks.
     */
    private void dropOn(long dragged, PlanTask target) {
        if (dragged == target.id()) {
            return;
        }
        PlanEditor editor = context.editor();
        PlanEditor.Location at = editor.locate(target.id()).orElse(null);
        PlanTask moving = editor.task(dragged).orElse(null);
        if (at == null || moving == null) {
            return;
        }
        TaskGroup g = editor.plan().group(at.group()).orElseThrow();
        if (at.isSubTask() && moving.subTasks().isEmpty()) {
            long parent = g.tasks().get(at.index()).id();
            context.edit("edit.moveTask", () -> editor.moveTask(dragged, at.group(), parent, target.id()));
        } else {
            long before = g.tasks().get(at.index()).id();
            context.edit("edit.moveTask", () -> editor.moveTask(dragged, at.group(), null, before));
        }
        context.selectedTaskProperty().set(null);
        context.selectedTaskProperty().set(dragged);
    }

    /** Brings the table in line with the plan and the filters, in place when only row contents changed. */
    private void refresh() {
        Plan plan = context.plan();
        if (plan == null) {
            return;
        }
        // every plan has seven groups on screen: one it has no task in yet is shown empty, ready for its first task
        TaskGroup g = plan.group(group).orElseGet(() -> new TaskGroup(group, context.groupTitle(group), List.of()));
        title.setText(Messages.get("group.header", g.roman(), g.title()));
        Set<Long> shown = context.shownProperty().get();
        List<Long> newShape = new ArrayList<>();
        for (PlanTask t : g.tasks()) {
            boolean anySub = false;
            List<Long> subs = new ArrayList<>();
            for (PlanTask s : t.subTasks()) {
                if (shown == null || shown.contains(s.id())) {
                    subs.add(s.id());
                    anySub = true;
                }
            }
            if (shown == null || shown.contains(t.id()) || anySub) {
                newShape.add(t.id());
                newShape.add(null); // marks the start of the sub-tasks
                newShape.addAll(subs);
            }
        }
        if (newShape.equals(shape)) {
            for (PlanTask t : g.tasks()) {
                update(t);
                t.subTasks().forEach(this::update);
            }
            return;
        }
        Long selected = context.selectedTaskProperty().get();
        shape = newShape;
        items.clear();
        List<TreeItem<PlanTask>> rows = new ArrayList<>();
        for (PlanTask t : g.tasks()) {
            if (!newShape.contains(t.id())) {
                continue;
            }
            TreeItem<PlanTask> item = new TreeItem<>(t);
            items.put(t.id(), item);
            for (PlanTask s : t.subTasks()) {
                if (shown == null || shown.contains(s.id())) {
                    TreeItem<PlanTask> sub = new TreeItem<>(s);
                    items.put(s.id(), sub);
                    item.getChildren().add(sub);
                }
            }
            item.setExpanded(true);
            rows.add(item);
        }
        selecting = true;
        try {
            root.getChildren().setAll(rows);
        } finally {
            selecting = false;
        }
        select(selected);
        fitColumns(); // a new number or value may need a wider column
    }

    private void update(PlanTask t) {
        TreeItem<PlanTask> item = items.get(t.id());
        if (item != null && item.getValue() != t) {
            item.setValue(t);
        }
    }

    private void select(Long id) {
        TreeItem<PlanTask> item = id == null ? null : items.get(id);
        if (item == null) {
            return;
        }
        if (table.getSelectionModel().getSelectedItem() == item) {
            return;
        }
        selecting = true;
        try {
            table.getSelectionModel().select(item);
            int row = table.getRow(item);
            if (row >= 0) {
                table.scrollTo(Math.max(0, row - 2));
            }
        } finally {
            selecting = false;
        }
    }

    /** The task selected in this group's table, if any. */
    PlanTask selected() {
        TreeItem<PlanTask> item = table.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    void focusTable() {
        table.requestFocus();
    }
}
