package vn.plandesk.io.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.plandesk.io.docx.AppendixDocxRoundTripTest;
import vn.plandesk.io.table.AppendixImport;
import vn.plandesk.io.xlsx.AppendixXlsxRoundTripTest;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDocument;
import vn.plandesk.service.SampleLibrary;

/** Print every bundled plan to PDF and read the file back: the same tasks field by field and the same details. */
class AppendixPdfRoundTripTest {

    @ParameterizedTest
    // the 2026 plan prints its lettered tasks in its body, as seed 004 does, and has no task appendix
    @ValueSource(strings = {"province-2025-appendix-ii.json", "kh92-2025-partial.json", "chon-thanh-ward-plan.json",
            "province-2026-plan.json"})
    void everyBundledPlanComesBackFromItsPdf(String sample) {
        Plan plan = new SampleLibrary().plan(sample);
        AppendixImport back = new AppendixPdfReader().read(pdf(plan), sample + ".pdf");

        assertTrue(back.sure(), () -> "mapping not sure: " + back.mappings());
        assertEquals(List.of(), back.warnings());
        AppendixXlsxRoundTripTest.assertSameTables(AppendixDocxRoundTripTest.parentCitedAsPrinted(plan), back.plan());
        if (PlanDocument.BODY.presentIn(plan)) {
            AppendixDocxRoundTripTest.assertSameDetails(plan, back.plan());
        } else {
            // a plan known only by its appendix prints no body: the appendix's "(Kèm theo …)" line says which plan
            assertEquals(plan.ref(), back.plan().ref());
            assertEquals(plan.appendixTitles(), back.plan().appendixTitles());
        }
    }

    static byte[] pdf(Plan plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<PlanDocument> docs = Arrays.stream(PlanDocument.values()).filter(d -> d.presentIn(plan)).toList();
        new PlanPdfWriter(2026).write(plan, docs, out);
        return out.toByteArray();
    }
}
