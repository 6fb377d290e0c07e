package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

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
}
