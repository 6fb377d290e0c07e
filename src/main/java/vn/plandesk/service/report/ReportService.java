package vn.plandesk.service.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.plandesk.model.DueReport;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.OfficialDate;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.ReportPeriod;
import vn.plandesk.model.ReportingRule;
import vn.plandesk.model.ScheduledReport;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.report.ReportListing;
import vn.plandesk.model.report.ReportState;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.service.Messages;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.register.DocumentRegister;
import vn.plandesk.service.reporting.ReportingCalendar;
import vn.plandesk.service.tracking.TrackingService;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.ReportRepository;

/**
 * The reports of the store as documents: drafted from what is recorded for a period, edited by the officer, marked
 * sent (and from then on kept exactly as sent), corrected by a new version beside the sent one. Every change is
 * written in one transaction and recorded as one step of the plan's undo history, so Ctrl+Z takes a report edit back
 * in order with the other edits of the plan.
 */
public final class ReportService {
    private final ReportRepository store;
    private final PlanRepository plans;
    private final TrackingService tracking;
    private final DocumentRegister register;
    private final ReportingCalendar calendar;
    private final Clock clock;

    public ReportService(ReportRepository store, PlanRepository plans, TrackingService tracking,
                         DocumentRegister register, ReportingCalendar calendar) {
        this(store, plans, tracking, register, calendar, Clock.systemDefaultZone());
    }

    /** With the clock that tells today (a test drafts "on" a given day). */
    public ReportService(ReportRepository store, PlanRepository plans, TrackingService tracking,
                         DocumentRegister register, ReportingCalendar calendar, Clock clock) {
        this.store = store;
        this.plans = plans;
        this.tracking = tracking;
        this.register = register;
        this.calendar = calendar;
        this.clock = clock;
    }

    // ---- reading

    /** Every report of the store, the bundled sample included. */
    public List<Report> reports() {
        return store.list();
    }

    public List<Report> reports(long planId) {
        return store.list(planId);
    }

    public Optional<Report> report(long id) {
        return store.find(id);
    }

    /** The report with this id, or the sentence that there is none. */
    public Report get(long id) {
        return store.find(id).orElseThrow(() -> new PlanDeskException("report.notFound", id));
    }

    // ---- drafting

    /**
     * Drafts the plan's report of a period from the store (see {@link ReportDraft}), stores it, and records it as one
     * step of the plan's history. Returns it with its id.
     */
    public Report draft(PlanEditor editor, ReportKind kind, ReportPeriod period) {
        return keepDraft(editor, drafted(editor.plan(), kind, period));
    }

    /**
     * Stores a draft made by {@link #drafted} as one step of the plan's history; returns it with its id. The window
     * drafts on its worker and keeps the draft on its own thread, which owns the undo history.
     */
    public Report keepDraft(PlanEditor editor, Report drafted) {
        if (drafted.id() != null || drafted.sent()) {
            throw new IllegalArgumentException("only a new draft is kept");
        }
        checkPlan(editor, drafted);
        Report stored = store.insert(drafted);
        record(editor, "edit.reportDraft", () -> store.delete(stored.id()), () -> store.insert(stored));
        return stored;
    }

    /** The draft of a period's report as the store gives it now, not stored (the benchmark times this). */
    public Report drafted(Plan plan, ReportKind kind, ReportPeriod period) {
        Objects.requireNonNull(kind, "kind");
        if (period == null) {
            throw new PlanDeskException("report.draft.noPeriod");
        }
        if (!fits(kind, period)) {
            throw new PlanDeskException("report.draft.kindPeriod", Messages.get(kind.labelKey()), period.printed());
        }
        Period p = Period.parse(period.code());
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = today.isBefore(p.end()) && !today.isBefore(p.start()) ? today : p.end();
        var rows = tracking.entries(plan, p, asOf);
        List<ProgressEntry> upToEnd = tracking.progress(plan.id()).all().stream()
                .filter(e -> !e.period().end().isAfter(p.end())).toList();
        // the rows' entries are of the period's quarters or earlier: among these already
        Set<Long> cited = new LinkedHashSet<>();
        upToEnd.forEach(e -> cited.addAll(e.documentIds()));
        Map<Long, IssuedDocument> documents = new HashMap<>();
        register.find(cited).forEach(d -> documents.put(d.id(), d));
        List<IssuedDocument> issued = documents.values().stream().filter(d -> !d.repeated())
                .filter(d -> d.date() == null || !d.date().isAfter(asOf))
                .sorted(Comparator.comparing(IssuedDocument::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(IssuedDocument::id))
                .toList();
        return ReportDraft.write(new ReportDraft.Facts(plan, kind, period, asOf, rows,
                tracking.results(plan.id()), documents, issued, recipient(plan.id(), kind)));
    }

    /** The draft of a stored plan's report, not stored. */
    public Report drafted(long planId, ReportKind kind, ReportPeriod period) {
        Plan plan = plans.load(planId).orElseThrow(() -> new PlanDeskException("plan.notFound", planId));
        return drafted(plan, kind, period);
    }

    /** A periodic report covers its own kind of period; a report on request may cover any. */
    static boolean fits(ReportKind kind, ReportPeriod period) {
        return switch (kind) {
            case QUARTER -> period.kind() == ReportPeriod.Kind.QUARTER;
            case HALF_YEAR -> period.kind() == ReportPeriod.Kind.HALF;
            case YEAR -> period.kind() == ReportPeriod.Kind.YEAR;
            case AD_HOC -> true;
        };
    }

    /** The kind of report a period asks for when none is named: a quarter's, a half-year's or a year's. */
    public static ReportKind kindOf(ReportPeriod period) {
        return switch (period.kind()) {
            case QUARTER -> ReportKind.QUARTER;
            case HALF -> ReportKind.HALF_YEAR;
            case YEAR -> ReportKind.YEAR;
        };
    }

    /** Where the plan's rules send this kind of report; for a kind they do not name, where its reports go. */
    private String recipient(long planId, ReportKind kind) {
        List<ReportingRule> rules = calendar.rules(planId);
        return rules.stream().filter(r -> r.kind() == kind && !r.recipient().isEmpty()).findFirst()
                .or(() -> rules.stream().filter(r -> !r.recipient().isEmpty()).findFirst())
                .map(ReportingRule::recipient).orElse("");
    }

    // ---- the officer's edits

    /**
     * Stores the officer's edit of a draft (any of its text, number, date, signer, appendices), as one step of the
     * plan's history. What the store keeps about the report itself (plan, kind, period, state, version) stays as
     * stored; a report on request may change its period.
     */
    public Report update(PlanEditor editor, Report changed) {
        if (changed.id() == null) {
            throw new IllegalArgumentException("only a stored report can be updated");
        }
        Report before = get(changed.id());
        checkPlan(editor, before);
        if (before.sent()) {
            throw new PlanDeskException("report.sentIsSent");
        }
        // the kind and period place it in the calendar; only a report on request says its own reach
        ReportPeriod period = before.kind() == ReportKind.AD_HOC ? changed.period() : before.period();
        Report after = new Report(before.id(), before.planId(), before.kind(), period, changed.asOf(),
                changed.parentOrgan(), changed.issuingOrgan(), changed.locality(), changed.number(), changed.symbol(),
                changed.date(), changed.summary(), changed.recipients(), changed.introduction(), changed.sections(),
                changed.closing(), changed.distribution(), changed.signer(), changed.appendices(),
                changed.footnotes(), ReportState.DRAFT, before.version(), before.previousVersion(), null);
        if (after.equals(before)) {
            return before;
        }
        store.update(after);
        record(editor, "edit.reportUpdate", () -> store.update(before), () -> store.update(after));
        return after;
    }

    /**
     * Marks a draft sent: from then on it is kept exactly as it is. It needs its number and date; the officer gives
     * them in the report, or here.
     */
    public Report markSent(PlanEditor editor, long reportId) {
        Report before = get(reportId);
        return markSent(editor, before, before.number(), before.date());
    }

    /** Numbers, dates and marks a draft sent, as one step (what the command line does). */
    public Report markSent(PlanEditor editor, long reportId, String number, LocalDate date) {
        return markSent(editor, get(reportId), number, date);
    }

    private Report markSent(PlanEditor editor, Report before, String number, LocalDate date) {
        checkPlan(editor, before);
        if (before.sent()) {
            throw new PlanDeskException("report.sentIsSent");
        }
        Report numbered = before.withNumberAndDate(number, before.symbol(), date); // no number: "", refused below
        if (numbered.number().isEmpty() || numbered.date() == null) {
            throw new PlanDeskException("report.notNumbered");
        }
        Report after = numbered.sentAt(Instant.now(clock));
        store.update(after);
        record(editor, "edit.reportSent", () -> store.update(before), () -> store.update(after));
        return after;
    }

    /** A correction of a sent report: a new draft of the next version beside it, which the officer then edits. */
    public Report correct(PlanEditor editor, long reportId) {
        Report sent = get(reportId);
        checkPlan(editor, sent);
        if (!sent.sent()) {
            throw new PlanDeskException("report.correctDraft");
        }
        Optional<Report> newer = store.list().stream()
                .filter(r -> Objects.equals(r.previousVersion(), sent.id())).findFirst();
        if (newer.isPresent()) {
            throw new PlanDeskException("report.alreadyCorrected", newer.get().version(), newer.get().id());
        }
        Report stored = store.insert(sent.correction());
        record(editor, "edit.reportCorrect", () -> store.delete(stored.id()), () -> store.insert(stored));
        return stored;
    }

    /** Deletes a draft, as one step; a sent report stays. */
    public void delete(PlanEditor editor, long reportId) {
        Report before = get(reportId);
        checkPlan(editor, before);
        if (before.sent()) {
            throw new PlanDeskException("report.sentIsSent");
        }
        store.delete(reportId);
        record(editor, "edit.reportDelete", () -> store.insert(before), () -> store.delete(reportId));
    }

    /** A report is edited through its own plan's editor; the bundled sample, on no plan, through any. */
    private static void checkPlan(PlanEditor editor, Report report) {
        if (report.planId() != null && !report.planId().equals(editor.plan().id())) {
            throw new IllegalArgumentException("report " + report.id() + " belongs to plan " + report.planId());
        }
    }

    /** Records a change already written to the store as one step of the plan's history. */
    private static void record(PlanEditor editor, String labelKey, Runnable undo, Runnable redo) {
        editor.recordStored(labelKey, editor.plan(), new PlanEditor.StoredChange() {
            @Override
            public Plan undo() {
                undo.run();
                return editor.plan();
            }

            @Override
            public Plan redo() {
                redo.run();
                return editor.plan();
            }
        });
    }

    // ---- the calendar with the reports' states

    /** The plan's reports due in a year, each with the state of its latest version (null: not drafted). */
    public List<ReportSlot> calendar(long planId, int year) {
        return slots(calendar.reports(planId, year));
    }

    /** Every plan's reports due in a year, each with its state and the plan it belongs to. */
    public List<Slotted> calendarOfEveryPlan(int year) {
        List<ScheduledReport> due = calendar.reports(year);
        List<ReportListing> all = store.listings();
        List<Slotted> out = new ArrayList<>();
        for (ScheduledReport s : due) {
            out.add(new Slotted(s, slot(all, s.planId(), s.report())));
        }
        return out;
    }

    /** A due report of some plan with its state. */
    public record Slotted(ScheduledReport scheduled, ReportSlot slot) {
    }

    private List<ReportSlot> slots(List<ScheduledReport> due) {
        List<ReportListing> all = store.listings();
        return due.stream().map(s -> slot(all, s.planId(), s.report())).toList();
    }

    private static ReportSlot slot(List<ReportListing> all, long planId, DueReport due) {
        List<ReportListing> versions = all.stream()
                .filter(r -> r.planId() != null && r.planId() == planId && r.kind() == due.kind()
                        && due.period().equals(r.period()))
                .toList();
        Optional<ReportListing> latest = versions.stream()
                .max(Comparator.comparingInt(ReportListing::version).thenComparingLong(ReportListing::id));
        return new ReportSlot(due, latest.map(ReportListing::state).orElse(null),
                latest.map(ReportListing::id).orElse(null),
                versions.stream().anyMatch(r -> r.state() == ReportState.SENT));
    }

    /**
     * The status bar's sentence on a day: the reports overdue and not sent (within
     * {@link ReportingCalendar#OVERDUE_WARN_DAYS} days of their due date), then the next reports due within
     * {@link ReportingCalendar#WARN_DAYS} days, each named with its state; empty when there is neither.
     */
    public Optional<String> dueWarning(LocalDate today) {
        List<ReportListing> all = store.listings();
        List<String> late = new ArrayList<>();
        for (ScheduledReport s : calendar.recentlyDue(today)) {
            long days = slot(all, s.planId(), s.report()).daysLate(today);
            if (days == 0) {
                continue;
            }
            String named = Messages.get("report.overdue", Messages.get("report.named",
                    Messages.get(s.report().kind().labelKey()), s.report().period().printed()),
                    OfficialDate.screen(s.report().due()), days);
            if (!late.contains(named)) {
                late.add(named);
            }
        }
        Optional<String> soon = calendar.warning(today, s -> Messages.get(slot(all, s.planId(), s.report()).stateKey()));
        if (late.isEmpty()) {
            return soon;
        }
        return Optional.of(String.join(" ", late) + soon.map(w -> " " + w).orElse(""));
    }
}
