package vn.plandesk.model.report;

import vn.plandesk.model.ReportKind;
import vn.plandesk.model.ReportPeriod;

/**
 * A stored report as the store's columns give it, without its text: what the reporting calendar needs to place it
 * (which plan, which report of which period, its state and version). The warning of reports due reads these at every
 * start; reading every report whole for it cost a JSON reader and each report's document.
 *
 * @param planId null for a report of no stored plan (the bundled sample)
 * @param period null where the report has none
 */
public record ReportListing(long id, Long planId, ReportKind kind, ReportPeriod period, ReportState state,
                            int version) {
}
