package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The officer's lines of the matching dictionary: added to the shipped ones (and replacing a shipped line of the same
 * phrase), lines that are no "phrase = meaning" ignored without a fault, and a longer phrase read before a shorter one
 * it starts with.
 */
class MatchDictionaryLinesTest {

    @Test
    void theOfficersLinesAreAddedToTheShippedOnesAndReplaceTheirPhrase() {
        MatchDictionary shipped = MatchDictionary.shipped();
        Map<String, String> before = shipped.lines();
        assertTrue(before.size() > 3);
        String phrase = before.keySet().iterator().next();
        MatchDictionary own = shipped.with("NVHKP = nhà văn hóa khu phố\n" + phrase + " = nghĩa của phường");
        Map<String, String> lines = own.lines();
        assertEquals(before.size() + 1, lines.size(), "one new phrase, one replaced");
        assertEquals("nhà văn hóa khu phố", lines.get("NVHKP"));
        assertEquals("nghĩa của phường", lines.get(phrase));
        assertEquals(before, shipped.lines(), "the shipped dictionary is left as it was");
        assertEquals(before, shipped.with(null).lines());
    }

    @Test
    void linesThatAreNoPhraseAndMeaningAreIgnored() {
        MatchDictionary d = MatchDictionary.shipped();
        MatchDictionary own = d.with(String.join("\n", "# ghi chú = không phải dòng", "không có dấu bằng", "= nghĩa",
                "cụm từ =", "   ", "VNeID = ứng dụng định danh điện tử"));
        assertEquals(d.lines().size() + 1, own.lines().size());
        assertEquals("ứng dụng định danh điện tử", own.lines().get("VNeID"));
    }

    @Test
    void aLongerPhraseIsReadBeforeTheShorterOneItStartsWith() {
        MatchDictionary d = MatchDictionary.shipped().with("dvc = dịch vụ công\ndvc tt = dịch vụ công trực tuyến");
        String read = d.expand("cung cấp dvc tt mức độ 4").replaceAll("\\s+", " ").strip();
        assertEquals("cung cấp dịch vụ công trực tuyến mức độ 4", read);
        assertEquals("cung cấp dịch vụ công", d.expand("cung cấp dvc").replaceAll("\\s+", " ").strip());
    }
}
