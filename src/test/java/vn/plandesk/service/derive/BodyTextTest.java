package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.BodySection;

class BodyTextTest {
    @Test
    void theSectionsOfSeed002SurviveTheRoundTripThroughText() {
        var sections = WardDerivationTest.CHON_THANH.sections();
        assertEquals(sections, BodyText.parse(BodyText.format(sections)));
        var drafted = WardPlanDraft.body(WardDerivationTest.KH92, WardDerivationTest.CHON_THANH_WARD).sections();
        assertEquals(drafted, BodyText.parse(BodyText.format(drafted)));
    }

    @Test
    void readsTheOfficersEdits() {
        var parsed = BodyText.parse("# I. MỤC ĐÍCH\nMột.\n\n## 1. Con\nHai.\n# II. KINH PHÍ\nBa.");
        assertEquals(2, parsed.size());
        assertEquals("I. MỤC ĐÍCH", parsed.get(0).heading());
        assertEquals("1. Con", parsed.get(0).sections().get(0).heading());
        assertEquals("Hai.", parsed.get(0).sections().get(0).paragraphs().get(0));
        assertEquals("Ba.", parsed.get(1).paragraphs().get(0));
    }

    @Test
    void eachLineGoesUnderTheHeadingAboveItAndBlankLinesAreNothing() {
        String typed = String.join("\n", "", "  ", "Lời mở đầu.", "# I. MỤC ĐÍCH", "", "Một.", "## 1. Mục đích",
                "Hai.", "##", "Ba.", "# II. NHIỆM VỤ", "## 1. Chung", "Bốn.", "#", "Năm.", "## 2. Riêng");
        assertEquals(List.of(
                new BodySection("", List.of("Lời mở đầu.")),
                new BodySection("I. MỤC ĐÍCH", List.of("Một."), List.of(
                        new BodySection("1. Mục đích", List.of("Hai.")),
                        new BodySection("", List.of("Ba.")))),
                new BodySection("II. NHIỆM VỤ", List.of(), List.of(new BodySection("1. Chung", List.of("Bốn.")))),
                new BodySection("", List.of("Năm."), List.of(new BodySection("2. Riêng", List.of())))),
                BodyText.parse(typed));
        assertEquals(List.of(), BodyText.parse("\n \n"));
        assertEquals(List.of(), BodyText.parse(null));
    }
}
