package vn.plandesk.io.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Year;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.plandesk.io.table.ColumnBalance;
import vn.plandesk.io.table.ReportLayout;
import vn.plandesk.io.table.TableFont;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.report.ReportAppendix;

/**
 * Writes a report as a Word document in the official layout, as the plan is written and with the same blocks: the
 * report on A4 portrait (header, BÁO CÁO and its trích yếu, Kính gửi, sections, Word footnotes for the citations
 * "[^n]", closing, Nơi nhận beside the signature), then each appendix in a section of its own, turned when its table
 * is wide, its header row repeated on every page and no row split.
 */
public final class ReportDocx {
    private static final int BODY_POINTS = 14;
    private static final int TABLE_POINTS = 12;
    private static final int NOTE_POINTS = 10;
    private static final String SUPERSCRIPT = "superscript";

    private final int fallbackYear;

    /** @param fallbackYear the year in the blanks of an undated report that names no period nor day of its figures */
    public ReportDocx(int fallbackYear) {
        this.fallbackYear = fallbackYear;
    }

    public ReportDocx() {
        this(Year.now().getValue());
    }

    public byte[] write(Report report) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Runs.defaults(doc);
            CTSectPr last = doc.getDocument().getBody().addNewSectPr();
            List<CTHdrFtrRef> headers = OfficialDocx.pageNumberHeaders(doc, last);
            List<ReportAppendix> appendices = report.appendices();
            body(doc, report);
            // a section's properties stand in its last paragraph; the last section's in the body
            CTSectPr bodySection = appendices.isEmpty() ? last
                    : doc.createParagraph().getCTP().addNewPPr().addNewSectPr();
            OfficialDocx.page(bodySection, false, headers);
            for (int i = 0; i < appendices.size(); i++) {
                ReportAppendix a = appendices.get(i);
                boolean landscape = ReportLayout.landscape(a);
                appendix(doc, a, landscape);
                CTSectPr s = i == appendices.size() - 1 ? last
                        : doc.createParagraph().getCTP().addNewPPr().addNewSectPr();
                OfficialDocx.page(s, landscape, headers);
                s.addNewPgNumType().setStart(BigInteger.ONE);
            }
            doc.getProperties().getCoreProperties().setTitle(report.summary());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void body(XWPFDocument doc, Report report) {
        int year = ReportLayout.draftYear(report, fallbackYear);
        OfficialDocx.header(doc, report.parentOrgan(), report.issuingOrgan(),
                "Số: " + (report.number().isEmpty() ? "      " : PlanDocxWriter.twoDigits(report.number())) + "/"
                        + report.symbol(),
                PlanDocxWriter.placeAndDate(report.locality(), report.date(), year));
        XWPFParagraph type = Runs.centred(doc, 12, 0);
        Runs.add(type, "BÁO CÁO", BODY_POINTS, true, false);
        if (!report.summary().isEmpty()) {
            Runs.add(Runs.centred(doc, 0, 0), report.summary(), BODY_POINTS, true, false);
        }
        Rules.shortRule(doc.createParagraph(), OfficialDocx.PORTRAIT_TEXT, 0.25);
        recipients(doc, report);
        for (String p : report.introduction()) {
            paragraph(doc, report, p, false, false);
        }
        for (BodySection s : report.sections()) {
            section(doc, report, s, 0);
        }
        for (String p : report.closing()) {
            paragraph(doc, report, p, false, false).setKeepNext(true);
        }
        OfficialDocx.signature(doc, ReportLayout.distributionLines(report), report.signer());
    }

    /** One recipient on a centred line; several as a list beside the word "Kính gửi:". */
    private static void recipients(XWPFDocument doc, Report report) {
        List<String> lines = ReportLayout.recipientLines(report);
        if (lines.isEmpty()) {
            return;
        }
        if (lines.size() == 1) {
            Runs.add(Runs.centred(doc, 0, 6), ReportLayout.TO + " " + lines.get(0), BODY_POINTS, false, false);
            return;
        }
        int left = (int) (OfficialDocx.PORTRAIT_TEXT * 0.3);
        XWPFTable t = Tables.borderless(doc, 1, new int[] {left, OfficialDocx.PORTRAIT_TEXT - left});
        XWPFParagraph to = Tables.firstParagraph(t.getRow(0).getCell(0));
        to.setAlignment(ParagraphAlignment.RIGHT);
        Runs.add(to, ReportLayout.TO, BODY_POINTS, false, false);
        XWPFTableCell list = t.getRow(0).getCell(1);
        XWPFParagraph first = Tables.firstParagraph(list);
        Runs.add(first, lines.get(0), BODY_POINTS, false, false);
        for (String l : lines.subList(1, lines.size())) {
            Runs.add(list.addParagraph(), l, BODY_POINTS, false, false);
        }
    }

    private static void section(XWPFDocument doc, Report report, BodySection s, int depth) {
        if (!s.heading().isEmpty()) {
            boolean italic = ReportLayout.headingStyle(depth) == ReportLayout.HeadingStyle.BOLD_ITALIC;
            XWPFParagraph h = paragraph(doc, report, s.heading(), true, italic);
            h.setKeepNext(true);
            h.getCTP().getPPr().addNewKeepLines();
        }
        for (String p : s.paragraphs()) {
            paragraph(doc, report, p, false, false);
        }
        for (BodySection sub : s.sections()) {
            section(doc, report, sub, depth + 1);
        }
    }

    /** A body paragraph whose citations "[^n]" become Word footnotes. */
    private static XWPFParagraph paragraph(XWPFDocument doc, Report report, String text, boolean bold,
                                           boolean italic) {
        XWPFParagraph p = Runs.bodyParagraph(doc);
        for (ReportLayout.Piece piece : ReportLayout.pieces(text, report.footnotes().size())) {
            if (piece.isCitation()) {
                XWPFFootnote note = doc.createFootnote();
                XWPFParagraph np = note.createParagraph();
                np.setAlignment(ParagraphAlignment.BOTH);
                np.setSpacingAfter(0);
                superscript(np.getRuns());
                Runs.add(np, " " + report.footnotes().get(piece.footnote() - 1), NOTE_POINTS, false, false);
                p.addFootnoteReference(note);
                superscript(p.getRuns().subList(p.getRuns().size() - 1, p.getRuns().size()));
            } else {
                Runs.add(p, piece.text(), BODY_POINTS, bold, italic);
            }
        }
        return p;
    }

    /** Word marks a note's number by a style a new document does not have: set it up here. */
    private static void superscript(List<XWPFRun> runs) {
        for (XWPFRun r : runs) {
            r.setVerticalAlignment(SUPERSCRIPT);
            r.setFontFamily(PlanDocxWriter.FONT);
        }
    }

    private static void appendix(XWPFDocument doc, ReportAppendix a, boolean landscape) {
        int text = landscape ? OfficialDocx.LANDSCAPE_TEXT : OfficialDocx.PORTRAIT_TEXT;
        Runs.add(Runs.centred(doc, 0, 0), a.label(), BODY_POINTS, true, false);
        Runs.add(Runs.centred(doc, 0, 0), a.title(), BODY_POINTS, true, false);
        if (!a.note().isEmpty()) {
            Runs.add(Runs.centred(doc, 0, 0), a.note(), BODY_POINTS, false, true);
        }
        Rules.shortRule(doc.createParagraph(), text, 0.2);
        int[] widths = widths(a, text);
        XWPFTable t = Tables.bordered(doc, 1, widths);
        Tables.repeatAsHeader(t.getRow(0));
        for (int c = 0; c < widths.length; c++) {
            Tables.text(t.getRow(0).getCell(c), a.columns().get(c), TABLE_POINTS, true, ParagraphAlignment.CENTER);
        }
        for (ReportAppendix.Row row : a.rows()) {
            XWPFTableRow x = Tables.newRow(t, widths);
            Tables.keepWhole(x);
            if (row.group()) {
                Tables.spanFrom(x, 0, widths.length);
                Tables.text(x.getCell(0), row.cells().isEmpty() ? "" : row.cells().get(0), TABLE_POINTS, true,
                        ParagraphAlignment.LEFT);
                // a group row never stands alone at the foot of a page: it keeps with its first row
                Tables.keepWithNext(x);
            } else {
                for (int c = 0; c < widths.length; c++) {
                    Tables.text(x.getCell(c), row.cells().get(c), TABLE_POINTS, false,
                            ReportLayout.centred(a, c) ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                }
            }
        }
    }

    /** The columns' widths in twips, shared by what they hold as the PDF shares them. */
    private static int[] widths(ReportAppendix a, int textTwips) {
        int n = a.columns().size();
        float points = textTwips / 20f;
        ColumnBalance balance = new ColumnBalance(n, TableFont.at(TABLE_POINTS), 6.5f);
        for (int c = 0; c < n; c++) {
            balance.header(c, 1, a.columns().get(c));
            balance.atLeast(c, points * ReportLayout.leastShare(a, c));
        }
        List<List<String>> rows = ReportLayout.bodyRows(a);
        balance.rowsInAll(rows.size());
        ColumnBalance.sample(rows).forEach(balance::row);
        float[] w = balance.widths(points);
        int[] twips = new int[n];
        for (int c = 0; c < n; c++) {
            twips[c] = Math.round(w[c] * 20);
        }
        return twips;
    }
}
