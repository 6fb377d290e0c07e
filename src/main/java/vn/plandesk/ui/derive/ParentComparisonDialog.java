package vn.plandesk.ui.derive;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
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
import vn.plandesk.service.derive.Remapping;
import vn.plandesk.service.derive.SyncSession;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.ui.ScreenFit;

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
    /** The new plan's best three points for the selected ward task; several may be ticked. */
    private final VBox candidates = new VBox(4);
    private final Button keepOld = new Button(Messages.get("compare.keepOld"));
    private final Button deleteWard = new Button(Messages.get("compare.deleteWard"));
    /** Set while the candidate boxes are filled, so that filling them is not taken for the officer's choice. */
    private boolean filling;
    private final Button accept = new Button(Messages.get("compare.accept"));
    private final Button acceptAll = new Button(Messages.get("compare.acceptAll"));
    /** For a task removed from the parent (same plan): deleting its ward tasks, only after the officer confirms. */
    private final Button deleteWardSameParent = new Button(Messages.get("compare.deleteWard"));
    private final Button undo = new Button(Messages.get("compare.undo"));
    private final Label status = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private SyncSession session;
    private VBox mapping;
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
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(kindText(c.getValue())));
        kind.setPrefWidth(190);
        TableColumn<PlanChange, String> what = new TableColumn<>(Messages.get("compare.change"));
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(ChangeText.describe(c.getValue().withWardTasks(List.of()))));
        what.setPrefWidth(520);
        TableColumn<PlanChange, String> options = new TableColumn<>(Messages.get("compare.candidates"));
        options.setCellValueFactory(c -> new ReadOnlyStringWrapper(candidatesText(c.getValue())));
        options.setPrefWidth(340);
        TableColumn<PlanChange, String> touched = new TableColumn<>(Messages.get("compare.wardTasks"));
        touched.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join(", ", c.getValue().wardTasks())));
        touched.setPrefWidth(240);
        table.getColumns().add(kind);
        table.getColumns().add(what);
        table.getColumns().add(options);
        table.getColumns().add(touched);
        table.setPlaceholder(new Label(Messages.get("compare.none")));
        // the columns share the dialog's width (the text column takes what the others leave)
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, c) -> {
            showDetail(c);
            showChoices(c);
        });
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPrefRowCount(3);
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
        keepOld.setId("keepOld");
        deleteWard.setId("deleteWard");
        candidates.setId("candidates");
        keepOld.setOnAction(e -> keepOld());
        deleteWard.setOnAction(e -> confirmDelete());
        keepOld.setWrapText(true);
        Label mapTo = new Label(Messages.get("compare.mapTo"));
        HBox other = new HBox(8, mapTo, target, retarget);
        other.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox decide = new HBox(8, keepOld, deleteWard);
        decide.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label candidatesLabel = new Label(Messages.get("compare.candidatesHint"));
        candidatesLabel.setWrapText(true);
        VBox mapping = new VBox(6, candidatesLabel, candidates, other, decide);
        // the mapping is only corrected when another plan replaces the parent
        mapping.managedProperty().bind(mapping.visibleProperty());
        this.mapping = mapping;
        // buttons and labels keep their whole text at every text size; the status line wraps on its own row
        for (javafx.scene.control.Labeled l : List.of(mapTo, retarget, keepOld, deleteWard, deleteWardSameParent, accept,
                acceptAll, undo, close)) {
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, accept, acceptAll, undo, progress, spacer, close);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label againstLabel = new Label(Messages.get("compare.against"));
        againstLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox top = new HBox(8, againstLabel, against);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(against, Priority.ALWAYS);
        deleteWard.managedProperty().bind(deleteWard.visibleProperty());
        VBox bottom = new VBox(6, detail, mapping, deleteWardSameParent, status, buttons);
        BorderPane root = new BorderPane(table, top, null, bottom, null);
        root.setPadding(new Insets(8));
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));
        stage.setTitle(Messages.get("compare.title", ward.issuer()));
        deleteWardSameParent.setId("deleteRemoved");
        deleteWardSameParent.setOnAction(e -> confirmDelete());
        deleteWardSameParent.managedProperty().bind(deleteWardSameParent.visibleProperty());
        deleteWardSameParent.setVisible(false);
        stage.setScene(ScreenFit.scene(root, 1200, 720));
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
        long toChoose = changes.stream().filter(c -> !session.acceptedByAll(c)).count();
        status.setText(replacing ? Messages.get("compare.statusReplacement", changes.size(), toChoose)
                : Messages.get("compare.status", changes.size()));
        showChoices(table.getSelectionModel().getSelectedItem());
    }

    private String kindText(PlanChange c) {
        if (c.kind() == PlanChange.Kind.RELINK && session != null && !session.acceptedByAll(c)) {
            return Messages.get("compare.kind.choose");
        }
        return Messages.get("change.kind." + c.kind().name());
    }

    /** "1.a) 30 % · 1.e) 12 % · 4.a) 11 %" for a ward task of a replacement. */
    private String candidatesText(PlanChange c) {
        if (session == null) {
            return "";
        }
        return session.proposal(c).map(p -> p.candidates().stream()
                .map(k -> Messages.get("compare.candidate.short", k.key(), Math.round(k.score() * 100)))
                .collect(java.util.stream.Collectors.joining(" · "))).orElse("");
    }

    /** The choices for the selected change: the top three points, another point, keep or delete the ward tasks. */
    private void showChoices(PlanChange c) {
        boolean replacing = session != null && session.isReplacement();
        boolean mappable = replacing && c != null
                && (c.kind() == PlanChange.Kind.RELINK || c.kind() == PlanChange.Kind.UNMATCHED);
        mapping.setVisible(mappable);
        deleteWardSameParent.setVisible(!replacing && c != null && c.kind() == PlanChange.Kind.REMOVED
                && !c.wardTasks().isEmpty());
        filling = true;
        candidates.getChildren().clear();
        if (mappable) {
            List<String> chosen = c.newKey() == null ? List.of() : Remapping.keys(c.newKey());
            session.proposal(c).ifPresent(p -> {
                int i = 0;
                for (Remapping.Candidate k : p.candidates()) {
                    ParentTask t = session.currentTasks().stream().filter(n -> n.key().equals(k.key())).findFirst()
                            .orElse(null);
                    CheckBox box = new CheckBox(Messages.get("compare.candidate", k.key(), Math.round(k.score() * 100),
                            t == null ? "" : ChangeText.excerpt(t.task().name())));
                    box.setId("candidate-" + i++);
                    box.setWrapText(true);
                    box.setUserData(k.key());
                    box.setSelected(chosen.contains(k.key()));
                    box.selectedProperty().addListener((o, was, now) -> chooseCandidates());
                    candidates.getChildren().add(box);
                }
            });
        }
        filling = false;
    }

    /** The ticked candidates become the points the ward task follows ("3.đ), 3.h)" when several). */
    private void chooseCandidates() {
        PlanChange c = table.getSelectionModel().getSelectedItem();
        if (filling || c == null || c.oldKey() == null) {
            return;
        }
        List<String> keys = candidates.getChildren().stream().map(n -> (CheckBox) n).filter(CheckBox::isSelected)
                .map(b -> (String) b.getUserData()).toList();
        session.retarget(c.oldKey(), keys.isEmpty() ? "" : Remapping.citation(keys));
        refresh();
    }

    /** No counterpart: the ward task keeps citing the old plan; nothing in the ward plan changes. */
    private void keepOld() {
        PlanChange c = table.getSelectionModel().getSelectedItem();
        if (c == null || c.oldKey() == null) {
            return;
        }
        session.keep(c);
        refresh();
    }

    /** Deleting ward tasks: shown one by one in a list and confirmed by the officer, one step of undo. */
    private void confirmDelete() {
        PlanChange c = table.getSelectionModel().getSelectedItem();
        if (c == null || c.wardTasks().isEmpty()) {
            return;
        }
        StringBuilder list = new StringBuilder();
        for (String number : c.wardTasks()) {
            session.ward().allTasks().stream().filter(t -> t.number().equals(number)).findFirst().ifPresent(t ->
                    list.append(Messages.get("compare.deleteLine", number, ChangeText.excerpt(t.name()))).append('\n'));
        }
        javafx.scene.control.ButtonType delete = new javafx.scene.control.ButtonType(Messages.get("compare.deleteYes"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType cancel = new javafx.scene.control.ButtonType(Messages.get("compare.deleteNo"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, list.toString().strip(), delete, cancel);
        a.initOwner(stage);
        a.setTitle(Messages.get("compare.deleteTitle"));
        a.setHeaderText(Messages.get("compare.deleteHeader", c.wardTasks().size()));
        a.getDialogPane().setId("deleteConfirm");
        if (a.showAndWait().orElse(cancel) != delete) {
            return;
        }
        try {
            session.deleteWardTasks(c);
            recordAccepted(1);
        } catch (PlanDeskException e) {
            error(e);
        }
        refresh();
        onChanged.run();
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
        if (c.kind() == PlanChange.Kind.REMOVED && !c.wardTasks().isEmpty()) {
            confirmDelete();
            return;
        }
        try {
            int before = session.undoDepth();
            session.accept(c);
            recordAccepted(session.undoDepth() - before);
        } catch (PlanDeskException e) {
            error(e);
        }
        refresh();
        onChanged.run();
    }

    /**
     * The confident changes, applied together and stored in one transaction (one step of undo), off the FX thread with
     * a progress indicator. Never deletes a ward task: those are listed for the officer to confirm one by one.
     */
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
            // the whole acceptance is one stored step of the session, so one step of the plan's undo
            recordAccepted(session.undoDepth() - before);
            refresh();
            status.setText(Messages.get("compare.acceptedAll", task.getValue(), status.getText()));
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
