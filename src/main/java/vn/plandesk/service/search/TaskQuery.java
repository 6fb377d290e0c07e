package vn.plandesk.service.search;

import vn.plandesk.model.Text;
import vn.plandesk.model.WardRole;

/**
 * What the officer searches and filters by. Blank or null parts do not filter.
 *
 * @param text    words searched in every text field, ignoring diacritics and case
 * @param unit    a unit that leads or coordinates the task
 * @param role    the ward's role
 * @param year    a year the task is due in (recurring work is due every year)
 * @param quarter 1–4: due in that quarter (of {@code year} when given)
 * @param overdue due before today and not done
 * @param flagged rows to look at again: year inferred, deadline unreadable
 */
public record TaskQuery(String text, String unit, WardRole role, Integer year, Integer quarter, boolean overdue,
                        boolean flagged) {
    public static final TaskQuery ALL = new TaskQuery("", "", null, null, null, false, false);

    public TaskQuery {
        text = Text.nfc(text).strip();
        unit = Text.nfc(unit).strip();
    }

    public static TaskQuery text(String text) {
        return ALL.withText(text);
    }

    public TaskQuery withText(String t) {
        return new TaskQuery(t, unit, role, year, quarter, overdue, flagged);
    }

    /** The same filters without the search words: filters hide rows, the words only mark hits. */
    public TaskQuery filtersOnly() {
        return withText("");
    }

    public boolean filters() {
        return !unit.isEmpty() || role != null || year != null || quarter != null || overdue || flagged;
    }

    public boolean isEmpty() {
        return text.isEmpty() && !filters();
    }
}
