package vn.plandesk.service;

import java.time.LocalDate;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.RomanNumeral;

/**
 * What a deadline means, said in the officer's language: "Quý IV/2025" → "hạn 31/12/2025" / "due 31/12/2025".
 * The model keeps only the document text ({@link Deadline#canonical()}, {@link Deadline#printed()}); the words of the
 * explanation live in the bundles under {@code deadline.meaning.*}.
 */
public final class DeadlineText {
    private DeadlineText() {
    }

    /** A short explanation of the deadline for the form, the timeline and the derive wizard. */
    public static String meaning(Deadline d) {
        // numbers are passed as strings: MessageFormat would group 2030 as "2,030" in English
        String end = String.valueOf(Deadline.PLAN_END_YEAR);
        return switch (d.kind()) {
            case CONTINUOUS -> Messages.get("deadline.meaning.continuous", end);
            case RECURRING -> d.quarter() == null
                    ? Messages.get("deadline.meaning.yearly", end)
                    : Messages.get("deadline.meaning.quarterYearly", RomanNumeral.format(d.quarter()), end);
            case NONE -> Messages.get("deadline.meaning.none");
            case DONE -> Messages.get("deadline.meaning.done");
            case UNREADABLE -> Messages.get("deadline.meaning.unreadable");
            default -> dated(d);
        };
    }

    private static String dated(Deadline d) {
        LocalDate due = d.dueDate();
        String text = due == null ? Messages.get("deadline.meaning.noYear")
                : Messages.get("deadline.meaning.due", date(due));
        if (d.yearInferred()) {
            text = Messages.get("deadline.meaning.yearInferred", text);
        }
        if (d.openEnded()) {
            text = Messages.get("deadline.meaning.openEnded", text);
        }
        return text;
    }

    private static String date(LocalDate due) {
        return vn.plandesk.model.OfficialDate.screen(due);
    }
}
