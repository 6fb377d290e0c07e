package vn.plandesk.service.derive;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.plandesk.io.json.PlanJson;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.store.DerivationRepository;
import vn.plandesk.store.PlanRepository;

/**
 * Deriving ward plans in the store and keeping them in step: the use cases the wizard, the comparison dialog and the
 * CLI share. A derived plan is stored with a snapshot of its parent (exchange format), so that a later comparison
 * shows what changed in the parent since.
 */
public final class DerivationService {
    private final PlanRepository plans;
    private final DerivationRepository derivations;
    private final PlanJson json = new PlanJson();

    /** The officer's lines of the matching dictionary, when the store has a folder for them. */
    private OfficerDictionary dictionary;

    public DerivationService(PlanRepository plans, DerivationRepository derivations) {
        this.plans = plans;
        this.derivations = derivations;
    }

    /** Comparisons with a replacing plan read the officer's dictionary lines too. */
    public void useDictionary(OfficerDictionary officerLines) {
        this.dictionary = officerLines;
    }

    /** The officer's dictionary lines, if the store keeps them. */
    public java.util.Optional<OfficerDictionary> dictionary() {
        return java.util.Optional.ofNullable(dictionary);
    }

    public Plan plan(long id) {
        return plans.load(id).orElseThrow(() -> new PlanDeskException("plan.notFound", id));
    }

    public List<PlanSummary> list() {
        return plans.list();
    }

    /** Derives and stores the ward plan with its parent's snapshot, in one transaction; returns its id. */
    public long derive(long parentId, DeriveRequest request) {
        Plan ward = WardDerivation.derive(request);
        if (backups != null) {
            backups.beforeDerive();
        }
        return derivations.insert(ward, parentId, snapshot(request.parent()));
    }

    /** Taken before each import, derive and replacement (rolling backups); none for a service made alone in tests. */
    private vn.plandesk.service.StoreBackups backups;

    /** Backs up the store before each operation that writes a whole plan. */
    public void backUpWith(vn.plandesk.service.StoreBackups backups) {
        this.backups = backups;
    }

    /**
     * The CLI's derive: the chosen tasks of the parent with the suggested choices.
     *
     * @param selection "1,3,5-9" (keys or ranges of numbers as the parent prints them), or null for every task
     */
    public long derive(long parentId, String ward, String selection) {
        Plan parent = plan(parentId);
        WardIdentity identity = WardIdentity.parse(ward);
        List<ParentTask> tasks = ParentTask.of(parent);
        Set<String> keys = selection == null ? null : select(tasks, selection, parent);
        List<TaskChoice> choices = tasks.stream().filter(t -> keys == null || keys.contains(t.key()))
                .map(t -> WardDerivation.suggestion(t, identity)).toList();
        return derive(parentId, new DeriveRequest(parent, identity, choices, null));
    }

    /**
     * The keys a selection names. A single key the parent lacks is refused; a range takes the numbers of it the
     * parent has (KH 92 as the ward cites it lacks some).
     */
    static Set<String> select(List<ParentTask> tasks, String selection, Plan parent) {
        Set<String> known = new LinkedHashSet<>(tasks.stream().map(ParentTask::key).toList());
        Set<String> out = new LinkedHashSet<>();
        for (String part : selection.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\s*-\\s*(\\d+)").matcher(p);
            if (m.matches()) {
                if (m.group(1).length() > 10 || m.group(2).length() > 10) {
                    throw new PlanDeskException("derive.badRange", p);
                }
                long from = Long.parseLong(m.group(1));
                long to = Long.parseLong(m.group(2));
                long last = known.stream().filter(k -> k.matches("\\d{1,9}")).mapToLong(Long::parseLong).max()
                        .orElse(0);
                if (Math.max(from, to) > last) {
                    // a range past the parent's last task is a slip of the keys ("1-7600" for "1-76"), not "all"
                    throw new PlanDeskException("derive.rangeBeyond", p, parent.ref().citation(), String.valueOf(last));
                }
                // the parent's numbers in the range, not every number of it: "1-2000000000" costs no more than "1-9"
                known.stream().filter(k -> k.matches("\\d{1,9}"))
                        .mapToLong(Long::parseLong)
                        .filter(i -> i >= Math.min(from, to) && i <= Math.max(from, to))
                        .sorted()
                        .forEach(i -> out.add(String.valueOf(i)));
            } else if (known.contains(p)) {
                out.add(p);
            } else {
                throw new PlanDeskException("derive.unknownTask", p, parent.ref().citation());
            }
        }
        if (out.isEmpty()) {
            throw new PlanDeskException("derive.noTasks");
        }
        return out;
    }

    /**
     * A comparison of a ward plan with its parent: the parent as it is now (edited or re-imported), or the plan given
     * as {@code newParentId} (a plan that replaces it).
     *
     * @throws PlanDeskException "derive.noParent" when the ward plan names no parent the store has
     */
    public SyncSession compare(long wardId, Long newParentId) {
        Plan ward = plan(wardId);
        Optional<DerivationRepository.Derivation> d = derivations.find(wardId);
        Plan baseline;
        Long baselineId;
        if (d.isPresent()) {
            baseline = json.read(d.get().parentSnapshot().getBytes(StandardCharsets.UTF_8));
            baselineId = d.get().parentPlanId();
        } else {
            // a ward plan made outside PlanDesk (or imported): its parent as the store has it is the baseline
            baselineId = findByIdentity(ward, wardId).orElseThrow(() -> new PlanDeskException("derive.noParent",
                    ward.parentPlan() == null ? "—" : ward.parentPlan().citation()));
            baseline = plan(baselineId);
        }
        Long currentId = newParentId != null ? newParentId
                : baselineId != null && plans.load(baselineId).isPresent() ? baselineId
                : findByIdentity(ward, wardId).orElse(null);
        Plan current = currentId == null ? baseline : plan(currentId);
        return new SyncSession(ward, baseline.withoutIds(), baselineId, current.withoutIds(), currentId,
                (w, parentId, base) -> derivations.update(wardId, w, parentId, snapshot(base)),
                dictionary == null ? MatchDictionary.shipped() : dictionary.dictionary());
    }

    /** The changes between two stored plans (two versions of a plan, or a plan and the one that replaces it). */
    public List<PlanChange> diff(long olderId, long newerId) {
        return PlanComparison.between(plan(olderId), plan(newerId));
    }

    /** The newest stored plan with the identity the ward plan cites as its parent. */
    private Optional<Long> findByIdentity(Plan ward, long wardId) {
        if (ward.parentPlan() == null) {
            return Optional.empty();
        }
        List<PlanSummary> candidates = new ArrayList<>(plans.list().stream()
                .filter(s -> s.id() != wardId && ward.parentPlan().sameIdentity(s.ref())).toList());
        candidates.sort(Comparator.comparingLong(PlanSummary::id).reversed());
        return candidates.stream().map(PlanSummary::id).findFirst();
    }

    private String snapshot(Plan parent) {
        return new String(json.write(parent.withoutIds()), StandardCharsets.UTF_8);
    }
}
