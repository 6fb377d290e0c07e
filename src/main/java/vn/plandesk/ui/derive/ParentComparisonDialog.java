package vn.plandesk.ui.derive;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
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
import vn.plandesk.model.PlanSummary;
import vn.plandesk.service.Messages;
import vn.plandesk.service.derive.ChangeText;
import vn.plandesk.service.derive.DerivationService;
import vn.plandesk.service.derive.ParentTask;
import vn.plandesk.service.derive.PlanChange;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.ui.BackgroundWork;
import vn.plandesk.ui.ColumnHeaderLabel;
import vn.plandesk.ui.ListOnOpenComboBox;
import vn.plandesk.ui.ScreenFit;

/**
 * "So sánh với kế hoạch cấp trên": what changed in the parent since the ward derived from it (or, when another plan
 * is chosen, how the ward's tasks map onto the plan that replaces it), which ward tasks each change touches, and
 * accept one, accept all, undo. Nothing changes until a change is accepted. The controls bind to a
 * {@link ParentComparisonViewModel}, which holds the state and calls the services.
 */
public final class ParentComparisonDialog {
    private final ParentComparisonViewModel model;
    private final Stage stage = new Stage();
    private final ComboBox<PlanSummary> against = new ListOnOpenComboBox<>();
    private final TableView<PlanChange> table = new TableView<>();
    private final TextArea detail = new TextArea();
    private final ComboBox<ParentTask> target = new ListOnOpenComboBox<>();
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

    /**
     * @param work      the window's worker, which runs accept all
     * @param onChanged told after every accepted or undone change, so the window can show the ward plan anew
     */
    public ParentComparisonDialog(DerivationService derivations, long wardId, BackgroundWork work, Runnable onChanged) {
        this.model = new ParentComparisonViewModel(derivations, wardId, null, work, onChanged);
    }

    /**
     * A comparison for the plan open in the window: every accepted change becomes a step of the plan's undo history
     * (the window's Ctrl+Z takes it back; so does this dialog's Hoàn tác, through the same history), and the window
     * follows each change through the editor. Keep the dialog modal: the session and the history stay in step only
     * while nothing else edits the plan.
     */
    public ParentComparisonDialog(DerivationService derivations, PlanEditor editor, BackgroundWork work) {
        this.model = new ParentComparisonViewModel(derivations, editor.plan().id(), editor, work, () -> { });
    }

    public Stage stage() {
        return stage;
    }

    public ParentComparisonViewModel model() {
        return model;
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
        model.setOnError(this::error);
        model.setConfirmDeletion(this::confirmDelete);
        model.load();
        against.setItems(model.choices());
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
        against.valueProperty().bindBidirectional(model.againstProperty());

        TableColumn<PlanChange, String> kind = new TableColumn<>();
        ColumnHeaderLabel.on(kind, Messages.get("compare.kind"));
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.kindText(c.getValue())));
        kind.setPrefWidth(190);
        TableColumn<PlanChange, String> what = new TableColumn<>();
        ColumnHeaderLabel.on(what, Messages.get("compare.change"));
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.changeText(c.getValue())));
        what.setPrefWidth(520);
        TableColumn<PlanChange, String> options = new TableColumn<>();
        ColumnHeaderLabel.on(options, Messages.get("compare.candidates"));
        options.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.candidatesText(c.getValue())));
        options.setPrefWidth(340);
        TableColumn<PlanChange, String> touched = new TableColumn<>();
        ColumnHeaderLabel.on(touched, Messages.get("compare.wardTasks"));
        touched.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join(", ", c.getValue().wardTasks())));
        touched.setPrefWidth(240);
        // at 150 % text the titles wrap between words instead of ending in "…" ("Nhiệm vụ của ph…")
        table.getColumns().add(kind);
        table.getColumns().add(what);
        table.getColumns().add(options);
        table.getColumns().add(touched);
        table.setPlaceholder(new Label(Messages.get("compare.none")));
        // the columns share the dialog's width (the text column takes what the others leave)
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setItems(model.changes());
        table.getSelectionModel().selectedItemProperty().addListener((o, old, c) -> {
            if (c != null) {
                model.selectedProperty().set(c);
            }
        });
        model.selectedProperty().addListener((o, old, c) -> select(c));
        select(model.selectedProperty().get());
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPrefRowCount(3);
        detail.textProperty().bind(model.detailProperty());
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
        target.setItems(model.targets());
        target.valueProperty().bindBidirectional(model.targetProperty());
        target.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(target, Priority.ALWAYS);
        retarget.setOnAction(e -> model.retarget());
        accept.setOnAction(e -> model.accept());
        acceptAll.setOnAction(e -> model.acceptAll());
        undo.setOnAction(e -> model.undo());
        accept.disableProperty().bind(model.acceptDisabled());
        acceptAll.disableProperty().bind(model.acceptDisabled());
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button close = new Button(Messages.get("compare.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        progress.visibleProperty().bind(model.busyProperty());
        progress.setPrefSize(24, 24);
        keepOld.setId("keepOld");
        deleteWard.setId("deleteWard");
        candidates.setId("candidates");
        keepOld.setOnAction(e -> model.keepOld());
        deleteWard.setOnAction(e -> model.deleteWardTasks());
        keepOld.setWrapText(true);
        model.candidates().addListener((javafx.collections.ListChangeListener<ParentComparisonViewModel.Candidate>)
                c -> showCandidates());
        showCandidates();
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
        mapping.visibleProperty().bind(model.mappableProperty());
        // buttons and labels keep their whole text at every text size; the status line wraps on its own row
        for (javafx.scene.control.Labeled l : List.of(mapTo, retarget, keepOld, deleteWard, deleteWardSameParent, accept,
                acceptAll, undo, close)) {
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        status.textProperty().bind(model.statusProperty());
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
        stage.titleProperty().bind(model.titleProperty());
        deleteWardSameParent.setId("deleteRemoved");
        deleteWardSameParent.setOnAction(e -> model.deleteWardTasks());
        deleteWardSameParent.managedProperty().bind(deleteWardSameParent.visibleProperty());
        deleteWardSameParent.visibleProperty().bind(model.removableProperty());
        stage.setScene(ScreenFit.scene(root, 1200, 720));
        stage.show();
    }

    private void select(PlanChange c) {
        if (c == null) {
            table.getSelectionModel().clearSelection();
        } else if (table.getSelectionModel().getSelectedItem() != c) {
            table.getSelectionModel().select(c);
        }
    }

    /** The top three points as boxes to tick; ticking one or more makes the ward task follow them. */
    private void showCandidates() {
        filling = true;
        candidates.getChildren().clear();
        int i = 0;
        for (ParentComparisonViewModel.Candidate k : model.candidates()) {
            CheckBox box = new CheckBox(k.text());
            box.setId("candidate-" + i++);
            box.setWrapText(true);
            box.setUserData(k.key());
            box.setSelected(k.chosen());
            box.selectedProperty().addListener((o, was, now) -> chooseCandidates());
            candidates.getChildren().add(box);
        }
        filling = false;
    }

    private void chooseCandidates() {
        if (filling) {
            return;
        }
        model.chooseCandidates(candidates.getChildren().stream().map(n -> (CheckBox) n).filter(CheckBox::isSelected)
                .map(b -> (String) b.getUserData()).toList());
    }

    /** Deleting ward tasks: shown one by one in a list and confirmed by the officer. */
    private boolean confirmDelete(ParentComparisonViewModel.Deletion d) {
        ButtonType delete = new ButtonType(Messages.get("compare.deleteYes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("compare.deleteNo"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, String.join("\n", d.lines()), delete, cancel);
        a.initOwner(stage);
        a.setTitle(Messages.get("compare.deleteTitle"));
        a.setHeaderText(d.header());
        a.getDialogPane().setId("deleteConfirm");
        return a.showAndWait().orElse(cancel) == delete;
    }

    private void error(String message) {
        Alert a = new Alert(Alert.AlertType.WARNING, message);
        a.initOwner(stage);
        a.setHeaderText(null);
        a.show();
    }
}
