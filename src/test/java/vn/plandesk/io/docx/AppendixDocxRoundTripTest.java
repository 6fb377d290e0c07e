package vn.plandesk.io.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.plandesk.io.table.AppendixImport;
import vn.plandesk.io.table.AppendixTable;
import vn.plandesk.io.table.AppendixTables;
import vn.plandesk.io.xlsx.AppendixXlsxRoundTripTest;
import vn.plandesk.model.Plan;
import vn.plandesk.service.SampleLibrary;

/** Export to Word and import the file back: the same tasks field by field and the same plan details. */
public class AppendixDocxRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {"province-2025-appendix-ii.json", "kh92-2025-partial.json", "chon-thanh-ward-plan.json",
            "province-2026-plan.json"})
    void everyBundledPlanComesBackFromWord(String sample) {
        Plan plan = new SampleLibrary().plan(sample);
        AppendixImport back = new AppendixDocxReader().read(new PlanDocxWriter().write(plan), sample + ".docx");

        assertTrue(back.sure(), () -> "mapping not sure: " + back.mappings());
        assertEquals(List.of(), back.warnings());
        AppendixXlsxRoundTripTest.assertSameTables(plan, back.plan());
        assertSameDetails(plan, back.plan());
    }

    /** What the head and the end of the document state. */
    public static void assertSameDetails(Plan expected, Plan actual) {
        assertEquals(expected.issuingOrgan(), actual.issuingOrgan(), "issuing organ");
        assertEquals(expected.parentOrgan(), actual.parentOrgan(), "parent organ");
        assertEquals(expected.number(), actual.number(), "number");
        assertEquals(expected.symbol(), actual.symbol(), "symbol");
        assertEquals(expected.issueDate(), actual.issueDate(), "date");
        assertEquals(expected.locality(), actual.locality(), "locality");
        assertEquals(expected.documentType(), actual.documentType(), "document type");
        assertEquals(expected.summary(), actual.summary(), "trích yếu");
        assertEquals(expected.legalBases(), actual.legalBases(), "căn cứ");
        assertEquals(recipients(expected), recipients(actual), "nơi nhận");
        assertEquals(expected.signer(), actual.signer(), "signer");
        if (expected.appendixTitles().isEmpty()) {
            // a plan without titles of its own prints the default ones, which may be read back
            List<String> printed = AppendixTables.of(expected).stream().map(AppendixTable::title).toList();
            assertTrue(actual.appendixTitles().isEmpty() || actual.appendixTitles().equals(printed),
                    () -> "appendix titles " + actual.appendixTitles());
        } else {
            assertEquals(expected.appendixTitles(), actual.appendixTitles(), "appendix titles");
        }
        assertEquals(expected.kind(), actual.kind(), "kind");
        assertEquals(expected.numbering(), actual.numbering(), "numbering");
    }

    /** The writers end every recipient with ";" and the last with ".", as the Decree prints the list. */
    private static List<String> recipients(Plan plan) {
        return plan.recipients().stream().map(r -> r.replaceAll("[;.]+$", "")).toList();
    }
}
