package vn.plandesk.service.report;

import vn.plandesk.model.DueReport;
import vn.plandesk.model.report.ReportState;

/**
 * A report the calendar asks for, with where it stands.
 *
 * @param due      the report due: kind, period, due date, recipient
 * @param state    the state of its latest version; null when nobody has drafted it yet ("chưa lập")
 * @param reportId the latest version's id; null when there is none
 */
public record ReportSlot(DueReport due, ReportState state, Long reportId) {

    /** The bundle key of the state as the officer reads it: chưa lập, dự thảo, đã gửi. */
    public String stateKey() {
        return state == null ? "report.state.MISSING" : state.labelKey();
    }
}
