package vn.plandesk.model;

import java.time.LocalDate;
import java.util.Objects;

/** One line of the list of plans in the store. */
public record PlanSummary(long id, PlanKind kind, String number, String symbol, LocalDate date, String issuer,
                          int groups, int tasks, int indicators, String title, boolean partial) {

    public PlanRef ref() {
        return new PlanRef(number, symbol, date, issuer);
    }

    /**
     * Every component, compared as the record's own equals compares them. Written out for the reason of
     * {@link Plan#equals}: the navigator's cells compare the summaries they show when the window first lays them out.
     * {@code RecordEqualsTest} checks that each component counts; the record's own hashCode agrees with this.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof PlanSummary o && id == o.id && kind == o.kind && groups == o.groups
                && tasks == o.tasks && indicators == o.indicators && partial == o.partial
                && Objects.equals(number, o.number) && Objects.equals(symbol, o.symbol)
                && Objects.equals(date, o.date) && Objects.equals(issuer, o.issuer) && Objects.equals(title, o.title);
    }
}
