package vn.plandesk.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import vn.plandesk.model.OfficialDate;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.service.Messages;
import vn.plandesk.service.report.ReportService;
import vn.plandesk.service.report.ReportSlot;
import vn.plandesk.service.tracking.TrackingService;

/**
 * The state and commands of the reports page ({@link ReportsView}): the year chosen, the reports the open plan's
 * calendar asks for in it with their state, drafting one, and the report open in the editor
 * ({@link ReportEditorViewModel}). The calendar is read off the FX thread; it is read again after every edit, undo and
 * redo of the plan, since a report's state is a step of the plan's history.
 */
final class ReportsViewModel {
    /** The years of the plans (2025–2030), for the list at the top. */
    static final List<Integer> YEARS = IntStream.rangeClosed(2025, 2030).boxed().toList();

    private final WindowContext context;
    private final ReportService reports;
    private final TrackingService tracking;
    private final ReportEditorViewModel editor;
    private final ObservableList<Integer> years = FXCollections.observableArrayList(YEARS);
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<ReportSlot> slots = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final Consumer<Plan> onEdit = p -> load();
    private final Supplier<LocalDate> today;

    ReportsViewModel(WindowContext context, ReportService reports, TrackingService tracking,
                     ReportWriter export, Supplier<LocalDate> today) {
        this.context = context;
        this.reports = reports;
        this.tracking = tracking;
        this.today = today;
        this.editor = new ReportEditorViewModel(context, reports, export);
        int now = today.get().getYear();
        year.set(Math.max(YEARS.get(0), Math.min(YEARS.get(YEARS.size() - 1), now)));
        year.addListener((o, old, y) -> load());
        context.editorProperty().addListener((o, old, e) -> {
            if (old != null) {
                old.removeListener(onEdit);
            }
            if (e != null) {
                e.addListener(onEdit);
            }
            load();
        });
        if (context.editor() != null) {
            context.editor().addListener(onEdit);
        }
        load();
    }

    ObservableList<Integer> years() {
        return years;
    }

    ObjectProperty<Integer> year() {
        return year;
    }

    /** The year's reports with their due dates and state, by due date. */
    ObservableList<ReportSlot> slots() {
        return slots;
    }

    ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    ReportEditorViewModel editor() {
        return editor;
    }

    /** "Chưa lập", "Dự thảo", "Đã gửi". */
    static String stateLabel(ReportSlot slot) {
        return Messages.get(slot.state() == null ? "report.state.MISSING" : slot.state().labelKey());
    }

    /** "Báo cáo quý", "Quý I/2026", "10/03/2026". */
    static String kindLabel(ReportSlot slot) {
        return Messages.get(slot.due().kind().labelKey());
    }

    static String periodLabel(ReportSlot slot) {
        return slot.due().period() == null ? "" : slot.due().period().printed();
    }

    static String dueLabel(ReportSlot slot) {
        return OfficialDate.screen(slot.due().due());
    }

    // ---- commands

    /** Opens the report of a row in the editor; a row with none yet is drafted first. */
    void open(ReportSlot slot) {
        if (slot == null) {
            return;
        }
        if (slot.reportId() == null) {
            draft(slot);
        } else {
            editor.open(slot.reportId());
        }
    }

    /**
     * "Lập báo cáo": drafts a row's report from the store and opens it. The period's progress is read on the worker;
     * the report is then drafted and stored on the FX thread, since it is a step of the plan's undo history, which
     * the FX thread owns.
     */
    void draft(ReportSlot slot) {
        Plan plan = context.plan();
        if (slot == null || slot.reportId() != null || plan == null || slot.due().period() == null) {
            return;
        }
        loading.set(true);
        Period period = Period.parse(slot.due().period().code());
        Task<Void> read = new Task<>() {
            @Override
            protected Void call() {
                updateProgress(-1, 1);
                // the store's reads (the period's progress) happen here; the FX thread drafts from memory
                tracking.progress(plan, period);
                return null;
            }
        };
        read.setOnSucceeded(e -> {
            loading.set(false);
            try {
                Report drafted = reports.draft(context.editor(), slot.due().kind(), slot.due().period());
                problem.set("");
                context.statusProperty().set(Messages.get("reports.done.drafted", drafted.period().printed()));
                editor.open(drafted);
            } catch (PlanDeskException x) {
                problem.set(Messages.of(x));
            }
        });
        context.background().run(read, t -> {
            loading.set(false);
            problem.set(t instanceof PlanDeskException p ? Messages.of(p) : Messages.get("reports.draftFailed"));
        });
    }

    /** Reads the year's calendar of the open plan off the FX thread, then shows it. */
    void load() {
        Plan plan = context.plan();
        Integer y = year.get();
        if (plan == null || y == null) {
            slots.clear();
            return;
        }
        loading.set(true);
        Task<List<ReportSlot>> read = new Task<>() {
            @Override
            protected List<ReportSlot> call() {
                return reports.calendar(plan.id(), y);
            }
        };
        read.setOnSucceeded(e -> {
            if (y.equals(year.get()) && context.plan() != null && plan.id().equals(context.plan().id())) {
                loading.set(false);
                if (!read.getValue().equals(slots)) {
                    slots.setAll(read.getValue());
                }
            }
        });
        context.background().run(read, t -> {
            loading.set(false);
            problem.set(t instanceof PlanDeskException p ? Messages.of(p) : Messages.get("reports.loadFailed"));
        });
    }

    /** The row of the report open in the editor, if it is in the year shown. */
    Optional<ReportSlot> openSlot() {
        Report r = editor.report().get();
        return r == null ? Optional.empty()
                : slots.stream().filter(s -> r.id().equals(s.reportId())).findFirst();
    }

    LocalDate today() {
        return today.get();
    }
}
