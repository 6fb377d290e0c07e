package vn.plandesk.io.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cell's text broken into lines as a word processor breaks it (see {@link LineWrap}). */
class LineWrapTest {
    private static final LineWrap WRAP = new LineWrap(PdfFonts.forOneDocument().regular(), 12);

    /** The width of the text in the wrap's type, plus a hair: exactly room for it. */
    private static float room(String text) {
        return WRAP.width(text) + 0.001f;
    }

    @Test
    void linesBreakAtTheLastSpaceThatFitsAndKeepThatSpaceUnseen() {
        List<String> lines = WRAP.lines("Chuyển đổi số trong cơ quan", room("Chuyển đổi số"));
        assertEquals(List.of("Chuyển đổi số ", "trong cơ quan"), lines);
        assertEquals("Chuyển đổi số", LineWrap.visible(lines.get(0)));
    }

    @Test
    void aSpaceAtTheEndOfTheLineTakesNoRoom() {
        // "số" fits exactly; the space after it must not push it onto the next line
        assertEquals(List.of("Chuyển đổi số ", "trong"), WRAP.lines("Chuyển đổi số trong", room("Chuyển đổi số")));
    }

    @Test
    void aHyphenBetweenWordsMayEndALineAndKeepsNoSpace() {
        assertEquals(List.of("Nghị quyết 57-", "NQ/TW"), WRAP.lines("Nghị quyết 57-NQ/TW", room("Nghị quyết 57-NQ")));
        assertEquals(List.of("92/KH-", "UBND"), WRAP.lines("92/KH-UBND", room("92/KH-UB")));
    }

    @Test
    void aHyphenBetweenDigitsOrBeforeASpaceIsNoPlaceToBreak() {
        // "16-18" stays whole: the line breaks at the space before it
        assertEquals(List.of("Ngày ", "16-18"), WRAP.lines("Ngày 16-18", room("Ngày 16-1")));
        // "Dũng- PCT": the break is at the space, which stays with the line
        assertEquals(List.of("Minh Dũng- ", "PCT"), WRAP.lines("Minh Dũng- PCT", room("Minh Dũng- P")));
    }

    @Test
    void aWordWiderThanTheLineBreaksWhereTheLineIsFull() {
        String word = "Chuyểnđổisốtrongcơquan";
        List<String> lines = WRAP.lines(word, room("Chuyểnđổi"));
        assertEquals("Chuyểnđổi", lines.get(0));
        assertEquals(word, String.join("", lines));
        lines.forEach(l -> assertTrue(WRAP.width(l) <= room("Chuyểnđổi"), l));
    }

    @Test
    void aWordExactlyAsWideAsTheLineIsNotBroken() {
        String word = "chuyển";
        assertEquals(List.of(word), WRAP.lines(word, WRAP.width(word)));
    }

    @Test
    void linesTypedByHandAreKeptAndEmptyOnesTakeALine() {
        assertEquals(List.of("- Phòng Văn hóa", "", "- Công an"), WRAP.lines("- Phòng Văn hóa\r\n\n- Công an", 500));
        assertEquals(List.of(""), WRAP.lines("", 100));
        assertEquals(List.of(""), WRAP.lines(null, 100));
    }

    @Test
    void everyLineFitsAndNothingIsLost() {
        String text = "Triển khai quy định trách nhiệm người đứng đầu các cơ quan nhà nước trực tiếp phụ trách, lãnh "
                + "đạo, chỉ đạo triển khai nhiệm vụ về phát triển khoa học, công nghệ, đổi mới sáng tạo";
        float width = 150;
        List<String> lines = WRAP.lines(text, width);
        assertTrue(lines.size() > 3);
        for (int i = 0; i < lines.size(); i++) {
            String line = LineWrap.visible(lines.get(i));
            assertTrue(WRAP.width(line) <= width, line);
            if (i + 1 < lines.size()) {
                // greedy: the next line's first word would not have fitted
                String next = lines.get(i + 1).split(" ")[0];
                assertTrue(WRAP.width(line + " " + next) > width, line + " | " + next);
            }
        }
        assertEquals(text, String.join("", lines));
    }

    @Test
    void decomposedLettersAreSetComposed() {
        String decomposed = Normalizer.normalize("Chuyển đổi số", Normalizer.Form.NFD);
        assertEquals(List.of("Chuyển đổi số"), WRAP.lines(decomposed, 500));
    }
}
