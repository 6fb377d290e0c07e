package vn.plandesk.app;

import java.nio.file.Path;
import vn.plandesk.service.PlanService;
import vn.plandesk.service.Settings;
import vn.plandesk.service.edit.PlanEditors;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.StoreLocation;

/** The wiring: one store, its repositories and the services on top, shared by the window and the CLI. */
public final class Services implements AutoCloseable {
    private final Database database;
    private final PlanService plans;
    private final PlanEditors editors;
    private final Settings settings;

    private Services(Database database) {
        this.database = database;
        PlanRepository repository = new PlanRepository(database);
        this.plans = new PlanService(repository);
        this.editors = new PlanEditors(repository);
        this.settings = new Settings(database.folder());
    }

    /** Opens the store in the given folder, or the user's default one when null. */
    public static Services open(Path folder) {
        return new Services(Database.open(folder == null ? StoreLocation.defaultFolder() : folder));
    }

    public PlanService plans() {
        return plans;
    }

    /** The editors of open plans, each with its undo history. */
    public PlanEditors editors() {
        return editors;
    }

    public Settings settings() {
        return settings;
    }

    public Path storeFolder() {
        return database.folder();
    }

    @Override
    public void close() {
        database.close();
    }
}
