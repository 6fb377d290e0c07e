package vn.plandesk.io.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/**
 * The rules a page draws, as the text stripper's path operators hand them to {@link PageContent}: in page space through
 * the current transformation, from the top of the page, stroked segments and thin filled rectangles, not curves, not
 * what only clips.
 */
class PathOperatorsTest {

    @Test
    void rulesAreTakenInPageSpaceFromStrokesAndThinFills() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(600, 800));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.saveGraphicsState();
                cs.transform(Matrix.getTranslateInstance(100, 0));
                cs.moveTo(0, 700);
                cs.lineTo(200, 700);
                cs.stroke();                   // a horizontal rule at y 700, moved right by 100
                cs.restoreGraphicsState();
                cs.addRect(50, 400, 1, 300);
                cs.fill();                     // a thin filled rectangle: a vertical rule
                cs.addRect(50, 100, 100, 100);
                cs.fill();                     // a shaded box: no rule
                cs.moveTo(10, 50);
                cs.curveTo(20, 60, 30, 60, 40, 50);
                cs.stroke();                   // a curve: no rule
                cs.addRect(0, 0, 300, 300);
                cs.clip();                     // a clip draws nothing
                cs.moveTo(300, 10);
                cs.lineTo(300, 90);
                cs.closeAndStroke();           // there and back: two vertical segments
            }
            doc.save(out);
        }
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            List<PageContent.Line> lines = PageGlyphs.of(doc, 1, 1).get(0).content().lines();
            assertEquals(List.of(
                    new PageContent.Line(true, 100, 100, 300),
                    new PageContent.Line(false, 50.5f, 100, 400),
                    new PageContent.Line(false, 300, 710, 790),
                    new PageContent.Line(false, 300, 710, 790)), lines);
        }
    }
}
