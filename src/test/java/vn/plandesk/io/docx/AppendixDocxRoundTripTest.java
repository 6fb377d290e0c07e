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
import vn.plandesk.model.TaskRef;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.PlanRef;
import vn.plandesk.model.PlanDocument;
import vn.plandesk.service.SampleLibrary;

/** Export to Word and import the file back: the same tasks field by field and the same plan details. */
public class AppendixDocxRoundTripTest {

    @ParameterizedTest
    // the 2026 plan prints its lettered tasks in its body, as seed 004 does, and has no task appendix
    @ValueSource(strings = {"province-2025-appendix-ii.json", "kh92-2025-partial.json", "chon-thanh-ward-plan.json",
            "province-2026-plan.json"})
    void everyBundledPlanComesBackFromWord(String sample) {
        Plan plan = new SampleLibrary().plan(sample);
        AppendixImport back = new AppendixDocxReader().read(new PlanDocxWriter().write(plan), sample + ".docx");

        assertTrue(back.sure(), () -> "mapping not sure: " + back.mappings());
        assertEquals(List.of(), back.warnings());
        AppendixXlsxRoundTripTest.assertSameTables(parentCitedAsPrinted(plan), back.plan());
        if (PlanDocument.BODY.presentIn(plan)) {
            assertSameDetails(plan, back.plan());
        } else {
            // a plan known only by its appendix prints no body: the appendix's "(Kèm theo …)" line says which plan
            assertEquals(plan.ref(), back.plan().ref());
        }
    }

    /**
     * The plan as its ward appendix prints it: the column headers cite the parent plan's issuer by its level only
     * ("… của UBND tỉnh)", as seed 002 does), so that is what a reader of the file gets back.
     */
    public static Plan parentCitedAsPrinted(Plan plan) {
        return plan.withGroups(plan.groups().stream().map(g -> g.withTasks(g.tasks().stream()
                .map(AppendixDocxRoundTripTest::parentCitedAsPrinted).toList())).toList());
    }

    private static PlanTask parentCitedAsPrinted(PlanTask t) {
        TaskRef ref = t.parentRef();
        List<PlanTask> subTasks = t.subTasks().stream().map(AppendixDocxRoundTripTest::parentCitedAsPrinted).toList();
        TaskRef printed = ref == null ? null : new TaskRef(new PlanRef(ref.plan().number(), ref.plan().symbol(),
                ref.plan().date(), ref.plan().issuer().replaceFirst(
                        "^((?:UBND|Ủy ban nhân dân) (?:tỉnh|thành phố|huyện|quận|thị xã))\\s+\\S.*$", "$1")),
                ref.number());
        return new PlanTask(t.id(), t.number(), t.name(), t.leader(), t.leadUnits(), t.coordinatingUnits(), t.result(),
                t.deadline(), t.role(), printed, t.note(), t.flags(), subTasks, t.start());
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
