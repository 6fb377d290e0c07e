package vn.plandesk.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import vn.plandesk.io.json.ExchangeFile;
import vn.plandesk.io.json.PlanJson;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.service.register.DocumentRegister;
import vn.plandesk.service.tracking.TrackingService;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.ReportingRuleRepository;

/** The plans in the store, as the window and the CLI both use them. */
public final class PlanService {
    private final PlanRepository plans;
    /** The plans' reporting rules and the register, which an exchange file carries from version 2; may be null. */
    private final ReportingRuleRepository rules;
    private final DocumentRegister register;
    private final TrackingService tracking;
    private final PlanJson json = new PlanJson();
    private final SampleLibrary samples = new SampleLibrary();

    /** The plans alone: exchange files' reporting rules and register entries are not kept (tests of plans only). */
    public PlanService(PlanRepository plans) {
        this(plans, null, null, null);
    }

    /** With the parts an exchange file carries beside the plan; each may be null (not kept in this store). */
    public PlanService(PlanRepository plans, ReportingRuleRepository rules, DocumentRegister register,
                       TrackingService tracking) {
        this.plans = plans;
        this.rules = rules;
        this.register = register;
        this.tracking = tracking;
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
        // the plan and its tracking in one transaction: entries name the tasks by the keys the plan gets
        long id = tracking == null ? plans.insert(file.plan()) : tracking.insert(file.plan(), file.tracking());
        if (rules != null && !file.reportingRules().isEmpty()) {
            rules.replace(id, file.reportingRules());
        }
        if (register != null && !file.documents().isEmpty()) {
            register.addAll(file.documents());
        }
        return id;
    }

    /** The plan as an exchange file, with its reporting rules and what is recorded of its progress. */
    public byte[] exportJson(long id) {
        return exportJson(id, false);
    }

    /** The plan as an exchange file, with its reporting rules and, when asked, the whole register of documents. */
    public byte[] exportJson(long id, boolean withRegister) {
        Plan plan = get(id);
        ExchangeFile file = new ExchangeFile(plan, rules == null ? List.of() : rules.rules(id),
                withRegister && register != null ? register.list() : List.of());
        return json.write(tracking == null ? file : file.withTracking(plan, tracking.tracking(plan)));
    }

    /**
     * Loads the plans of the source documents and returns their ids. A sample already in the store (same kind,
     * identity and title) is not loaded twice.
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
        return ids;
    }
}
