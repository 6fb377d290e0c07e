package vn.plandesk.io.docx;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import vn.plandesk.io.table.AppendixTable.HeaderCell;

/** Tables as the official documents draw them: fixed column widths, thin black borders or none, cells centred. */
final class Tables {
    /** A cell's margins, twips: above and below its text, and on either side. */
    static final int CELL_MARGIN_VERTICAL = 30;
    static final int CELL_MARGIN_SIDE = 60;
    /** A cell's margin on either side in a plan's appendix table, twips: the PDF's 2 pt. */
    static final int APPENDIX_MARGIN_SIDE = 40;
    /** The width a cell of an appendix table takes besides its text: both side margins and a rule, points. */
    static final double APPENDIX_CELL_ROOM = vn.plandesk.io.table.AppendixTables.PRINTED_CELL_ROOM;

    private Tables() {
    }

    static XWPFTable borderless(XWPFDocument doc, int rows, int[] widths) {
        XWPFTable t = table(doc, rows, widths);
        borders(t, STBorder.NONE);
        return t;
    }

    static XWPFTable bordered(XWPFDocument doc, int rows, int[] widths) {
        XWPFTable t = table(doc, rows, widths);
        borders(t, STBorder.SINGLE);
        return t;
    }

    /**
     * A plan's appendix table: bordered, its cells' side margins the PDF's, so that the columns shared for the PDF
     * ({@link vn.plandesk.io.table.AppendixTables#PRINTED_CELL_ROOM}) hold the same lines.
     */
    static XWPFTable appendix(XWPFDocument doc, int rows, int[] widths) {
        XWPFTable t = bordered(doc, rows, widths);
        t.setCellMargins(CELL_MARGIN_VERTICAL, APPENDIX_MARGIN_SIDE, CELL_MARGIN_VERTICAL, APPENDIX_MARGIN_SIDE);
        return t;
    }

    private static XWPFTable table(XWPFDocument doc, int rows, int[] widths) {
        XWPFTable t = doc.createTable(rows, widths.length);
        CTTblPr pr = t.getCTTbl().getTblPr();
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        var tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        tw.setType(STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(total));
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : t.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                width(row.getCell(c), widths[c]);
            }
        }
        t.setCellMargins(CELL_MARGIN_VERTICAL, CELL_MARGIN_SIDE, CELL_MARGIN_VERTICAL, CELL_MARGIN_SIDE);
        return t;
    }

    /** A new body row with one cell a column, whatever the header rows above it span. */
    static XWPFTableRow newRow(XWPFTable t, int[] widths) {
        XWPFTableRow row = t.createRow();
        while (row.getTableCells().size() > widths.length) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        while (row.getTableCells().size() < widths.length) {
            row.addNewTableCell();
        }
        for (int c = 0; c < widths.length; c++) {
            width(row.getCell(c), widths[c]);
        }
        return row;
    }

    private static void borders(XWPFTable t, STBorder.Enum style) {
        CTTblPr pr = t.getCTTbl().getTblPr();
        CTTblBorders b = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
        for (CTBorder side : new CTBorder[] {b.isSetTop() ? b.getTop() : b.addNewTop(),
                b.isSetBottom() ? b.getBottom() : b.addNewBottom(), b.isSetLeft() ? b.getLeft() : b.addNewLeft(),
                b.isSetRight() ? b.getRight() : b.addNewRight(),
                b.isSetInsideH() ? b.getInsideH() : b.addNewInsideH(),
                b.isSetInsideV() ? b.getInsideV() : b.addNewInsideV()}) {
            side.setVal(style);
            side.setSz(BigInteger.valueOf(4));
            side.setSpace(BigInteger.ZERO);
            side.setColor("000000");
        }
    }

    private static void width(XWPFTableCell cell, int w) {
        CTTcPr pr = props(cell);
        var tw = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        tw.setType(STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(w));
    }

    static CTTcPr props(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    static XWPFParagraph firstParagraph(XWPFTableCell cell) {
        return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
    }

    /** The cell's text in one paragraph (line breaks kept), vertically centred. */
    static void text(XWPFTableCell cell, String text, int points, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = firstParagraph(cell);
        p.setAlignment(align);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        Runs.add(p, text, points, bold, false);
        CTTcPr pr = props(cell);
        (pr.isSetVAlign() ? pr.getVAlign() : pr.addNewVAlign()).setVal(STVerticalJc.CENTER);
    }

    /**
     * Sets every line of the cell's paragraphs exactly {@code points} apart, so that a row is as tall in every word
     * processor as the lines it was planned for.
     */
    static void exactLines(XWPFTableCell cell, double points) {
        for (XWPFParagraph p : cell.getParagraphs()) {
            p.setSpacingBetween(points, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        }
    }

    /** Sets the cell's text at the top, as a row continued over pages reads on from one part to the next. */
    static void top(XWPFTableCell cell) {
        CTTcPr pr = props(cell);
        (pr.isSetVAlign() ? pr.getVAlign() : pr.addNewVAlign()).setVal(STVerticalJc.TOP);
    }

    /** The header row is repeated at the top of every page the table runs onto. */
    static void repeatAsHeader(XWPFTableRow row) {
        trPr(row).addNewTblHeader();
        keepWhole(row);
    }

    /** A row is not split across pages. */
    static void keepWhole(XWPFTableRow row) {
        trPr(row).addNewCantSplit();
    }

    /** Word keeps a row on the page of the next when every paragraph in it keeps with the next. */
    static void keepWithNext(XWPFTableRow row) {
        for (XWPFTableCell cell : row.getTableCells()) {
            cell.getParagraphs().forEach(p -> p.setKeepNext(true));
        }
    }

    private static CTTrPr trPr(XWPFTableRow row) {
        return row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
    }

    /** Joins the cells from {@code first} to the end of the row into one (a group row's title). */
    static void spanFrom(XWPFTableRow row, int first, int columns) {
        int width = 0;
        for (int c = first; c < columns; c++) {
            width += props(row.getCell(c)).getTcW().getW() instanceof BigInteger b ? b.intValue() : 0;
        }
        for (int c = columns - 1; c > first; c--) {
            row.removeCell(c);
        }
        CTTcPr pr = props(row.getCell(first));
        pr.addNewGridSpan().setVal(BigInteger.valueOf(columns - first));
        pr.getTcW().setW(BigInteger.valueOf(width));
    }

    /** Joins the header cells spanning several columns, right to left so that the indices stay valid. */
    static void spanHeaders(XWPFTableRow row, List<HeaderCell> header, int r) {
        for (int i = header.size() - 1; i >= 0; i--) {
            HeaderCell h = header.get(i);
            if (h.columnSpan() > 1 && h.row() == r) {
                int width = 0;
                for (int c = h.column(); c < h.column() + h.columnSpan(); c++) {
                    width += ((BigInteger) props(row.getCell(c)).getTcW().getW()).intValue();
                }
                for (int c = h.column() + h.columnSpan() - 1; c > h.column(); c--) {
                    row.removeCell(c);
                }
                CTTcPr pr = props(row.getCell(h.column()));
                pr.addNewGridSpan().setVal(BigInteger.valueOf(h.columnSpan()));
                pr.getTcW().setW(BigInteger.valueOf(width));
            }
        }
    }
}
