package vn.plandesk.io.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskPlaces;
import vn.plandesk.model.tracking.IndicatorResult;
import vn.plandesk.model.tracking.Judgement;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.PlanTracking;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;

/**
 * The tracking part of the exchange format, version 2 (docs/exchange-format.md): progress, indicator results and the
 * baseline. A file carries no store keys, so an entry names its task by its place in the file's plan ("3/2" is the
 * second task of group III, "3/2/1" its first sub-task), a result its indicator by its place in the table (1 is the
 * first row) and an entry its evidence documents by their place in the file's {@code documents} list (1 is the first),
 * so the evidence is the same documents in the store that imports it. Everything is checked against the file's plan and
 * documents when it is read, before anything is stored.
 */
public final class TrackingJson {
    /** The "tracking" object of a file. */
    public record TrackingFile(List<ProgressFile> progress, List<ResultFile> indicatorResults, Plan baseline) {
        public TrackingFile {
            progress = progress == null ? List.of() : List.copyOf(progress);
            indicatorResults = indicatorResults == null ? List.of() : List.copyOf(indicatorResults);
        }
    }

    /** One progress entry as the file writes it. */
    public record ProgressFile(String task, String period, String status, String result, LocalDate asOf, String unit,
                               String shortcomings, String cause, String evidence, List<Long> documents) {
    }

    /** One indicator result as the file writes it. */
    public record ResultFile(Integer indicator, String period, String value, LocalDate asOf, String source,
                             String judgedByHand) {
    }

    private TrackingJson() {
    }

    /**
     * The file's tracking object for a stored plan (with ids) and what is recorded for it; null when nothing is.
     * {@code documents} are the register entries the file carries (with their ids); a cited document not among them
     * is left out of the entry.
     */
    static TrackingFile toFile(Plan plan, PlanTracking t, List<IssuedDocument> documents) {
        if (t == null || t.isEmpty()) {
            return null;
        }
        Map<Long, String> places = new HashMap<>();
        TaskPlaces.of(plan).forEach((place, task) -> {
            if (task.id() != null) {
                places.put(task.id(), place);
            }
        });
        Map<Long, Long> positions = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).id() != null) {
                positions.putIfAbsent(documents.get(i).id(), (long) i + 1);
            }
        }
        List<ProgressFile> progress = new ArrayList<>();
        for (ProgressEntry e : t.progress()) {
            String place = places.get(e.taskId());
            if (place == null) {
                continue; // an entry of a task no longer in the plan
            }
            progress.add(new ProgressFile(place, e.period().toString(), e.status().name(), e.result(), e.asOf(),
                    e.unit(), e.shortcomings(), e.cause(), e.evidence(),
                    e.documentIds().stream().map(positions::get).filter(Objects::nonNull).toList()));
        }
        Map<Long, Integer> rows = new HashMap<>();
        for (int i = 0; i < plan.indicators().size(); i++) {
            Indicator ind = plan.indicators().get(i);
            if (ind.id() != null) {
                rows.put(ind.id(), i + 1);
            }
        }
        List<ResultFile> results = new ArrayList<>();
        for (IndicatorResult r : t.results()) {
            Integer row = rows.get(r.indicatorId());
            if (row != null) {
                results.add(new ResultFile(row, r.period().toString(), r.value(), r.asOf(), r.source(),
                        r.byHand() == null ? null : r.byHand().name()));
            }
        }
        return new TrackingFile(progress, results, t.baseline() == null ? null : t.baseline().withoutIds());
    }

    /**
     * Checks a file's tracking against the file's plan: every task and indicator named exists, periods, statuses and
     * judgements read.
     *
     * @throws PlanDeskException naming the JSON path of the first problem
     */
    static void check(TrackingFile f, Plan plan, int documents) {
        if (f == null) {
            return;
        }
        resolve(f, plan, java.util.Collections.nCopies(documents, 0L), false);
    }

    /**
     * What the file records, by the store keys of the plan as stored (the file's plan after it was inserted: the same
     * groups, tasks and indicators in the same order, now with ids) and of the file's documents as this store's
     * register holds them ({@code documentIds} in the file's order; empty when the register is not kept, and then
     * entries cite none).
     */
    public static PlanTracking resolve(TrackingFile f, Plan stored, List<Long> documentIds) {
        return f == null ? PlanTracking.none() : resolve(f, stored, documentIds, true);
    }

    private static PlanTracking resolve(TrackingFile f, Plan plan, List<Long> documentIds, boolean needIds) {
        Map<String, PlanTask> byPlace = TaskPlaces.of(plan);
        List<ProgressEntry> progress = new ArrayList<>();
        for (int i = 0; i < f.progress().size(); i++) {
            ProgressFile p = f.progress().get(i);
            String path = "$.tracking.progress[" + i + "]";
            PlanTask task = byPlace.get(p.task() == null ? "" : p.task().strip());
            if (task == null) {
                throw new PlanDeskException("json.taskRef", path + ".task", p.task() == null ? "" : p.task());
            }
            Period period = period(p.period(), path + ".period");
            if (period.kind() != Period.Kind.QUARTER) {
                throw new PlanDeskException("json.notQuarter", path + ".period", p.period());
            }
            ProgressStatus status = ProgressStatus.byName(p.status());
            if (status == null) {
                throw new PlanDeskException("json.badChoice", path + ".status", JsonFields.quoted(p.status()),
                        JsonFields.allowed(ProgressStatus.class));
            }
            List<Long> documents = new ArrayList<>();
            List<Long> cited = p.documents() == null ? List.of() : p.documents();
            for (int k = 0; k < cited.size(); k++) {
                Long at = cited.get(k);
                // checked against the file's list; resolved, beyond the ids given only when the register is not kept
                if (at == null || at < 1 || !needIds && at > documentIds.size()) {
                    throw new PlanDeskException("json.documentRef", path + ".documents[" + k + "]",
                            String.valueOf(at));
                }
                if (at <= documentIds.size()) {
                    documents.add(documentIds.get((int) (at - 1)));
                }
            }
            try {
                progress.add(new ProgressEntry(needIds ? task.id() : 0, period, status, p.result(), p.asOf(),
                        p.unit(), p.shortcomings(), p.cause(), p.evidence(), documents));
            } catch (PlanDeskException e) {
                throw new PlanDeskException(e, "json.at",
                        path + ("progress.reasonRequired".equals(e.key()) ? ".cause" : ""), e);
            }
        }
        List<IndicatorResult> results = new ArrayList<>();
        for (int i = 0; i < f.indicatorResults().size(); i++) {
            ResultFile r = f.indicatorResults().get(i);
            String path = "$.tracking.indicatorResults[" + i + "]";
            if (r.indicator() == null || r.indicator() < 1 || r.indicator() > plan.indicators().size()) {
                throw new PlanDeskException("json.indicatorRef", path + ".indicator", String.valueOf(r.indicator()));
            }
            Judgement byHand = null;
            if (r.judgedByHand() != null) {
                try {
                    byHand = Judgement.valueOf(r.judgedByHand());
                } catch (IllegalArgumentException e) {
                    throw new PlanDeskException(e, "json.badChoice", path + ".judgedByHand", JsonFields.quoted(r.judgedByHand()),
                            JsonFields.allowed(Judgement.class));
                }
            }
            Indicator ind = plan.indicators().get(r.indicator() - 1);
            results.add(new IndicatorResult(needIds ? ind.id() : 0, period(r.period(), path + ".period"), r.value(),
                    r.asOf(), r.source(), byHand));
        }
        return new PlanTracking(progress, results, f.baseline() == null ? null : f.baseline().withoutIds());
    }

    private static Period period(String text, String path) {
        try {
            return Period.parse(text);
        } catch (PlanDeskException e) {
            throw new PlanDeskException(e, "json.at", path, e);
        }
    }
}
