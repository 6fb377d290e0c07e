package vn.plandesk.app.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.plandesk.model.DueReport;
import vn.plandesk.model.OfficialDate;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.ReportPeriod;
import vn.plandesk.model.ScheduledReport;
import vn.plandesk.model.Text;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.service.Messages;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.report.ReportService;
import vn.plandesk.service.report.ReportSlot;

/**
 * The reports: those the calendar asks for with their state, those the store holds, drafting one from the store and
 * marking one sent. Each change is one step of the plan's undo history, as in the window.
 */
final class ReportCommands extends Commands {

    /** One due report of {@code reports --year … --json}; the field names are the JSON's. */
    record DueLine(String due, String kind, String period, String recipient, long planId, String plan, String state,
                   Long reportId) {
    }

    /** One stored report of {@code reports --json}. */
    record ReportLine(long id, Long planId, String kind, String period, String state, int version,
                      Long previousVersion, String number, String date, String summary) {
    }

    @Command(name = "reports")
    int reports(@Parameters(arity = "0..1", paramLabel = "PLAN", descriptionKey = "cli.arg.plan") String plan,
                @Option(names = "--year", paramLabel = "NĂM", descriptionKey = "cli.option.year") String year,
                @Option(names = "--json", descriptionKey = "cli.option.json") boolean json) throws IOException {
        Long id = plan == null ? null : planId(plan);
        if (id == null && year == null) {
            return stored(json);
        }
        int y = year == null ? LocalDate.now().getYear() : year(year);
        return withServices(s -> {
            List<DueLine> lines = new ArrayList<>();
            for (ReportService.Slotted d : s.reports().calendarOfEveryPlan(y)) {
                if (id == null || id == d.scheduled().planId()) {
                    lines.add(line(d.scheduled(), d.slot()));
                }
            }
            if (id != null && lines.isEmpty()) {
                s.reports().calendar(id, y); // an unknown plan is told
            }
            if (json) {
                printJson(lines);
                return Cli.OK;
            }
            for (DueLine l : lines) {
                out.println(String.join("\t", OfficialDate.screen(LocalDate.parse(l.due())),
                        Messages.get(ReportKind.valueOf(l.kind()).labelKey()), l.period(),
                        ReportPeriod.parse(l.period()).printed(), l.recipient(), String.valueOf(l.planId()), l.plan(),
                        Messages.get("report.state." + l.state()), l.reportId() == null ? "" : l.reportId().toString()));
            }
            return Cli.OK;
        });
    }

    private static DueLine line(ScheduledReport s, ReportSlot slot) {
        DueReport r = s.report();
        return new DueLine(r.due().toString(), r.kind().name(), r.period().code(), r.recipient(), s.planId(), s.plan(),
                slot.state() == null ? "MISSING" : slot.state().name(), slot.reportId());
    }

    /** Every report of the store, one a line: id, kind, period, state, version, plan, trích yếu. */
    private int stored(boolean json) throws IOException {
        return withServices(s -> {
            List<ReportLine> lines = new ArrayList<>();
            for (Report r : s.reports().reports()) {
                lines.add(new ReportLine(r.id(), r.planId(), r.kind().name(), r.period() == null ? ""
                        : r.period().code(), r.state().name(), r.version(), r.previousVersion(), r.number(),
                        r.date() == null ? "" : r.date().toString(), r.summary()));
            }
            if (json) {
                printJson(lines);
                return Cli.OK;
            }
            for (ReportLine l : lines) {
                out.println(String.join("\t", String.valueOf(l.id()),
                        Messages.get(ReportKind.valueOf(l.kind()).labelKey()), l.period(),
                        Messages.get("report.state." + l.state()), Messages.get("cli.report.version", l.version()),
                        l.planId() == null ? "" : l.planId().toString(), l.summary().replace('\n', ' ')));
            }
            return Cli.OK;
        });
    }

    @Command(name = "report-draft")
    int reportDraft(@Parameters(paramLabel = "PLAN", descriptionKey = "cli.arg.plan") String plan,
                    @Option(names = "--period", paramLabel = "KỲ", required = true,
                            descriptionKey = "cli.option.anyPeriod") String period,
                    @Option(names = "--kind", paramLabel = "LOẠI", descriptionKey = "cli.option.reportKind")
                    String kind) throws IOException {
        long id = planId(plan);
        // the tracking period reads it as typed and knows the plans' years, so a bad one is told in those terms
        ReportPeriod p = ReportPeriod.parse(Period.parse(period).toString());
        ReportKind k = kind == null ? ReportService.kindOf(p) : kind(kind);
        return withServices(s -> {
            PlanEditor editor = s.editors().open(id);
            Report r = s.reports().draft(editor, k, p);
            out.println(r.id());
            return Cli.OK;
        });
    }

    @Command(name = "report-sent")
    int reportSent(@Parameters(paramLabel = "REPORT", descriptionKey = "cli.arg.report") String report,
                   @Option(names = "--number", paramLabel = "SỐ", required = true,
                           descriptionKey = "cli.option.reportNumber") String number,
                   @Option(names = "--date", paramLabel = "NGÀY", required = true,
                           descriptionKey = "cli.option.reportDate") String date) throws IOException {
        long id = reportId(report);
        String n = Text.nfc(number).strip();
        if (!n.matches("\\d{1,6}[a-zA-Z]?")) {
            throw new UsageException(Messages.get("cli.report.badNumber", n));
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date.strip(), OfficialDate.SCREEN);
        } catch (DateTimeParseException e) {
            throw new UsageException(Messages.get("cli.report.badDate", date.strip()));
        }
        return withServices(s -> {
            Report stored = s.reports().get(id);
            Long planId = stored.planId();
            if (planId == null) {
                throw new UsageException(Messages.get("cli.report.noPlan", id));
            }
            Report sent = s.reports().markSent(s.editors().open(planId), id, n, day);
            out.println(Messages.get("cli.report.sent", sent.id(), sent.numberLine(), OfficialDate.screen(day)));
            return Cli.OK;
        });
    }

    /** A report's id, as {@code reports} lists it. */
    private static long reportId(String text) {
        String t = text == null ? "" : text.strip();
        if (t.matches("\\d{1,18}")) {
            return Long.parseLong(t);
        }
        throw new UsageException(Messages.get("cli.report.badId", t));
    }

    /** A kind by its name (QUARTER, half_year) or its words, diacritics and case ignored ("bao cao quy"). */
    static ReportKind kind(String text) {
        String t = text.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        for (ReportKind k : ReportKind.values()) {
            if (k.name().equals(t) || Text.fold(text).equals(Text.fold(Messages.get(k.labelKey())))
                    || Text.fold(text).equals(Text.fold(Messages.bundle(Messages.VIETNAMESE).getString(k.labelKey())))) {
                return k;
            }
        }
        throw new UsageException(Messages.get("cli.report.badKind", text.strip(), Arrays.stream(ReportKind.values())
                .map(k -> k.name() + " (" + Messages.get(k.labelKey()) + ")").collect(Collectors.joining(", "))));
    }

    private static int year(String text) {
        try {
            int y = Integer.parseInt(text.strip());
            if (y >= 2000 && y <= 2100) {
                return y;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new UsageException(Messages.get("cli.badYear", text.strip()));
    }
}
