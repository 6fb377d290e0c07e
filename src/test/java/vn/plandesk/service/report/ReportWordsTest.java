package vn.plandesk.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.plandesk.service.Messages;

/**
 * The new version of a sent report has one name wherever the officer reads of it: "bản đính chính" (a correction), in
 * the window's button, its notes and the service's sentences alike, never "bản sửa đổi" beside it.
 */
class ReportWordsTest {
    @Test
    void aCorrectionIsCalledOneWordInTheWindowAndTheService() {
        assertOneWord(Messages.VIETNAMESE, "bản sửa đổi", "đính chính");
        assertOneWord(Locale.ENGLISH, "corrected version", "correction");
    }

    private static void assertOneWord(Locale locale, String other, String word) {
        ResourceBundle b = Messages.bundle(locale);
        Set<String> otherWord = new TreeSet<>();
        for (String key : b.keySet()) {
            if (key.startsWith("report") && b.getString(key).toLowerCase(locale).contains(other)) {
                otherWord.add(key);
            }
        }
        assertEquals(Set.of(), otherWord, locale + ": " + other);
        for (String key : new String[] {"reports.editor.correct", "reports.editor.sentNote", "reports.done.corrected",
                "report.sentIsSent", "edit.reportCorrect"}) {
            assertTrue(b.getString(key).toLowerCase(locale).contains(word), locale + " " + key + ": " + b.getString(key));
        }
    }
}
