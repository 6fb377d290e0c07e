package vn.plandesk.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.OfficialDate;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.Text;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.Messages;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.register.DocumentRegister;
import vn.plandesk.service.tracking.StatusCounts;
import vn.plandesk.service.tracking.TaskStatus;
import vn.plandesk.service.tracking.TrackingService;

/**
 * The state and commands of the tracking page ({@link TrackingView}): the period chosen, the open plan's tasks with
 * their status in it (the seven groups as rows of one table, each group led by its heading), the status filter and the
 * window's search applied to them, and the counts the summary charts draw. Every change is one entry recorded through
 * {@link TrackingService#record}, so it is one transaction and one step of the window's undo history.
 */
public final class TrackingViewModel {
    /** What the officer writes of a task's entry, each a column of the table. */
    enum Field {
        RESULT(ProgressEntry::result),
        UNIT(ProgressEntry::unit),
        SHORTCOMINGS(ProgressEntry::shortcomings),
        CAUSE(ProgressEntry::cause),
        EVIDENCE(ProgressEntry::evidence);

        private final Function<ProgressEntry, String> read;

        Field(Function<ProgressEntry, String> read) {
            this.read = read;
        }

        /** The field's text in a row: its entry's, or nothing when the task has none. */
        String of(TaskStatus row) {
            return row == null || row.entry() == null ? "" : read.apply(row.entry());
        }
    }

    /**
     * One line of the table: a group's heading ({@code task} null) or a task with its status in the period.
     *
     * @param group the group's number (I–VII)
     * @param title the group's title, for a heading
     * @param task  the task's row, null for a heading
     */
    public record Row(int group, String title, TaskStatus task) {
        public boolean heading() {
            return task == null;
        }
    }

    /** One bar of a summary chart: what it stands for and how many tasks are in each status. */
    record Bar(String label, Map<ProgressStatus, Integer> counts) {
    }

    private final WindowContext context;
    private final TrackingService tracking;
    /** The register the evidence is chosen from; null where the page has none (a test of the statuses alone). */
    private final DocumentRegister register;
    /** The register's documents by id, to name the evidence an entry cites; read with the period. */
    private final Map<Long, IssuedDocument> documents = new java.util.concurrent.ConcurrentHashMap<>();
    private final ObservableList<Period> periods = FXCollections.observableArrayList();
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
    /** The status the table is narrowed to; null for every status. */
    private final ObjectProperty<ProgressStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<StatusCounts> counts = new ReadOnlyObjectWrapper<>(
            TrackingService.counts(List.of()));
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    /** Counts the times the period's statuses were given anew (an edit, an undo, another period), for the task form. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper shownVersion =
            new javafx.beans.property.ReadOnlyIntegerWrapper();
    /** The rows of {@link #all} by task id. */
    private Map<Long, TaskStatus> byTask = Map.of();
    private final Consumer<Plan> onEdit = p -> refresh();
    /** Every task of the plan with its status in the period, before the filters. */
    private List<TaskStatus> all = List.of();
    private Plan shownPlan;
    /** The plan whose quarters are being read ahead, or null. */
    private Long readingAhead;
    private LocalDate today = LocalDate.now();

    TrackingViewModel(WindowContext context, TrackingService tracking) {
        this(context, tracking, null);
    }

    /** The page's state for the open plan of a window (public for the page's benchmark, which has no window). */
    public TrackingViewModel(WindowContext context, TrackingService tracking, DocumentRegister register) {
        this.context = context;
        this.tracking = tracking;
        this.register = register;
        periods.setAll(periodsInOrder());
        period.set(currentQuarter(LocalDate.now()));
        period.addListener((o, old, p) -> {
            editable.set(p != null && p.kind() == Period.Kind.QUARTER);
            load();
        });
        editable.set(true);
        statusFilter.addListener((o, old, s) -> applyFilters());
        context.shownProperty().addListener((o, old, s) -> applyFilters());
        context.hitIdsProperty().addListener((o, old, s) -> applyFilters());
        // an undo or redo of a progress entry leaves the plan as it was: the editor tells it, the plan property not
        context.editorProperty().addListener((o, old, e) -> {
            if (old != null) {
                old.removeListener(onEdit);
            }
            if (e != null) {
                e.addListener(onEdit);
            }
        });
        if (context.editor() != null) {
            context.editor().addListener(onEdit);
        }
        context.planProperty().addListener((o, old, p) -> {
            if (p == null || old == null || !p.id().equals(old.id())) {
                // read for a page the officer may not open soon: not while the window draws its first frame
                context.afterFirstFrame(this::load);
            }
        });
        load();
    }

    /** Quarters, then the two halves, then the year, year by year: the order of the period list. */
    static List<Period> periodsInOrder() {
        List<Period> out = new ArrayList<>();
        for (Period q : Period.allQuarters()) {
            out.add(q);
            if (q.number() == 2) {
                out.add(Period.half(q.year(), 1));
            } else if (q.number() == 4) {
                out.add(Period.half(q.year(), 2));
                out.add(Period.year(q.year()));
            }
        }
        return out;
    }

    /** The quarter a day falls in, kept within 2025–2030: the period the page opens on. */
    static Period currentQuarter(LocalDate day) {
        List<Period> quarters = Period.allQuarters();
        if (day.isBefore(quarters.get(0).start())) {
            return quarters.get(0);
        }
        return quarters.stream().filter(q -> q.contains(day)).findFirst()
                .orElse(quarters.get(quarters.size() - 1));
    }

    public ObservableList<Period> periods() {
        return periods;
    }

    public ObjectProperty<Period> period() {
        return period;
    }

    public ObjectProperty<ProgressStatus> statusFilter() {
        return statusFilter;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    ReadOnlyObjectProperty<StatusCounts> counts() {
        return counts.getReadOnlyProperty();
    }

    /** Whether the period's entries can be edited: a quarter's are, a six-month or yearly summary is read only. */
    ReadOnlyBooleanProperty editable() {
        return editable.getReadOnlyProperty();
    }

    /** True while a period's entries are read from the store. */
    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    /** The last refusal, as the officer reads it ("Không thực hiện" without its reason); empty when none. */
    ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    /** The day the period's lateness is read on: its last day, or today while it runs. */
    LocalDate asOf() {
        Period p = period.get();
        return p == null || today.isBefore(p.end()) ? today : p.end();
    }

    /** The day lateness is read against; tests fix it. */
    void setToday(LocalDate day) {
        today = day;
        refresh();
    }

    static String label(Period p) {
        return TrackingService.label(p);
    }

    static String label(ProgressStatus s) {
        return TrackingService.label(s);
    }

    // ---- commands

    /** Records a task's status in the chosen quarter, keeping what its entry there already says. */
    void setStatus(TaskStatus row, ProgressStatus status) {
        if (row == null || status == null || status == row.status() && row.own()) {
            return;
        }
        record(row, () -> base(row, status));
    }

    /** Records one text of a task's entry in the chosen quarter; nothing when it says what the entry says. */
    void setText(TaskStatus row, Field field, String typed) {
        String text = Text.nfc(typed == null ? "" : typed).strip();
        if (row == null || text.equals(field.of(row)) && (row.own() || text.isEmpty())) {
            return;
        }
        record(row, () -> withText(base(row, row.status()), field, text));
    }

    private static ProgressEntry withText(ProgressEntry e, Field field, String text) {
        return switch (field) {
            case RESULT -> new ProgressEntry(e.taskId(), e.period(), e.status(), text, e.asOf(), e.unit(),
                    e.shortcomings(), e.cause(), e.evidence(), e.documentIds());
            case UNIT -> new ProgressEntry(e.taskId(), e.period(), e.status(), e.result(), e.asOf(), text,
                    e.shortcomings(), e.cause(), e.evidence(), e.documentIds());
            case SHORTCOMINGS -> new ProgressEntry(e.taskId(), e.period(), e.status(), e.result(), e.asOf(),
                    e.unit(), text, e.cause(), e.evidence(), e.documentIds());
            case CAUSE -> new ProgressEntry(e.taskId(), e.period(), e.status(), e.result(), e.asOf(), e.unit(),
                    e.shortcomings(), text, e.evidence(), e.documentIds());
            case EVIDENCE -> new ProgressEntry(e.taskId(), e.period(), e.status(), e.result(), e.asOf(), e.unit(),
                    e.shortcomings(), e.cause(), text, e.documentIds());
        };
    }

    /**
     * The entry a change starts from: the quarter's own, or a new one with the given status (a one-off task's entry
     * carried from an earlier quarter is not copied: the new quarter reports anew).
     */
    private ProgressEntry base(TaskStatus row, ProgressStatus status) {
        Period quarter = period.get();
        ProgressEntry own = row.own() ? row.entry() : null;
        if (own == null) {
            return new ProgressEntry(row.task().id(), quarter, status, "", null, "", "", "", "", List.of());
        }
        return new ProgressEntry(own.taskId(), own.period(), status, own.result(), own.asOf(), own.unit(),
                own.shortcomings(), own.cause(), own.evidence(), own.documentIds());
    }

    /** Records the entry made by {@code entry}; a refusal (a reason missing, a text too long) is told in a sentence. */
    private void record(TaskStatus row, java.util.function.Supplier<ProgressEntry> entry) {
        PlanEditor editor = context.editor();
        Period quarter = period.get();
        if (editor == null || row.task().id() == null || quarter == null || quarter.kind() != Period.Kind.QUARTER) {
            return;
        }
        try {
            tracking.record(editor, entry.get());
            problem.set("");
            context.statusProperty().set(Messages.get("status.saved", Messages.get("edit.progress")));
        } catch (PlanDeskException e) {
            problem.set(Messages.of(e));
            refresh();
        }
    }

    // ---- evidence from the register

    /**
     * Cites these documents of the register as the evidence of a task's entry in the chosen quarter, in place of those
     * it cited: one entry recorded, one step of undo; nothing when they are the same.
     */
    void setDocuments(TaskStatus row, List<Long> ids) {
        List<Long> now = row == null || !row.own() || row.entry() == null ? List.of() : row.entry().documentIds();
        if (row == null || ids.equals(now)) {
            return;
        }
        record(row, () -> {
            ProgressEntry e = base(row, row.status());
            return new ProgressEntry(e.taskId(), e.period(), e.status(), e.result(), e.asOf(), e.unit(),
                    e.shortcomings(), e.cause(), e.evidence(), ids);
        });
    }

    /** The documents a task's row cites, as the register has them. */
    List<IssuedDocument> cited(TaskStatus row) {
        if (row == null || row.entry() == null) {
            return List.of();
        }
        return row.entry().documentIds().stream().map(documents::get).filter(java.util.Objects::nonNull).toList();
    }

    /** "2556/QĐ-UBND ngày 06/11/2025": a document as the evidence column names it. */
    static String citation(IssuedDocument d) {
        String ns = d.numberAndSymbol();
        if (d.date() == null) {
            return ns.isEmpty() ? d.summary() : ns;
        }
        return (ns.isEmpty() ? "" : ns + " ") + "ngày " + OfficialDate.screen(d.date());
    }

    /** The documents a task's row cites, one a line, for its cell. */
    String citations(TaskStatus row) {
        return String.join("\n", cited(row).stream().map(TrackingViewModel::citation).toList());
    }

    /**
     * The picker of a task's evidence, its cited documents chosen; a document added to the register there is named
     * on this page at once. Null when the page has no register.
     */
    RegisterPickerViewModel picker(TaskStatus row) {
        if (register == null) {
            return null;
        }
        List<Long> now = row != null && row.own() && row.entry() != null ? row.entry().documentIds() : List.of();
        RegisterPickerViewModel picker = new RegisterPickerViewModel(register, context.background(), now);
        picker.setOnAdded(d -> documents.put(d.id(), d));
        return picker;
    }

    // ---- reading the period

    /**
     * Shows the period: at once when its entries are in memory, else read off the FX thread first (the first visit of
     * a period), after which the rest of the plan's history is read ahead in the background.
     */
    private void load() {
        Plan plan = context.plan();
        Period p = period.get();
        if (plan == null || p == null) {
            shownPlan = null;
            all = List.of();
            applyFilters();
            return;
        }
        if (plan.id() != null && tracking.hasRead(plan.id(), p)) {
            loading.set(false);
            refresh();
            return;
        }
        loading.set(true);
        LocalDate day = today;
        Task<List<TaskStatus>> read = new Task<>() {
            @Override
            protected List<TaskStatus> call() {
                if (register != null && documents.isEmpty()) {
                    register.list().forEach(d -> documents.put(d.id(), d));
                }
                return tracking.entries(plan, p, day);
            }
        };
        read.setOnSucceeded(e -> {
            if (p.equals(period.get()) && context.plan() != null && plan.id().equals(context.plan().id())) {
                loading.set(false);
                show(plan, read.getValue());
                readAhead(plan);
            }
        });
        // the worker takes the job's onFailed for the window's report of it: the page only stops waiting
        read.stateProperty().addListener((o, old, state) -> {
            if (state == javafx.concurrent.Worker.State.FAILED) {
                loading.set(false);
            }
        });
        context.background().run(read);
    }

    /**
     * Reads the plan's other quarters one short job at a time, so that switching period later reads nothing from the
     * store; other work of the window goes between the jobs. Stops when the plan is no longer the open one.
     */
    private void readAhead(Plan plan) {
        if (plan.id() == null || plan.id().equals(readingAhead)) {
            return;
        }
        readingAhead = plan.id();
        readNextQuarter(plan);
    }

    private void readNextQuarter(Plan plan) {
        Task<Boolean> next = new Task<>() {
            @Override
            protected Boolean call() {
                return tracking.readAhead(plan.id());
            }
        };
        next.setOnSucceeded(e -> {
            if (next.getValue() && context.plan() != null && plan.id().equals(context.plan().id())) {
                readNextQuarter(plan);
            } else {
                readingAhead = null;
            }
        });
        // a quarter not read ahead is only read when it is shown
        context.background().run(next, failure -> readingAhead = null);
    }

    /** Shows the period again from what the service holds in memory (after an edit, an undo, a filter). */
    private void refresh() {
        Plan plan = context.plan();
        Period p = period.get();
        if (plan == null || p == null || loading.get()) {
            return;
        }
        show(plan, tracking.entries(plan, p, today));
    }

    private void show(Plan plan, List<TaskStatus> rows) {
        Period p = period.get();
        shownPlan = plan;
        all = rows;
        Map<Long, TaskStatus> index = new java.util.HashMap<>(all.size() * 2);
        all.forEach(r -> index.put(r.task().id(), r));
        byTask = index;
        counts.set(TrackingService.counts(all));
        // the window's overdue filter, search and status bar read the same statuses as this page
        context.useStatuses(tracking.lookup(plan, p));
        applyFilters();
        shownVersion.set(shownVersion.get() + 1);
    }

    /** A task's row in the period, filters aside; null before the period is read or for a task not in the plan. */
    TaskStatus row(long taskId) {
        return byTask.get(taskId);
    }

    /** Counts the times the period's statuses were given anew. */
    public javafx.beans.property.ReadOnlyIntegerProperty shownVersion() {
        return shownVersion.getReadOnlyProperty();
    }

    private void applyFilters() {
        ProgressStatus only = statusFilter.get();
        Set<Long> shown = context.shownProperty().get();
        boolean searching = !context.queryProperty().get().text().isEmpty();
        Set<Long> hits = context.hitIdsProperty().get();
        boolean filtering = only != null || shown != null || searching;
        Map<Integer, List<Row>> byGroup = new LinkedHashMap<>();
        if (shownPlan != null) {
            for (TaskGroup g : shownPlan.groups()) {
                byGroup.put(g.number(), new ArrayList<>());
            }
        }
        for (TaskStatus r : TrackingService.withStatus(all, only == null ? Set.of() : Set.of(only))) {
            Long id = r.task().id();
            if (shown != null && !shown.contains(id) || searching && !hits.contains(id)) {
                continue;
            }
            byGroup.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(new Row(r.group(), "", r));
        }
        List<Row> out = new ArrayList<>();
        byGroup.forEach((group, tasks) -> {
            if (!tasks.isEmpty() || !filtering) {
                out.add(new Row(group, context.groupTitle(group), null));
                out.addAll(tasks);
            }
        });
        if (!out.equals(rows)) {
            rows.setAll(out);
        }
    }

    // ---- the summary

    /** Tasks per status in each group of the period (I–VII), for the chart by group. */
    List<Bar> byGroup() {
        List<Bar> out = new ArrayList<>();
        counts.get().byGroup().forEach((g, c) -> out.add(new Bar(vn.plandesk.model.RomanNumeral.format(g), c)));
        return out;
    }

    /** Tasks per status of each lead unit, for the chart by unit. */
    List<Bar> byUnit() {
        List<Bar> out = new ArrayList<>();
        counts.get().byUnit().forEach((u, c) -> out.add(new Bar(u, c)));
        return out;
    }
}
