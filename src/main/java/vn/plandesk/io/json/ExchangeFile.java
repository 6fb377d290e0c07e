package vn.plandesk.io.json;

import java.util.List;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.Plan;
import vn.plandesk.model.ReportingRule;

/**
 * What one exchange file carries: the plan, and from version 2 its reporting rules and the register of documents
 * issued. Each part is read and written by its own class, so that the parts added by later versions stay apart.
 */
public record ExchangeFile(Plan plan, List<ReportingRule> reportingRules, List<IssuedDocument> documents) {
    public ExchangeFile {
        reportingRules = reportingRules == null ? List.of() : List.copyOf(reportingRules);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public static ExchangeFile of(Plan plan) {
        return new ExchangeFile(plan, List.of(), List.of());
    }
}
