package vn.plandesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Deadline;

class DeadlineTextTest {

    @AfterEach
    void backToVietnamese() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    @Test
    void vietnameseMeaningIsWhatTheFormAlwaysShowed() {
        Messages.setLocale(Messages.VIETNAMESE);
        assertEquals("hạn 31/12/2025", meaning("Quý IV/2025"));
        assertEquals("hạn 30/06/2026, tiếp tục các năm sau", meaning("Quý II/2026 và các năm tiếp theo"));
        assertEquals("thường xuyên, hằng năm đến 2030", meaning("Thường xuyên"));
        assertEquals("hằng năm đến 2030", meaning("Hằng năm"));
        assertEquals("quý I hằng năm đến 2030", meaning("Quý I hằng năm"));
        assertEquals("chưa rõ năm (năm suy ra)", meaning("Tháng 5"));
        assertEquals("hạn 30/04/2026 (năm suy ra)",
                DeadlineText.meaning(Deadline.of("Tháng 4", Map.of(2026, "x"))));
        assertEquals("chưa có thời hạn", meaning(""));
        assertEquals("đã thực hiện", meaning("Đã thực hiện"));
        assertEquals("không đọc được thời hạn", meaning("khi có chỉ đạo của tỉnh"));
    }

    @Test
    void englishMeaningForTheSameDeadlines() {
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("due 31/12/2025", meaning("Quý IV/2025"));
        assertEquals("due 30/06/2026, continuing in later years", meaning("Quý II/2026 và các năm tiếp theo"));
        assertEquals("continuous, every year until 2030", meaning("Thường xuyên"), "no digit grouping in the year");
        assertEquals("quarter I of every year until 2030", meaning("Quý I hằng năm"));
        assertEquals("year not known (year inferred)", meaning("Tháng 5"));
        assertEquals("no deadline yet", meaning(""));
        assertEquals("already done", meaning("Đã thực hiện"));
        assertEquals("the deadline cannot be read", meaning("khi có chỉ đạo của tỉnh"));
    }

    private static String meaning(String raw) {
        return DeadlineText.meaning(Deadline.of(raw));
    }
}
