package vn.plandesk.ui.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
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
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.Signer;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.WardRole;
import vn.plandesk.service.Messages;
import vn.plandesk.service.derive.BodyText;
import vn.plandesk.service.derive.DeriveRequest;
import vn.plandesk.service.derive.DerivationService;
import vn.plandesk.service.derive.NameAdaptation;
import vn.plandesk.service.derive.ParentTask;
import vn.plandesk.service.derive.PlanBody;
import vn.plandesk.service.derive.WardDerivation;
import vn.plandesk.service.derive.WardIdentity;
import vn.plandesk.service.derive.WardPlanDraft;
import vn.plandesk.service.derive.WardUnitRegistry;
import vn.plandesk.ui.ScreenFit;

/**
 * "Tạo kế hoạch của phường/xã từ kế hoạch của tỉnh": three steps — the parent plan and the ward; the parent's tasks by
 * group with check boxes and, for the task in focus, the ward's role, units and texts; the plan body drafted from the
 * parent. Creating stores the plan with its parent's snapshot and reports the new id.
 */
public final class DeriveWizard {
    private final DerivationService derivations;
    private final WardUnitRegistry units;
    private final Consumer<Long> onCreated;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private final Label stepTitle = new Label();
    private final Button back = new Button(Messages.get("derive.back"));
    private final Button next = new Button(Messages.get("derive.next"));
    private final Button create = new Button(Messages.get("derive.create"));

    // step 1
    private final ComboBox<PlanSummary> parentPlan = new ComboBox<>();
    private final ChoiceBox<String> level = new ChoiceBox<>(FXCollections.observableArrayList(WardIdentity.WARD, WardIdentity.COMMUNE));
    private final TextField wardName = new TextField();
    private final TextField locality = new TextField();
    // step 2
    private final TreeView<Object> taskTree = new TreeView<>();
    private final Map<String, TaskChoiceRow> rows = new LinkedHashMap<>();
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

    private Plan parent;
    private Long parentId;
    private Long preselected;
    /** The step shown: 0 parent and ward, 1 tasks, 2 body. */
    private final javafx.beans.property.IntegerProperty step = new javafx.beans.property.SimpleIntegerProperty(-1);

    public DeriveWizard(DerivationService derivations, WardUnitRegistry units, Consumer<Long> onCreated) {
        this.derivations = derivations;
        this.units = units;
        this.onCreated = onCreated;
        this.editor = new TaskEditor(units.units());
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
        parentPlan.setItems(FXCollections.observableArrayList(derivations.list()));
        parentPlan.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlanSummary p) {
                return p == null ? "" : describe(p);
            }

            @Override
            public PlanSummary fromString(String s) {
                return null;
            }
        });
        parentPlan.setMaxWidth(Double.MAX_VALUE);
        parentPlan.getItems().stream().filter(p -> preselected != null && p.id() == preselected).findFirst()
                .ifPresent(parentPlan::setValue);
        level.setValue(WardIdentity.WARD);
        wardName.textProperty().addListener((o, old, now) -> {
            if (locality.getText().isBlank() || locality.getText().equals(old)) {
                locality.setText(now);
            }
        });
        next.disableProperty().bind(Bindings.createBooleanBinding(
                () -> step.get() == 0 && (parentPlan.getValue() == null || wardName.getText().isBlank()),
                step, parentPlan.valueProperty(), wardName.textProperty()));
        back.setOnAction(e -> go(step.get() - 1));
        next.setOnAction(e -> go(step.get() + 1));
        create.setOnAction(e -> create());
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
        go(0);
        stage.setTitle(Messages.get("derive.title"));
        stage.setScene(ScreenFit.scene(root, 1280, 800));
        stage.show();
    }

    private static String describe(PlanSummary p) {
        String ref = p.number().isEmpty() ? Messages.get("derive.noNumber") : p.ref().citation();
        return ref + " — " + p.issuer() + " — " + Messages.get("cli.plans.tasks", p.tasks()) + " — " + p.title();
    }

    private void go(int target) {
        try {
            if (target == 1 && step.get() == 0) {
                loadParent();
            }
            if (target == 2 && step.get() == 1) {
                if (chosen().isEmpty()) {
                    throw new PlanDeskException("derive.noTasks");
                }
                draftBody();
            }
        } catch (PlanDeskException e) {
            error(e);
            return;
        }
        step.set(target);
        stepTitle.setText(Messages.get("derive.step" + (target + 1)));
        root.setCenter(switch (target) {
            case 0 -> stepParent();
            case 1 -> stepTasks();
            default -> stepBody();
        });
        back.setDisable(target == 0);
        next.setVisible(target < 2);
        create.setVisible(target == 2);
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
        issuer.textProperty().bind(Bindings.createStringBinding(() -> ward().issuer(), level.valueProperty(), wardName.textProperty()));
        g.addRow(4, new Label(Messages.get("derive.issuer")), issuer);
        GridPane.setHgrow(parentPlan, Priority.ALWAYS);
        // a long plan title in the list must not squeeze the labels to "…"
        parentPlan.setPrefWidth(400);
        g.getChildren().stream().filter(n -> GridPane.getColumnIndex(n) == 0)
                .forEach(n -> ((Label) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        return g;
    }

    private WardIdentity ward() {
        return new WardIdentity(level.getValue(), wardName.getText(), locality.getText());
    }

    private void loadParent() {
        PlanSummary s = parentPlan.getValue();
        if (parentId != null && parentId == s.id()) {
            return;
        }
        parentId = s.id();
        parent = derivations.plan(s.id());
        rows.clear();
        WardIdentity w = ward();
        for (ParentTask p : ParentTask.of(parent)) {
            rows.put(p.key(), new TaskChoiceRow(p, WardDerivation.suggestion(p, w)));
        }
        CheckBoxTreeItem<Object> top = new CheckBoxTreeItem<>(parent.ref().citation());
        top.setExpanded(true);
        for (TaskGroup g : parent.groups()) {
            CheckBoxTreeItem<Object> gi = new CheckBoxTreeItem<>(g);
            for (ParentTask p : ParentTask.of(parent)) {
                if (p.group() == g.number()) {
                    TaskChoiceRow row = rows.get(p.key());
                    CheckBoxTreeItem<Object> ti = new CheckBoxTreeItem<>(row);
                    ti.selectedProperty().bindBidirectional(row.chosen);
                    row.chosen.addListener((o, old, now) -> updateCount());
                    gi.getChildren().add(ti);
                }
            }
            gi.setExpanded(true);
            top.getChildren().add(gi);
        }
        taskTree.setRoot(top);
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
                editor.edit(item != null && item.getValue() instanceof TaskChoiceRow r ? r : null, ward().level()));
        updateCount();
    }

    private void updateCount() {
        chosenCount.setText(Messages.get("derive.chosen", chosen().size(), rows.size()));
    }

    private Node stepTasks() {
        Button all = new Button(Messages.get("derive.chooseAll"));
        all.setId("chooseAll");
        all.setOnAction(e -> rows.values().forEach(r -> r.chosen.set(true)));
        Button none = new Button(Messages.get("derive.chooseNone"));
        none.setOnAction(e -> rows.values().forEach(r -> r.chosen.set(false)));
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

    private List<TaskChoiceRow> chosen() {
        return rows.values().stream().filter(r -> r.chosen.get()).toList();
    }

    private void draftBody() {
        PlanBody body = WardPlanDraft.body(parent, ward());
        summary.setText(body.summary());
        legalBases.setText(String.join("\n", body.legalBases()));
        introduction.setText(String.join("\n", body.introduction()));
        sections.setText(BodyText.format(body.sections()));
        recipients.setText(String.join("\n", body.recipients()));
        signerTitle.setText(body.signer().title());
        signerName.setText(body.signer().name());
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

    private void create() {
        List<String> lines = List.of(legalBases.getText().split("\n"));
        PlanBody body = new PlanBody(summary.getText(), lines, List.of(introduction.getText().split("\n")),
                BodyText.parse(sections.getText()), List.of(recipients.getText().split("\n")),
                new Signer(List.of(), signerTitle.getText(), signerName.getText()));
        List<vn.plandesk.service.derive.TaskChoice> choices = new ArrayList<>();
        chosen().forEach(r -> choices.add(r.choice()));
        try {
            long id = derivations.derive(parentId, new DeriveRequest(parent, ward(), choices, body));
            stage.close();
            onCreated.accept(id);
        } catch (PlanDeskException e) {
            error(e);
        }
    }

    private void error(PlanDeskException e) {
        Alert a = new Alert(Alert.AlertType.WARNING, Messages.of(e));
        a.initOwner(stage);
        a.setHeaderText(null);
        a.show();
    }

    /** The form for the task in focus: role, units, name with suggested rewordings, result, time, note. */
    static final class TaskEditor {
        private final List<String> unitNames;
        private final VBox box = new VBox(6);
        private final ComboBox<WardRole> role = new ComboBox<>(FXCollections.observableArrayList(WardRole.values()));
        private final ListView<String> lead = new ListView<>();
        private final ListView<String> coordinating = new ListView<>();
        private final TextArea name = new TextArea();
        private final Label suggestions = new Label();
        private final Button applySuggestions = new Button(Messages.get("derive.applySuggestions"));
        private final TextField result = new TextField();
        private final TextField deadline = new TextField();
        private final TextField note = new TextField();
        private final Label parentName = new Label();
        private TaskChoiceRow row;

        TaskEditor(List<String> unitNames) {
            this.unitNames = unitNames;
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
            HBox unitLists = new HBox(8, titled(Messages.get("derive.leadUnits"), lead),
                    titled(Messages.get("derive.coordinatingUnits"), coordinating));
            box.getChildren().addAll(parentName, titled(Messages.get("derive.role"), role), unitLists,
                    titled(Messages.get("derive.taskName"), name), new HBox(8, applySuggestions, suggestions),
                    titled(Messages.get("derive.result"), result), titled(Messages.get("derive.deadline"), deadline),
                    titled(Messages.get("derive.note"), note));
            box.setPadding(new Insets(0, 0, 0, 8));
            edit(null, WardIdentity.WARD);
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

        void edit(TaskChoiceRow next, String level) {
            if (row != null) {
                role.valueProperty().unbindBidirectional(row.role);
                name.textProperty().unbindBidirectional(row.name);
                result.textProperty().unbindBidirectional(row.result);
                deadline.textProperty().unbindBidirectional(row.deadline);
                note.textProperty().unbindBidirectional(row.note);
            }
            row = next;
            box.setDisable(row == null);
            if (row == null) {
                parentName.setText(Messages.get("derive.pickTask"));
                lead.setItems(FXCollections.observableArrayList());
                coordinating.setItems(FXCollections.observableArrayList());
                suggestions.setText("");
                return;
            }
            parentName.setText(Messages.get("derive.parentTask", row.parent.key(), row.parent.task().name()));
            role.valueProperty().bindBidirectional(row.role);
            name.textProperty().bindBidirectional(row.name);
            result.textProperty().bindBidirectional(row.result);
            deadline.textProperty().bindBidirectional(row.deadline);
            note.textProperty().bindBidirectional(row.note);
            unitList(lead, row.leadUnits);
            unitList(coordinating, row.coordinatingUnits);
            NameAdaptation adaptation = new NameAdaptation(level);
            List<NameAdaptation.Suggestion> found = adaptation.suggestions(row.parent.task().name());
            suggestions.setText(found.isEmpty() ? Messages.get("derive.noSuggestions")
                    : Messages.get("derive.suggestions", String.join("; ",
                    found.stream().map(s -> "“" + s.from() + "” → “" + s.to() + "”").toList())));
            applySuggestions.setDisable(found.isEmpty());
            TaskChoiceRow r = row;
            applySuggestions.setOnAction(e -> r.name.set(adaptation.adapt(r.name.get())));
            // choosing a task's details means choosing the task
            row.chosen.set(true);
        }

        /** A list of the registry's units with a check box each, bound to the row's list. */
        private void unitList(ListView<String> view, List<String> selected) {
            List<String> all = new ArrayList<>(unitNames);
            selected.stream().filter(u -> !all.contains(u)).forEach(all::add);
            view.setItems(FXCollections.observableArrayList(all));
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
                    box.setOnAction(e -> {
                        if (box.isSelected()) {
                            // keep the registry's order
                            selected.add(unit);
                            selected.sort(java.util.Comparator.comparingInt(all::indexOf));
                        } else {
                            selected.remove(unit);
                        }
                    });
                    setGraphic(box);
                }
            });
        }
    }
}
