package vn.plandesk.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** How a table's columns get their least widths and share the room, with texts measured as 10 px a letter. */
class ColumnSharesTest {
    private static final ToDoubleFunction<String> PLAIN = s -> 10 * s.length();
    /** A header's letters are bold, a little wider. */
    private static final ToDoubleFunction<String> BOLD = s -> 12 * s.length();

    @Test
    void aColumnIsAsWideAsItsHeadersLongestWordAndEveryValueItShowsWhole() {
        assertEquals(12 * 3 + 14, ColumnShares.least("Kỳ báo cáo", List.of(), 40, 14, PLAIN, BOLD),
                "the header wraps between its words: as wide as its longest word, \"báo\"");
        assertEquals(10 * "6 tháng đầu năm 2026".length() + 14,
                ColumnShares.least("Kỳ báo cáo", List.of("Quý I/2026", "6 tháng đầu năm 2026"), 40, 14, PLAIN, BOLD),
                "a period is read whole, on one line");
        assertEquals(10 * "Chưa lập – quá hạn 171 ngày".length() + 14,
                ColumnShares.least("Tình trạng", List.of("Chưa lập – quá hạn 171 ngày", "Đã gửi"), 40, 14, PLAIN,
                        BOLD));
        assertEquals(200, ColumnShares.least("Số", List.of("1"), 200, 14, PLAIN, BOLD), "never below its floor");
        assertEquals(10 * "25/11/2026".length() + 14,
                ColumnShares.least("Hạn", List.of("25/11/2026\n1/1/2026"), 0, 14, PLAIN, BOLD),
                "a value of two lines is as wide as its longer line");
    }

    @Test
    void theRoomLeftGoesToTheColumnsUpToTheirOwnWidthThenToTheTaskName() {
        double[] least = {50, 200, 280};
        double[] wanted = {50, 300, 300};
        assertArrayEquals(new double[] {50, 250, 290}, ColumnShares.share(590, least, wanted, 1),
                "each short of its own width by the same share");
        assertArrayEquals(new double[] {50, 400, 300}, ColumnShares.share(750, least, wanted, 1),
                "the task name takes what is left over");
    }

    @Test
    void aWindowTooNarrowForTheLeastWidthsKeepsThemAndTheTableScrollsSideways() {
        double[] least = {50, 320, 280};
        assertArrayEquals(least, ColumnShares.share(500, least, new double[] {50, 440, 300}, 1),
                "no column squeezed below its least width: together they are wider than the table");
    }

    @Test
    void aStartingWidthIsNeverJavaFxsDefaultWidthWhichWouldHaveTheColumnMeasuredRowByRow() {
        javafx.scene.control.TableColumn<String, String> column = new javafx.scene.control.TableColumn<>();
        ColumnShares.startingWidth(column, 79.4); // would round to the default, 80
        assertEquals(81.0, column.getPrefWidth());
        ColumnShares.startingWidth(column, 130);
        assertEquals(131.0, column.getPrefWidth());
    }
}
