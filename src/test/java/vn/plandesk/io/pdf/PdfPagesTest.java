package vn.plandesk.io.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.PlanDocument;
import vn.plandesk.service.SyntheticPlan;

/** A long appendix's pages read on several threads give what they give read one after another on one. */
class PdfPagesTest {

    @Test
    void pagesReadOnSeveralThreadsAreThePagesReadOnOne() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlanPdfWriter(2026).write(SyntheticPlan.generate(700, 57L), List.of(PlanDocument.TASKS), out);
        byte[] file = out.toByteArray();

        List<PdfPages.Page> one;
        List<PdfPages.Page> three;
        try (PDDocument doc = Loader.loadPDF(file)) {
            one = PdfPages.read(file, doc, 1);
        }
        try (PDDocument doc = Loader.loadPDF(file)) {
            three = PdfPages.read(file, doc, 3);
        }

        assertTrue(one.size() >= 80, () -> "too few pages to share: " + one.size());
        assertEquals(one.size(), three.size());
        for (int p = 0; p < one.size(); p++) {
            assertEquals(one.get(p).glyphs(), three.get(p).glyphs(), "glyphs of page " + (p + 1));
            assertEquals(one.get(p).width(), three.get(p).width());
            assertEquals(rows(one.get(p).table()), rows(three.get(p).table()), "table of page " + (p + 1));
        }
    }

    private static List<String> rows(RuledTable table) {
        return table == null ? List.of() : table.rows.stream()
                .map(r -> r.cells() + " " + Arrays.toString(r.mergedDown())).toList();
    }
}
