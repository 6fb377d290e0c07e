package vn.plandesk.io.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.Text;

/**
 * The workbook a unit fills in with its progress for one period: its tasks with their current status, and columns to
 * fill (status from a drop-down list, result, shortcomings, cause, evidence). A hidden sheet names the plan, the
 * period and the unit, with a check over them, so that reading the returned workbook back can tell whose it is; each
 * row carries its task's store key in a hidden column. The words come from the caller ({@link Texts}): io reads no
 * bundle.
 */
public final class UnitSheetXlsx {
    /** The hidden sheet: the status labels of the drop-down list in column A, the identity in columns C and D. */
    static final String HIDDEN = "PlanDesk";
    private static final String STATUS_LIST = "TinhTrang";
    private static final String FORMAT = "unit-sheet-1";
    private static final String FONT = "Times New Roman";
    /** The visible columns: STT, task, role, deadline, current status, current result, then the five to fill. */
    private static final int COLUMNS = 11;
    private static final int FIRST_TO_FILL = 6;
    private static final int TASK_ID = COLUMNS;
    /** Relative widths of the columns, laid out at the width of the landscape page's text, 252 mm. */
    private static final double[] WIDTHS = {6, 28, 10, 11, 11, 14, 12, 17, 12, 12, 14};
    private static final double TABLE_POINTS = 252 * 72 / 25.4;
    /**
     * Column widths count digits of the workbook's default font, here Times New Roman 12 (digits 8 px, 6 pt): a
     * program without Calibri, the usual default, would measure them in a wider substitute and shrink the page.
     */
    private static final double POINTS_PER_CHAR = 6;

    /**
     * What identifies a workbook: whose plan, which period, which unit, and a check over them and the plan's identity
     * (a workbook from another store whose plan has the same key is not taken for this plan's).
     */
    public record Identity(long planId, String check, String period, String unit) {
        public Identity {
            check = Text.nfc(check).strip();
            period = Text.nfc(period).strip();
            unit = Text.nfc(unit).strip();
        }
    }

    /** The words of the workbook, from the bundles; {@code headers} has the eleven column titles. */
    public record Texts(String sheetName, String title, String unitLine, String planLine, String instruction,
                        List<String> headers, List<String> statusLabels) {
    }

    /** A task as the unit receives it; the five last fields are what the columns to fill start with. */
    public record Line(long taskId, String number, String task, String role, String deadline, String currentStatus,
                       String currentResult, String status, String result, String shortcomings, String cause,
                       String evidence) {
    }

    /** A row as the unit returned it: the sheet's row number as Excel shows it (1-based) and the five filled cells. */
    public record Filled(int row, Long taskId, String status, String result, String shortcomings, String cause,
                         String evidence) {
        public boolean blank() {
            return status.isEmpty() && result.isEmpty() && shortcomings.isEmpty() && cause.isEmpty()
                    && evidence.isEmpty();
        }
    }

    /** A returned workbook: its identity, its table's sheet and its rows. */
    public record Returned(Identity identity, String sheet, List<Filled> rows) {
    }

    public byte[] write(Identity identity, Texts texts, List<Line> lines) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font normal = wb.getFontAt(0);
            normal.setFontName(FONT);
            normal.setFontHeightInPoints((short) 12);
            Styles st = new Styles(wb);
            XSSFSheet sheet = wb.createSheet(texts.sheetName());
            Sheet hidden = wb.createSheet(HIDDEN);
            List<String> labels = texts.statusLabels();
            for (int i = 0; i < labels.size(); i++) {
                hidden.createRow(i).createCell(0).setCellValue(labels.get(i));
            }
            wb.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
            Name list = wb.createName();
            list.setNameName(STATUS_LIST);
            list.setRefersToFormula("'" + HIDDEN + "'!$A$1:$A$" + labels.size());

            double total = 0;
            for (double w : WIDTHS) {
                total += w;
            }
            for (int c = 0; c < COLUMNS; c++) {
                sheet.setColumnWidth(c, (int) Math.round(WIDTHS[c] / total * TABLE_POINTS / POINTS_PER_CHAR * 256));
            }
            sheet.setColumnHidden(TASK_ID, true);
            int r = 0;
            r = title(sheet, r, texts.title(), st.title, 14, true);
            r = title(sheet, r, texts.unitLine(), st.subtitle, 12, true);
            r = title(sheet, r, texts.planLine(), st.subtitle, 12, true);
            r = title(sheet, r, texts.instruction(), st.note, 12, false);
            r++;
            int header = r;
            Row h = sheet.createRow(r++);
            for (int c = 0; c < COLUMNS; c++) {
                Cell cell = h.createCell(c);
                cell.setCellValue(texts.headers().get(c));
                cell.setCellStyle(c >= FIRST_TO_FILL ? st.headerToFill : st.header);
            }
            double headerHeight = 0;
            for (int c = 0; c < COLUMNS; c++) {
                headerHeight = Math.max(headerHeight, AppendixXlsxWriter.height(texts.headers().get(c),
                        WIDTHS[c] / total * TABLE_POINTS, true));
            }
            h.setHeightInPoints((float) headerHeight);
            int first = r;
            int n = 1;
            for (Line line : lines) {
                Row x = sheet.createRow(r++);
                String[] values = {String.valueOf(n++), (line.number().isEmpty() ? "" : line.number() + ". ")
                        + line.task(), line.role(), line.deadline(), line.currentStatus(), line.currentResult(),
                        line.status(), line.result(), line.shortcomings(), line.cause(), line.evidence()};
                for (int c = 0; c < COLUMNS; c++) {
                    Cell cell = x.createCell(c);
                    cell.setCellValue(values[c]);
                    cell.setCellStyle(c == 0 || c == 2 ? st.centred : c >= FIRST_TO_FILL ? st.toFill : st.body);
                }
                x.createCell(TASK_ID).setCellValue(line.taskId());
                x.setHeightInPoints(rowHeight(values, total));
            }
            String[][] id = {{"format", FORMAT}, {"plan", String.valueOf(identity.planId())},
                    {"check", identity.check()}, {"period", identity.period()}, {"unit", identity.unit()},
                    {"first row", String.valueOf(first + 1)}};
            for (int i = 0; i < id.length; i++) {
                Row row = hidden.getRow(i) != null ? hidden.getRow(i) : hidden.createRow(i);
                row.createCell(2).setCellValue(id[i][0]);
                row.createCell(3).setCellValue(id[i][1]);
            }
            if (!lines.isEmpty()) {
                DataValidationHelper helper = sheet.getDataValidationHelper();
                DataValidationConstraint constraint = helper.createFormulaListConstraint(STATUS_LIST);
                DataValidation v = helper.createValidation(constraint,
                        new CellRangeAddressList(first, r - 1, FIRST_TO_FILL, FIRST_TO_FILL));
                v.setSuppressDropDownArrow(true);
                v.setShowErrorBox(true);
                sheet.addValidationData(v);
            }
            sheet.setRepeatingRows(new CellRangeAddress(header, header, -1, -1));
            sheet.createFreezePane(0, first);
            AppendixXlsxWriter.printLandscape(sheet);
            sheet.getFooter().setCenter("&\"" + FONT + ",Regular\"&11&P/&N");
            wb.setActiveSheet(0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row as high as its longest text needs: spreadsheets do not grow a row to wrapped text when printing. */
    private static float rowHeight(String[] values, double total) {
        double tallest = 0;
        for (int c = 0; c < values.length; c++) {
            tallest = Math.max(tallest, AppendixXlsxWriter.height(values[c], WIDTHS[c] / total * TABLE_POINTS, false));
        }
        return (float) tallest;
    }

    private static int title(Sheet sheet, int r, String text, CellStyle style, float size, boolean bold) {
        Row row = sheet.createRow(r);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, COLUMNS - 1));
        // a long line wraps in its merged row, which a spreadsheet does not grow by itself
        row.setHeightInPoints((float) (AppendixXlsxWriter.lines(text, TABLE_POINTS, bold, size) * size * 1.2 + 4));
        return r + 1;
    }

    /**
     * Reads a returned workbook. A file that is not a workbook, is damaged or hostile is refused by
     * {@link WorkbookOpener}; one without the hidden sheet, or whose hidden sheet or rows were altered, is refused
     * with "unitSheets.notOurs" or "unitSheets.badRow".
     */
    public Returned read(byte[] bytes, String fileName) {
        try (Workbook wb = WorkbookOpener.open(bytes, fileName)) {
            Sheet hidden = wb.getSheet(HIDDEN);
            if (hidden == null || wb.getNumberOfSheets() < 2) {
                throw new PlanDeskException("unitSheets.notOurs", fileName);
            }
            DataFormatter f = new DataFormatter(Locale.ROOT);
            String format = text(f, hidden, 0, 3);
            long planId;
            int first;
            try {
                planId = Long.parseLong(text(f, hidden, 1, 3));
                first = Integer.parseInt(text(f, hidden, 5, 3)) - 1;
            } catch (NumberFormatException e) {
                throw new PlanDeskException("unitSheets.notOurs", fileName);
            }
            if (!FORMAT.equals(format) || first < 1) {
                throw new PlanDeskException("unitSheets.notOurs", fileName);
            }
            Identity identity = new Identity(planId, text(f, hidden, 2, 3), text(f, hidden, 3, 3),
                    text(f, hidden, 4, 3));
            Sheet sheet = wb.getSheetAt(0);
            List<Filled> rows = new ArrayList<>();
            for (int r = first; r <= sheet.getLastRowNum(); r++) {
                String idText = text(f, sheet, r, TASK_ID);
                Long taskId = null;
                if (!idText.isEmpty()) {
                    try {
                        taskId = Long.parseLong(idText);
                    } catch (NumberFormatException e) {
                        throw new PlanDeskException("unitSheets.badRow", fileName, sheet.getSheetName(), r + 1);
                    }
                }
                Filled filled = new Filled(r + 1, taskId, text(f, sheet, r, FIRST_TO_FILL),
                        text(f, sheet, r, FIRST_TO_FILL + 1), text(f, sheet, r, FIRST_TO_FILL + 2),
                        text(f, sheet, r, FIRST_TO_FILL + 3), text(f, sheet, r, FIRST_TO_FILL + 4));
                if (taskId == null && filled.blank()) {
                    continue;
                }
                rows.add(filled);
            }
            return new Returned(identity, sheet.getSheetName(), rows);
        } catch (IOException e) {
            throw new PlanDeskException(e, "xlsx.damaged", fileName);
        } catch (PlanDeskException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PlanDeskException(e, "xlsx.damaged", fileName);
        }
    }

    private static String text(DataFormatter f, Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return cell == null ? "" : Text.nfc(f.formatCellValue(cell)).strip();
    }

    /** The cell styles of the workbook, made once. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle note;
        final CellStyle header;
        final CellStyle headerToFill;
        final CellStyle body;
        final CellStyle centred;
        final CellStyle toFill;

        Styles(XSSFWorkbook wb) {
            Font regular = font(wb, false, false, 12);
            Font bold = font(wb, true, false, 12);
            title = plain(wb, font(wb, true, false, 14), HorizontalAlignment.CENTER);
            subtitle = plain(wb, bold, HorizontalAlignment.CENTER);
            note = plain(wb, font(wb, false, true, 12), HorizontalAlignment.LEFT);
            header = bordered(wb, bold, HorizontalAlignment.CENTER);
            headerToFill = bordered(wb, bold, HorizontalAlignment.CENTER);
            shade(headerToFill);
            body = bordered(wb, regular, HorizontalAlignment.LEFT);
            centred = bordered(wb, regular, HorizontalAlignment.CENTER);
            toFill = bordered(wb, regular, HorizontalAlignment.LEFT);
            shade(toFill);
        }

        /** The columns to fill are tinted, so the unit sees at a glance where to write. */
        private static void shade(CellStyle s) {
            s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        private static Font font(XSSFWorkbook wb, boolean bold, boolean italic, int points) {
            return AppendixXlsxWriter.Styles.font(wb, bold, italic, points);
        }

        private static CellStyle plain(XSSFWorkbook wb, Font font, HorizontalAlignment align) {
            return AppendixXlsxWriter.Styles.plain(wb, font, align);
        }

        /** Table cells start at their top: the columns to fill are read from there. */
        private static CellStyle bordered(XSSFWorkbook wb, Font font, HorizontalAlignment align) {
            CellStyle s = AppendixXlsxWriter.Styles.bordered(wb, font, align);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }
    }
}
