package vn.plandesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Where a long title is cut for the window's list of plans: a title that fits is shown whole, a title pasted with
 * double spaces is shown with single ones, a date ends the name, a phrase ending early is still used when it is a third
 * of the room, and the name never ends on a linking word, nor is it ever empty.
 */
class PlanTitlesCutTest {
    @Test
    void aTitleThatJustFitsIsShownWhole() {
        String title = "Kế hoạch chuyển đổi số của phường Chơn Thành năm 2026";
        assertEquals(title, PlanNames.shorten(title, title.length()));
    }

    @Test
    void aTitlePastedWithDoubleSpacesFitsWithSingleOnes() {
        assertEquals("Kế hoạch chuyển đổi xanh", PlanNames.shorten("Kế hoạch  chuyển đổi  xanh", 24));
    }

    @Test
    void theDateEndsTheNameRightAfterTheThirdWord() {
        assertEquals("Triển khai 57-NQ/TW",
                PlanNames.shorten("Triển khai 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về khoa học", 40));
    }

    @Test
    void aPhraseEndingAfterTheSecondWordIsUsedWhenItIsAThirdOfTheRoom() {
        // "Quyết liệt," is 11 letters, a third of 33
        assertEquals("Quyết liệt",
                PlanNames.shorten("Quyết liệt, đồng bộ triển khai hiệu quả Nghị quyết 57", 33));
    }

    @Test
    void theNameNeverEndsOnALinkingWordNorIsItEmpty() {
        assertEquals("Số", PlanNames.shorten("Số và các hoạt động chuyển đổi số", 10));
        assertEquals("Về", PlanNames.shorten("Về chuyển đổi số", 3), "a linking word alone is still a name");
    }
}
