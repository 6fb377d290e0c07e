package vn.plandesk.io.json;

import java.util.List;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.Plan;
import vn.plandesk.model.ReportingRule;

/**
 * What one exchange file carries: the plan, and from version 2 its reporting rules and the register of documents
 * issued, and its tracking (progress, indicator results, baseline; null when nothing is recorded). Each part is read
 * and written by its own class, so that the parts added by later versions stay apart.
 */
public record ExchangeFile(Plan plan, List<ReportingRule> reportingRules, List<IssuedDocument> documents,
                           TrackingJson.TrackingFile tracking) {
    public ExchangeFile {
        reportingRules = reportingRules == null ? List.of() : List.copyOf(reportingRules);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public ExchangeFile(Plan plan, List<ReportingRule> reportingRules, List<IssuedDocument> documents) {
        this(plan, reportingRules, documents, null);
    }

    public static ExchangeFile of(Plan plan) {
        return new ExchangeFile(plan, List.of(), List.of());
    }

    /**
     * The same file with what is recorded for its plan (entries by the plan's store keys); evidence is cited by its
     * place in this file's documents, which must hold (with their ids) the register entries the entries cite.
     */
    public ExchangeFile withTracking(Plan stored, vn.plandesk.model.tracking.PlanTracking recorded) {
        return new ExchangeFile(plan, reportingRules, documents, TrackingJson.toFile(stored, recorded, documents));
    }
}
