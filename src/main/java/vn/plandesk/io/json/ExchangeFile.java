package vn.plandesk.io.json;

import java.util.List;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.Plan;
import vn.plandesk.model.ReportingRule;
import vn.plandesk.model.report.Report;

/**
 * What one exchange file carries: the plan, and from version 2 its reporting rules and the register of documents
 * issued, and its tracking (progress, indicator results, baseline; null when nothing is recorded); from version 3 its
 * reports. Each part is read and written by its own class, so that the parts added by later versions stay apart.
 *
 * @param reports the plan's reports, each version in order before its correction; ids and previous versions are keys
 *                within the file (the store gives new ones on import), the plan id is left out
 */
public record ExchangeFile(Plan plan, List<ReportingRule> reportingRules, List<IssuedDocument> documents,
                           TrackingJson.TrackingFile tracking, List<Report> reports) {
    public ExchangeFile {
        reportingRules = reportingRules == null ? List.of() : List.copyOf(reportingRules);
        documents = documents == null ? List.of() : List.copyOf(documents);
        reports = reports == null ? List.of() : List.copyOf(reports);
    }

    public ExchangeFile(Plan plan, List<ReportingRule> reportingRules, List<IssuedDocument> documents,
                        TrackingJson.TrackingFile tracking) {
        this(plan, reportingRules, documents, tracking, List.of());
    }

    public ExchangeFile(Plan plan, List<ReportingRule> reportingRules, List<IssuedDocument> documents) {
        this(plan, reportingRules, documents, null);
    }

    public static ExchangeFile of(Plan plan) {
        return new ExchangeFile(plan, List.of(), List.of());
    }

    /** The same file with what is recorded for its plan (entries by the plan's store keys). */
    public ExchangeFile withTracking(Plan stored, vn.plandesk.model.tracking.PlanTracking recorded) {
        return new ExchangeFile(plan, reportingRules, documents, TrackingJson.toFile(stored, recorded), reports);
    }

    /** The same file with the plan's reports. */
    public ExchangeFile withReports(List<Report> planReports) {
        return new ExchangeFile(plan, reportingRules, documents, tracking, planReports);
    }
}
