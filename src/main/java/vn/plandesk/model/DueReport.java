package vn.plandesk.model;

import java.time.LocalDate;

/**
 * A report the calendar asks for: its kind, the period it covers, the day it is due by and where it goes.
 */
public record DueReport(ReportKind kind, ReportPeriod period, LocalDate due, String recipient) {
    public DueReport {
        recipient = Text.nfc(recipient).strip();
    }
}
