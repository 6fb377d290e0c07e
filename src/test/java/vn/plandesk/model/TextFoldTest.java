package vn.plandesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextFoldTest {
    @Test
    void foldsVietnameseWhetherComposedOrNot() {
        assertEquals("chuyen doi so", Text.fold("Chuyển  đổi\tSỐ "));
        assertEquals("chuyen doi so", Text.fold(Normalizer.normalize("CHUYỂN ĐỔI SỐ", Normalizer.Form.NFD)));
        assertEquals("phong van hoa - xa hoi", Text.fold("Phòng Văn hóa - Xã hội"));
        assertEquals("“hoc tap so”", Text.fold("“Học tập số”"));
        assertEquals("", Text.fold("  \n "));
    }

    @Test
    void aMissingTextFoldsToNothing() {
        // a task without a result or a unit list without a name is searched as empty, not as a fault
        assertEquals("", Text.fold(null));
        assertEquals("", Text.fold(""));
    }
}
