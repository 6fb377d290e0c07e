package vn.plandesk.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.service.Messages;
import vn.plandesk.service.derive.ChangeText;
import vn.plandesk.service.derive.PlanChange;
import vn.plandesk.service.derive.RemapReference;
import vn.plandesk.service.derive.Remapping;
import vn.plandesk.service.derive.SyncSession;

/** A ward plan from its parent, and keeping it in step: derive, diff, remap. */
final class DeriveCommands extends Commands {
    /** One ward task of {@code remap --json}; the field names are the JSON's. */
    record RemapLine(String wardTask, String parentTask, List<Candidate> candidates, String decision) {
        record Candidate(String task, double score) {
        }

        static RemapLine of(Remapping.Proposal p) {
            return new RemapLine(p.wardTask(), p.parentTask(),
                    p.candidates().stream().map(c -> new Candidate(c.key(), Math.round(c.score() * 1000) / 1000.0)).toList(),
                    p.decision().name().toLowerCase(Locale.ROOT));
        }
    }

    @Command(name = "derive")
    int derive(@Parameters(paramLabel = "PARENT", descriptionKey = "cli.arg.parent") String parent,
               @Option(names = "--ward", paramLabel = "NAME", descriptionKey = "cli.option.ward") String ward,
               @Option(names = "--tasks", paramLabel = "1,3,5-9", descriptionKey = "cli.option.taskList") String tasks,
               @Option(names = "--all", descriptionKey = "cli.option.all") boolean all) throws IOException {
        long parentId = planId(parent);
        if (ward == null || ward.isBlank()) {
            throw new UsageException(Messages.get("cli.derive.missingWard"));
        }
        if ((tasks == null) == !all) {
            throw new UsageException(Messages.get("cli.derive.tasksOrAll"));
        }
        return withServices(s -> {
            out.println(s.derivations().derive(parentId, ward, all ? null : tasks));
            return Cli.OK;
        });
    }

    /** Two plans: their changes; one ward plan: what changed in its parent since it was derived. */
    @Command(name = "diff")
    int diff(@Parameters(arity = "1..2", paramLabel = "PLAN", descriptionKey = "cli.arg.plans") List<String> plans)
            throws IOException {
        List<Long> ids = plans.stream().map(Commands::planId).toList();
        return withServices(s -> {
            List<PlanChange> changes = ids.size() == 1
                    ? s.derivations().compare(ids.get(0), null).changes()
                    : s.derivations().diff(ids.get(0), ids.get(1));
            if (changes.isEmpty()) {
                out.println(Messages.get("cli.diff.none"));
            }
            for (PlanChange c : changes) {
                out.println(ChangeText.describe(c));
            }
            return Cli.OK;
        });
    }

    /**
     * The replacement mapping of a ward plan onto the plan that replaces its parent: for each ward task the new
     * plan's best three tasks with their scores and the decision; with a labelled reference, how well it does.
     */
    @Command(name = "remap")
    int remap(@Parameters(paramLabel = "WARD", descriptionKey = "cli.arg.ward") String ward,
              @Option(names = "--to", paramLabel = "PLAN", descriptionKey = "cli.option.to") String to,
              @Option(names = "--json", descriptionKey = "cli.option.json") boolean json,
              @Option(names = "--reference", paramLabel = "FILE", descriptionKey = "cli.option.reference") Path reference)
            throws IOException {
        long wardId = planId(ward);
        if (to == null) {
            throw new UsageException(Messages.get("cli.remap.missingTo"));
        }
        long toId = planId(to);
        return withServices(s -> {
            SyncSession session = s.derivations().compare(wardId, toId);
            if (!session.isReplacement()) {
                throw new PlanDeskException("remap.notReplacement");
            }
            List<Remapping.Proposal> proposals = session.remapping();
            if (reference != null) {
                RemapReference.Figures f = RemapReference.parse(Files.readString(reference)).measure(proposals);
                out.println(Messages.get("cli.remap.figures", f.precision(), f.recall(), f.topThree(),
                        f.confidentPrecision(), f.tasks(), f.withCounterpart(), f.proposed(), f.right(), f.confident()));
                f.misses().forEach(m -> out.println("  " + m));
            } else if (json) {
                printJson(proposals.stream().map(RemapLine::of).toList());
            } else {
                for (Remapping.Proposal p : proposals) {
                    StringBuilder line = new StringBuilder();
                    for (Remapping.Candidate c : p.candidates()) {
                        line.append(line.length() == 0 ? "" : ", ").append(c.key())
                                .append(String.format(Locale.ROOT, " (%.2f)", c.score()));
                    }
                    out.println(Messages.get("cli.remap.line", p.wardTask(), p.parentTask(),
                            Messages.get("remap.decision." + p.decision().name()), line));
                }
            }
            return Cli.OK;
        });
    }
}
