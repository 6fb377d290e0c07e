package vn.plandesk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import vn.plandesk.model.Text;
import vn.plandesk.model.WardRole;
import vn.plandesk.service.Messages;

/**
 * The selected task's details, every field editable, multi-line where the text is long. A field's change is kept when
 * the officer leaves the field (or presses Enter in a one-line field, Ctrl+Enter in a multi-line one), and before the
 * window shows another task, page or plan or closes ({@link WindowContext#keepPendingEdits()}): one edit, one entry
 * in the undo history. The form builds the controls and binds them to its {@link TaskDetailFormViewModel}, which
 * holds the task's fields and writes their changes.
 */
final class TaskDetailForm extends ScrollPane {
    private final TaskDetailFormViewModel model;
    private final VBox box = new VBox();
    private final Label empty = new Label(Messages.get("form.noTask"));
    private final Label number = new Label();
    private final TextField parentNumber = new TextField();
    private final TextArea name = area("form-name", 4);
    /**
     * The ward's role as a choice of three, each wrapping on the form's width: a drop-down cut "Chủ trì thực hiện"
     * to "Chủ trì thực ..." at 150 % text.
     */
    private final VBox role = new VBox();
    private final javafx.scene.control.ToggleGroup roles = new javafx.scene.control.ToggleGroup();
    private final TextField leader = new TextField();
    private final UnitListEditor leadUnits;
    private final UnitListEditor coordinatingUnits;
    private final TextArea result = area("form-result", 2);
    private final TextField deadline = new TextField();
    /** The day the work begins, drawn on the timeline; empty: with the plan. */
    private final javafx.scene.control.DatePicker start = new javafx.scene.control.DatePicker();
    private final Label meaning = new Label();
    private final TextArea note = area("form-note", 2);
    private final Label flag = new Label(Messages.get("form.yearInferred"));
    private final List<KindField> wardOnly = new ArrayList<>();
    private final List<KindField> provinceOnly = new ArrayList<>();

    TaskDetailForm(WindowContext context) {
        this.model = new TaskDetailFormViewModel(context);
        setId("task-form");
        getStyleClass().add("task-form");
        setFitToWidth(true);
        // the form narrows with its column rather than growing past it (text at 150 % included)
        setHbarPolicy(ScrollBarPolicy.NEVER);
        for (TextInputControl f : List.of(parentNumber, leader, deadline)) {
            ((TextField) f).setPrefColumnCount(6);
        }
        box.getStyleClass().add("form-box");
        Label heading = new Label(Messages.get("form.title"));
        heading.getStyleClass().add("form-heading");
        empty.setWrapText(true);
        flag.getStyleClass().add("flag-note");
        flag.setWrapText(true);
        flag.setMinWidth(0);
        box.setMinWidth(0);
        number.setId("form-number");
        parentNumber.setId("form-parentNumber");
        role.setId("form-role");
        leader.setId("form-leader");
        deadline.setId("form-deadline");
        meaning.setId("form-meaning");
        meaning.setWrapText(true);
        meaning.getStyleClass().add("deadline-meaning");
        leader.setPromptText(Messages.get("form.leaderPrompt"));
        leadUnits = new UnitListEditor("form-leadUnits", model::knownUnits);
        coordinatingUnits = new UnitListEditor("form-coordinatingUnits", model::knownUnits);
        FocusAutoCompletion.bind(leader, r -> model.knownLeaders().stream()
                .filter(l -> Text.fold(l).contains(Text.fold(r.getUserText()))).toList());

        role.getStyleClass().add("role-choice");
        for (WardRole r : new WardRole[] {WardRole.LEAD, WardRole.COORDINATE, null}) {
            javafx.scene.control.RadioButton b = new javafx.scene.control.RadioButton(
                    Messages.get(r == null ? "role.none" : "role." + r.name()));
            b.setId("form-role-" + (r == null ? "none" : r.name()));
            b.setUserData(r);
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setToggleGroup(roles);
            b.setOnAction(e -> model.chooseRole(r));
            role.getChildren().add(b);
        }
        // after every load, also when the role stays the same: a click whose edit was refused must not stay shown
        model.loadsProperty().addListener((o, old, n) -> showRole());

        FlowPane years = new FlowPane();
        years.getStyleClass().add("year-boxes");
        for (int year : model.years()) {
            CheckBox cb = new CheckBox(String.valueOf(year));
            cb.setId("form-year-" + year);
            cb.selectedProperty().bindBidirectional(model.yearProperty(year));
            cb.setOnAction(e -> model.keepYear(year));
            years.getChildren().add(cb);
        }
        start.setId("form-start");
        start.setEditable(true);
        start.setMaxWidth(Double.MAX_VALUE);
        start.setPromptText(Messages.get("form.startPrompt"));
        HoverTooltip.install(start, () -> new javafx.scene.control.Tooltip(Messages.get("form.startTip")));
        start.setConverter(new javafx.util.converter.LocalDateStringConverter(
                vn.plandesk.model.OfficialDate.SCREEN, null));
        start.valueProperty().bindBidirectional(model.startProperty());

        keepOnLeave(parentNumber, model.parentNumber());
        keepOnLeave(name, model.name());
        keepOnLeave(leader, model.leader());
        keepOnLeave(result, model.result());
        keepOnLeave(deadline, model.deadline());
        keepOnLeave(note, model.note());
        leadUnits.setOnChange(model::setLeadUnits);
        coordinatingUnits.setOnChange(model::setCoordinatingUnits);
        model.leadUnitsProperty().addListener((o, old, u) -> leadUnits.setUnits(u));
        model.coordinatingUnitsProperty().addListener((o, old, u) -> coordinatingUnits.setUnits(u));
        // after the view model's text fields: a unit or a date typed but not yet entered is kept too
        context.addPendingEdit(() -> {
            leadUnits.keepTyped();
            coordinatingUnits.keepTyped();
            keepTypedDate(start);
        });
        meaning.textProperty().bind(model.meaningProperty());
        model.unreadableProperty().addListener((o, was, bad) -> {
            meaning.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("unreadable"), bad);
            deadline.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("unreadable"), bad);
        });

        Node pn = field("form.parentNumber", parentNumber);
        Node rl = field("form.role", role);
        Node ld = field("form.leader", leader);
        Node yr = field("form.years", years);
        wardOnly.addAll(List.of(new KindField(pn), new KindField(rl)));
        provinceOnly.addAll(List.of(new KindField(ld), new KindField(yr)));
        box.getChildren().addAll(heading, empty, field("form.number", number), flag, wardOnly.get(0),
                field("form.name", name), wardOnly.get(1), provinceOnly.get(0), field("form.leadUnits", leadUnits),
                field("form.coordinatingUnits", coordinatingUnits), field("form.result", result),
                field("form.deadline", deadline), meaning, field("form.start", start), provinceOnly.get(1),
                field("form.note", note), progress());
        setContent(box);
        number.textProperty().bind(model.numberProperty());
        model.hasTaskProperty().addListener((o, was, has) -> {
            showKind(model.wardProperty().get()); // a plan of the kind the window opened without a task
            showTask(has);
        });
        model.wardProperty().addListener((o, was, w) -> showKind(w));
        model.yearInferredProperty().addListener((o, was, inferred) -> show(flag, inferred));
        leadUnits.setUnits(model.leadUnitsProperty().get());
        coordinatingUnits.setUnits(model.coordinatingUnitsProperty().get());
        show(flag, model.yearInferredProperty().get());
        showKind(model.wardProperty().get());
        showTask(model.hasTaskProperty().get());
        showRole();
    }

    /**
     * The task's status and result in the period of the tracking page (else the current quarter), recorded as on the
     * page: each change one step of undo. Shown when the window tracks progress.
     */
    private Node progress() {
        Label heading = new Label();
        heading.setId("form-progress-period");
        heading.getStyleClass().add("form-heading");
        heading.setWrapText(true);
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.get("form.progress", model.progressPeriodProperty().get()),
                model.progressPeriodProperty()));
        javafx.scene.control.ComboBox<vn.plandesk.model.tracking.ProgressStatus> status =
                new ListOnOpenComboBox<>();
        status.setId("form-progress-status");
        status.getItems().setAll(vn.plandesk.model.tracking.ProgressStatus.values());
        status.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(vn.plandesk.model.tracking.ProgressStatus s) {
                return s == null ? "" : TrackingViewModel.label(s);
            }

            @Override
            public vn.plandesk.model.tracking.ProgressStatus fromString(String text) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(model.progressStatusProperty());
        // the list tells its action before its binding: the value is handed to the command
        status.setOnAction(e -> model.keepProgressStatus(status.getValue()));
        TextArea result = area("form-progress-result", 2);
        result.textProperty().bindBidirectional(model.progressResultProperty());
        result.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.keepProgressResult();
            }
        });
        result.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                model.keepProgressResult();
                e.consume();
            }
        });
        Label problem = new Label();
        problem.setId("form-progress-problem");
        problem.getStyleClass().add("tracking-problem");
        problem.setWrapText(true);
        Node statusField = field("form.progressStatus", status);
        Node resultField = field("form.progressResult", result);
        for (Node n : List.of(statusField, resultField)) {
            n.disableProperty().bind(model.progressEditableProperty().not());
        }
        VBox section = new VBox(heading, statusField, resultField, problem);
        section.setId("form-progress");
        section.getStyleClass().add("form-progress");
        section.visibleProperty().bind(model.trackedProperty());
        section.managedProperty().bind(section.visibleProperty());
        model.trackedProperty().addListener((o, was, now) -> {
            problem.textProperty().unbind();
            problem.textProperty().bind(model.progressProblem());
        });
        problem.textProperty().bind(model.progressProblem());
        return section;
    }

    private void showRole() {
        if (model.hasTaskProperty().get()) {
            WardRole r = model.roleProperty().get();
            roles.getToggles().stream().filter(b -> b.getUserData() == r).findFirst().ifPresent(roles::selectToggle);
        }
    }

    private void showTask(boolean has) {
        box.getChildren().forEach(n -> n.setDisable(!has));
        empty.setVisible(!has);
        empty.setManaged(!has);
        empty.setDisable(false);
    }

    private void showKind(boolean ward) {
        if (model.hasTaskProperty().get()) { // without a task (and a plan) the kind means nothing yet
            (ward ? wardOnly : provinceOnly).forEach(KindField::fill);
        }
        wardOnly.forEach(n -> show(n, ward));
        provinceOnly.forEach(n -> show(n, !ward));
    }

    /**
     * The place in the form of a field shown for one kind of plan only; the field is put there when a task of that
     * kind is first shown ({@link #fill}). Hidden, it was styled and laid out at every start all the same: the
     * province's leader and years, 38 nodes, on the ward's plan the window opens with.
     */
    private static final class KindField extends VBox {
        private final Node field;

        KindField(Node field) {
            this.field = field;
            setMinWidth(0);
        }

        void fill() {
            if (getChildren().isEmpty()) {
                getChildren().add(field);
            }
        }
    }

    private static TextArea area(String id, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.setPrefColumnCount(8);
        return a;
    }

    private static Node field(String labelKey, Node control) {
        if (control instanceof javafx.scene.layout.Region r) {
            // no control may hold the form wider than its column: a long role or unit name wraps or ends in "…"
            r.setMinWidth(0);
            r.setPrefWidth(0);
            r.setMaxWidth(Double.MAX_VALUE);
        }
        Label l = new Label(Messages.get(labelKey));
        l.getStyleClass().add("form-label");
        l.setWrapText(true);
        l.setLabelFor(control);
        VBox v = new VBox(l, control);
        v.setMinWidth(0);
        v.getStyleClass().add("form-field");
        return v;
    }

    /** A field keeps its change when left, on Enter (one line) or Ctrl+Enter (several lines). */
    private static void keepOnLeave(TextInputControl field, TaskDetailFormViewModel.TextEdit edit) {
        field.textProperty().bindBidirectional(edit.text());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                edit.keep();
            }
        });
        if (field instanceof TextField tf) {
            tf.setOnAction(e -> edit.keep());
        } else {
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                    edit.keep();
                    e.consume();
                }
            });
        }
    }

    /**
     * A date typed into a picker is read only when it loses the focus or on Enter: read it now. Text that is no date
     * is left in the field for the officer to correct, as the picker itself would.
     */
    static void keepTypedDate(javafx.scene.control.DatePicker picker) {
        String typed = picker.getEditor().getText();
        javafx.util.StringConverter<java.time.LocalDate> c = picker.getConverter();
        if (typed == null || typed.equals(c.toString(picker.getValue()))) {
            return;
        }
        try {
            picker.setValue(typed.isBlank() ? null : c.fromString(typed.strip()));
        } catch (RuntimeException e) {
            // not a date yet: nothing to keep
        }
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }
}
