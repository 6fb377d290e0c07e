package vn.plandesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {
    private static final String NFC = "Chuyển đổi số của phường Chơn Thành";
    private static final String NFD = Normalizer.normalize(NFC, Normalizer.Form.NFD);

    @Test
    void decomposedInputBecomesNfcInEveryRecord() {
        assertNotEquals(NFC, NFD);
        assertEquals(NFC, Text.nfc(NFD));
        PlanTask task = new PlanTask(null, "1", NFD, NFD, List.of(NFD), List.of(NFD), NFD, Deadline.of(NFD), null,
                null, NFD, List.of(), List.of());
        assertEquals(NFC, task.name());
        assertEquals(NFC, task.leader());
        assertEquals(List.of(NFC), task.leadUnits());
        assertEquals(List.of(NFC), task.coordinatingUnits());
        assertEquals(NFC, task.result());
        assertEquals(NFC, task.note());
        assertEquals(NFC, task.deadline().raw());
        assertEquals(NFC, new TaskGroup(1, NFD, List.of()).title());
        assertEquals(NFC, new Indicator(null, "1", NFD, NFD, NFD, NFD).name());
        assertEquals(NFC, new Signer(List.of(NFD), NFD, NFD).name());
        assertEquals(NFC, new PlanRef("1", "KH", null, NFD).issuer());
    }

    @Test
    void foldIgnoresDiacriticsCaseAndSpacing() {
        assertEquals("chuyen doi so", Text.fold("Chuyển  đổi SỐ"));
        assertEquals("dong nai", Text.fold("ĐỒNG NAI"));
        assertEquals(Text.fold(NFC), Text.fold(NFD));
        assertTrue(Text.fold("Đẩy mạnh chuyển đổi số trong doanh nghiệp").contains(Text.fold("chuyen doi so")));
    }

    @Test
    void romanNumerals() {
        assertEquals("VII", RomanNumeral.format(7));
        assertEquals("IV", RomanNumeral.format(4));
        assertEquals(2, RomanNumeral.parse("II."));
        assertEquals(4, RomanNumeral.parse("iv"));
        assertEquals(-1, RomanNumeral.parse("IIII"));
        assertEquals(-1, RomanNumeral.parse("2"));
    }

    @Test
    void wardRoleReadsPrintedWordsWithOrWithoutDiacritics() {
        assertEquals(WardRole.LEAD, WardRole.fromPrinted("Chủ trì thực hiện"));
        assertEquals(WardRole.COORDINATE, WardRole.fromPrinted("phoi hop thuc hien"));
        assertEquals(null, WardRole.fromPrinted("Ghi chú"));
    }
}
