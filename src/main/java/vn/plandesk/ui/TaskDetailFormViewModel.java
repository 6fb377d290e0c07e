package vn.plandesk.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
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
import vn.plandesk.service.tracking.TaskStatus;
import vn.plandesk.model.tracking.ProgressStatus;

/**
 * The state and commands of the task form ({@link TaskDetailForm}): the selected task's fields as properties, loaded
 * when the window's task, page or plan changes, and each field's change written through the plan's editor as one
 * undoable edit. What is typed in the text fields is kept before the window moves on
 * ({@link WindowContext#keepPendingEdits()}).
 */
final class TaskDetailFormViewModel {
    /** A text field of the form: what it holds, and the command that keeps it in the task. */
    final class TextEdit {
        private final StringProperty text = new SimpleStringProperty("");
        private final Function<PlanTask, String> current;
        private final String key;
        private final BiFunction<PlanTask, String, PlanTask> change;

        private TextEdit(Function<PlanTask, String> current, String key, BiFunction<PlanTask, String, PlanTask> change) {
            this.current = current;
            this.key = key;
            this.change = change;
        }

        StringProperty text() {
            return text;
        }

        /** Writes what the field holds into the task, unless it holds what the task has. */
        void keep() {
            keep(task, text.get());
        }

        private void keep(PlanTask target, String typed) {
            String v = typed == null ? "" : typed;
            commit(target, key, t -> change.apply(t, v), t -> Text.nfc(v).strip().equals(current.apply(t)));
        }

        private void load(PlanTask t) {
            String v = t == null ? "" : current.apply(t);
            if (!v.equals(text.get())) {
                text.set(v);
            }
        }
    }

    private final WindowContext context;
    private final ReadOnlyBooleanWrapper hasTask = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper ward = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper number = new ReadOnlyStringWrapper("");
    private final TextEdit parentNumber = new TextEdit(t -> t.parentRef() == null ? "" : t.parentRef().number(),
            "edit.parentNumber", TaskFields::parentNumber);
    private final TextEdit name = new TextEdit(PlanTask::name, "edit.name", TaskFields::name);
    private final TextEdit leader = new TextEdit(PlanTask::leader, "edit.leader", TaskFields::leader);
    private final TextEdit result = new TextEdit(PlanTask::result, "edit.result", TaskFields::result);
    private final TextEdit deadline = new TextEdit(t -> t.deadline().raw(), "edit.deadline", TaskFields::deadlineText);
    private final TextEdit note = new TextEdit(PlanTask::note, "edit.note", TaskFields::note);
    private final ReadOnlyObjectWrapper<WardRole> role = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<String>> leadUnits = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<String>> coordinatingUnits = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final Map<Integer, BooleanProperty> years = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper yearInferred = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper meaning = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper unreadable = new ReadOnlyBooleanWrapper();
    /** Counts the loads, for controls that keep a state of their own (the role's toggles) to follow each one. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper loads = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private PlanTask task;
    private boolean loading;

    // the task's progress in the period of the tracking page (its quarter, else the current one)
    private final ReadOnlyBooleanWrapper tracked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper progressPeriod = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ProgressStatus> progressStatus = new SimpleObjectProperty<>();
    private final StringProperty progressResult = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper progressEditable = new ReadOnlyBooleanWrapper();
    private final javafx.beans.InvalidationListener onProgress = o -> loadProgress();

    TaskDetailFormViewModel(WindowContext context) {
        this.context = context;
        for (int y = Deadline.PLAN_START_YEAR; y <= Deadline.PLAN_END_YEAR; y++) {
            years.put(y, new SimpleBooleanProperty());
        }
        deadline.text.addListener((o, old, text) -> showMeaning(text));
        start.addListener((o, old, day) -> commit("edit.start", t -> TaskFields.start(t, day),
                t -> Objects.equals(t.start(), day)));
        // the text fields first: a view registers what its own controls hold after this
        context.addPendingEdit(this::keepTyped);
        context.selectedTaskProperty().addListener((o, old, id) -> load());
        context.planProperty().addListener((o, old, p) -> load());
        context.pageProperty().addListener((o, old, p) -> load());
        context.trackingProperty().addListener((o, old, t) -> {
            if (old != null) {
                old.shownVersion().removeListener(onProgress);
                old.period().removeListener(onProgress);
            }
            follow(t);
        });
        follow(context.trackingProperty().get());
        load();
    }

    private void follow(TrackingViewModel t) {
        if (t != null) {
            t.shownVersion().addListener(onProgress);
            t.period().addListener(onProgress);
        }
        loadProgress();
    }

    /** Keeps what each text field holds when it differs from the task: the form's pending edit. */
    void keepTyped() {
        // each kept field reloads the form, already with the task the window moves to: read every field and the
        // task they belong to before keeping the first
        PlanTask target = task;
        List<TextEdit> fields = List.of(parentNumber, name, leader, result, deadline, note);
        List<String> typed = fields.stream().map(f -> f.text.get()).toList();
        String typedResult = progressResult.get();
        TaskStatus row = progressRow();
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).keep(target, typed.get(i));
        }
        keepProgressResult(row, typedResult);
    }

    // ---- progress in a period

    /** The task's row on the tracking page, null when the window does not track or no task is shown. */
    private TaskStatus progressRow() {
        TrackingViewModel t = context.trackingProperty().get();
        return t == null || task == null || task.id() == null ? null : t.row(task.id());
    }

    /** Records the task's status in the period: one entry, one step of undo, as on the tracking page. */
    void keepProgressStatus(ProgressStatus status) {
        TaskStatus row = progressRow();
        if (!loading && row != null && status != null) {
            context.trackingProperty().get().setStatus(row, status);
        }
    }

    /** Records the result typed for the period, unless it is the one recorded. */
    void keepProgressResult() {
        keepProgressResult(progressRow(), progressResult.get());
    }

    private void keepProgressResult(TaskStatus row, String typed) {
        if (!loading && row != null) {
            context.trackingProperty().get().setText(row, TrackingViewModel.Field.RESULT, typed);
        }
    }

    private void loadProgress() {
        TrackingViewModel t = context.trackingProperty().get();
        TaskStatus row = progressRow();
        boolean was = loading;
        loading = true;
        try {
            tracked.set(t != null);
            progressPeriod.set(t == null || t.period().get() == null ? "" : TrackingViewModel.label(t.period().get()));
            progressStatus.set(row == null ? null : row.status());
            String r = TrackingViewModel.Field.RESULT.of(row);
            if (!r.equals(progressResult.get())) {
                progressResult.set(r);
            }
            progressEditable.set(row != null && t.editable().get());
        } finally {
            loading = was;
        }
    }

    /** Whether the window tracks progress: the form shows the task's progress then. */
    ReadOnlyBooleanProperty trackedProperty() {
        return tracked.getReadOnlyProperty();
    }

    /** "Quý I/2026": the period the progress fields are read and written in. */
    ReadOnlyStringProperty progressPeriodProperty() {
        return progressPeriod.getReadOnlyProperty();
    }

    /** The task's status in the period; a change is recorded with {@link #keepProgressStatus}. */
    ObjectProperty<ProgressStatus> progressStatusProperty() {
        return progressStatus;
    }

    /** The result the task reached in the period, as typed; kept with {@link #keepProgressResult()}. */
    StringProperty progressResultProperty() {
        return progressResult;
    }

    /** Whether the progress can be edited: a quarter's can, a six-month or yearly summary is read only. */
    ReadOnlyBooleanProperty progressEditableProperty() {
        return progressEditable.getReadOnlyProperty();
    }

    /** Why the last progress change was refused ("Không thực hiện" without its reason); empty when none. */
    javafx.beans.value.ObservableStringValue progressProblem() {
        TrackingViewModel t = context.trackingProperty().get();
        return t == null ? new SimpleStringProperty("") : t.problem();
    }

    void chooseRole(WardRole r) {
        commit("edit.role", t -> TaskFields.role(t, r), t -> t.role() == r);
    }

    /** Sets or clears the mark of a year in the task's grid, as its box now shows. */
    void keepYear(int year) {
        boolean marked = years.get(year).get();
        commit("edit.yearMark", t -> TaskFields.yearMark(t, year, marked), t -> false);
    }

    void setLeadUnits(List<String> units) {
        commit("edit.leadUnits", t -> TaskFields.leadUnits(t, units), t -> t.leadUnits().equals(units));
    }

    void setCoordinatingUnits(List<String> units) {
        commit("edit.coordinatingUnits", t -> TaskFields.coordinatingUnits(t, units),
                t -> t.coordinatingUnits().equals(units));
    }

    /** Writes a change of the shown task unless it changes nothing. */
    private void commit(String key, UnaryOperator<PlanTask> change, Predicate<PlanTask> same) {
        commit(task, key, change, same);
    }

    private void commit(PlanTask target, String key, UnaryOperator<PlanTask> change, Predicate<PlanTask> same) {
        if (loading || target == null || context.editor() == null) {
            return;
        }
        PlanTask current = context.editor().task(target.id()).orElse(null);
        if (current == null || same.test(current)) {
            return;
        }
        long id = target.id();
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
            ward.set(plan != null && plan.kind() == PlanKind.WARD);
            for (TextEdit f : List.of(parentNumber, name, leader, result, deadline, note)) {
                f.load(t);
            }
            if (t == null) {
                number.set("");
                start.set(null);
                leadUnits.set(List.of());
                coordinatingUnits.set(List.of());
                years.values().forEach(b -> b.set(false));
                yearInferred.set(false);
            } else {
                number.set(t.number());
                role.set(t.role());
                leadUnits.set(t.leadUnits());
                coordinatingUnits.set(t.coordinatingUnits());
                start.set(t.start());
                years.forEach((y, b) -> b.set(t.deadline().years().containsKey(y)));
                yearInferred.set(t.has(TaskFlag.YEAR_INFERRED) || t.deadline().yearInferred());
            }
            showMeaning(deadline.text.get());
            hasTask.set(t != null);
            loadProgress();
            loads.set(loads.get() + 1);
        } finally {
            loading = false;
        }
    }

    /** What the typed deadline means, read as it is typed: "Quý IV/2025 → hạn 31/12/2025". */
    private void showMeaning(String text) {
        Deadline d = Deadline.of(text, task == null ? Map.of() : task.deadline().years());
        boolean bad = !d.isReadable();
        meaning.set(bad ? Messages.get("form.unreadable")
                : (text == null || text.isBlank()) && d.isEmpty() ? "" : Messages.get("form.meaning", DeadlineText.meaning(d)));
        unreadable.set(bad);
    }

    /** The units to offer when one is typed: those the plan names and those the window adds (the ward's list). */
    Collection<String> knownUnits() {
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

    /** The leaders the plan names, to offer when one is typed. */
    Collection<String> knownLeaders() {
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

    javafx.beans.property.ReadOnlyIntegerProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty hasTaskProperty() {
        return hasTask.getReadOnlyProperty();
    }

    /** A ward plan's task shows the parent's number and the role; a province's the leader and the year grid. */
    ReadOnlyBooleanProperty wardProperty() {
        return ward.getReadOnlyProperty();
    }

    ReadOnlyStringProperty numberProperty() {
        return number.getReadOnlyProperty();
    }

    TextEdit parentNumber() {
        return parentNumber;
    }

    TextEdit name() {
        return name;
    }

    TextEdit leader() {
        return leader;
    }

    TextEdit result() {
        return result;
    }

    TextEdit deadline() {
        return deadline;
    }

    TextEdit note() {
        return note;
    }

    ReadOnlyObjectProperty<WardRole> roleProperty() {
        return role.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<List<String>> leadUnitsProperty() {
        return leadUnits.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<List<String>> coordinatingUnitsProperty() {
        return coordinatingUnits.getReadOnlyProperty();
    }

    /** The day the work begins; a change is written at once. */
    ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    /** The years of the grid, 2025–2030, and whether each is marked. */
    List<Integer> years() {
        return new ArrayList<>(years.keySet());
    }

    BooleanProperty yearProperty(int year) {
        return years.get(year);
    }

    ReadOnlyBooleanProperty yearInferredProperty() {
        return yearInferred.getReadOnlyProperty();
    }

    ReadOnlyStringProperty meaningProperty() {
        return meaning.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty unreadableProperty() {
        return unreadable.getReadOnlyProperty();
    }
}
