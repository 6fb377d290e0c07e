package vn.plandesk.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.service.Messages;
import vn.plandesk.store.Backups;
import vn.plandesk.store.Database;
import vn.plandesk.store.StoreLocation;

/**
 * The store's safety commands: its backups (list them, restore one), its salvage into a new store and its check. All but
 * the check leave the store file alone, which may be the damaged one.
 */
final class StoreCommands extends Commands {
    private Path folder() {
        return (db() == null ? StoreLocation.defaultFolder() : db()).toAbsolutePath().normalize();
    }

    /** The store's backups, newest first, one a line: the file name and whether it reads back whole. */
    @Command(name = "backups")
    int backups() {
        Path folder = folder();
        List<Path> list = Backups.list(folder);
        if (list.isEmpty()) {
            out.println(Messages.get("store.noBackup", folder.resolve("backups")));
        }
        for (Path b : list) {
            out.println(b.getFileName() + (Backups.readable(b) ? "" : "\t" + Messages.get("cli.backupDamaged")));
        }
        return Cli.OK;
    }

    /** Puts the newest readable backup, or the one named, in place of the store; the current file is kept aside. */
    @Command(name = "restore-backup")
    int restoreBackup(@Parameters(arity = "0..1", paramLabel = "FILE", descriptionKey = "cli.arg.backup") String name) {
        Path folder = folder();
        Path zip;
        if (name == null) {
            zip = Backups.newestReadable(folder).orElseThrow(
                    () -> new PlanDeskException("store.noBackup", folder.resolve("backups").toString()));
        } else {
            Path named = Paths.get(name);
            zip = Files.exists(named) ? named : folder.resolve("backups").resolve(name);
        }
        Path keptAside = Database.restoreBackup(folder, zip);
        out.println(Messages.get("cli.restored", zip.getFileName()));
        if (keptAside != null) {
            out.println(Messages.get("cli.keptAside", keptAside));
        }
        return Cli.OK;
    }

    /**
     * Copies what still reads from the store (--db) into a new store in another folder and says what could not be
     * saved (exit 1 when something was lost); the damaged store is not touched.
     */
    @Command(name = "salvage")
    int salvage(@picocli.CommandLine.Option(names = "--to", paramLabel = "NEWDIR", required = true,
            descriptionKey = "cli.option.salvageTo") String to) {
        vn.plandesk.service.StoreSalvage.Report report = vn.plandesk.service.StoreSalvage.run(folder(), Paths.get(to));
        report.lines().forEach(out::println);
        return report.whole() ? Cli.OK : Cli.FAILED;
    }

    /** Reads the whole store and says what is wrong (exit 1 when something is): plans, tables, files, backups. */
    @Command(name = "check-store")
    int checkStore() throws java.io.IOException {
        return withServices(s -> {
            vn.plandesk.service.StoreHealth.Report report = s.storeHealth().check();
            report.lines().forEach(out::println);
            return report.whole() ? Cli.OK : Cli.FAILED;
        });
    }
}
