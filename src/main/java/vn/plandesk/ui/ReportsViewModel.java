package vn.plandesk.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import vn.plandesk.model.DueReport;
import vn.plandesk.model.OfficialDate;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.ReportPeriod;
import vn.plandesk.model.report.Report;
import vn.plandesk.service.Messages;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.report.ReportService;
import vn.plandesk.service.report.ReportSlot;

/**
 * The state and commands of the reports page ({@link ReportsView}): the year chosen, the reports the open plan's
 * calendar asks for in it with their state, beside them the plan's other reports of the year (a period the rules do not
 * name, an earlier version a correction replaced), drafting one, and the report open in the editor
 * ({@link ReportEditorViewModel}). The list is read off the FX thread, again after every edit, undo and redo of the
 * plan, since a report's state is a step of the plan's history.
 */
final class ReportsViewModel {
    /** The years of the plans (2025–2030), for the list at the top. */
    static final List<Integer> YEARS = IntStream.rangeClosed(2025, 2030).boxed().toList();

    /**
     * One line of the list: a report the calendar asks for, or another report of the plan in the year.
     *
     * @param due    kind, period, due date (null off the calendar) and recipient
     * @param report the report drafted for it (its latest version on a calendar line), null when none ("chưa lập")
     */
    /**
     * @param daysLate how many days past its due date a report not yet sent is, on the day the rows were read; 0 when
     *                 it is not late (or was sent)
     */
    record Row(DueReport due, Report report, long daysLate) {
        String kind() {
            return Messages.get(due.kind().labelKey());
        }

        /** "Quý I/2026", and the version when it is a correction. */
        String period() {
            String p = due.period() == null ? "" : due.period().printed();
            return report == null || report.version() == 1 ? p
                    : Messages.get("reports.versionOf", p, report.version());
        }

        String dueDate() {
            return due.due() == null ? "" : OfficialDate.screen(due.due());
        }

        /** "Chưa lập", "Dự thảo", "Đã gửi"; a report not sent by its due date says how late it is. */
        String state() {
            String state = Messages.get(report == null ? "report.state.MISSING" : report.state().labelKey());
            return daysLate > 0 ? Messages.get("reports.stateLate", state, daysLate) : state;
        }
    }

    private final WindowContext context;
    private final ReportService reports;
    private final ReportEditorViewModel editor;
    private final Supplier<LocalDate> today;
    private final ObservableList<Integer> years = FXCollections.observableArrayList(YEARS);
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<ReportPeriod> periods = FXCollections.observableArrayList();
    private final ObjectProperty<ReportPeriod> period = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final Consumer<Plan> onEdit = p -> load();

    ReportsViewModel(WindowContext context, ReportService reports, ReportWriter export, Supplier<LocalDate> today) {
        this.context = context;
        this.reports = reports;
        this.editor = new ReportEditorViewModel(context, reports, export);
        this.today = today;
        int now = today.get().getYear();
        year.set(Math.max(YEARS.get(0), Math.min(YEARS.get(YEARS.size() - 1), now)));
        periods.setAll(periodsOf(year.get()));
        period.set(periodToDraft(year.get()));
        year.addListener((o, old, y) -> {
            if (y != null) {
                periods.setAll(periodsOf(y));
                period.set(periodToDraft(y));
            }
            load();
        });
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

    /** A year's quarters, halves and the year itself: the periods a report may cover. */
    /** The quarter the officer is in when the year shown is this year (the report most likely wanted), else the first. */
    private ReportPeriod periodToDraft(int y) {
        LocalDate day = today.get();
        return day.getYear() == y ? ReportPeriod.quarter(y, (day.getMonthValue() - 1) / 3 + 1) : periodsOf(y).get(0);
    }

    static List<ReportPeriod> periodsOf(int year) {
        return List.of(ReportPeriod.quarter(year, 1), ReportPeriod.quarter(year, 2), ReportPeriod.half(year, 1),
                ReportPeriod.quarter(year, 3), ReportPeriod.quarter(year, 4), ReportPeriod.half(year, 2),
                ReportPeriod.year(year));
    }

    ObservableList<Integer> years() {
        return years;
    }

    ObjectProperty<Integer> year() {
        return year;
    }

    /** The year's lines, by due date, the reports off the calendar after them by period. */
    ObservableList<Row> rows() {
        return rows;
    }

    /** The periods of the year a report can be drafted for, with the one chosen. */
    ObservableList<ReportPeriod> periods() {
        return periods;
    }

    ObjectProperty<ReportPeriod> period() {
        return period;
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

    // ---- commands

    /** Opens the report of a line in the editor; a line with none yet is drafted first. */
    void open(Row row) {
        if (row == null) {
            return;
        }
        if (row.report() == null) {
            draft(row);
        } else {
            editor.open(row.report().id());
        }
    }

    /** "Lập báo cáo" on a line the calendar asks for and nobody has drafted. */
    void draft(Row row) {
        if (row != null && row.report() == null) {
            draft(row.due().kind(), row.due().period());
        }
    }

    /** "Lập báo cáo kỳ": the report of the period chosen, whether or not the plan's rules name it. */
    void draftChosenPeriod() {
        ReportPeriod p = period.get();
        if (p != null) {
            draft(ReportService.kindOf(p), p);
        }
    }

    /**
     * Drafts a report from the store on the worker, then keeps it (one step of the plan's undo history, which the FX
     * thread owns) and opens it.
     */
    void draft(ReportKind kind, ReportPeriod p) {
        Plan plan = context.plan();
        if (plan == null || p == null || loading.get()) {
            return;
        }
        editor.keepTyped();
        loading.set(true);
        Task<Report> write = new Task<>() {
            @Override
            protected Report call() {
                updateProgress(-1, 1);
                return reports.drafted(plan, kind, p);
            }
        };
        write.setOnSucceeded(e -> {
            loading.set(false);
            PlanEditor e2 = context.editor();
            if (e2 == null || !plan.id().equals(e2.plan().id())) {
                return;
            }
            try {
                Report drafted = reports.keepDraft(e2, write.getValue());
                problem.set("");
                context.statusProperty().set(Messages.get("reports.done.drafted", p.printed()));
                editor.open(drafted);
            } catch (PlanDeskException x) {
                problem.set(Messages.of(x));
            }
        });
        context.background().run(write, t -> {
            loading.set(false);
            problem.set(t instanceof PlanDeskException x ? Messages.of(x) : Messages.get("reports.draftFailed"));
        });
    }

    /** Reads the year's lines of the open plan off the FX thread, then shows them. */
    void load() {
        Plan plan = context.plan();
        Integer y = year.get();
        if (plan == null || y == null) {
            rows.clear();
            return;
        }
        Task<List<Row>> read = new Task<>() {
            @Override
            protected List<Row> call() {
                return rowsOf(plan.id(), y);
            }
        };
        read.setOnSucceeded(e -> {
            if (y.equals(year.get()) && context.plan() != null && plan.id().equals(context.plan().id())
                    && !read.getValue().equals(rows)) {
                rows.setAll(read.getValue());
            }
        });
        context.background().run(read, t -> problem.set(
                t instanceof PlanDeskException x ? Messages.of(x) : Messages.get("reports.loadFailed")));
    }

    private List<Row> rowsOf(long planId, int y) {
        List<Report> all = reports.reports(planId);
        List<Row> out = new ArrayList<>();
        Set<Long> shown = new HashSet<>();
        for (ReportSlot s : reports.calendar(planId, y)) {
            Report r = s.reportId() == null ? null
                    : all.stream().filter(x -> x.id().equals(s.reportId())).findFirst().orElse(null);
            out.add(new Row(s.due(), r, s.daysLate(today.get())));
            if (r != null) {
                shown.add(r.id());
            }
        }
        all.stream().filter(r -> !shown.contains(r.id()) && r.period() != null && r.period().year() == y)
                .sorted(Comparator.comparing((Report r) -> periodsOf(y).indexOf(r.period()))
                        .thenComparing(Report::version))
                .forEach(r -> out.add(new Row(new DueReport(r.kind(), r.period(), null, r.firstRecipient()), r, 0)));
        return out;
    }

    /** The line of the report open in the editor, if it is in the year shown. */
    Optional<Row> openRow() {
        Report r = editor.report().get();
        return r == null ? Optional.empty()
                : rows.stream().filter(x -> x.report() != null && r.id().equals(x.report().id())).findFirst();
    }
}
