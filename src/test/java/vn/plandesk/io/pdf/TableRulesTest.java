package vn.plandesk.io.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDocument;
import vn.plandesk.service.SampleLibrary;

/**
 * The rules of a printed task appendix line up: each column's rule at one place down the whole page, one rule (not
 * two side by side) between rows. A group row and its first task are laid out together as one block inside the
 * table; its rules were drawn a hair to the right of the table's and doubled above and below it.
 */
class TableRulesTest {
    /** Rules closer than this but not at the same place are two rules where the page should draw one. */
    private static final float NEAR = 1.2f;
    private static final float SAME = 0.05f;

    @Test
    void everyRuleOfTheAppendixLinesUpAndNoneIsDoubled() throws Exception {
        for (Plan plan : new SampleLibrary().plans()) {
            if (!AppendixPdf.appendicesOf(plan).contains(PlanDocument.TASKS)) {
                continue; // the 2026 plan prints its tasks in its body
            }
            byte[] pdf = PlanPdfWriterTest.print(plan, PlanDocument.TASKS);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                int pages = Math.min(3, doc.getNumberOfPages());
                for (PageGlyphs.Page page : PageGlyphs.of(doc, 1, pages)) {
                    List<PageContent.Line> lines = page.content().lines();
                    assertFalse(lines.isEmpty());
                    assertNoNeighbours(plan, lines.stream().filter(l -> !l.horizontal()).toList(), "columns");
                    assertNoNeighbours(plan, lines.stream().filter(PageContent.Line::horizontal).toList(), "rows");
                }
            }
        }
    }

    /** No two rules of one direction that overlap along their length lie apart by less than {@link #NEAR}. */
    private static void assertNoNeighbours(Plan plan, List<PageContent.Line> rules, String what) {
        List<String> doubled = new ArrayList<>();
        for (PageContent.Line a : rules) {
            for (PageContent.Line b : rules) {
                float apart = Math.abs(a.at() - b.at());
                boolean overlap = Math.min(a.to(), b.to()) - Math.max(a.from(), b.from()) > 1;
                if (apart > SAME && apart < NEAR && overlap) {
                    doubled.add(a.at() + "/" + b.at());
                }
            }
        }
        assertTrue(doubled.isEmpty(), plan.summary() + ": rules of the " + what + " side by side at "
                + new TreeSet<>(doubled));
    }
}
