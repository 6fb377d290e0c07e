package vn.plandesk.ui;

/**
 * What the centre of the window shows: one of the seven task groups, the indicators, the plan's details, or a view a
 * feature adds ({@link MainWindow#addPage}), such as the timeline or
 * the tracking of the plan's progress and its periodic reports.
 */
public record Page(Kind kind, int group) {
    public enum Kind { GROUP, INDICATORS, DETAILS, TIMELINE, TRACKING, REPORTS }

    public static final Page INDICATORS = new Page(Kind.INDICATORS, 0);
    public static final Page DETAILS = new Page(Kind.DETAILS, 0);
    public static final Page TIMELINE = new Page(Kind.TIMELINE, 0);
    public static final Page TRACKING = new Page(Kind.TRACKING, 0);
    public static final Page REPORTS = new Page(Kind.REPORTS, 0);

    public static Page group(int number) {
        return new Page(Kind.GROUP, number);
    }

    /**
     * Kind and group, compared as the record's own equals compares them. Written out because a record's generated
     * equals is linked through invokedynamic at its first call, and the first such link of a run pays for the
     * machinery of all (8 ms of the window's start, in the navigator's choice of its page); the window's page
     * property compares pages at the start. {@code PageEqualsTest} checks that both count.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Page o && kind == o.kind && group == o.group;
    }
}
