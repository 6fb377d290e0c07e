package vn.plandesk.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.plandesk.io.BoundedFile;
import vn.plandesk.io.json.PlanJson;
import vn.plandesk.model.OfficialDate;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.service.Messages;
import vn.plandesk.service.SyntheticPlan;
import vn.plandesk.service.derive.ChangeText;
import vn.plandesk.service.derive.SixClarityCheck;

/** The plans of the store: list, show, the exchange format in and out, the samples, a synthetic plan, the "6 rõ". */
final class PlanCommands extends Commands {
    /** One plan of {@code plans --json}; the field names are the JSON's. */
    record PlanLine(long id, String kind, String number, String symbol, String date, int groups, int tasks,
                    int indicators, String title) {
        static PlanLine of(PlanSummary p) {
            return new PlanLine(p.id(), p.kind().name(), p.number(), p.symbol(),
                    p.date() == null ? null : p.date().toString(), p.groups(), p.tasks(), p.indicators(), p.title());
        }
    }

    @Command(name = "plans")
    int plans(@Option(names = "--json", descriptionKey = "cli.option.json") boolean json) throws IOException {
        return withServices(s -> {
            List<PlanSummary> list = s.plans().list();
            if (json) {
                printJson(list.stream().map(PlanLine::of).toList());
                return Cli.OK;
            }
            for (PlanSummary p : list) {
                out.println(String.join("\t",
                        String.valueOf(p.id()),
                        Messages.get("plan.kind." + p.kind().name()),
                        p.ref().numberAndSymbol().isEmpty() ? "—" : p.ref().numberAndSymbol(),
                        p.date() == null ? "—" : OfficialDate.screen(p.date()),
                        Messages.get("cli.plans.groups", p.groups()),
                        Messages.get("cli.plans.tasks", p.tasks()),
                        Messages.get("cli.plans.indicators", p.indicators()),
                        p.title()));
            }
            return Cli.OK;
        });
    }

    @Command(name = "show")
    int show(@Parameters(paramLabel = "PLAN", descriptionKey = "cli.arg.plan") String plan) throws IOException {
        long id = planId(plan);
        return withServices(s -> {
            out.print(PlanTable.render(s.plans().get(id)));
            return Cli.OK;
        });
    }

    @Command(name = "export-json")
    int exportJson(@Parameters(paramLabel = "PLAN", descriptionKey = "cli.arg.plan") String plan,
                   @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.option.outOrDash")
                   String target) throws IOException {
        return export(plan, target, (s, id) -> s.plans().exportJson(id));
    }

    @Command(name = "import-json")
    int importJson(@Parameters(paramLabel = "FILE", descriptionKey = "cli.arg.file") Path file) throws IOException {
        return withServices(s -> {
            byte[] bytes = BoundedFile.read(file);
            try {
                out.println(s.plans().importJson(bytes));
            } catch (PlanDeskException e) {
                throw new PlanDeskException(e, "cli.importRefused", file.toString(), Messages.of(e));
            }
            return Cli.OK;
        });
    }

    @Command(name = "samples")
    int samples() throws IOException {
        return withServices(s -> {
            for (long id : s.plans().loadSamples()) {
                out.println(id);
            }
            return Cli.OK;
        });
    }

    @Command(name = "generate")
    int generate(@Option(names = "--tasks", paramLabel = "N", required = true, descriptionKey = "cli.option.tasks")
                 String tasks,
                 @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.option.outOrDash")
                 String target) throws IOException {
        int n = positive("--tasks", tasks, 0);
        return write(new PlanJson().write(SyntheticPlan.generate(n, 57L)), target);
    }

    /** The "6 rõ" gaps, one a line; gaps are findings, not failures, so the exit code stays 0. */
    @Command(name = "check")
    int check(@Parameters(paramLabel = "PLAN", descriptionKey = "cli.arg.plan") String plan) throws IOException {
        long id = planId(plan);
        return withServices(s -> {
            List<SixClarityCheck.Gap> gaps = SixClarityCheck.check(s.plans().get(id));
            if (gaps.isEmpty()) {
                out.println(Messages.get("clarity.none"));
            }
            for (SixClarityCheck.Gap g : gaps) {
                out.println(ChangeText.describe(g));
            }
            return Cli.OK;
        });
    }
}
