package vn.plandesk.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import vn.plandesk.io.json.PlanJson;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.store.PlanRepository;

/** The plans in the store, as the window and the CLI both use them. */
public final class PlanService {
    private final PlanRepository plans;
    private final PlanJson json = new PlanJson();
    private final SampleLibrary samples = new SampleLibrary();

    public PlanService(PlanRepository plans) {
        this.plans = plans;
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

    /** Reads an exchange file and stores it as a new plan; a file that fails any check writes nothing. */
    public long importJson(byte[] file) {
        Plan plan = json.read(file);
        return plans.insert(plan);
    }

    public byte[] exportJson(long id) {
        return json.write(get(id));
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
            Plan sample = samples.plan(file);
            ids.add(present.stream()
                    .filter(p -> p.kind() == sample.kind() && p.ref().sameIdentity(sample.ref())
                            && p.title().equals(sample.summary()))
                    .map(PlanSummary::id).findFirst()
                    .orElseGet(() -> plans.insert(sample)));
            progress.accept(ids.size(), files.size());
        }
        return ids;
    }
}
