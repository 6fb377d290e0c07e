package vn.plandesk.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who gives way in the status bar when its texts do not all fit: the warning first, the left text last. */
class StatusBarTest {
    @BeforeAll
    static void toolkit() {
        FxThread.start();
    }

    @Test
    void everyTextWholeWhenTheyFit() {
        assertArrayEquals(new double[] {300, 400, 500}, StatusBar.widths(1300, 300, 400, 500, 120));
        assertArrayEquals(new double[] {300, 0, 500}, StatusBar.widths(900, 300, 0, 500, 120), "no warning");
    }

    @Test
    void aLongWarningGivesWayAndTheLeftTextKeepsItsPlace() {
        assertArrayEquals(new double[] {300, 300, 500}, StatusBar.widths(1100, 300, 900, 500, 120),
                "the warning takes the room the others leave");
        assertArrayEquals(new double[] {300, 120, 380}, StatusBar.widths(800, 300, 900, 500, 120),
                "down to its least width; then the counts give way, not the left text");
    }

    @Test
    void whenEvenTheLeftTextCannotBeWholeItKeepsHalfOfWhatIsLeft() {
        assertArrayEquals(new double[] {290, 120, 290}, StatusBar.widths(700, 600, 900, 500, 120));
        assertArrayEquals(new double[] {200, 120, 380}, StatusBar.widths(700, 200, 900, 500, 120),
                "a short left text whole, the counts take the rest");
    }
}
