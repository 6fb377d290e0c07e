package vn.plandesk.io.docx;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.plandesk.io.table.OrganName;
import vn.plandesk.io.table.TableFont;
import vn.plandesk.model.Signer;

/**
 * What every official document printed to Word has, a plan or a report: A4 sections portrait or turned with the
 * Decree's margins and the page number centred in the top margin (none on a section's first page), the two-column
 * header, and "Nơi nhận:" beside the signature block.
 */
final class OfficialDocx {
    static final Locale VI = Locale.forLanguageTag("vi");
    static final int PORTRAIT_TEXT = PlanDocxWriter.A4_SHORT - PlanDocxWriter.LEFT - PlanDocxWriter.RIGHT;
    static final int LANDSCAPE_TEXT = PlanDocxWriter.A4_LONG - PlanDocxWriter.LEFT - PlanDocxWriter.RIGHT;

    private OfficialDocx() {
    }

    /** A page number centred in the top margin on every page but a section's first, whose header is empty. */
    static List<CTHdrFtrRef> pageNumberHeaders(XWPFDocument doc, CTSectPr last) {
        XWPFHeader numbered = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = numbered.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        Runs.field(p, "PAGE", 13);
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        first.createParagraph();
        return List.of(last.getHeaderReferenceArray());
    }

    static void page(CTSectPr s, boolean landscape, List<CTHdrFtrRef> headers) {
        if (s.sizeOfHeaderReferenceArray() == 0) {
            for (CTHdrFtrRef h : headers) {
                CTHdrFtrRef ref = s.addNewHeaderReference();
                ref.setType(h.getType());
                ref.setId(h.getId());
            }
        }
        CTPageSz size = s.isSetPgSz() ? s.getPgSz() : s.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? PlanDocxWriter.A4_LONG : PlanDocxWriter.A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? PlanDocxWriter.A4_SHORT : PlanDocxWriter.A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar m = s.isSetPgMar() ? s.getPgMar() : s.addNewPgMar();
        m.setTop(BigInteger.valueOf(PlanDocxWriter.TOP));
        m.setBottom(BigInteger.valueOf(PlanDocxWriter.BOTTOM));
        m.setLeft(BigInteger.valueOf(PlanDocxWriter.LEFT));
        m.setRight(BigInteger.valueOf(PlanDocxWriter.RIGHT));
        m.setHeader(BigInteger.valueOf(mm(10)));
        m.setFooter(BigInteger.valueOf(mm(10)));
        m.setGutter(BigInteger.ZERO);
        if (!s.isSetTitlePg()) {
            s.addNewTitlePg();
        }
    }

    private static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    /** The Quốc hiệu's type size, the organ's unless its name is long ({@link OrganName}). */
    private static final int ORGAN_POINTS = OrganName.SIZE;
    /** The left and right margins of a borderless table's cell ({@link Tables#borderless}: 60 twips each). */
    private static final double CELL_MARGINS_POINTS = 6;

    /** The organ and the Quốc hiệu side by side, with "Số" and the place and date level under them. */
    static void header(XWPFDocument doc, String parentOrgan, String issuingOrgan, String numberLine,
                       String placeAndDate) {
        int left = mm(65);
        int points = OrganName.size(parentOrgan, issuingOrgan, left / 20.0 - CELL_MARGINS_POINTS);
        if (points != OrganName.SIZE) {
            // set smaller, on one line, its column widened as far as the Quốc hiệu beside it allows, as the PDF does;
            // Word wrapped "SỞ KHOA HỌC VÀ CÔNG NGHỆ" as "CÔNG / NGHỆ"
            int need = (int) Math.ceil((OrganName.widest(parentOrgan, issuingOrgan, points) + CELL_MARGINS_POINTS + 1)
                    * 20);
            int nation = (int) Math.ceil((TableFont.width(NATION, true, ORGAN_POINTS) + CELL_MARGINS_POINTS + 1) * 20);
            left = Math.max(left, Math.min(need, PORTRAIT_TEXT - nation));
        }
        int right = PORTRAIT_TEXT - left;
        XWPFTable t = Tables.borderless(doc, 2, new int[] {left, right});
        XWPFTableCell organ = t.getRow(0).getCell(0);
        XWPFParagraph p = Tables.firstParagraph(organ);
        p.setAlignment(ParagraphAlignment.CENTER);
        boolean first = true;
        if (!parentOrgan.isEmpty()) {
            Runs.lines(p, parentOrgan.toUpperCase(VI), points, false, false);
            first = false;
        }
        for (String line : issuingOrgan.split("\n")) {
            if (!first) {
                Runs.lineBreak(p);
            }
            Runs.add(p, line.toUpperCase(VI), points, true, false);
            first = false;
        }
        Rules.shortRule(organ.addParagraph(), left, 0.4);
        XWPFTableCell nation = t.getRow(0).getCell(1);
        XWPFParagraph q = Tables.firstParagraph(nation);
        q.setAlignment(ParagraphAlignment.CENTER);
        Runs.add(q, NATION, ORGAN_POINTS, true, false);
        XWPFParagraph motto = nation.addParagraph();
        motto.setAlignment(ParagraphAlignment.CENTER);
        Runs.add(motto, "Độc lập - Tự do - Hạnh phúc", 14, true, false);
        Rules.shortRule(nation.addParagraph(), right, 0.62);
        XWPFParagraph number = Tables.firstParagraph(t.getRow(1).getCell(0));
        number.setAlignment(ParagraphAlignment.CENTER);
        Runs.add(number, numberLine, 13, false, false);
        XWPFParagraph date = Tables.firstParagraph(t.getRow(1).getCell(1));
        date.setAlignment(ParagraphAlignment.CENTER);
        Runs.add(date, placeAndDate, 14, false, true);
    }

    /** "Nơi nhận" and its lines as printed ("- …;") on the left, level with the signature title on the right. */
    static void signature(XWPFDocument doc, List<String> recipientLines, Signer signer) {
        // the block never stands alone nor is cut: the text's last paragraph goes over with it, as in the PDF (the
        // 2026 plan's signature was cut from its recipients and name across pages 10 and 11)
        List<XWPFParagraph> before = doc.getParagraphs();
        if (!before.isEmpty()) {
            before.get(before.size() - 1).setKeepNext(true);
        }
        int left = mm(80);
        XWPFTable t = Tables.borderless(doc, 1, new int[] {left, PORTRAIT_TEXT - left});
        Tables.keepWhole(t.getRow(0));
        XWPFTableCell to = t.getRow(0).getCell(0);
        XWPFParagraph head = Tables.firstParagraph(to);
        head.setSpacingBefore(240);
        Runs.add(head, "Nơi nhận:", 12, true, true);
        for (String r : recipientLines) {
            Runs.add(to.addParagraph(), r, 11, false, false);
        }
        XWPFTableCell sign = t.getRow(0).getCell(1);
        XWPFParagraph auth = Tables.firstParagraph(sign);
        auth.setAlignment(ParagraphAlignment.CENTER);
        auth.setSpacingBefore(240);
        boolean first = true;
        for (String a : signer.authority()) {
            if (!first) {
                Runs.lineBreak(auth);
            }
            Runs.add(auth, a.toUpperCase(VI), 14, true, false);
            first = false;
        }
        if (!signer.title().isEmpty()) {
            if (!first) {
                Runs.lineBreak(auth);
            }
            Runs.add(auth, signer.title().toUpperCase(VI), 14, true, false);
        }
        XWPFParagraph name = sign.addParagraph();
        name.setAlignment(ParagraphAlignment.CENTER);
        name.setSpacingBefore(1700); // room for the signature and the seal
        Runs.add(name, signer.name(), 14, true, false);
    }

    private static int mm(double millimetres) {
        return PlanDocxWriter.mm(millimetres);
    }
}
