package vn.plandesk.ui.derive;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.service.Messages;
import vn.plandesk.service.derive.ChangeText;
import vn.plandesk.service.derive.DerivationService;
import vn.plandesk.service.derive.ParentTask;
import vn.plandesk.service.derive.PlanChange;
import vn.plandesk.service.derive.SyncSession;
import vn.plandesk.service.edit.PlanEditor;

/**
 * "So sánh với kế hoạch cấp trên": what changed in the parent since the ward derived from it (or, when another plan
 * is chosen, how the ward's tasks map onto the plan that replaces it), which ward tasks each change touches, and
 * accept one, accept all, undo. Nothing changes until a change is accepted.
 */
public final class ParentComparisonDialog {
    private final DerivationService derivations;
    private final long wardId;
    private final Runnable onChanged;
    private final Stage stage = new Stage();
    private final ComboBox<PlanSummary> against = new ComboBox<>();
    private final TableView<PlanChange> table = new TableView<>();
    private final TextArea detail = new TextArea();
    private final ComboBox<ParentTask> target = new ComboBox<>();
    private final Button retarget = new Button(Messages.get("compare.retarget"));
    private final Button accept = new Button(Messages.get("compare.accept"));
    private final Button acceptAll = new Button(Messages.get("compare.acceptAll"));
    private final Button undo = new Button(Messages.get("compare.undo"));
    private final Label status = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private SyncSession session;
    private HBox mapping;
    /** The open plan's editor, when the window joins accepted changes to its undo history; else null. */
    private final PlanEditor editor;

    /** @param onChanged told after every accepted or undone change, so the window can show the ward plan anew */
    public ParentComparisonDialog(DerivationService derivations, long wardId, Runnable onChanged) {
        this.derivations = derivations;
        this.wardId = wardId;
        this.onChanged = onChanged;
        this.editor = null;
    }

    /**
     * A comparison for the plan open in the window: every accepted change becomes a step of the plan's undo history
     * (the window's Ctrl+Z takes it back; so does this dialog's Hoàn tác, through the same history), and the window
     * follows each change through the editor. Keep the dialog modal: the session and the history stay in step only
     * while nothing else edits the plan.
     */
    public ParentComparisonDialog(DerivationService derivations, PlanEditor editor) {
        this.derivations = derivations;
        this.wardId = editor.plan().id();
        this.onChanged = () -> { };
        this.editor = editor;
    }

    public Stage stage() {
        return stage;
    }

    /** Opens the comparison with the ward's own parent as it is now. */
    public void show() {
        against.setId("against");
        table.setId("changes");
        accept.setId("accept");
        acceptAll.setId("acceptAll");
        undo.setId("undo");
        target.setId("target");
        retarget.setId("retarget");
        status.setId("status");
        Plan ward = derivations.plan(wardId);
        PlanSummary own = new PlanSummary(-1, ward.kind(), "", "", null, "", 0, 0, 0,
                Messages.get("compare.ownParent"), false);
        List<PlanSummary> choices = new java.util.ArrayList<>();
        choices.add(own);
        derivations.list().stream().filter(p -> p.id() != wardId).forEach(choices::add);
        against.setItems(FXCollections.observableArrayList(choices));
        against.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlanSummary p) {
                if (p == null) {
                    return "";
                }
                return p.id() < 0 ? p.title() : Messages.get("compare.replacedBy",
                        p.number().isEmpty() ? Messages.get("derive.noNumber") : p.ref().citation(), p.title());
            }

            @Override
            public PlanSummary fromString(String s) {
                return null;
            }
        });
        against.setMaxWidth(Double.MAX_VALUE);
        against.setValue(own);
        against.valueProperty().addListener((o, old, now) -> open(now == null || now.id() < 0 ? null : now.id()));

        TableColumn<PlanChange, String> kind = new TableColumn<>(Messages.get("compare.kind"));
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(Messages.get("change.kind." + c.getValue().kind().name())));
        kind.setPrefWidth(130);
        TableColumn<PlanChange, String> what = new TableColumn<>(Messages.get("compare.change"));
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(ChangeText.describe(c.getValue().withWardTasks(List.of()))));
        what.setPrefWidth(800);
        TableColumn<PlanChange, String> touched = new TableColumn<>(Messages.get("compare.wardTasks"));
        touched.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join(", ", c.getValue().wardTasks())));
        touched.setPrefWidth(200);
        table.getColumns().add(kind);
        table.getColumns().add(what);
        table.getColumns().add(touched);
        table.setPlaceholder(new Label(Messages.get("compare.none")));
        // the columns share the dialog's width (the text column takes what the others leave)
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, c) -> showDetail(c));
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPrefRowCount(6);
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(ParentTask t) {
                return t == null ? "" : t.key() + " " + ChangeText.excerpt(t.task().name());
            }

            @Override
            public ParentTask fromString(String s) {
                return null;
            }
        });
        target.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(target, Priority.ALWAYS);
        retarget.setOnAction(e -> retarget());
        accept.setOnAction(e -> acceptSelected());
        acceptAll.setOnAction(e -> acceptAll());
        undo.setOnAction(e -> undo());
        Button close = new Button(Messages.get("compare.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        progress.setVisible(false);
        progress.setPrefSize(24, 24);
        HBox mapping = new HBox(8, new Label(Messages.get("compare.mapTo")), target, retarget);
        mapping.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // the mapping is only corrected when another plan replaces the parent
        mapping.managedProperty().bind(mapping.visibleProperty());
        this.mapping = mapping;
        HBox buttons = new HBox(8, accept, acceptAll, undo, progress, status, close);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label againstLabel = new Label(Messages.get("compare.against"));
        againstLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox top = new HBox(8, againstLabel, against);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(against, Priority.ALWAYS);
        VBox bottom = new VBox(6, detail, mapping, buttons);
        BorderPane root = new BorderPane(table, top, null, bottom, null);
        root.setPadding(new Insets(8));
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));
        stage.setTitle(Messages.get("compare.title", ward.issuer()));
        stage.setScene(new Scene(root, 1200, 720));
        open(null);
        stage.show();
    }

    private void open(Long newParentId) {
        try {
            session = derivations.compare(wardId, newParentId);
            target.setItems(FXCollections.observableArrayList(session.currentTasks()));
            refresh();
        } catch (PlanDeskException e) {
            error(e);
        }
    }

    private void refresh() {
        List<PlanChange> changes = session.changes();
        int selected = table.getSelectionModel().getSelectedIndex();
        table.setItems(FXCollections.observableArrayList(changes));
        if (!changes.isEmpty()) {
            table.getSelectionModel().select(Math.max(0, Math.min(selected, changes.size() - 1)));
        }
        accept.setDisable(changes.isEmpty());
        acceptAll.setDisable(changes.isEmpty());
        undo.setDisable(!session.canUndo());
        boolean replacing = session.isReplacement();
        mapping.setVisible(replacing);
        status.setText(Messages.get(replacing ? "compare.statusReplacement" : "compare.status", changes.size()));
    }

    private void showDetail(PlanChange c) {
        if (c == null) {
            detail.setText("");
            return;
        }
        StringBuilder b = new StringBuilder(ChangeText.describe(c));
        if (c.oldTask() != null) {
            b.append("\n\n").append(Messages.get("compare.before")).append(' ').append(c.oldTask().name());
        }
        if (c.newTask() != null) {
            b.append("\n").append(Messages.get("compare.after")).append(' ').append(c.newTask().name());
        }
        detail.setText(b.toString());
        if (c.newKey() != null) {
            session.currentTasks().stream().filter(t -> t.key().equals(c.newKey())).findFirst().ifPresent(target::setValue);
        }
    }

    private void retarget() {
        PlanChange c = table.getSelectionModel().getSelectedItem();
        ParentTask t = target.getValue();
        if (c == null || t == null || c.oldKey() == null) {
            return;
        }
        session.retarget(c.oldKey(), t.key());
        refresh();
    }

    private void acceptSelected() {
        PlanChange c = table.getSelectionModel().getSelectedItem();
        if (c == null) {
            return;
        }
        try {
            session.accept(c);
            recordAccepted(1);
        } catch (PlanDeskException e) {
            error(e);
        }
        refresh();
        onChanged.run();
    }

    /** Many changes, each stored in a transaction of its own: off the FX thread, with a progress indicator. */
    private void acceptAll() {
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() {
                return session.acceptAll();
            }
        };
        int before = session.undoDepth();
        progress.setVisible(true);
        accept.setDisable(true);
        acceptAll.setDisable(true);
        task.setOnSucceeded(e -> {
            progress.setVisible(false);
            recordAccepted(session.undoDepth() - before);
            refresh();
            onChanged.run();
        });
        task.setOnFailed(e -> {
            progress.setVisible(false);
            // the changes accepted before the failure stay, each undoable
            recordAccepted(session.undoDepth() - before);
            if (task.getException() instanceof PlanDeskException p) {
                error(p);
            }
            refresh();
            onChanged.run();
        });
        Thread t = new Thread(task, "accept-all-changes");
        t.setDaemon(true);
        t.start();
    }

    /** Adds the changes just accepted to the plan's undo history, one step each as the session keeps them. */
    private void recordAccepted(int count) {
        if (editor == null) {
            return;
        }
        SyncSession s = session;
        PlanEditor.StoredChange step = s.asStoredChange();
        for (int i = 0; i < count; i++) {
            editor.recordStored("edit.acceptParentChange", s.ward(), step);
        }
    }

    private void undo() {
        try {
            if (editor != null) {
                editor.undo();
            } else {
                session.undo();
            }
        } catch (PlanDeskException e) {
            error(e);
        }
        refresh();
        onChanged.run();
    }

    private void error(PlanDeskException e) {
        Alert a = new Alert(Alert.AlertType.WARNING, Messages.of(e));
        a.initOwner(stage);
        a.setHeaderText(null);
        a.show();
    }
}
