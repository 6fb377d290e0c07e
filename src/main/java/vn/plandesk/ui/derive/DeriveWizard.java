package vn.plandesk.ui.derive;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.cell.CheckBoxTreeCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.WardRole;
import vn.plandesk.service.Messages;
import vn.plandesk.service.derive.DerivationService;
import vn.plandesk.service.derive.WardUnitRegistry;
import vn.plandesk.ui.ListOnOpenComboBox;
import vn.plandesk.ui.ScreenFit;

/**
 * "Tạo kế hoạch của phường/xã từ kế hoạch của tỉnh": three steps — the parent plan and the ward; the parent's tasks by
 * group with check boxes and, for the task in focus, the ward's role, units and texts; the plan body drafted from the
 * parent. Creating stores the plan with its parent's snapshot and reports the new id. The view builds the controls and
 * binds them to its {@link DeriveWizardViewModel}, which holds the state and calls the services.
 */
public final class DeriveWizard {
    private final DeriveWizardViewModel model;
    private final Consumer<Long> onCreated;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private final Label stepTitle = new Label();
    private final Button back = new Button(Messages.get("derive.back"));
    private final Button next = new Button(Messages.get("derive.next"));
    private final Button create = new Button(Messages.get("derive.create"));

    // step 1
    private final ComboBox<PlanSummary> parentPlan = new ListOnOpenComboBox<>();
    private final ChoiceBox<String> level = new ChoiceBox<>();
    private final TextField wardName = new TextField();
    private final TextField locality = new TextField();
    // step 2
    private final TreeView<Object> taskTree = new TreeView<>();
    private final TaskEditor editor;
    private final Label chosenCount = new Label();
    // step 3
    private final TextField summary = new TextField();
    private final TextArea legalBases = new TextArea();
    private final TextArea introduction = new TextArea();
    private final TextArea sections = new TextArea();
    private final TextArea recipients = new TextArea();
    private final TextField signerTitle = new TextField();
    private final TextField signerName = new TextField();

    private Long preselected;

    public DeriveWizard(DerivationService derivations, WardUnitRegistry units, Consumer<Long> onCreated) {
        this.model = new DeriveWizardViewModel(derivations, units);
        this.onCreated = onCreated;
        this.editor = new TaskEditor(model);
        model.setOnProblem(this::error);
    }

    public Stage stage() {
        return stage;
    }

    /** Chooses the parent plan beforehand (the province plan open in the window); call before {@link #show()}. */
    public void preselect(long planId) {
        preselected = planId;
    }

    public void show() {
        parentPlan.setId("parentPlan");
        wardName.setId("wardName");
        locality.setId("locality");
        level.setId("wardLevel");
        back.setId("back");
        next.setId("next");
        create.setId("create");
        taskTree.setId("taskTree");
        summary.setId("summary");
        legalBases.setId("legalBases");
        sections.setId("sections");
        model.start(preselected);
        parentPlan.setItems(model.parents());
        parentPlan.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlanSummary p) {
                return p == null ? "" : DeriveWizardViewModel.describe(p);
            }

            @Override
            public PlanSummary fromString(String s) {
                return null;
            }
        });
        parentPlan.setMaxWidth(Double.MAX_VALUE);
        parentPlan.valueProperty().bindBidirectional(model.parentPlanProperty());
        level.setItems(FXCollections.observableArrayList(model.levels()));
        level.valueProperty().bindBidirectional(model.levelProperty());
        wardName.textProperty().bindBidirectional(model.wardNameProperty());
        locality.textProperty().bindBidirectional(model.localityProperty());
        summary.textProperty().bindBidirectional(model.summaryProperty());
        legalBases.textProperty().bindBidirectional(model.legalBasesProperty());
        introduction.textProperty().bindBidirectional(model.introductionProperty());
        sections.textProperty().bindBidirectional(model.sectionsProperty());
        recipients.textProperty().bindBidirectional(model.recipientsProperty());
        signerTitle.textProperty().bindBidirectional(model.signerTitleProperty());
        signerName.textProperty().bindBidirectional(model.signerNameProperty());
        chosenCount.textProperty().bind(model.chosenCountProperty());
        setUpTree();
        model.parentProperty().addListener((o, old, p) -> buildTree(p));
        model.stepProperty().addListener((o, old, s) -> showStep(s.intValue()));
        next.disableProperty().bind(model.nextDisabled());
        back.setOnAction(e -> model.back());
        next.setOnAction(e -> model.next());
        create.setOnAction(e -> model.create().ifPresent(id -> {
            stage.close();
            onCreated.accept(id);
        }));
        Button cancel = new Button(Messages.get("derive.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        next.managedProperty().bind(next.visibleProperty());
        create.managedProperty().bind(create.visibleProperty());
        HBox buttons = new HBox(8, back, next, create, cancel);
        buttons.setPadding(new Insets(8));
        stepTitle.setStyle("-fx-font-size: 1.25em; -fx-font-weight: bold;");
        stepTitle.setPadding(new Insets(8));
        root.setTop(stepTitle);
        root.setBottom(buttons);
        showStep(model.stepProperty().get());
        stage.setTitle(Messages.get("derive.title"));
        stage.setScene(ScreenFit.scene(root, 1280, 800));
        stage.show();
    }

    private void showStep(int step) {
        stepTitle.setText(model.stepTitle());
        root.setCenter(switch (step) {
            case DeriveWizardViewModel.PARENT -> stepParent();
            case DeriveWizardViewModel.TASKS -> stepTasks();
            default -> stepBody();
        });
        back.setDisable(step == DeriveWizardViewModel.PARENT);
        next.setVisible(step < DeriveWizardViewModel.BODY);
        create.setVisible(step == DeriveWizardViewModel.BODY);
    }

    private Node stepParent() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(16));
        g.addRow(0, new Label(Messages.get("derive.parent")), parentPlan);
        g.addRow(1, new Label(Messages.get("derive.level")), level);
        g.addRow(2, new Label(Messages.get("derive.wardName")), wardName);
        g.addRow(3, new Label(Messages.get("derive.locality")), locality);
        Label issuer = new Label();
        issuer.textProperty().bind(model.issuer());
        g.addRow(4, new Label(Messages.get("derive.issuer")), issuer);
        GridPane.setHgrow(parentPlan, Priority.ALWAYS);
        // a long plan title in the list must not squeeze the labels to "…"
        parentPlan.setPrefWidth(400);
        g.getChildren().stream().filter(n -> GridPane.getColumnIndex(n) == 0)
                .forEach(n -> ((Label) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        return g;
    }

    /** The parent's groups with their tasks, each with a check box bound to its row's choice. */
    private void buildTree(Plan parent) {
        CheckBoxTreeItem<Object> top = new CheckBoxTreeItem<>(parent.ref().citation());
        top.setExpanded(true);
        for (TaskGroup g : parent.groups()) {
            CheckBoxTreeItem<Object> gi = new CheckBoxTreeItem<>(g);
            for (TaskChoiceRow row : model.rows(g.number())) {
                CheckBoxTreeItem<Object> ti = new CheckBoxTreeItem<>(row);
                ti.selectedProperty().bindBidirectional(row.chosen);
                gi.getChildren().add(ti);
            }
            gi.setExpanded(true);
            top.getChildren().add(gi);
        }
        taskTree.setRoot(top);
    }

    private void setUpTree() {
        taskTree.setShowRoot(false);
        taskTree.setCellFactory(t -> new CheckBoxTreeCell<>(item -> ((CheckBoxTreeItem<Object>) item).selectedProperty(),
                new StringConverter<TreeItem<Object>>() {
                    @Override
                    public String toString(TreeItem<Object> item) {
                        Object v = item.getValue();
                        if (v instanceof TaskGroup g) {
                            return g.roman() + ". " + g.title();
                        }
                        if (v instanceof TaskChoiceRow r) {
                            return r.parent.key() + ". " + r.parent.task().name();
                        }
                        return String.valueOf(v);
                    }

                    @Override
                    public TreeItem<Object> fromString(String s) {
                        return null;
                    }
                }));
        taskTree.getSelectionModel().selectedItemProperty().addListener((o, old, item) ->
                model.focus(item != null && item.getValue() instanceof TaskChoiceRow r ? r : null));
    }

    private Node stepTasks() {
        Button all = new Button(Messages.get("derive.chooseAll"));
        all.setId("chooseAll");
        all.setOnAction(e -> model.chooseAll());
        Button none = new Button(Messages.get("derive.chooseNone"));
        none.setOnAction(e -> model.chooseNone());
        HBox bar = new HBox(8, all, none, chosenCount);
        bar.setPadding(new Insets(0, 0, 6, 0));
        VBox left = new VBox(bar, taskTree);
        VBox.setVgrow(taskTree, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, editor.node());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        split.setPadding(new Insets(0, 8, 0, 8));
        return split;
    }

    private Node stepBody() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(8, 16, 8, 16));
        legalBases.setPrefRowCount(4);
        introduction.setPrefRowCount(2);
        sections.setPrefRowCount(14);
        recipients.setPrefRowCount(4);
        for (TextArea a : List.of(legalBases, introduction, sections, recipients)) {
            a.setWrapText(true);
        }
        g.addRow(0, new Label(Messages.get("derive.summary")), summary);
        g.addRow(1, new Label(Messages.get("derive.legalBases")), legalBases);
        g.addRow(2, new Label(Messages.get("derive.introduction")), introduction);
        g.addRow(3, new Label(Messages.get("derive.sections")), sections);
        g.addRow(4, new Label(Messages.get("derive.recipients")), recipients);
        g.addRow(5, new Label(Messages.get("derive.signer")), new HBox(8, signerTitle, signerName));
        GridPane.setHgrow(sections, Priority.ALWAYS);
        GridPane.setVgrow(sections, Priority.ALWAYS);
        // a label stands by the first line of its text box, not by its middle
        g.getChildren().stream().filter(n -> GridPane.getColumnIndex(n) == 0)
                .forEach(n -> GridPane.setValignment(n, javafx.geometry.VPos.TOP));
        Label hint = new Label(Messages.get("derive.sectionsHint"));
        hint.setWrapText(true);
        g.add(hint, 1, 6);
        return g;
    }

    private void error(String sentence) {
        Alert a = new Alert(Alert.AlertType.WARNING, sentence);
        a.initOwner(stage);
        a.setHeaderText(null);
        a.show();
    }

    /** The form for the task in focus: role, units, name with suggested rewordings, result, time, note. */
    static final class TaskEditor {
        private final DeriveWizardViewModel model;
        private final VBox box = new VBox(6);
        private final ComboBox<WardRole> role = new ListOnOpenComboBox<>(FXCollections.observableArrayList(WardRole.values()));
        private final ListView<String> lead = new ListView<>();
        private final ListView<String> coordinating = new ListView<>();
        private final TextArea name = new TextArea();
        private final Label suggestions = new Label();
        private final Button applySuggestions = new Button(Messages.get("derive.applySuggestions"));
        private final TextField result = new TextField();
        private final TextField deadline = new TextField();
        private final TextField note = new TextField();
        private final Label parentName = new Label();

        TaskEditor(DeriveWizardViewModel model) {
            this.model = model;
            role.setId("role");
            name.setId("taskName");
            result.setId("result");
            deadline.setId("deadline");
            note.setId("note");
            lead.setId("leadUnits");
            coordinating.setId("coordinatingUnits");
            lead.setPlaceholder(vn.plandesk.ui.FxLocalization.emptyPlaceholder());
            coordinating.setPlaceholder(vn.plandesk.ui.FxLocalization.emptyPlaceholder());
            applySuggestions.setId("applySuggestions");
            role.setConverter(new StringConverter<>() {
                @Override
                public String toString(WardRole r) {
                    return r == null ? "" : r.printed();
                }

                @Override
                public WardRole fromString(String s) {
                    return WardRole.fromPrinted(s);
                }
            });
            name.setWrapText(true);
            name.setPrefRowCount(4);
            parentName.setWrapText(true);
            suggestions.setWrapText(true);
            lead.setPrefHeight(150);
            coordinating.setPrefHeight(150);
            parentName.textProperty().bind(model.focusTitleProperty());
            suggestions.textProperty().bind(model.suggestionsProperty());
            applySuggestions.disableProperty().bind(model.noSuggestionsProperty());
            applySuggestions.setOnAction(e -> model.applySuggestions());
            HBox unitLists = new HBox(8, titled(Messages.get("derive.leadUnits"), lead),
                    titled(Messages.get("derive.coordinatingUnits"), coordinating));
            box.getChildren().addAll(parentName, titled(Messages.get("derive.role"), role), unitLists,
                    titled(Messages.get("derive.taskName"), name), new HBox(8, applySuggestions, suggestions),
                    titled(Messages.get("derive.result"), result), titled(Messages.get("derive.deadline"), deadline),
                    titled(Messages.get("derive.note"), note));
            box.setPadding(new Insets(0, 0, 0, 8));
            model.focusedProperty().addListener((o, old, now) -> edit(old, now));
            edit(null, null);
        }

        Node node() {
            return box;
        }

        private static Node titled(String title, Node content) {
            Label l = new Label(title);
            l.setStyle("-fx-font-weight: bold;");
            VBox v = new VBox(2, l, content);
            HBox.setHgrow(v, Priority.ALWAYS);
            return v;
        }

        private void edit(TaskChoiceRow old, TaskChoiceRow row) {
            if (old != null) {
                role.valueProperty().unbindBidirectional(old.role);
                name.textProperty().unbindBidirectional(old.name);
                result.textProperty().unbindBidirectional(old.result);
                deadline.textProperty().unbindBidirectional(old.deadline);
                note.textProperty().unbindBidirectional(old.note);
            }
            box.setDisable(row == null);
            if (row == null) {
                lead.setItems(FXCollections.observableArrayList());
                coordinating.setItems(FXCollections.observableArrayList());
                return;
            }
            role.valueProperty().bindBidirectional(row.role);
            name.textProperty().bindBidirectional(row.name);
            result.textProperty().bindBidirectional(row.result);
            deadline.textProperty().bindBidirectional(row.deadline);
            note.textProperty().bindBidirectional(row.note);
            unitList(lead, row.leadUnits);
            unitList(coordinating, row.coordinatingUnits);
        }

        /** A list of the offered units with a check box each, bound to the row's list. */
        private void unitList(ListView<String> view, List<String> selected) {
            view.setItems(FXCollections.observableArrayList(model.unitChoices(selected)));
            view.setCellFactory(v -> new ListCell<>() {
                private final CheckBox box = new CheckBox();

                @Override
                protected void updateItem(String unit, boolean empty) {
                    super.updateItem(unit, empty);
                    if (empty || unit == null) {
                        setGraphic(null);
                        return;
                    }
                    box.setText(unit);
                    box.setOnAction(null);
                    box.setSelected(selected.contains(unit));
                    box.setOnAction(e -> model.setUnit(selected, unit, box.isSelected()));
                    setGraphic(box);
                }
            });
        }
    }
}
