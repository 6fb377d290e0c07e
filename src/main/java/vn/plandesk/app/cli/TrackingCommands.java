package vn.plandesk.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.plandesk.io.json.DocumentsJson;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.OfficialDate;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskPlaces;
import vn.plandesk.model.Text;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.Messages;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.register.DocumentRegister;
import vn.plandesk.service.tracking.TaskStatus;
import vn.plandesk.service.tracking.TrackingService;

/**
 * Following the plan after its signature: the progress of a period, one task's progress set and the register of
 * documents issued (the reports are {@link ReportCommands}'). Tasks are named by their place in the plan, "group/task" or
 * "group/task/sub-task" counted from 1 (as the exchange format names them): the STT a printed plan shows in each group.
 */
final class TrackingCommands extends Commands {

    /** One task of {@code progress --json}; the field names are the JSON's. */
    record ProgressLine(String task, String status, boolean late, boolean recordedInPeriod, String result,
                        String unit, String shortcomings, String cause, String evidence, List<Long> documents,
                        String name) {
    }

    @Command(name = "progress")
    int progress(@Parameters(paramLabel = "PLAN", descriptionKey = "cli.arg.plan") String plan,
                 @Option(names = "--period", paramLabel = "KỲ", required = true, descriptionKey = "cli.option.anyPeriod")
                 String period,
                 @Option(names = "--json", descriptionKey = "cli.option.json") boolean json) throws IOException {
        long id = planId(plan);
        Period p = Period.parse(period);
        return withServices(s -> {
            Plan stored = s.plans().get(id);
            List<String> places = List.copyOf(TaskPlaces.of(stored).keySet());
            List<TaskStatus> rows = s.tracking().entries(stored, p);
            List<ProgressLine> lines = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                TaskStatus r = rows.get(i);
                ProgressEntry e = r.entry();
                lines.add(new ProgressLine(places.get(i), r.status().name(), r.late(), r.own(),
                        e == null ? "" : e.result(), e == null ? "" : e.unit(), e == null ? "" : e.shortcomings(),
                        e == null ? "" : e.cause(), e == null ? "" : e.evidence(),
                        e == null ? List.of() : e.documentIds(), r.task().name()));
            }
            if (json) {
                printJson(lines);
                return Cli.OK;
            }
            out.println(TrackingService.label(p));
            for (ProgressLine l : lines) {
                String status = Messages.get(ProgressStatus.valueOf(l.status()).key())
                        + (l.late() ? " (" + Messages.get("cli.progress.late") + ")" : "");
                out.println(String.join("\t", l.task(), status, l.result().replace('\n', ' '),
                        l.evidence().replace('\n', ' '), shorten(l.name())));
            }
            return Cli.OK;
        });
    }

    @Command(name = "progress-set")
    int progressSet(@Parameters(index = "0", paramLabel = "PLAN", descriptionKey = "cli.arg.plan") String plan,
                    @Parameters(index = "1", paramLabel = "TASK", descriptionKey = "cli.arg.task") String task,
                    @Option(names = "--period", paramLabel = "QUÝ", required = true,
                            descriptionKey = "cli.option.quarter") String period,
                    @Option(names = "--status", paramLabel = "TRẠNG_THÁI", required = true,
                            descriptionKey = "cli.option.status") String status,
                    @Option(names = "--result", paramLabel = "TEXT", descriptionKey = "cli.option.result") String result,
                    @Option(names = "--unit", paramLabel = "TEXT", descriptionKey = "cli.option.reportingUnit") String unit,
                    @Option(names = "--shortcomings", paramLabel = "TEXT", descriptionKey = "cli.option.shortcomings")
                    String shortcomings,
                    @Option(names = "--cause", paramLabel = "TEXT", descriptionKey = "cli.option.cause") String cause,
                    @Option(names = "--evidence", paramLabel = "DOC", descriptionKey = "cli.option.evidence")
                    List<String> evidence) throws IOException {
        long id = planId(plan);
        Period quarter = Period.parse(period);
        if (quarter.kind() != Period.Kind.QUARTER) {
            throw new UsageException(Messages.get("cli.progress.quarterOnly", period.strip()));
        }
        ProgressStatus chosen = status(status);
        return withServices(s -> {
            PlanEditor editor = s.editors().open(id);
            PlanTask t = task(editor.plan(), task);
            List<Long> documents = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (String e : evidence == null ? List.<String>of() : evidence) {
                if (e.strip().matches("\\d{1,18}")) {
                    documents.add(s.documents().get(Long.parseLong(e.strip())).id()); // an unknown entry is told
                } else {
                    texts.add(e.strip());
                }
            }
            s.tracking().record(editor, new ProgressEntry(t.id(), quarter, chosen, result, LocalDate.now(), unit,
                    shortcomings, cause, String.join("; ", texts), documents));
            out.println(Messages.get("cli.progress.set", task.strip(), Messages.get(chosen.key()),
                    TrackingService.label(quarter)));
            return Cli.OK;
        });
    }

    @Command(name = "documents")
    int documents(@Option(names = "--json", descriptionKey = "cli.option.json") boolean json) throws IOException {
        return withServices(s -> {
            if (json) {
                out.write(new DocumentsJson().writeRegister(s.documents().list()));
                out.flush();
            } else {
                documentLines(s.documents().list()).forEach(out::println);
            }
            return Cli.OK;
        });
    }

    @Command(name = "document-add")
    int documentAdd(@Option(names = "--type", paramLabel = "LOẠI", descriptionKey = "cli.option.docType") String type,
                    @Option(names = "--number", paramLabel = "SỐ/KÝ_HIỆU", descriptionKey = "cli.option.docNumber")
                    String number,
                    @Option(names = "--date", paramLabel = "NGÀY", descriptionKey = "cli.option.docDate") String date,
                    @Option(names = "--issuer", paramLabel = "TEXT", descriptionKey = "cli.option.docIssuer")
                    String issuer,
                    @Option(names = "--summary", paramLabel = "TEXT", descriptionKey = "cli.option.docSummary")
                    String summary,
                    @Option(names = "--file", paramLabel = "TỆP", descriptionKey = "cli.option.docFile") Path file)
            throws IOException {
        var entry = DocumentRegister.entry(orEmpty(type), orEmpty(number), orEmpty(date), orEmpty(issuer),
                orEmpty(summary));
        return withServices(s -> {
            DocumentRegister.Added added = file == null ? s.documents().add(entry) : s.documents().add(entry, file);
            out.println(DocumentRegister.describe(added));
            return Cli.OK;
        });
    }

    /**
     * The register one entry a line: id, type, number and symbol, date, issuer, summary, then the file's name and,
     * for a repeated entry, which entry it repeats.
     */
    static List<String> documentLines(List<IssuedDocument> documents) {
        List<String> out = new ArrayList<>();
        for (IssuedDocument d : documents) {
            StringBuilder b = new StringBuilder();
            b.append(d.id()).append('\t').append(Messages.get(d.type().labelKey())).append('\t')
                    .append(d.numberAndSymbol()).append('\t')
                    .append(d.date() == null ? "" : OfficialDate.screen(d.date())).append('\t')
                    .append(d.issuer()).append('\t').append(d.summary().replace('\n', ' '));
            if (d.file() != null) {
                b.append('\t').append(d.file().name());
            }
            if (d.repeated()) {
                b.append('\t').append(Messages.get("register.repeatOf", d.repeatOf()));
            }
            out.add(b.toString());
        }
        return out;
    }

    /** The task at a place "group/task[/sub]", as {@code progress} prints it. */
    private static PlanTask task(Plan plan, String place) {
        PlanTask t = TaskPlaces.of(plan).get(place.strip());
        if (t == null) {
            throw new UsageException(Messages.get("cli.progress.badTask", place.strip()));
        }
        return t;
    }

    /** A status by its name (DONE) or its words, diacritics and case ignored ("hoan thanh"). */
    static ProgressStatus status(String text) {
        ProgressStatus byName = ProgressStatus.byName(text);
        if (byName != null) {
            return byName;
        }
        String folded = Text.fold(text);
        for (ProgressStatus s : ProgressStatus.values()) {
            if (folded.equals(Text.fold(Messages.get(s.key())))
                    || folded.equals(Text.fold(Messages.bundle(Messages.VIETNAMESE).getString(s.key())))) {
                return s;
            }
        }
        throw new PlanDeskException("progress.unknownStatus", text.strip(), Arrays.stream(ProgressStatus.values())
                .map(s -> s.name() + " (" + Messages.get(s.key()) + ")").collect(Collectors.joining(", ")));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String shorten(String name) {
        String one = name.replace('\n', ' ');
        return one.length() <= 90 ? one : one.substring(0, 89) + "…";
    }
}
