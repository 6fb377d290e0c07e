package vn.plandesk.model;

/** Marks a task for the officer's attention. */
public enum TaskFlag {
    /** The text extraction lost which year column a mark stood in; the years were recorded from 2025 on. */
    YEAR_INFERRED
}
