package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How alike two task texts read when two plans are compared: the phrase every task of the plans is written with weighs
 * nothing, so two tasks that share only it are not alike, while a word that only some tasks have makes them alike.
 */
class TaskMatcherTest {
    private static final String SHARED = "Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong ";
    private static final String EDUCATION = SHARED + "giáo dục";
    private static final String HEALTH = SHARED + "y tế";
    private static final String FARMING = SHARED + "nông nghiệp";

    @Test
    void twoTasksSharingOnlyThePhraseEveryTaskHasAreNotAlike() {
        TaskMatcher m = new TaskMatcher(List.of(EDUCATION, HEALTH, FARMING));
        assertEquals(0.0, m.similarity(EDUCATION, HEALTH), 1e-12);
        assertEquals(0.0, m.similarity(HEALTH, FARMING), 1e-12);
        assertEquals(1.0, m.similarity(EDUCATION, EDUCATION), 1e-12);
    }

    @Test
    void aWordOnlySomeTasksHaveMakesThemAlike() {
        String schools = "Số hóa hồ sơ học sinh trong giáo dục";
        TaskMatcher m = new TaskMatcher(List.of(EDUCATION, HEALTH, FARMING, schools));
        assertTrue(m.similarity(EDUCATION, schools) > m.similarity(HEALTH, schools), "both are about schools");
    }
}
