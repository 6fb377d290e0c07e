package vn.plandesk.io.xlsx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import vn.plandesk.io.table.AppendixGridReader;
import vn.plandesk.io.table.AppendixImport;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.table.SheetMapping;

/**
 * Reads a plan's appendices from a workbook as officers receive them: a title block above the table, one or two header
 * rows (years under "Thời gian"), headers repeated further down, group rows ("I", "II." + title, often merged across),
 * merged cells, line breaks inside cells, year marks "x" and month or quarter texts. Columns are recognised by their
 * Vietnamese headers; where a header is not known the {@link SheetMapping} says so and the officer may correct it.
 * Each visible sheet is one {@link SheetGrid}; {@link AppendixGridReader} reads them as it reads Word and PDF tables.
 * An .xlsx is read from its XML by {@link XlsxSheetReader}; an old .xls through POI.
 */
public final class AppendixXlsxReader {
    /** The custom document property in which PlanDesk's own exports carry the plan's header (exchange JSON). */
    public static final String PLAN_PROPERTY = "PlanDesk-plan";

    /** Reads with the columns as recognised. */
    public AppendixImport read(byte[] file, String fileName) {
        return read(file, fileName, Map.of());
    }

    /**
     * Reads with the officer's corrections: a mapping given for a sheet (by its name) replaces the recognised one.
     *
     * @throws PlanDeskException when the file is refused or holds no table the reader can use; nothing was written
     */
    public AppendixImport read(byte[] file, String fileName, Map<String, SheetMapping> overrides) {
        List<SheetGrid> grids;
        String plan = null;
        if (WorkbookOpener.isOle2(file, fileName)) {
            grids = oldWorkbook(file, fileName);
        } else {
            WorkbookOpener.checkXlsx(file, fileName);
            XlsxSheetReader.Workbook wb = XlsxSheetReader.read(file, fileName);
            grids = wb.sheets();
            plan = wb.planProperty();
        }
        try {
            return new AppendixGridReader("xlsx.noSheets", "xlsx.noTable").read(grids, fileName, overrides, plan);
        } catch (PlanDeskException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PlanDeskException(e, "xlsx.damaged", fileName);
        }
    }

    /** The visible sheets of an .xls (Excel 97–2003), read through POI's model of it. */
    private static List<SheetGrid> oldWorkbook(byte[] file, String fileName) {
        try (Workbook wb = WorkbookOpener.openOle2(file, fileName)) {
            List<SheetGrid> grids = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
                    continue;
                }
                Sheet sheet = wb.getSheetAt(i);
                try {
                    grids.add(SheetGrid.of(sheet, fileName));
                } catch (PlanDeskException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // POI reports a damaged part of the file as whatever exception its parser meets
                    throw new PlanDeskException(e, "xlsx.damagedAt", fileName, sheet.getSheetName());
                }
            }
            return grids;
        } catch (IOException e) {
            throw new PlanDeskException(e, "xlsx.damaged", fileName);
        }
    }
}
