package vn.plandesk.service.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.plandesk.model.DueReport;
import vn.plandesk.model.report.ReportState;

/**
 * A report the calendar asks for, with where it stands.
 *
 * @param due      the report due: kind, period, due date, recipient
 * @param state    the state of its latest version; null when nobody has drafted it yet ("chưa lập")
 * @param reportId the latest version's id; null when there is none
 * @param sent     whether some version was sent: a correction drafted after sending does not make the report late
 */
public record ReportSlot(DueReport due, ReportState state, Long reportId, boolean sent) {

    /** How many days past its due date the report is on a day, not having been sent; 0 when it is not late. */
    public long daysLate(LocalDate today) {
        if (sent || due.due() == null || !due.due().isBefore(today)) {
            return 0;
        }
        return ChronoUnit.DAYS.between(due.due(), today);
    }

    /** The bundle key of the state as the officer reads it: chưa lập, dự thảo, đã gửi. */
    public String stateKey() {
        return state == null ? "report.state.MISSING" : state.labelKey();
    }
}
