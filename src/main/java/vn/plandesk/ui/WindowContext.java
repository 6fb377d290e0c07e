package vn.plandesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.service.Messages;
import vn.plandesk.service.PlanService;
import vn.plandesk.service.Settings;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.edit.PlanEditors;
import vn.plandesk.service.search.PlanIndex;
import vn.plandesk.service.search.TaskQuery;

/**
 * The state the parts of the window share: the open plan and its editor, the page shown, the selected task, the
 * search and filters with their results. The parts listen to it instead of to each other. It is also what features
 * added to the window later (print, import, export, timeline) work with: {@link #plan()}, {@link #editor()},
 * {@link #runInBackground(Task)}.
 */
public final class WindowContext {
    private final PlanService plans;
    private final PlanEditors editors;
    private final Settings settings;
    private final Stage stage;

    private final ReadOnlyObjectWrapper<PlanEditor> editor = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PlanIndex> index = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.group(1));
    private final ObjectProperty<Long> selectedTask = new SimpleObjectProperty<>();
    private final ObjectProperty<TaskQuery> query = new SimpleObjectProperty<>(TaskQuery.ALL);
    /** The tasks the filters let through; null when no filter is set. */
    private final ReadOnlyObjectWrapper<Set<Long>> shown = new ReadOnlyObjectWrapper<>();
    /** The tasks the search words find, in the plan's order. */
    private final ReadOnlyObjectWrapper<List<PlanIndex.Hit>> hits = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Set<Long>> hitIds = new ReadOnlyObjectWrapper<>(Set.of());
    private final IntegerProperty currentHit = new SimpleIntegerProperty(-1);
    private final StringProperty status = new SimpleStringProperty("");
    /** The next report due, when it is due within days (reports window); empty when none. */
    private final StringProperty reportWarning = new SimpleStringProperty("");
    private final java.util.Map<String, String> groupTitles = new java.util.HashMap<>();
    /** The text size chosen in the View menu, 1.0 = the system's. */
    private final javafx.beans.property.DoubleProperty textScale = new javafx.beans.property.SimpleDoubleProperty(1.0);
    /** Counts the changes to the list of stored plans (an import added one), for the navigator to list them again. */
    private final IntegerProperty plansVersion = new SimpleIntegerProperty();
    private final IntegerProperty statusesVersion = new SimpleIntegerProperty();
    /** The tracking page's state, when the window tracks progress: the task form shows a task's progress from it. */
    private final ObjectProperty<TrackingViewModel> tracking = new SimpleObjectProperty<>();
    /** The window's one worker for long jobs; shut down when the window closes. */
    private final BackgroundWork background = new BackgroundWork(failure -> {
        status.set("");
        showError(failure);
    });
    /** More units to offer when a task's units are typed (the ward's own list), besides those the plan uses. */
    private final List<java.util.function.Function<Plan, java.util.Collection<String>>> unitSources =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The pages features added (timeline, …), listed in the navigator under the open plan. */
    private final javafx.collections.ObservableList<Page> addedPages = javafx.collections.FXCollections.observableArrayList();
    /** The task being dragged with the mouse, for the drop targets of the tables and the navigator. */
    private Long dragged;
    /** What each editor has typed but not yet kept: run before the window moves on, so that nothing typed is lost. */
    private final List<Runnable> pendingEdits = new java.util.concurrent.CopyOnWriteArrayList<>();
    private boolean keeping;

    /**
     * Counts the edits of the open plan, also those that leave its tasks as they were (a progress entry recorded or
     * undone), for what must follow every step of the undo history: the Undo and Redo items.
     */
    private final IntegerProperty edits = new SimpleIntegerProperty();
    /** Work held until the window's first frame is drawn ({@link #afterFirstFrame}); null when none is held. */
    private List<Runnable> heldForFirstFrame;
    private final java.util.function.Consumer<Plan> onEdit = p -> {
        plan.set(p);
        edits.set(edits.get() + 1);
    };

    public WindowContext(Stage stage, PlanService plans, PlanEditors editors, Settings settings) {
        this.stage = stage;
        this.plans = plans;
        this.editors = editors;
        this.settings = settings;
        plan.addListener((o, old, p) -> {
            // after an edit only the changed tasks are folded again (equal tasks keep their entries), so the index
            // stays current on the FX thread without a background rebuild racing the next edit
            PlanIndex before = index.get();
            index.set(p == null ? null : before == null ? PlanIndex.of(p) : before.updated(p));
            applyQuery();
        });
        query.addListener((o, old, q) -> applyQuery());
        // registered before any view's listener, so the views still show what was typed when it is kept
        selectedTask.addListener((o, old, id) -> keepPendingEdits());
        page.addListener((o, old, p) -> keepPendingEdits());
    }

    /**
     * Registers an editor's "keep what is typed": the form's fields, the plan details, a table cell being edited.
     * It must change nothing when nothing new is typed, as it runs before every change of selection, page or plan and
     * before the window closes.
     */
    public void addPendingEdit(Runnable keep) {
        pendingEdits.add(keep);
    }

    public void removePendingEdit(Runnable keep) {
        pendingEdits.remove(keep);
    }

    /**
     * Keeps whatever is typed but not yet kept, each field as one undoable edit in its own transaction. The window
     * calls it before the selected task, the page or the plan changes and before it closes: a text field or table
     * cell otherwise keeps its text only when it loses the focus, which comes too late or never.
     */
    public void keepPendingEdits() {
        if (keeping || editor.get() == null) {
            return;
        }
        keeping = true;
        try {
            pendingEdits.forEach(Runnable::run);
        } finally {
            keeping = false;
        }
    }

    public Stage stage() {
        return stage;
    }

    public PlanService plans() {
        return plans;
    }

    public Settings settings() {
        return settings;
    }

    public ReadOnlyObjectProperty<PlanEditor> editorProperty() {
        return editor.getReadOnlyProperty();
    }

    public PlanEditor editor() {
        return editor.get();
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public Plan plan() {
        return plan.get();
    }

    public ReadOnlyObjectProperty<PlanIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    /** The pages features added to the window, in the order added. */
    public javafx.collections.ObservableList<Page> addedPages() {
        return addedPages;
    }

    public ObjectProperty<Long> selectedTaskProperty() {
        return selectedTask;
    }

    public ObjectProperty<TaskQuery> queryProperty() {
        return query;
    }

    public ReadOnlyObjectProperty<Set<Long>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<PlanIndex.Hit>> hitsProperty() {
        return hits.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Set<Long>> hitIdsProperty() {
        return hitIds.getReadOnlyProperty();
    }

    public IntegerProperty currentHitProperty() {
        return currentHit;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The status bar's warning of the next report due; empty when none is near. */
    public StringProperty reportWarningProperty() {
        return reportWarning;
    }

    public javafx.beans.property.DoubleProperty textScaleProperty() {
        return textScale;
    }

    /** The width of an "m" at the chosen text size, for column widths given in em. */
    public double em() {
        return javafx.scene.text.Font.getDefault().getSize() * textScale.get();
    }

    /** Adds units the task form offers for a plan (a feature's list of the ward's units, say). */
    public void addUnitSuggestions(java.util.function.Function<Plan, java.util.Collection<String>> source) {
        unitSources.add(source);
    }

    /** The units the added sources offer for the open plan. */
    public List<String> unitSuggestions() {
        Plan p = plan.get();
        if (p == null) {
            return List.of();
        }
        return unitSources.stream().flatMap(s -> s.apply(p).stream()).toList();
    }

    public ReadOnlyObjectProperty<Task<?>> runningProperty() {
        return background.runningProperty();
    }

    Long dragged() {
        return dragged;
    }

    void setDragged(Long id) {
        dragged = id;
    }

    /** Tells the window that plans were added or removed in the store, so that it lists them again. */
    public void plansChanged() {
        plansVersion.set(plansVersion.get() + 1);
    }

    javafx.beans.value.ObservableIntegerValue plansVersion() {
        return plansVersion;
    }

    /** Opens a stored plan: loading runs off the FX thread, the window follows when it is there. */
    public void openPlan(long id) {
        if (editor.get() != null && editor.get().plan().id() == id) {
            return;
        }
        status.set(Messages.get("status.opening"));
        Task<PlanEditor> load = new Task<>() {
            @Override
            protected PlanEditor call() {
                updateProgress(-1, 1);
                return editors.open(id);
            }
        };
        load.setOnSucceeded(e -> show(load.getValue()));
        runInBackground(load);
    }

    /**
     * Shows a plan at once if its editor is open already (the plan the window shows first, read ahead while the
     * toolkit started); false when it has to be read first ({@link #openPlan}).
     */
    public boolean showIfOpen(long id) {
        java.util.Optional<PlanEditor> open = editors.opened(id);
        open.ifPresent(this::show);
        return open.isPresent();
    }

    /**
     * Loads the sample plans into the store off the FX thread, the status bar counting them, then lists them and
     * runs {@code then} (the first start opens a plan).
     */
    public void loadSamples(Runnable then) {
        int total = vn.plandesk.service.SampleLibrary.FILES.size();
        status.set(Messages.get("status.loadingSamples", 0, total));
        Task<Void> load = new Task<>() {
            @Override
            protected Void call() {
                updateProgress(0, total);
                plans.loadSamples((done, all) -> {
                    updateProgress(done, all);
                    updateMessage(Messages.get("status.loadingSamples", done, all));
                });
                return null;
            }
        };
        load.messageProperty().addListener((o, old, m) -> status.set(m));
        load.setOnSucceeded(e -> {
            plansChanged();
            then.run();
        });
        runInBackground(load);
    }

    private void show(PlanEditor e) {
        keepPendingEdits(); // into the plan that is still open
        if (editor.get() != null) {
            editor.get().removeListener(onEdit);
        }
        selectedTask.set(null);
        editor.set(e);
        e.addListener(onEdit);
        plan.set(e.plan());
        settings.put("plan.last", e.plan().id());
        status.set(Messages.get("status.opened", e.plan().taskCount()));
        if (page.get().kind() != Page.Kind.GROUP || e.plan().group(page.get().group()).isEmpty()) {
            page.set(Page.group(e.plan().groups().isEmpty() ? 1 : e.plan().groups().get(0).number()));
        }
        // the first task of the group is selected, so the form shows what it is for
        e.plan().group(page.get().group()).filter(g -> !g.tasks().isEmpty())
                .ifPresent(g -> selectedTask.set(g.tasks().get(0).id()));
    }

    /**
     * Runs work the window's first frame does not need (reading ahead for a page not shown): at once, or, while the
     * window starts, once its first frame is drawn, so that the start does not share the machine's cores with it.
     */
    public void afterFirstFrame(Runnable work) {
        if (heldForFirstFrame != null) {
            heldForFirstFrame.add(work);
        } else {
            work.run();
        }
    }

    /** Holds the work given to {@link #afterFirstFrame} until {@link #firstFrameDrawn}; the window calls it as it starts. */
    void holdUntilFirstFrame() {
        if (heldForFirstFrame == null) {
            heldForFirstFrame = new ArrayList<>();
        }
    }

    /** Runs the work held for the first frame, in the order it came; later work runs at once. */
    void firstFrameDrawn() {
        List<Runnable> held = heldForFirstFrame;
        heldForFirstFrame = null;
        if (held != null) {
            held.forEach(Runnable::run);
        }
    }

    /**
     * Runs long work off the FX thread; the status bar shows its progress and a failure is told in a sentence.
     */
    public void runInBackground(Task<?> task) {
        background.run(task);
    }

    /** The window's one worker, for views and dialogs that run long jobs and show their failures themselves. */
    public BackgroundWork background() {
        return background;
    }

    /**
     * The title of one of the seven groups of the open plan, also for a group it has no task in yet (from its parent
     * plan); looked up once per plan.
     */
    public String groupTitle(int number) {
        Plan p = plan.get();
        if (p == null) {
            return "";
        }
        return p.group(number).map(vn.plandesk.model.TaskGroup::title).orElseGet(() -> groupTitles
                .computeIfAbsent(p.id() + "/" + number, k -> plans.groupTitle(p, number)));
    }

    /**
     * Adds an empty task to a group of the open plan after the given task (at the end when none), making the group
     * when the plan has no task in it yet, and selects the new task.
     */
    public void addTask(int group, Long afterId) {
        PlanEditor e = editor.get();
        if (e == null) {
            return;
        }
        String title = groupTitle(group);
        long[] id = new long[1];
        if (edit("edit.addTask", () -> id[0] = e.addTask(group, afterId, title))) {
            selectedTask.set(id[0]);
        }
    }

    /** Runs an edit; a failure the officer must read is shown, and nothing else happens. */
    public boolean edit(String doneKey, Runnable work) {
        try {
            work.run();
            if (doneKey != null) {
                status.set(Messages.get("status.saved", Messages.get(doneKey)));
            }
            return true;
        } catch (RuntimeException e) {
            showError(e);
            return false;
        }
    }

    public void showError(Throwable e) {
        String text = e instanceof PlanDeskException p ? Messages.of(p)
                : Messages.get("error.unexpected", e.getClass().getSimpleName() + ": " + e.getMessage());
        Runnable show = () -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, text);
            alert.initOwner(stage);
            alert.setHeaderText(Messages.get("error.title"));
            alert.show();
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }

    /** Shows a task: its group's page, the task selected. */
    public void reveal(long taskId) {
        if (editor.get() == null) {
            return;
        }
        editor.get().locate(taskId).ifPresent(at -> {
            page.set(Page.group(at.group()));
            selectedTask.set(null);
            selectedTask.set(taskId);
        });
    }

    public void nextHit(int direction) {
        List<PlanIndex.Hit> h = hits.get();
        if (h.isEmpty()) {
            return;
        }
        int i = currentHit.get() + direction;
        i = Math.floorMod(i, h.size());
        currentHit.set(i);
        reveal(h.get(i).taskId());
    }

    /**
     * Reads lateness from these statuses from now on (the period the tracking page shows), so that the overdue filter,
     * the search and the status bar agree with the statuses recorded; filters again.
     */
    public void useStatuses(vn.plandesk.model.tracking.StatusLookup lookup) {
        PlanIndex idx = index.get();
        if (idx != null) {
            idx.useStatuses(lookup);
        }
        statusesVersion.set(statusesVersion.get() + 1);
        applyQuery();
    }

    /** The tracking page's view model, set when the page is added to the window; null without tracking. */
    ObjectProperty<TrackingViewModel> trackingProperty() {
        return tracking;
    }

    /** Counts every edit, undo and redo of the open plan. */
    javafx.beans.value.ObservableIntegerValue edits() {
        return edits;
    }

    /** Counts the changes of the statuses lateness is read from, for the status bar to count again. */
    javafx.beans.value.ObservableIntegerValue statusesVersion() {
        return statusesVersion;
    }

    private void applyQuery() {
        PlanIndex idx = index.get();
        TaskQuery q = query.get();
        if (idx == null) {
            shown.set(null);
            hits.set(List.of());
            hitIds.set(Set.of());
            currentHit.set(-1);
            return;
        }
        shown.set(q.filters() ? idx.ids(q.filtersOnly()) : null);
        List<PlanIndex.Hit> found = q.text().isEmpty() ? List.of() : idx.find(q);
        if (!found.equals(hits.get())) {
            hits.set(found);
            hitIds.set(found.stream().map(PlanIndex.Hit::taskId).collect(java.util.stream.Collectors.toSet()));
            currentHit.set(-1);
        }
    }
}
