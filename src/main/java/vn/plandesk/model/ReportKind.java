package vn.plandesk.model;

/** The kinds of periodic report a plan asks for; the officer reads them from the bundles ({@code report.kind.…}). */
public enum ReportKind {
    /** Every quarter (seed 004: "định kỳ hàng Quý … trước ngày 10 của tháng cuối Quý"). */
    QUARTER,
    /** The first six months of each year (seed 002: "báo cáo định kỳ 6 tháng (trước ngày 10/6)"). */
    HALF_YEAR,
    /** Each year (seed 002: "báo cáo năm (trước ngày 25/11)"). */
    YEAR,
    /** On request, with no date of its own (seed 002: "đột xuất khi có yêu cầu"). */
    AD_HOC;

    public String labelKey() {
        return "report.kind." + name();
    }
}
