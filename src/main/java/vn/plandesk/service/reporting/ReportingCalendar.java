package vn.plandesk.service.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.plandesk.io.json.ReportingJson;
import vn.plandesk.model.DueReport;
import vn.plandesk.model.OfficialDate;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.ReportingRule;
import vn.plandesk.model.ScheduledReport;
import vn.plandesk.service.Messages;
import vn.plandesk.service.PlanNames;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.ReportingRuleRepository;

/**
 * The reporting calendar: each plan's reporting rules (editable, since provinces change them), the reports they ask
 * for in a year with their due dates, and the next one due, which the status bar warns of from {@value #WARN_DAYS}
 * days before.
 */
public final class ReportingCalendar {
    /**
     * How many days before a report is due the window starts warning: a week, so the officer has time to ask the
     * units for their results (the ward's units report to Phòng Văn hóa – Xã hội by the same date) and to draft.
     */
    public static final int WARN_DAYS = 7;
    /**
     * How long after its due date a report not yet sent is still named in the status bar: a month, long enough that
     * a late report is not forgotten, short enough that the reports of periods the ward wrote in Word before PlanDesk
     * do not nag for ever (the reports page marks every late one with its days late).
     */
    public static final int OVERDUE_WARN_DAYS = 30;

    private final PlanRepository plans;
    private final ReportingRuleRepository rules;

    public ReportingCalendar(PlanRepository plans, ReportingRuleRepository rules) {
        this.plans = plans;
        this.rules = rules;
    }

    public List<ReportingRule> rules(long planId) {
        return rules.rules(planId);
    }

    /** Puts the officer's rules in place of a plan's rules, in one transaction. */
    public void setRules(long planId, List<ReportingRule> newRules) {
        if (plans.list().stream().noneMatch(p -> p.id() == planId)) {
            throw new PlanDeskException("plan.notFound", planId);
        }
        rules.replace(planId, newRules);
    }

    /** Every plan's reports of a year, by due date (then plan). */
    public List<ScheduledReport> reports(int year) {
        return reports(null, year);
    }

    /** One plan's reports of a year, by due date. */
    public List<ScheduledReport> reports(long planId, int year) {
        return reports(Long.valueOf(planId), year);
    }

    private List<ScheduledReport> reports(Long onlyPlan, int year) {
        List<PlanSummary> summaries = plans.list();
        Map<Long, String> names = PlanNames.of(summaries);
        if (onlyPlan != null && !names.containsKey(onlyPlan)) {
            throw new PlanDeskException("plan.notFound", onlyPlan);
        }
        List<ScheduledReport> out = new ArrayList<>();
        for (Map.Entry<Long, List<ReportingRule>> e : rules.all().entrySet()) {
            if ((onlyPlan != null && !onlyPlan.equals(e.getKey())) || !names.containsKey(e.getKey())) {
                continue;
            }
            for (ReportingRule rule : e.getValue()) {
                for (DueReport r : rule.reportsOf(year)) {
                    out.add(new ScheduledReport(e.getKey(), names.get(e.getKey()), r));
                }
            }
        }
        out.sort(Comparator.comparing((ScheduledReport s) -> s.report().due()).thenComparing(ScheduledReport::planId));
        return out;
    }

    /** The first report due on or after a day, over every plan (looking into the next year at the end of one). */
    public Optional<ScheduledReport> nextDue(LocalDate from) {
        for (int year = from.getYear(); year <= from.getYear() + 1; year++) {
            Optional<ScheduledReport> next = reports(year).stream()
                    .filter(s -> !s.report().due().isBefore(from)).findFirst();
            if (next.isPresent()) {
                return next;
            }
        }
        return Optional.empty();
    }

    /**
     * The reports whose due date passed in the {@value #OVERDUE_WARN_DAYS} days before a day, oldest first, sent or
     * not: whether a report was sent is for the reports, which this calendar does not see.
     */
    public List<ScheduledReport> recentlyDue(LocalDate today) {
        LocalDate from = today.minusDays(OVERDUE_WARN_DAYS);
        List<ScheduledReport> out = new ArrayList<>();
        for (int year = from.getYear(); year <= today.getYear(); year++) {
            reports(year).stream()
                    .filter(s -> s.report().due().isBefore(today) && !s.report().due().isBefore(from))
                    .forEach(out::add);
        }
        return out;
    }

    /**
     * The status bar's warning on a day: the next reports when they are due within {@value #WARN_DAYS} days, all those
     * due on that same day named (the ward's six-month report and the second quarter's fall on 10/6).
     */
    public Optional<String> warning(LocalDate today) {
        return warning(today, null);
    }

    /**
     * The same warning with each report's state named after it ("Báo cáo 6 tháng (6 tháng đầu năm 2026, dự thảo)"),
     * as the reports, which this calendar does not see, tell it.
     */
    public Optional<String> warning(LocalDate today, Function<ScheduledReport, String> state) {
        Optional<ScheduledReport> next = nextDue(today);
        if (next.isEmpty() || ChronoUnit.DAYS.between(today, next.get().report().due()) > WARN_DAYS) {
            return Optional.empty();
        }
        LocalDate due = next.get().report().due();
        String names = reports(due.getYear()).stream().filter(s -> s.report().due().equals(due))
                .map(s -> state == null
                        ? Messages.get("report.named", Messages.get(s.report().kind().labelKey()),
                                s.report().period().printed())
                        : Messages.get("report.namedWithState", Messages.get(s.report().kind().labelKey()),
                                s.report().period().printed(), state.apply(s).toLowerCase(Messages.locale())))
                .distinct().collect(Collectors.joining(", "));
        return Optional.of(Messages.get("report.dueSoon", names, OfficialDate.screen(due),
                ChronoUnit.DAYS.between(today, due)));
    }
}
