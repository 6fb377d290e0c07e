package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.service.SampleLibrary;

/** The officer extends the matching dictionary; the lines are kept in the store folder and change the mapping. */
class OfficerDictionaryTest {
    @TempDir
    Path dir;

    @Test
    void abbreviationsMeetTheirLongForm() {
        MatchDictionary d = MatchDictionary.shipped();
        assertEquals(" cán bộ công chức viên chức  và  thủ tục hành chính ",
                d.expand(VietnameseText.lower("CBCCVC và TTHC")));
        assertEquals("hóa thủy", VietnameseText.lower("Hoá Thuỷ"), "old and new tone placement are one");
    }

    @Test
    void theOfficersLinesAreKeptAndRead() {
        OfficerDictionary officer = new OfficerDictionary(dir);
        assertEquals("", officer.text());
        officer.save("# my ward\nVNeID = định danh điện tử\nTTHC = thủ tục hành chính công\n");
        OfficerDictionary reopened = new OfficerDictionary(dir);
        assertTrue(reopened.text().contains("VNeID"));
        MatchDictionary d = reopened.dictionary();
        assertEquals("định danh điện tử", d.lines().get("VNeID"));
        assertEquals("thủ tục hành chính công", d.lines().get("TTHC"), "the officer's line wins over the shipped one");
        assertTrue(OfficerDictionary.shippedText().contains("CĐS = chuyển đổi số"));
    }

    @Test
    void theServiceOffersTheOfficersLinesOnlyOnceTheStoreKeepsThem() {
        // the Tools menu lists the dictionary only for a service that has them
        DerivationService service = new DerivationService(null, null);
        assertTrue(service.dictionary().isEmpty());
        OfficerDictionary officer = new OfficerDictionary(dir);
        service.useDictionary(officer);
        assertSame(officer, service.dictionary().orElseThrow());
    }

    @Test
    void savingNoTextEmptiesTheOfficersLines() {
        OfficerDictionary officer = new OfficerDictionary(dir);
        officer.save("VNeID = định danh điện tử");
        officer.save(null);
        assertEquals("", new OfficerDictionary(dir).text());
        assertEquals(MatchDictionary.shipped().lines(), new OfficerDictionary(dir).dictionary().lines());
    }

    @Test
    void aLineOfTheOfficerChangesTheProposal() {
        SampleLibrary samples = new SampleLibrary();
        Plan kh92 = samples.plan("kh92-2025-partial.json");
        Plan next = samples.plan("province-2026-plan.json");
        List<ParentTask> olds = ParentTask.of(kh92);
        List<ParentTask> news = ParentTask.of(next);
        // KH 92 task 13 (ward task 11) trains CBCCVC in digital skills; 4.đ) is the digital workforce of agencies
        ParentTask task13 = ParentTask.find(olds, "13").orElseThrow();
        int point = news.indexOf(ParentTask.find(news, "4.đ)").orElseThrow());
        double before = PointMatcher.of(olds, news, MatchDictionary.shipped()).scores(task13, news)[point];
        MatchDictionary mine = MatchDictionary.shipped().with("kỹ năng số = kỹ năng số nhân lực chuyển đổi số");
        double after = PointMatcher.of(olds, news, mine).scores(task13, news)[point];
        assertTrue(after > before, before + " → " + after);
    }
}
