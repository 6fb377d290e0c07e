package vn.plandesk.io.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.plandesk.io.table.AppendixTable;
import vn.plandesk.io.table.AppendixTable.Column;
import vn.plandesk.io.table.AppendixTable.HeaderCell;
import vn.plandesk.io.table.AppendixTable.Row;
import vn.plandesk.io.table.AppendixTables;
import vn.plandesk.io.table.BodyText;
import vn.plandesk.io.table.RowBreak;
import vn.plandesk.io.table.TableFont;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.PlanDocument;
import vn.plandesk.model.OfficialDate;
import vn.plandesk.model.Plan;

/**
 * Writes a plan and its appendices as a Word document in the official layout (Nghị định 30/2020/NĐ-CP): A4, margins
 * 20/20/30/15 mm, Times New Roman, the two-column header with its rules, a portrait body, then each appendix in a
 * landscape section of its own with its table's header repeated on every page and no row split across pages. Page
 * numbers stand centred in the top margin, not on a section's first page, and each appendix counts from 1.
 */
public final class PlanDocxWriter {
    static final String FONT = "Times New Roman";
    /** A4 in twentieths of a point. */
    static final int A4_SHORT = 11906;
    static final int A4_LONG = 16838;
    static final int TOP = mm(20);
    static final int BOTTOM = mm(20);
    static final int LEFT = mm(30);
    static final int RIGHT = mm(15);
    private static final int PORTRAIT_TEXT = OfficialDocx.PORTRAIT_TEXT;
    private static final int LANDSCAPE_TEXT = OfficialDocx.LANDSCAPE_TEXT;
    private static final int TABLE_POINTS = 12;

    public byte[] write(Plan plan) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Runs.defaults(doc);
            CTSectPr last = doc.getDocument().getBody().addNewSectPr();
            List<CTHdrFtrRef> headers = OfficialDocx.pageNumberHeaders(doc, last);
            List<AppendixTable> appendices = AppendixTables.of(plan, false);
            // an appendix-only plan (seed 000) has no body to print: its file begins with the first appendix
            if (PlanDocument.BODY.presentIn(plan) || appendices.isEmpty()) {
                body(doc, plan);
                // a section's properties stand in its last paragraph; the last section's in the body
                CTSectPr bodySection = appendices.isEmpty() ? last
                        : doc.createParagraph().getCTP().addNewPPr().addNewSectPr();
                OfficialDocx.page(bodySection, false, headers);
            }
            for (int i = 0; i < appendices.size(); i++) {
                appendix(doc, appendices.get(i));
                CTSectPr s = i == appendices.size() - 1 ? last : doc.createParagraph().getCTP().addNewPPr().addNewSectPr();
                OfficialDocx.page(s, true, headers);
                s.addNewPgNumType().setStart(BigInteger.ONE);
            }
            doc.getProperties().getCoreProperties().setTitle(plan.summary());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- body --------------------------------------------------------------------------------------------------

    private void body(XWPFDocument doc, Plan plan) {
        header(doc, plan);
        XWPFParagraph type = Runs.centred(doc, 6, 0);
        type.setSpacingBefore(240);
        Runs.add(type, plan.documentType().isEmpty() ? "KẾ HOẠCH" : plan.documentType(), 14, true, false);
        XWPFParagraph summary = Runs.centred(doc, 0, 0);
        Runs.add(summary, plan.summary(), 14, true, false);
        Rules.shortRule(doc.createParagraph(), PORTRAIT_TEXT, 0.25);
        for (String basis : plan.legalBases()) {
            Runs.add(Runs.bodyParagraph(doc), basis, 14, false, true);
        }
        for (String intro : plan.introduction()) {
            Runs.add(Runs.bodyParagraph(doc), intro, 14, false, false);
        }
        for (BodySection s : plan.sections()) {
            section(doc, s, plan, !plan.indicators().isEmpty());
        }
        signature(doc, plan);
    }

    /** The organ and the Quốc hiệu side by side, with "Số" and the place and date level under them. */
    private static void header(XWPFDocument doc, Plan plan) {
        OfficialDocx.header(doc, plan.parentOrgan(), plan.issuingOrgan(),
                "Số: " + (plan.number().isEmpty() ? "      " : twoDigits(plan.number())) + "/" + plan.symbol(),
                placeAndDate(plan.locality(), plan.issueDate(), OfficialDate.year(plan, LocalDate.now().getYear())));
    }

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** "05" for numbers below 10, as the Decree writes them. */
    static String twoDigits(String number) {
        return number.matches("\\d") ? "0" + number : number;
    }

    /** "Chơn Thành, ngày 05 tháng 01 năm 2026"; blanks to fill by hand in a draft, with the year it belongs to. */
    static String placeAndDate(String place, LocalDate d, int draftYear) {
        String prefix = place.isEmpty() ? "" : place + ", ";
        return prefix + (d == null ? "ngày      tháng      năm " + draftYear : OfficialDate.spelled(d));
    }

    /** The tasks as the text of their section: each group "1. …" bold, then its points "a) …", "b) …". */
    private static void tasks(XWPFDocument doc, Plan plan) {
        for (vn.plandesk.model.TaskGroup g : plan.groups()) {
            if (g.tasks().isEmpty()) {
                continue;
            }
            XWPFParagraph h = Runs.bodyParagraph(doc);
            Runs.add(h, g.number() + ". " + g.title(), 14, true, false);
            h.setKeepNext(true);
            h.getCTP().getPPr().addNewKeepLines();
            for (vn.plandesk.model.PlanTask t : g.tasks()) {
                Runs.add(Runs.bodyParagraph(doc), t.number() + " " + t.name(), 14, false, false);
                for (vn.plandesk.model.PlanTask sub : t.subTasks()) {
                    Runs.add(Runs.bodyParagraph(doc), sub.number() + " " + sub.name(), 14, false, false);
                }
            }
        }
    }

    private void section(XWPFDocument doc, BodySection s, Plan plan, boolean hasIndicators) {
        if (!s.heading().isEmpty()) {
            XWPFParagraph h = Runs.bodyParagraph(doc);
            boolean lettered = s.heading().matches("^[a-zđ]\\).*");
            Runs.add(h, s.heading(), 14, !lettered, false);
            h.setKeepNext(true);
            h.getCTP().getPPr().addNewKeepLines();
        }
        for (String para : BodyText.printed(s.paragraphs(), hasIndicators, AppendixTables.printedLabels(plan))) {
            Runs.add(Runs.bodyParagraph(doc), para, 14, false, false);
        }
        for (BodySection sub : s.sections()) {
            section(doc, sub, plan, hasIndicators);
        }
        if (s == PlanDocument.tasksSection(plan)) {
            tasks(doc, plan);
        }
    }

    /** "Nơi nhận" on the left, each recipient "- …;" and the last "- ….", level with the signature on the right. */
    private static void signature(XWPFDocument doc, Plan plan) {
        if (plan.recipients().isEmpty() && plan.signer().title().isEmpty() && plan.signer().name().isEmpty()) {
            return;
        }
        List<String> lines = new java.util.ArrayList<>();
        List<String> rs = plan.recipients();
        for (int i = 0; i < rs.size(); i++) {
            lines.add("- " + rs.get(i).replaceAll("[;.]+$", "") + (i == rs.size() - 1 ? "." : ";"));
        }
        OfficialDocx.signature(doc, lines, plan.signer());
    }

    // ---- appendices --------------------------------------------------------------------------------------------

    private void appendix(XWPFDocument doc, AppendixTable a) {
        XWPFParagraph label = Runs.centred(doc, 0, 0);
        label.setPageBreak(false);
        Runs.add(label, a.label(), 14, true, false);
        XWPFParagraph title = Runs.centred(doc, 0, 0);
        Runs.add(title, a.title().toUpperCase(VI), 14, true, false);
        XWPFParagraph attached = Runs.centred(doc, 0, 0);
        Runs.add(attached, a.attachedTo(), 14, false, true);
        Rules.shortRule(doc.createParagraph(), LANDSCAPE_TEXT, 0.2);
        table(doc, a);
    }

    private void table(XWPFDocument doc, AppendixTable a) {
        List<Column> columns = a.columns();
        double total = columns.stream().mapToDouble(Column::width).sum();
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = (int) Math.floor(columns.get(c).width() / total * LANDSCAPE_TEXT);
        }
        XWPFTable t = Tables.appendix(doc, a.headerRows(), widths);
        for (int r = 0; r < a.headerRows(); r++) {
            XWPFTableRow row = t.getRow(r);
            Tables.repeatAsHeader(row);
        }
        // the header cells: text, horizontal spans (gridSpan) and vertical spans (vMerge)
        for (HeaderCell h : a.header()) {
            for (int r = h.row(); r < h.row() + h.rowSpan(); r++) {
                XWPFTableCell cell = t.getRow(r).getCell(h.column());
                CTTcPr pr = Tables.props(cell);
                if (h.rowSpan() > 1) {
                    pr.addNewVMerge().setVal(r == h.row() ? STMerge.RESTART : STMerge.CONTINUE);
                }
                if (r == h.row()) {
                    Tables.text(cell, h.text(), TABLE_POINTS, true, ParagraphAlignment.CENTER);
                }
            }
        }
        for (int r = 0; r < a.headerRows(); r++) {
            Tables.spanHeaders(t.getRow(r), a.header(), r);
            t.getRow(r).getTableCells().forEach(cell -> Tables.exactLines(cell, TablePages.LINE));
        }
        double page = (A4_SHORT - TOP - BOTTOM) / 20.0;
        TablePages pages = new TablePages(widths, TABLE_POINTS, page, a.header(), a.headerRows(), titleBlock(a));
        for (TablePages.Part part : pages.lay(a.rows())) {
            Row row = part.row();
            XWPFTableRow x = Tables.newRow(t, widths);
            // every row is kept whole: one that must break was cut into parts, one a page (TablePages)
            Tables.keepWhole(x);
            if (row.spansColumns()) {
                Tables.spanFrom(x, 1, columns.size());
                Tables.text(x.getCell(0), row.cells().get(0), TABLE_POINTS, true, ParagraphAlignment.CENTER);
                Tables.text(x.getCell(1), row.cells().get(1), TABLE_POINTS, true, ParagraphAlignment.LEFT);
                // a group row never stands alone at the foot of a page: it keeps with its first task
                Tables.keepWithNext(x);
            } else {
                boolean cut = part.continued() || !part.cells().equals(row.cells());
                for (int c = 0; c < columns.size(); c++) {
                    ParagraphAlignment align = AppendixTables.centred(columns.get(c).field()) ? ParagraphAlignment.CENTER
                            : ParagraphAlignment.LEFT;
                    if (c == 0 && part.continued()) {
                        continuedNumber(x.getCell(0), part.cells().get(0), widths[0]);
                    } else {
                        Tables.text(x.getCell(c), part.cells().get(c), TABLE_POINTS, false, align);
                    }
                    if (cut) {
                        // the parts of a row read on from the top of one to the top of the next
                        Tables.top(x.getCell(c));
                    }
                }
            }
            x.getTableCells().forEach(cell -> Tables.exactLines(cell, TablePages.LINE));
        }
    }

    /**
     * The height of the appendix's label, title, "(Kèm theo …)" and rule above its table, points: lines of 14 pt
     * single-spaced, and the rule's paragraph as a word processor sets it (measured: with a line each, the table
     * starts 66.8 pt below the top margin), with half a point to spare. Counted too high, a part of a row planned to
     * end the first page left room for the rest of the row below it, "(tiếp)" and all.
     */
    private static double titleBlock(AppendixTable a) {
        double width = LANDSCAPE_TEXT / 20.0;
        int lines = 1 + TableFont.lines(a.title().toUpperCase(VI), width, true, 14)
                + TableFont.lines(a.attachedTo(), width, false, 14);
        return lines * 14 * 1.15 + TITLE_RULE;
    }

    /** The rule's paragraph under the title block with the space around it, points. */
    private static final double TITLE_RULE = 19;

    /**
     * The STT of a row's part on a later page, as the PDF marks it: "12 (tiếp)" on one line where the column is wide
     * enough, else "12" over "(tiếp)", set smaller where even that is wider than the column.
     */
    private static void continuedNumber(XWPFTableCell cell, String number, int width) {
        double inner = width / 20.0 - Tables.APPENDIX_CELL_ROOM - 1;
        String one = number.isEmpty() ? RowBreak.CONTINUED : number + " " + RowBreak.CONTINUED;
        String text = number.isEmpty() || TableFont.width(one, false, TABLE_POINTS) <= inner ? one : number + "\n" + RowBreak.CONTINUED;
        double size = TABLE_POINTS;
        for (String line : text.split("\n")) {
            size = Math.min(size, TABLE_POINTS * inner / Math.max(1, TableFont.width(line, false, TABLE_POINTS)));
        }
        Tables.text(cell, text, TABLE_POINTS, false, ParagraphAlignment.CENTER);
        // half points, as Word keeps type sizes
        double halfPoints = Math.floor(size * 2) / 2;
        Tables.firstParagraph(cell).getRuns().forEach(r -> r.setFontSize(halfPoints));
    }

    static int mm(double millimetres) {
        return (int) Math.round(millimetres / 25.4 * 1440);
    }
}
