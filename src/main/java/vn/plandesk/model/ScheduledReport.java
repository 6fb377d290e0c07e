package vn.plandesk.model;

/**
 * A report of the calendar with the plan whose rule asks for it.
 *
 * @param planId the plan's store key
 * @param plan   the plan's name as lists show it
 * @param report the report, its period, due date and recipient
 */
public record ScheduledReport(long planId, String plan, DueReport report) {
}
