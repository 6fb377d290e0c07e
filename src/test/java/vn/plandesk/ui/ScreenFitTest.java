package vn.plandesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Dialogs keep their buttons on a 1366×768 laptop screen. */
class ScreenFitTest {

    @Test
    void aDialogTallerThanALaptopScreenIsMadeAsHighAsTheScreenLeavesRoomFor() {
        // 768 px less a 40 px panel: the visual bounds of a common laptop screen
        assertEquals(1280, ScreenFit.fit(1280, 1366));
        assertEquals(728 - ScreenFit.FRAME, ScreenFit.fit(800, 728 - ScreenFit.FRAME));
    }

    @Test
    void aDialogThatFitsKeepsItsSize() {
        assertEquals(620, ScreenFit.fit(620, 1366));
        assertEquals(480, ScreenFit.fit(480, 728 - ScreenFit.FRAME));
    }
}
