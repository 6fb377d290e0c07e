package vn.plandesk.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
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
import org.controlsfx.control.textfield.TextFields;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskFlag;
import vn.plandesk.model.Text;
import vn.plandesk.model.WardRole;
import vn.plandesk.service.DeadlineText;
import vn.plandesk.service.Messages;
import vn.plandesk.service.edit.TaskFields;

/**
 * The selected task's details, every field editable, multi-line where the text is long. A field's change is kept when
 * the officer leaves the field (or presses Enter in a one-line field, Ctrl+Enter in a multi-line one), and before the
 * window shows another task, page or plan or closes ({@link WindowContext#keepPendingEdits()}): one edit, one entry
 * in the undo history.
 */
final class TaskDetailForm extends ScrollPane {
    private final WindowContext context;
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
    private final List<CheckBox> yearBoxes = new ArrayList<>();
    private final TextArea note = area("form-note", 2);
    private final Label flag = new Label(Messages.get("form.yearInferred"));
    private final List<Node> wardOnly = new ArrayList<>();
    private final List<Node> provinceOnly = new ArrayList<>();
    /** Keeps what each field holds when it differs from the task: the form's pending edit. */
    private final List<Runnable> keepers = new ArrayList<>();
    private PlanTask task;
    private boolean loading;

    TaskDetailForm(WindowContext context) {
        this.context = context;
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
        leadUnits = new UnitListEditor("form-leadUnits", this::knownUnits);
        coordinatingUnits = new UnitListEditor("form-coordinatingUnits", this::knownUnits);
        TextFields.bindAutoCompletion(leader, r -> knownLeaders().stream()
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
            b.setOnAction(e -> commit("edit.role", t -> TaskFields.role(t, r), t -> t.role() == r));
            role.getChildren().add(b);
        }

        FlowPane years = new FlowPane();
        years.getStyleClass().add("year-boxes");
        for (int y = Deadline.PLAN_START_YEAR; y <= Deadline.PLAN_END_YEAR; y++) {
            int year = y;
            CheckBox cb = new CheckBox(String.valueOf(y));
            cb.setId("form-year-" + y);
            cb.setOnAction(e -> commit("edit.yearMark", t -> TaskFields.yearMark(t, year, cb.isSelected()), t -> false));
            yearBoxes.add(cb);
            years.getChildren().add(cb);
        }
        deadline.textProperty().addListener((o, old, text) -> showMeaning(text));
        start.setId("form-start");
        start.setEditable(true);
        start.setMaxWidth(Double.MAX_VALUE);
        start.setPromptText(Messages.get("form.startPrompt"));
        start.setTooltip(new javafx.scene.control.Tooltip(Messages.get("form.startTip")));
        start.setConverter(new javafx.util.converter.LocalDateStringConverter(
                vn.plandesk.model.OfficialDate.SCREEN, null));
        start.valueProperty().addListener((o, old, day) -> commit("edit.start", t -> TaskFields.start(t, day),
                t -> java.util.Objects.equals(t.start(), day)));

        keepOnLeave(parentNumber, t -> t.parentRef() == null ? "" : t.parentRef().number(), "edit.parentNumber",
                TaskFields::parentNumber);
        keepOnLeave(name, PlanTask::name, "edit.name", TaskFields::name);
        keepOnLeave(leader, PlanTask::leader, "edit.leader", TaskFields::leader);
        keepOnLeave(result, PlanTask::result, "edit.result", TaskFields::result);
        keepOnLeave(deadline, t -> t.deadline().raw(), "edit.deadline", TaskFields::deadlineText);
        keepOnLeave(note, PlanTask::note, "edit.note", TaskFields::note);
        leadUnits.setOnChange(u -> commit("edit.leadUnits", t -> TaskFields.leadUnits(t, u), t -> t.leadUnits().equals(u)));
        coordinatingUnits.setOnChange(u -> commit("edit.coordinatingUnits", t -> TaskFields.coordinatingUnits(t, u),
                t -> t.coordinatingUnits().equals(u)));
        keepers.add(leadUnits::keepTyped);
        keepers.add(coordinatingUnits::keepTyped);
        keepers.add(() -> keepTypedDate(start));
        context.addPendingEdit(() -> keepers.forEach(Runnable::run));

        Node pn = field("form.parentNumber", parentNumber);
        Node rl = field("form.role", role);
        Node ld = field("form.leader", leader);
        Node yr = field("form.years", years);
        wardOnly.addAll(List.of(pn, rl));
        provinceOnly.addAll(List.of(ld, yr));
        box.getChildren().addAll(heading, empty, field("form.number", number), flag, pn, field("form.name", name), rl,
                ld, field("form.leadUnits", leadUnits), field("form.coordinatingUnits", coordinatingUnits),
                field("form.result", result), field("form.deadline", deadline), meaning,
                field("form.start", start), yr, field("form.note", note));
        setContent(box);
        context.selectedTaskProperty().addListener((o, old, id) -> load());
        context.planProperty().addListener((o, old, p) -> load());
        context.pageProperty().addListener((o, old, p) -> load());
        load();
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
    private void keepOnLeave(TextInputControl field, Function<PlanTask, String> current, String key,
                             BiFunction<PlanTask, String, PlanTask> change) {
        Runnable keep = () -> {
            String v = field.getText() == null ? "" : field.getText();
            commit(key, t -> change.apply(t, v), t -> Text.nfc(v).strip().equals(current.apply(t)));
        };
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                keep.run();
            }
        });
        keepers.add(keep);
        if (field instanceof TextField tf) {
            tf.setOnAction(e -> keep.run());
        } else {
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                    keep.run();
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

    /** Writes a change of the shown task unless it changes nothing. */
    private void commit(String key, UnaryOperator<PlanTask> change, java.util.function.Predicate<PlanTask> same) {
        if (loading || task == null || context.editor() == null) {
            return;
        }
        PlanTask current = context.editor().task(task.id()).orElse(null);
        if (current == null || same.test(current)) {
            return;
        }
        long id = task.id();
        context.edit(key, () -> context.editor().updateTask(id, key, change));
    }

    private void load() {
        Plan plan = context.plan();
        Long id = context.selectedTaskProperty().get();
        // the indicators and plan details pages have no task: a task from the last group page would only mislead;
        // the group pages and the timeline show tasks, and the form follows the one selected there
        Page.Kind kind = context.pageProperty().get().kind();
        boolean taskPage = kind == Page.Kind.GROUP || kind == Page.Kind.TIMELINE;
        PlanTask t = plan == null || id == null || context.editor() == null || !taskPage ? null
                : context.editor().task(id).orElse(null);
        task = t;
        loading = true;
        try {
            boolean has = t != null;
            box.getChildren().forEach(n -> n.setDisable(!has));
            empty.setVisible(!has);
            empty.setManaged(!has);
            empty.setDisable(false);
            boolean ward = plan != null && plan.kind() == PlanKind.WARD;
            wardOnly.forEach(n -> show(n, ward));
            provinceOnly.forEach(n -> show(n, !ward));
            if (!has) {
                for (TextInputControl f : List.of(parentNumber, name, leader, result, deadline, note)) {
                    f.setText("");
                }
                number.setText("");
                start.setValue(null);
                leadUnits.setUnits(List.of());
                coordinatingUnits.setUnits(List.of());
                yearBoxes.forEach(b -> b.setSelected(false));
                show(flag, false);
                showMeaning("");
                return;
            }
            number.setText(t.number());
            set(parentNumber, t.parentRef() == null ? "" : t.parentRef().number());
            set(name, t.name());
            roles.getToggles().stream().filter(b -> b.getUserData() == t.role()).findFirst()
                    .ifPresent(roles::selectToggle);
            set(leader, t.leader());
            leadUnits.setUnits(t.leadUnits());
            coordinatingUnits.setUnits(t.coordinatingUnits());
            set(result, t.result());
            set(deadline, t.deadline().raw());
            start.setValue(t.start());
            set(note, t.note());
            for (CheckBox b : yearBoxes) {
                b.setSelected(t.deadline().years().containsKey(Integer.parseInt(b.getText())));
            }
            show(flag, t.has(TaskFlag.YEAR_INFERRED) || t.deadline().yearInferred());
            showMeaning(deadline.getText());
        } finally {
            loading = false;
        }
    }

    private static void set(TextInputControl f, String v) {
        if (!v.equals(f.getText())) {
            f.setText(v);
        }
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    /** What the typed deadline means, read as it is typed: "Quý IV/2025 → hạn 31/12/2025". */
    private void showMeaning(String text) {
        Deadline d = Deadline.of(text, task == null ? java.util.Map.of() : task.deadline().years());
        boolean unreadable = !d.isReadable();
        meaning.setText(unreadable ? Messages.get("form.unreadable")
                : (text == null || text.isBlank()) && d.isEmpty() ? "" : Messages.get("form.meaning", DeadlineText.meaning(d)));
        meaning.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("unreadable"), unreadable);
        deadline.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("unreadable"), unreadable);
    }

    private Collection<String> knownUnits() {
        TreeSet<String> all = new TreeSet<>();
        Plan p = context.plan();
        if (p != null) {
            for (PlanTask t : p.allTasks()) {
                all.addAll(t.leadUnits());
                all.addAll(t.coordinatingUnits());
            }
        }
        all.addAll(context.unitSuggestions());
        return all;
    }

    private Collection<String> knownLeaders() {
        TreeSet<String> all = new TreeSet<>();
        Plan p = context.plan();
        if (p != null) {
            p.allTasks().forEach(t -> {
                if (!t.leader().isEmpty()) {
                    all.add(t.leader());
                }
            });
        }
        return all;
    }
}
