package vn.plandesk.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import vn.plandesk.io.json.ExchangeFile;
import vn.plandesk.io.json.PlanJson;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.tracking.PlanTracking;
import vn.plandesk.model.report.Report;
import vn.plandesk.service.register.DocumentRegister;
import vn.plandesk.service.tracking.TrackingService;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.ReportRepository;
import vn.plandesk.store.ReportingRuleRepository;

/** The plans in the store, as the window and the CLI both use them. */
public final class PlanService {
    private final PlanRepository plans;
    /** The plans' reporting rules and the register, which an exchange file carries from version 2; may be null. */
    private final ReportingRuleRepository rules;
    private final DocumentRegister register;
    private final TrackingService tracking;
    /**
     * The reports: the sample report of seed 003 is stored with the sample plans, and an exchange file carries a plan's
     * reports from version 3. May be null.
     */
    private final ReportRepository reports;
    private final PlanJson json = new PlanJson();
    private final SampleLibrary samples = new SampleLibrary();

    /** The plans alone: exchange files' reporting rules and register entries are not kept (tests of plans only). */
    public PlanService(PlanRepository plans) {
        this(plans, null, null, null);
    }

    /** With the parts an exchange file carries beside the plan; each may be null (not kept in this store). */
    public PlanService(PlanRepository plans, ReportingRuleRepository rules, DocumentRegister register,
                       TrackingService tracking) {
        this(plans, rules, register, tracking, null);
    }

    /** The same, with the store's reports: the sample report, and those an exchange file carries (may be null). */
    public PlanService(PlanRepository plans, ReportingRuleRepository rules, DocumentRegister register,
                       TrackingService tracking, ReportRepository reports) {
        this.plans = plans;
        this.rules = rules;
        this.register = register;
        this.tracking = tracking;
        this.reports = reports;
    }

    public List<PlanSummary> list() {
        return plans.list();
    }

    public Optional<Plan> find(long id) {
        return plans.load(id);
    }

    /** @throws PlanDeskException "plan.notFound" */
    public Plan get(long id) {
        return plans.load(id).orElseThrow(() -> new PlanDeskException("plan.notFound", id));
    }

    /**
     * The title of one of the seven groups for a plan: its own, else, for a plan that has no task in that group yet
     * (a derived plan keeps only the groups it took tasks from), the title its parent plan gives it in the ward's
     * wording; empty when neither is known.
     */
    public String groupTitle(Plan plan, int number) {
        Optional<String> own = plan.group(number).map(vn.plandesk.model.TaskGroup::title);
        if (own.isPresent() || plan.parentPlan() == null) {
            return own.orElse("");
        }
        return list().stream().filter(s -> s.ref().sameIdentity(plan.parentPlan())).findFirst()
                .flatMap(s -> find(s.id())).flatMap(parent -> parent.group(number))
                .map(g -> vn.plandesk.service.derive.NameAdaptation.groupTitle(g.title())).orElse("");
    }

    public long add(Plan plan) {
        return plans.insert(plan.withoutIds());
    }

    /**
     * Reads an exchange file and stores it as a new plan, with the reporting rules and register entries it carries (an
     * entry the register already holds is not added again); a file that fails any check writes nothing.
     */
    public long importJson(byte[] file) {
        ExchangeFile read = json.readFile(file);
        if (backups != null) {
            backups.beforeImport();
        }
        return store(read);
    }

    /** Taken before each import, derive and replacement (rolling backups); none for a service made alone in tests. */
    private vn.plandesk.service.StoreBackups backups;

    /** Backs up the store before each operation that writes a whole plan. */
    public void backUpWith(vn.plandesk.service.StoreBackups backups) {
        this.backups = backups;
    }

    private long store(ExchangeFile file) {
        // the plan, its tracking and the documents its entries cite in one transaction: entries name the tasks by the
        // keys the plan gets and the documents by the keys they have in this store's register
        long id;
        if (tracking == null) {
            id = plans.insert(file.plan());
            if (register != null && !file.documents().isEmpty()) {
                register.addAll(file.documents());
            }
        } else {
            id = tracking.insert(file.plan(), file.tracking(),
                    register == null ? List.of() : DocumentRegister.carried(file.documents()));
        }
        if (rules != null && !file.reportingRules().isEmpty()) {
            rules.replace(id, file.reportingRules());
        }
        if (reports != null && !file.reports().isEmpty()) {
            reports.insertVersions(id, file.reports());
        }
        return id;
    }

    /** The plan as an exchange file, with its reporting rules, what is recorded of its progress and its reports. */
    public byte[] exportJson(long id) {
        return exportJson(id, false);
    }

    /**
     * The plan as an exchange file, with its reporting rules, what is recorded of its progress with the register's
     * documents its entries cite, and, when asked, the whole register of documents.
     */
    public byte[] exportJson(long id, boolean withRegister) {
        Plan plan = get(id);
        PlanTracking recorded = tracking == null ? null : tracking.tracking(plan);
        List<IssuedDocument> documents = register == null ? List.of() : withRegister ? register.list()
                : recorded == null ? List.of()
                : register.cited(recorded.progress().stream().flatMap(e -> e.documentIds().stream()).toList());
        ExchangeFile file = new ExchangeFile(plan, rules == null ? List.of() : rules.rules(id), documents);
        if (reports != null) {
            file = file.withReports(reports.list(id));
        }
        return json.write(recorded == null ? file : file.withTracking(plan, recorded));
    }

    /**
     * Loads the plans of the source documents, with the sample register and report where this service keeps them, and
     * returns the plans' ids. A sample already in the store (same kind, identity and title) is not loaded twice.
     */
    public List<Long> loadSamples() {
        return loadSamples((done, total) -> { });
    }

    /** The same, telling after each sample how many of how many are in the store (the window's first start). */
    public List<Long> loadSamples(BiConsumer<Integer, Integer> progress) {
        List<PlanSummary> present = plans.list();
        List<String> files = SampleLibrary.FILES;
        List<Long> ids = new ArrayList<>();
        for (String file : files) {
            ExchangeFile sample = samples.file(file);
            Plan plan = sample.plan();
            ids.add(present.stream()
                    .filter(p -> p.kind() == plan.kind() && p.ref().sameIdentity(plan.ref())
                            && p.title().equals(plan.summary()))
                    .map(PlanSummary::id).findFirst()
                    .orElseGet(() -> store(sample)));
            progress.accept(ids.size(), files.size());
        }
        if (register != null) {
            register.loadSamples();
        }
        if (reports != null) {
            loadSampleReport();
        }
        return ids;
    }

    /** Stores the sample report of seed 003 unless the store has it (a report of no plan with its summary). */
    private void loadSampleReport() {
        Report sample = samples.report();
        boolean present = reports.list().stream().anyMatch(r -> r.planId() == null && r.kind() == sample.kind()
                && r.symbol().equals(sample.symbol()) && r.summary().equals(sample.summary()));
        if (!present) {
            reports.insert(sample);
        }
    }
}
