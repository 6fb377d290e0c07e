package vn.plandesk.app;

import java.nio.file.Path;
import vn.plandesk.service.PdfExportService;
import vn.plandesk.service.PlanService;
import vn.plandesk.service.derive.DerivationService;
import vn.plandesk.service.derive.OfficerDictionary;
import vn.plandesk.service.derive.WardUnitRegistry;
import vn.plandesk.service.office.ImportXlsxService;
import vn.plandesk.service.office.OfficeExportService;
import vn.plandesk.service.Settings;
import vn.plandesk.service.edit.PlanEditors;
import vn.plandesk.store.Database;
import vn.plandesk.store.DerivationRepository;
import vn.plandesk.service.tracking.TrackingService;
import vn.plandesk.service.tracking.UnitSheets;
import vn.plandesk.store.TrackingRepository;
import vn.plandesk.service.register.DocumentRegister;
import vn.plandesk.service.reporting.ReportingCalendar;
import vn.plandesk.service.report.ReportService;
import vn.plandesk.service.report.ReportExport;
import vn.plandesk.service.report.ReportText;
import vn.plandesk.store.ReportRepository;
import vn.plandesk.store.DocumentRepository;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.ReportingRuleRepository;
import vn.plandesk.store.StoreLocation;
import vn.plandesk.store.WardUnitRepository;

/** The wiring: one store, its repositories and the services on top, shared by the window and the CLI. */
public final class Services implements AutoCloseable {
    private final Database database;
    private final PlanService plans;
    private final DerivationService derivations;
    private final WardUnitRegistry wardUnits;
    private final ImportXlsxService importXlsx;
    private final OfficeExportService officeExport;
    private final PdfExportService pdf;
    private final PlanEditors editors;
    private final Settings settings;
    private final DocumentRegister documents;
    private final ReportingCalendar reporting;
    private final TrackingService tracking;
    private final UnitSheets unitSheets;
    private final ReportService reports;
    private final ReportExport reportExport;
    private final vn.plandesk.service.StoreHealth storeHealth;
    private final vn.plandesk.service.StoreBackups backups;

    private Services(Database database) {
        this.database = database;
        PlanRepository planRepository = new PlanRepository(database);
        ReportingRuleRepository ruleRepository = new ReportingRuleRepository(database);
        this.documents = new DocumentRegister(new DocumentRepository(database));
        this.reporting = new ReportingCalendar(planRepository, ruleRepository);
        this.tracking = new TrackingService(new TrackingRepository(database));
        ReportRepository reportRepository = new ReportRepository(database, new ReportText());
        this.plans = new PlanService(planRepository, ruleRepository, documents, tracking, reportRepository);
        this.derivations = new DerivationService(planRepository, new DerivationRepository(database));
        derivations.useDictionary(new OfficerDictionary(database.folder()));
        this.wardUnits = new WardUnitRegistry(new WardUnitRepository(database));
        this.importXlsx = new ImportXlsxService(planRepository);
        this.officeExport = new OfficeExportService(planRepository);
        this.pdf = new PdfExportService(plans, tracking);
        this.editors = new PlanEditors(planRepository);
        this.settings = new Settings(database.folder());
        editors.onOpen(tracking::watch);
        this.unitSheets = new UnitSheets(editors, tracking);
        this.reports = new ReportService(reportRepository, planRepository, tracking, documents, reporting);
        this.reportExport = new ReportExport(reportRepository);
        this.storeHealth = new vn.plandesk.service.StoreHealth(database);
        this.backups = new vn.plandesk.service.StoreBackups(database, java.time.Clock.systemDefaultZone());
        plans.backUpWith(backups);
        importXlsx.backUpWith(backups);
        derivations.backUpWith(backups);
    }

    /**
     * Opens the store in the given folder, or the user's default one when null. On the first start in a folder the
     * officer finds the sample plans there.
     */
    public static Services open(Path folder) {
        return open(folder, true);
    }

    /**
     * Opens the store; the sample plans of a new store are loaded here only when asked, the window loads them itself
     * in the background (see {@link #isNew()}) so that it shows at once.
     */
    public static Services open(Path folder, boolean loadSamples) {
        return open(folder, loadSamples, Database.Holder.WINDOW);
    }

    /** Opens the store for a command-line run (a second PlanDesk is told which one holds it). */
    public static Services open(Path folder, Database.Holder holder) {
        return open(folder, true, holder);
    }

    /** Opens the store for the window or for a command-line run, loading the samples of a new store when asked. */
    public static Services open(Path folder, boolean loadSamples, Database.Holder holder) {
        Database database = Database.open(folder == null ? StoreLocation.defaultFolder() : folder, holder);
        Services services = new Services(database);
        if (loadSamples && database.created()) {
            try {
                services.plans.loadSamples();
            } catch (RuntimeException e) {
                services.close();
                throw e;
            }
        }
        return services;
    }

    public PlanService plans() {
        return plans;
    }

    public DerivationService derivations() {
        return derivations;
    }

    public WardUnitRegistry wardUnits() {
        return wardUnits;
    }

    public ImportXlsxService importXlsx() {
        return importXlsx;
    }

    public OfficeExportService officeExport() {
        return officeExport;
    }

    public PdfExportService pdf() {
        return pdf;
    }

    /** The editors of open plans, each with its undo history. */
    public PlanEditors editors() {
        return editors;
    }

    public TrackingService tracking() {
        return tracking;
    }

    public UnitSheets unitSheets() {
        return unitSheets;
    }

    /** "Kiểm tra kho dữ liệu". */
    public vn.plandesk.service.StoreHealth storeHealth() {
        return storeHealth;
    }

    /** The store's rolling backups. */
    public vn.plandesk.service.StoreBackups backups() {
        return backups;
    }

    public Settings settings() {
        return settings;
    }

    /** The register of documents issued. */
    public DocumentRegister documents() {
        return documents;
    }

    /** Printing a stored report as PDF or Word. */
    public ReportExport reportExport() {
        return reportExport;
    }

    /** The plans' reporting rules and the reports they ask for. */
    public ReportingCalendar reporting() {
        return reporting;
    }

    /** The reports as documents: drafted, edited, sent, corrected. */
    public ReportService reports() {
        return reports;
    }

    /** Whether the store was created by this start (the officer's first start in this folder). */
    public boolean isNew() {
        return database.created();
    }

    public Path storeFolder() {
        return database.folder();
    }

    @Override
    public void close() {
        database.close();
    }
}
