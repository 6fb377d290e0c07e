package vn.plandesk.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.plandesk.io.BoundedFile;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.service.Messages;
import vn.plandesk.service.tracking.UnitSheets;

/** Collecting progress from the units: their workbooks out for a quarter, and back in. */
final class UnitSheetCommands extends Commands {

    @Command(name = "unit-sheets")
    int unitSheets(@Parameters(paramLabel = "PLAN", descriptionKey = "cli.arg.plan") String plan,
                   @Option(names = "--period", paramLabel = "2026-Q1", required = true,
                           descriptionKey = "cli.option.period") String period,
                   @Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "cli.option.outDir")
                   Path dir,
                   @Option(names = "--unit", paramLabel = "NAME", descriptionKey = "cli.option.unit") String unit)
            throws IOException {
        long id = planId(plan);
        Period p = Period.parse(period);
        return withServices(s -> {
            Files.createDirectories(dir);
            List<Path> files = s.unitSheets().export(id, p, unit, dir);
            out.println(Messages.get("unitSheets.written", String.valueOf(files.size()), dir));
            for (Path f : files) {
                out.println("  " + f.getFileName());
            }
            return Cli.OK;
        });
    }

    @Command(name = "unit-sheets-read")
    int unitSheetsRead(@Parameters(index = "0", paramLabel = "PLAN", descriptionKey = "cli.arg.plan") String plan,
                       @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE",
                               descriptionKey = "cli.arg.file") List<Path> files,
                       @Option(names = "--period", paramLabel = "2026-Q1", descriptionKey = "cli.option.period")
                       String period,
                       @Option(names = "--unit", paramLabel = "NAME", descriptionKey = "cli.option.unit") String unit,
                       @Option(names = "--apply", descriptionKey = "cli.option.apply") boolean apply)
            throws IOException {
        long id = planId(plan);
        Period p = period == null ? null : Period.parse(period);
        return withServices(s -> {
            List<UnitSheets.ReturnedFile> returned = new ArrayList<>();
            for (Path f : files) {
                returned.add(new UnitSheets.ReturnedFile(f.getFileName().toString(), BoundedFile.read(f)));
            }
            UnitSheets.Preview preview = s.unitSheets().read(id, p, unit, returned);
            if (preview.changes().isEmpty()) {
                out.println(Messages.get("unitSheets.noChanges"));
                return Cli.OK;
            }
            for (UnitSheets.Change c : preview.changes()) {
                out.println(c.describe());
            }
            if (apply) {
                int n = s.unitSheets().applyAll(preview);
                out.println(Messages.get("unitSheets.applied", String.valueOf(n),
                        vn.plandesk.service.tracking.TrackingService.label(preview.period()), String.valueOf(id)));
            } else {
                out.println(Messages.get("unitSheets.changes", String.valueOf(preview.changes().size())));
            }
            return Cli.OK;
        });
    }
}
