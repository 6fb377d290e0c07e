package vn.plandesk.service.report;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.OfficialDate;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.ReportPeriod;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.report.ReportAppendix;
import vn.plandesk.model.report.ReportState;
import vn.plandesk.model.tracking.IndicatorResult;
import vn.plandesk.model.tracking.Judgement;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.Messages;
import vn.plandesk.service.tracking.TaskStatus;

/**
 * Writes the first draft of a report from what the store holds for a period: the header from the plan, section I per
 * task group (what was finished with its proof, what is late or waiting with its shortcomings and causes), the
 * indicator results, section II from the work due next, an empty section III for the officer, and the three appendix
 * tables. Everything is written as text, so that the report is the officer's from then on.
 *
 * <p>The report is an official Vietnamese document whatever language the window speaks, so its words are read from the
 * Vietnamese bundle (the "report drafting" block of the bundles).
 */
final class ReportDraft {
    private static final ResourceBundle WORDS = Messages.bundle(Messages.VIETNAMESE);
    private static final String DEFAULT_SYMBOL = "BC-UBND";

    /** What the store holds for the period, gathered by the service. */
    record Facts(Plan plan, ReportKind kind, ReportPeriod period, LocalDate asOf, List<TaskStatus> rows,
                 List<IndicatorResult> results, Map<Long, IssuedDocument> documents, List<IssuedDocument> issued,
                 String recipient) {
    }

    private final Facts f;
    private final Period period;

    private ReportDraft(Facts facts) {
        this.f = facts;
        this.period = Period.parse(facts.period().code());
    }

    static Report write(Facts facts) {
        return new ReportDraft(facts).report();
    }

    private Report report() {
        Plan plan = f.plan();
        String planName = planName(plan);
        String when = f.period().printed();
        List<String> recipients = f.recipient().isBlank() ? List.of() : List.of(f.recipient() + ".");
        String issuer = plan.issuer().isBlank() ? firstLine(plan.issuingOrgan()) : plan.issuer();
        List<String> introduction = List.of(text("report.draft.introduction", planName, issuer,
                lowerFirst(stripEnd(plan.summary())), when));
        List<BodySection> sections = List.of(achieved(), nextTasks(),
                new BodySection(text("report.draft.proposals"), List.of()));
        List<String> closing = List.of(text("report.draft.closing", planName, when, issuer));
        List<String> distribution = List.of(text("report.draft.toAbove"), text("report.draft.archive"));
        List<ReportAppendix> appendices = new ArrayList<>();
        appendices.add(progressTable());
        if (!f.issued().isEmpty()) {
            appendices.add(documentsTable());
        }
        if (plan.indicators().stream().anyMatch(Indicator::hasValue)) {
            appendices.add(indicatorsTable());
        }
        // titles in capitals as official-layout.md asks of an appendix (Mẫu 2.1); the printing sets a title as
        // written, so the bundled seed 003 keeps the sentence case it was issued with
        List<ReportAppendix> labelled = new ArrayList<>();
        for (int i = 0; i < appendices.size(); i++) {
            ReportAppendix a = appendices.get(i);
            labelled.add(new ReportAppendix(a.kind(), text("report.draft.appendix",
                    vn.plandesk.model.RomanNumeral.format(i + 1)), a.title().toUpperCase(Messages.VIETNAMESE),
                    a.note(), a.columns(), a.rows()));
        }
        return new Report(null, plan.id(), f.kind(), f.period(), null, plan.parentOrgan(), plan.issuingOrgan(),
                plan.locality(), "", symbol(plan), null, text("report.draft.summary", planName, when), recipients,
                introduction, sections, closing, distribution, plan.signer(), labelled, List.of(), ReportState.DRAFT,
                1, null, null);
    }

    // ---- section I: per group what was done, what lags and why; then the indicators

    private BodySection achieved() {
        List<BodySection> parts = new ArrayList<>();
        int n = 0;
        for (TaskGroup g : f.plan().groups()) {
            List<TaskStatus> rows = f.rows().stream().filter(r -> r.group() == g.number()).toList();
            if (rows.isEmpty()) {
                continue;
            }
            n++;
            List<String> done = new ArrayList<>();
            List<String> lagging = new ArrayList<>();
            List<String> causes = new ArrayList<>();
            for (TaskStatus r : rows) {
                ProgressEntry e = r.own() ? r.entry() : null;
                if (e != null && (r.status().finished() || r.status() == ProgressStatus.IN_PROGRESS
                        && !e.result().isEmpty())) {
                    done.add(doneLine(r.task(), r.status(), e));
                } else if (r.late() || e != null && (r.status() == ProgressStatus.WAITING
                        || r.status() == ProgressStatus.NOT_DONE || r.status() == ProgressStatus.BEHIND)) {
                    String shortcomings = e == null ? "" : e.shortcomings();
                    lagging.add(bullet(r.task().name(), status(r.status()).toLowerCase(Locale.ROOT)
                            + (shortcomings.isEmpty() ? "" : "; " + stripEnd(shortcomings))));
                    if (e != null && !e.cause().isEmpty()) {
                        causes.add(bullet(r.task().name(), stripEnd(e.cause())));
                    }
                }
            }
            if (done.isEmpty()) {
                done.add(text("report.draft.noneDone"));
            }
            parts.add(new BodySection(n + ". " + g.title(), List.of(), List.of(
                    new BodySection(n + ".1. " + text("report.draft.results"), done),
                    new BodySection(n + ".2. " + text("report.draft.shortcomings"),
                            lagging.isEmpty() ? List.of(text("report.draft.none")) : lagging),
                    new BodySection(n + ".3. " + text("report.draft.causes"),
                            causes.isEmpty() ? List.of(text("report.draft.none")) : causes))));
        }
        parts.add(new BodySection((n + 1) + ". " + text("report.draft.indicators"), indicatorLines()));
        return new BodySection(text("report.draft.section1"), List.of(), parts);
    }

    private String doneLine(PlanTask task, ProgressStatus status, ProgressEntry e) {
        StringBuilder b = new StringBuilder();
        b.append(e.result().isEmpty() ? status(status) : stripEnd(e.result()));
        List<String> proofs = new ArrayList<>();
        for (Long id : e.documentIds()) {
            IssuedDocument d = f.documents().get(id);
            if (d != null) {
                proofs.add(cited(d));
            }
        }
        if (!e.evidence().isEmpty()) {
            proofs.add(stripEnd(e.evidence()));
        }
        if (!proofs.isEmpty()) {
            b.append(" (").append(String.join("; ", proofs)).append(")");
        }
        return bullet(task.name(), b.toString());
    }

    private List<String> indicatorLines() {
        List<String> out = new ArrayList<>();
        for (Indicator i : f.plan().indicators()) {
            Optional<IndicatorResult> r = result(i);
            if (r.isEmpty() || !i.hasValue()) {
                continue;
            }
            out.add(text("report.draft.indicatorLine", indicatorName(i), valueWithUnit(r.get().value(), i.unit()),
                    i.target(), judgement(r.get().judge(i.target())).toLowerCase(Locale.ROOT)));
        }
        return out.isEmpty() ? List.of(text("report.draft.noIndicators")) : out;
    }

    /** The indicator's result for the period: its own, else the one reported last within the period. */
    private Optional<IndicatorResult> result(Indicator i) {
        if (i.id() == null) {
            return Optional.empty();
        }
        return f.results().stream().filter(r -> r.indicatorId() == i.id())
                .filter(r -> !r.period().start().isBefore(period.start()) && !r.period().end().isAfter(period.end()))
                .max(Comparator.comparing((IndicatorResult r) -> r.period().equals(period))
                        .thenComparing(r -> r.period().end()).thenComparing(IndicatorResult::period));
    }

    // ---- section II: the work due in the next period, late work carried over

    private BodySection nextTasks() {
        LocalDate nextEnd = nextEnd();
        List<BodySection> parts = new ArrayList<>();
        int n = 0;
        for (TaskGroup g : f.plan().groups()) {
            List<String> lines = new ArrayList<>();
            for (TaskStatus r : f.rows()) {
                if (r.group() != g.number() || r.status().closed()) {
                    continue;
                }
                LocalDate due = r.task().deadline().dueDate();
                if (due != null && !due.isAfter(nextEnd) && (due.isAfter(period.end()) || r.late())) {
                    String units = String.join(", ", r.task().leadUnits());
                    lines.add(text("report.draft.nextLine", stripEnd(r.task().name()),
                            units.isEmpty() ? "" : units + "; ", r.task().deadline().raw().replace('\n', ' ')));
                }
            }
            if (!lines.isEmpty()) {
                n++;
                parts.add(new BodySection(n + ". " + g.title(), lines));
            }
        }
        List<String> paragraphs = parts.isEmpty() ? List.of(text("report.draft.nextNone")) : List.of();
        return new BodySection(text("report.draft.section2"), paragraphs, parts);
    }

    /** The last day of the period after this one, as long as this one. */
    private LocalDate nextEnd() {
        LocalDate start = period.end().plusDays(1);
        return switch (period.kind()) {
            case QUARTER -> start.plusMonths(3).minusDays(1);
            case HALF -> start.plusMonths(6).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
        };
    }

    // ---- the appendices

    private ReportAppendix progressTable() {
        List<String> columns = List.of(text("report.draft.col.number"), text("report.draft.col.task"),
                text("report.draft.col.leadUnit"), text("report.draft.col.result"), text("report.draft.col.status"),
                text("report.draft.col.evidence"));
        List<ReportAppendix.Row> rows = new ArrayList<>();
        int group = -1;
        for (TaskStatus r : f.rows()) {
            if (r.group() != group) {
                group = r.group();
                int g = group;
                f.plan().group(g).ifPresent(tg -> rows.add(ReportAppendix.Row.group(tg.roman() + ". " + tg.title())));
            }
            ProgressEntry e = r.entry();
            String status = status(r.status()) + (r.late() && r.status() != ProgressStatus.BEHIND
                    ? " (" + text("report.draft.late") + ")" : "");
            rows.add(ReportAppendix.Row.of(r.task().number(), r.task().name(), String.join(", ", r.task().leadUnits()),
                    e == null ? "" : e.result(), status, e == null ? "" : evidence(e)));
        }
        return new ReportAppendix(ReportAppendix.Kind.PROGRESS, "", text("report.draft.progressTitle",
                f.period().printed()), text("report.draft.asOf", OfficialDate.numeric(f.asOf())), columns, rows);
    }

    private String evidence(ProgressEntry e) {
        List<String> parts = new ArrayList<>();
        for (Long id : e.documentIds()) {
            IssuedDocument d = f.documents().get(id);
            if (d != null) {
                parts.add(typeName(d) + " số " + d.citation());
            }
        }
        if (!e.evidence().isEmpty()) {
            parts.add(e.evidence());
        }
        return String.join("; ", parts);
    }

    private ReportAppendix documentsTable() {
        List<ReportAppendix.Row> rows = new ArrayList<>();
        int n = 0;
        for (IssuedDocument d : f.issued()) {
            rows.add(ReportAppendix.Row.of(String.valueOf(++n), cited(d) + "."));
        }
        return new ReportAppendix(ReportAppendix.Kind.DOCUMENTS, "", text("report.draft.documentsTitle",
                planName(f.plan())), text("report.draft.asOf", OfficialDate.numeric(f.asOf())),
                List.of(text("report.draft.col.number"), text("report.draft.col.document")), rows);
    }

    private ReportAppendix indicatorsTable() {
        List<ReportAppendix.Row> rows = new ArrayList<>();
        String section = null;
        for (Indicator i : f.plan().indicators()) {
            if (!i.section().isEmpty() && !i.section().equals(section)) {
                section = i.section();
                rows.add(ReportAppendix.Row.group(section));
            }
            Optional<IndicatorResult> r = result(i);
            String value = r.map(IndicatorResult::value).orElse("");
            String judged = r.isPresent() && i.hasValue() ? judgement(r.get().judge(i.target())) : "";
            rows.add(ReportAppendix.Row.of(i.number(), i.name(), i.unit(), i.target(), value, judged));
        }
        return new ReportAppendix(ReportAppendix.Kind.INDICATORS, "", text("report.draft.indicatorsTitle",
                f.period().printed()), "", List.of(text("report.draft.col.number"), text("report.draft.col.indicator"),
                text("report.draft.col.unit"), text("report.draft.col.target"), text("report.draft.col.value"),
                text("report.draft.col.judgement")), rows);
    }

    // ---- words

    /** "Quyết định số 12/QĐ-UBND ngày 05/01/2026 của UBND phường về …": number, date and summary, as seed 003 cites. */
    private static String cited(IssuedDocument d) {
        String summary = stripEnd(d.summary());
        return typeName(d) + " số " + d.citation() + (summary.isEmpty() ? "" : " " + summary);
    }

    private static String typeName(IssuedDocument d) {
        return WORDS.getString(d.type().labelKey());
    }

    /** "Kế hoạch số …/KH-UBND" while the plan has no number, with its date once it has one. */
    static String planName(Plan plan) {
        String number = plan.number().isEmpty() ? "…" : plan.number();
        String symbol = plan.symbol().isEmpty() ? "" : "/" + plan.symbol();
        String date = plan.issueDate() == null ? "" : " ngày " + OfficialDate.numeric(plan.issueDate());
        return text("report.draft.planName", number + symbol + date);
    }

    /** "BC-UBND" for a plan "KH-UBND": the report is numbered in the same organ's book. */
    static String symbol(Plan plan) {
        String s = plan.symbol();
        return s.startsWith("KH-") && s.length() > 3 ? "BC-" + s.substring(3) : DEFAULT_SYMBOL;
    }

    private static String indicatorName(Indicator i) {
        return i.number().isEmpty() ? stripEnd(i.name()) : i.number() + ". " + stripEnd(i.name());
    }

    /**
     * The value with its unit once: "31" and "% GRDP" print "31% GRDP", and so do "31% GRDP" typed whole and "31%"
     * typed with its percent sign.
     */
    private static String valueWithUnit(String value, String unit) {
        String u = unit.strip();
        if (u.isEmpty() || value.strip().endsWith(u)) {
            return value;
        }
        if (u.startsWith("%")) {
            // the percent sign is not spaced, and not printed twice when the officer typed it
            return value.strip().endsWith("%") ? value.strip() + u.substring(1) : value + u;
        }
        return value + " " + u;
    }

    private static String bullet(String task, String what) {
        return "- " + stripEnd(task.replace('\n', ' ')) + ": " + what + ".";
    }

    private static String status(ProgressStatus s) {
        return WORDS.getString(s.key());
    }

    private static String judgement(Judgement j) {
        return WORDS.getString(j.key());
    }

    static String text(String key, Object... args) {
        String pattern = WORDS.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Messages.VIETNAMESE).format(args);
    }

    private static String stripEnd(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ".;,".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Messages.VIETNAMESE) + s.substring(1);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
