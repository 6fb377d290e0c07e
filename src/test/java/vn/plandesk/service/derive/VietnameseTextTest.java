package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Task text as the replacement mapping reads it: "hoá" and "hóa" (the old and the new place of the tone) are one word
 * whatever the case, while a tone elsewhere stays (only "oa", "oe" and "uy" move it); a list of sectors is found
 * wherever it stands in a point, the longest list when there are two, and a "như" starts a list of its own.
 */
class VietnameseTextTest {

    @Test
    void theOldAndNewPlaceOfTheToneReadAlike() {
        assertEquals("văn hóa", VietnameseText.lower("Văn hoá"));
        assertEquals("văn hóa", VietnameseText.lower("VĂN HOÁ"));
        assertEquals("hòa nhập", VietnameseText.lower("hoà nhập"));
        assertEquals("đồ họa", VietnameseText.lower("đồ hoạ"));
        assertEquals("thủy lợi", VietnameseText.lower("thuỷ lợi"));
        assertEquals("sức khỏe", VietnameseText.lower("sức khoẻ"));
        assertEquals("khóe mắt", VietnameseText.lower("khoé mắt"), "the rising tone on e");
        assertEquals("tinh túy", VietnameseText.lower("tinh tuý"), "the rising tone on y");
        assertEquals("thủy", VietnameseText.lower("thuỷ"), "at the end of the text");
        assertEquals("hóa,", VietnameseText.lower("hoá,"), "before a comma");
    }

    @Test
    void aToneThatIsNotOnOaOeUyAtAWordsEndStaysWhereItIs() {
        assertEquals("hoa sen", VietnameseText.lower("hoa sen"), "no tone: nothing to move");
        assertEquals("hoàn thành", VietnameseText.lower("hoàn thành"), "\"oà\" inside a word");
        assertEquals("toán học", VietnameseText.lower("toán học"));
        assertEquals("xóa", VietnameseText.lower("xóa"), "already the new place");
        assertEquals("khuya", VietnameseText.lower("khuya"));
        assertEquals("quá", VietnameseText.lower("quá"), "\"ua\" keeps its tone on the a");
        assertEquals("hoỳ", VietnameseText.lower("hoỳ"), "\"oy\" is no rhyme of the language: left as typed");
        assertEquals("", VietnameseText.lower(null));
    }

    @Test
    void aListAtTheStartOfATextIsReadOnceForEachName() {
        String text = "nông nghiệp, công nghiệp, thương mại, y tế";
        assertEquals(List.of("nông nghiệp", "công nghiệp", "thương mại", "y tế"), VietnameseText.listNames(text));
        assertEquals(List.of(" nông nghiệp,", " công nghiệp,", " thương mại,", " y tế,"),
                VietnameseText.listVariants(text), "nothing before the list, nothing after it");
    }

    @Test
    void ofTwoListsTheLongerIsReadAndANhuStartsAListOfItsOwn() {
        String text = "xã, phường, thị trấn, ấp, các lĩnh vực như y tế, giáo dục, du lịch, nông nghiệp, công nghiệp";
        assertEquals(List.of("y tế", "giáo dục", "du lịch", "nông nghiệp", "công nghiệp"),
                VietnameseText.listNames(text));
        List<String> variants = VietnameseText.listVariants(text);
        assertEquals(5, variants.size());
        assertEquals("xã, phường, thị trấn, ấp, các lĩnh vực như  du lịch,", variants.get(2));

        String firstLonger = "xã, phường, thị trấn, ấp, khu phố, hoàn thiện hạ tầng số của địa phương, y tế, giáo dục,"
                + " du lịch, nông nghiệp";
        assertEquals(List.of("xã", "phường", "thị trấn", "ấp", "khu phố"), VietnameseText.listNames(firstLonger));
        String twoOfFour = "xã, phường, thị trấn, ấp, hoàn thiện hạ tầng số của địa phương, y tế, giáo dục, du lịch,"
                + " nông nghiệp";
        assertEquals(List.of("xã", "phường", "thị trấn", "ấp"), VietnameseText.listNames(twoOfFour),
                "of two lists as long, the first");
        String bothInside = "hoàn thiện hạ tầng số, xã, phường, thị trấn, ấp, phát triển kinh tế trọng điểm, y tế, giáo"
                + " dục, du lịch, nông nghiệp, công nghiệp";
        assertEquals(List.of("y tế", "giáo dục", "du lịch", "nông nghiệp", "công nghiệp"),
                VietnameseText.listNames(bothInside), "the longer, though neither opens the text");
    }

    @Test
    void aListThatOpensWithNhuRightAfterItsCommaStillReadsItsFirstName() {
        // "…, như y tế, …": the comma ends the phrase and "như" opens the list; its first name is "y tế"
        String text = "phát triển các ngành, như y tế, giáo dục, văn hóa, du lịch";
        assertEquals(List.of("y tế", "giáo dục", "văn hóa", "du lịch"), VietnameseText.listNames(text));
        List<String> variants = VietnameseText.listVariants(text);
        assertEquals(4, variants.size());
        assertEquals("phát triển các ngành, như  y tế,", variants.get(0), "the words before the list and its \"như\" kept");
    }

    @Test
    void fourShortNamesAreAListAndTheDotsThatCloseItAreNoName() {
        assertEquals(List.of("y tế", "giáo dục", "du lịch", "văn hóa"),
                VietnameseText.listNames("phát triển các ngành như y tế, giáo dục, du lịch, văn hóa..."),
                "the first name is what follows \"như\"");
        assertEquals(List.of(), VietnameseText.listNames("y tế, giáo dục, du lịch"));
        assertEquals(List.of(), VietnameseText.listVariants("y tế, giáo dục, du lịch"));
        assertEquals(List.of(), VietnameseText.listNames("Ứng dụng công nghệ số trong quản lý, y tế, giáo dục, du lịch"),
                "three names after the point's own words are no list either");
    }
}
