package vn.plandesk.app;

import java.nio.file.Path;
import vn.plandesk.service.PdfExportService;
import vn.plandesk.service.PlanService;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.StoreLocation;

/** The wiring: one store, its repositories and the services on top, shared by the window and the CLI. */
public final class Services implements AutoCloseable {
    private final Database database;
    private final PlanService plans;
    private final PdfExportService pdf;

    private Services(Database database) {
        this.database = database;
        this.plans = new PlanService(new PlanRepository(database));
        this.pdf = new PdfExportService(plans);
    }

    /** Opens the store in the given folder, or the user's default one when null. */
    public static Services open(Path folder) {
        return new Services(Database.open(folder == null ? StoreLocation.defaultFolder() : folder));
    }

    public PlanService plans() {
        return plans;
    }

    public PdfExportService pdf() {
        return pdf;
    }

    public Path storeFolder() {
        return database.folder();
    }

    @Override
    public void close() {
        database.close();
    }
}
