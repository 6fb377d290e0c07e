package vn.plandesk.service.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.DueReport;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.ReportPeriod;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.report.ReportState;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.Messages;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.register.DocumentRegister;
import vn.plandesk.service.reporting.ReportingCalendar;
import vn.plandesk.service.tracking.TaskStatus;
import vn.plandesk.service.tracking.TrackingService;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.ReportRepository;

/**
 * The reports of the store: listed, drafted from the recorded progress, edited, sent and corrected, each change one
 * step of the plan's undo history. A first version that the window is built against; the full drafting comes with the
 * report service of issue 13.
 */
public final class ReportService {
    private final ReportRepository store;
    private final PlanRepository plans;
    private final TrackingService tracking;
    private final ReportingCalendar calendar;

    public ReportService(ReportRepository store, PlanRepository plans, TrackingService tracking,
                         DocumentRegister register, ReportingCalendar calendar) {
        this.store = store;
        this.plans = plans;
        this.tracking = tracking;
        this.calendar = calendar;
    }

    public List<Report> reports() {
        return store.list();
    }

    public List<Report> reports(long planId) {
        return store.list(planId);
    }

    public Optional<Report> report(long id) {
        return store.find(id);
    }

    public Report draft(PlanEditor editor, ReportKind kind, ReportPeriod period) {
        Plan plan = editor.plan();
        Period p = Period.parse(period.code());
        List<BodySection> done = new ArrayList<>();
        for (TaskGroup g : plan.groups()) {
            List<String> lines = new ArrayList<>();
            for (TaskStatus s : tracking.entries(plan, p)) {
                if (s.group() == g.number() && s.entry() != null && s.status() == ProgressStatus.DONE) {
                    lines.add("- " + s.task().name() + (s.entry().result().isEmpty() ? "" : ": "
                            + s.entry().result()));
                }
            }
            if (!lines.isEmpty()) {
                done.add(new BodySection(g.number() + ". " + g.title(), lines));
            }
        }
        String recipient = calendar.rules(plan.id()).stream().map(r -> r.recipient()).filter(r -> !r.isBlank())
                .findFirst().orElse("");
        Report r = new Report(null, plan.id(), kind, period, null, plan.parentOrgan(), plan.issuingOrgan(),
                plan.locality(), "", "BC-UBND", null, "Kết quả thực hiện " + plan.summary() + " "
                + period.printed(), recipient.isEmpty() ? List.of() : List.of(recipient), List.of(),
                List.of(new BodySection("I. KẾT QUẢ THỰC HIỆN", List.of("Kết quả " + period.printed() + ":"), done),
                        new BodySection("II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI", List.of()),
                        new BodySection("III. ĐỀ XUẤT, KIẾN NGHỊ", List.of())),
                List.of("Trên đây là báo cáo ./."), List.of("- Như trên;", "- Lưu: VT."), plan.signer(),
                List.of(), List.of(), ReportState.DRAFT, 1, null, null);
        Report stored = store.insert(r);
        record(editor, "edit.reportDraft", null, stored);
        return stored;
    }

    public Report update(PlanEditor editor, Report changed) {
        Report before = store.find(changed.id()).orElseThrow(() -> new PlanDeskException("report.notFound",
                changed.id()));
        if (before.sent()) {
            throw new PlanDeskException("report.sentIsSent");
        }
        store.update(changed);
        record(editor, "edit.report", before, changed);
        return changed;
    }

    public Report markSent(PlanEditor editor, long reportId) {
        Report before = report(reportId).orElseThrow(() -> new PlanDeskException("report.notFound", reportId));
        if (before.number().isEmpty() || before.date() == null) {
            throw new PlanDeskException("report.notNumbered");
        }
        Report sent = before.sentAt(Instant.now());
        store.update(sent);
        record(editor, "edit.reportSent", before, sent);
        return sent;
    }

    public Report correct(PlanEditor editor, long reportId) {
        Report before = report(reportId).orElseThrow(() -> new PlanDeskException("report.notFound", reportId));
        Report stored = store.insert(before.correction());
        record(editor, "edit.reportCorrection", null, stored);
        return stored;
    }

    public void delete(PlanEditor editor, long reportId) {
        Report before = report(reportId).orElseThrow(() -> new PlanDeskException("report.notFound", reportId));
        if (before.sent()) {
            throw new PlanDeskException("report.sentIsSent");
        }
        store.delete(reportId);
        record(editor, "edit.reportDelete", before, null);
    }

    public List<ReportSlot> calendar(long planId, int year) {
        List<Report> mine = store.list(planId);
        List<ReportSlot> out = new ArrayList<>();
        for (var s : calendar.reports(planId, year)) {
            DueReport due = s.report();
            Optional<Report> r = mine.stream().filter(x -> x.kind() == due.kind() && due.period().equals(x.period()))
                    .max(Comparator.comparingInt(Report::version));
            out.add(new ReportSlot(due, r.map(Report::state).orElse(null), r.map(Report::id).orElse(null)));
        }
        return out;
    }

    public Optional<String> dueWarning(LocalDate today) {
        return calendar.nextDue(today).filter(s -> ChronoUnit.DAYS.between(today, s.report().due())
                <= ReportingCalendar.WARN_DAYS).map(s -> {
                    String state = calendar(s.planId(), s.report().due().getYear()).stream()
                            .filter(x -> x.due().equals(s.report()) && x.state() != null)
                            .map(x -> Messages.get(x.state().labelKey())).findFirst()
                            .orElse(Messages.get("report.state.MISSING"));
                    return calendar.warning(today).orElse("") + " (" + state + ")";
                });
    }

    /** One step of the plan's history: the report as it was (null: none) and as it is now (null: deleted). */
    private void record(PlanEditor editor, String labelKey, Report before, Report after) {
        editor.recordStored(labelKey, editor.plan(), new PlanEditor.StoredChange() {
            @Override
            public Plan undo() {
                put(after, before);
                return editor.plan();
            }

            @Override
            public Plan redo() {
                put(before, after);
                return editor.plan();
            }
        });
    }

    private void put(Report from, Report to) {
        if (to == null) {
            store.delete(from.id());
        } else if (from == null) {
            store.insert(to);
        } else {
            store.update(to);
        }
    }
}
