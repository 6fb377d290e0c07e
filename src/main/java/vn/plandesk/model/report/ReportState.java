package vn.plandesk.model.report;

/**
 * Where a report stands. A report the calendar asks for and nobody has drafted yet has no state of its own: the calendar
 * shows it as "chưa lập".
 */
public enum ReportState {
    /** Being written: every part can still change ("dự thảo"). */
    DRAFT,
    /** Sent: kept exactly as sent; a correction is a new version beside it ("đã gửi"). */
    SENT;

    public String labelKey() {
        return "report.state." + name();
    }
}
