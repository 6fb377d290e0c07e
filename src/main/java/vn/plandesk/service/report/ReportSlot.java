package vn.plandesk.service.report;

import vn.plandesk.model.DueReport;
import vn.plandesk.model.report.ReportState;

/**
 * A report the calendar asks for, with where it stands.
 *
 * @param due      the kind, period, due date and recipient
 * @param state    draft or sent; null while nobody has drafted it ("chưa lập")
 * @param reportId the report drafted for it, null when none
 */
public record ReportSlot(DueReport due, ReportState state, Long reportId) {
}
