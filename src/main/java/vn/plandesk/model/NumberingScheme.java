package vn.plandesk.model;

/**
 * How a plan numbers its tasks: KH 92 counts on across the groups (1 … 127), seed 000 starts again at 1 in each group,
 * the 2026 plan letters its points a) b) c) … inside each group.
 */
public enum NumberingScheme {
    CONTINUOUS, PER_GROUP, LETTERED
}
