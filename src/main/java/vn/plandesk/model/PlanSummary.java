package vn.plandesk.model;

import java.time.LocalDate;

/** One line of the list of plans in the store. */
public record PlanSummary(long id, PlanKind kind, String number, String symbol, LocalDate date, String issuer,
                          int groups, int tasks, int indicators, String title, boolean partial) {

    public PlanRef ref() {
        return new PlanRef(number, symbol, date, issuer);
    }
}
