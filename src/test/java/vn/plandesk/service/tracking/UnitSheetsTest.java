package vn.plandesk.service.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.Messages;
import vn.plandesk.service.SampleStore;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.edit.PlanEditors;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.TrackingRepository;

/**
 * The round trip of unit workbooks on the Chơn Thành plan, on a real store: exported, filled through POI as a unit
 * would (statuses from the drop-down list), read back, applied as one edit; read again; and what is refused.
 */
class UnitSheetsTest {
    private static final Period Q1 = Period.parse("2026-Q1");
    private static final String VHXH = "Phòng Văn hóa - Xã hội";
    private static final int FIRST_FILL = 6;
    private static final int TASK_ID = 11;

    @TempDir
    Path dir;

    private long planId;
    private long provinceId;

    private Database open() {
        return Database.open(dir.resolve("db"));
    }

    private void samples() {
        List<Long> ids = SampleStore.copyTo(dir.resolve("db"));
        planId = ids.get(2);
        provinceId = ids.get(0);
    }

    private static UnitSheets sheets(Database db) {
        return new UnitSheets(new PlanEditors(new PlanRepository(db)), new TrackingService(new TrackingRepository(db)));
    }

    private static UnitSheets.ReturnedFile file(Path p) throws IOException {
        return new UnitSheets.ReturnedFile(p.getFileName().toString(), Files.readAllBytes(p));
    }

    /** What the unit fills in each row, by task id: status label and texts. */
    private record Filled(String status, String result, String cause) {
    }

    /** Fills every row as a unit would: a status picked from the drop-down's list, a result, a cause where needed. */
    private static byte[] fill(Path file, Map<Long, Filled> filled) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<String> labels = dropDownLabels(wb);
            XSSFSheet sheet = wb.getSheetAt(0);
            int i = 0;
            for (Row row : sheet) {
                if (row.getCell(TASK_ID) == null) {
                    continue;
                }
                long id = (long) row.getCell(TASK_ID).getNumericCellValue();
                String status = labels.get(i % labels.size());
                String cause = status.equals(labels.get(ProgressStatus.NOT_DONE.ordinal()))
                        ? "Tỉnh chưa bố trí kinh phí" : "";
                Filled f = new Filled(status, "Kết quả dòng " + (row.getRowNum() + 1), cause);
                row.getCell(FIRST_FILL).setCellValue(f.status());
                row.getCell(FIRST_FILL + 1).setCellValue(f.result());
                row.getCell(FIRST_FILL + 3).setCellValue(f.cause());
                filled.put(id, f);
                i++;
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The labels the status column's drop-down offers, read through its data validation's list. */
    private static List<String> dropDownLabels(XSSFWorkbook wb) {
        XSSFSheet sheet = wb.getSheetAt(0);
        List<? extends DataValidation> validations = sheet.getDataValidations();
        assertEquals(1, validations.size());
        DataValidation v = validations.get(0);
        assertEquals(FIRST_FILL, v.getRegions().getCellRangeAddress(0).getFirstColumn());
        String name = v.getValidationConstraint().getFormula1();
        var ref = new org.apache.poi.ss.util.AreaReference(wb.getName(name).getRefersToFormula(),
                org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
        List<String> labels = new ArrayList<>();
        for (var cell : ref.getAllReferencedCells()) {
            labels.add(wb.getSheet(cell.getSheetName()).getRow(cell.getRow()).getCell(cell.getCol())
                    .getStringCellValue());
        }
        return labels;
    }

    @Test
    void theWorkbookOfPhongVanHoaXaHoiGoesOutAndComesBackAsOneEdit() throws IOException {
        samples();
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        List<Path> files;
        int units;
        try (Database db = open()) {
            UnitSheets sheets = sheets(db);
            units = UnitSheets.units(new PlanRepository(db).load(planId).orElseThrow()).size();
            files = sheets.export(planId, Q1, null, out);
        }
        assertEquals(units, files.size(), "one workbook a unit");
        Path vhxh = out.resolve("2026-Q1 " + VHXH + ".xlsx");
        assertTrue(files.contains(vhxh), files.toString());

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(vhxh))) {
            assertEquals(Arrays.stream(ProgressStatus.values()).map(s -> Messages.get(s.key())).toList(),
                    dropDownLabels(wb), "the drop-down offers the Vietnamese status labels");
            assertEquals(SheetVisibility.VERY_HIDDEN, wb.getSheetVisibility(1));
            XSSFSheet sheet = wb.getSheetAt(0);
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
            assertTrue(sheet.getRepeatingRows() != null, "the header row repeats on each page");
            assertEquals("Times New Roman", wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                    .getFontName());
            assertTrue(sheet.isColumnHidden(TASK_ID));
            Row header = sheet.getRow(sheet.getRepeatingRows().getFirstRow());
            assertEquals(Stream.of(0, 1, FIRST_FILL, 10).map(c -> Messages.get("unitSheets.column." + c)).toList(),
                    Stream.of(0, 1, FIRST_FILL, 10).map(c -> header.getCell(c).getStringCellValue()).toList(),
                    "the header row names the columns (STT, Nhiệm vụ, … Tình trạng, … Minh chứng)");
        }

        Map<Long, Filled> filled = new TreeMap<>();
        byte[] returned = fill(vhxh, filled);
        Files.write(vhxh, returned);
        int lead;
        try (Database db = open()) {
            var plan = new PlanRepository(db).load(planId).orElseThrow();
            List<UnitSheets.UnitTask> tasks = UnitSheets.tasksOf(plan, VHXH);
            lead = (int) tasks.stream().filter(t -> t.role() == UnitSheets.Role.LEAD).count();
            assertEquals(tasks.size(), filled.size(), "every task of the unit has its row");
        }
        assertEquals(38, lead, "the plan names Phòng Văn hóa - Xã hội as lead of 38 tasks");

        try (Database db = open()) {
            PlanEditors editors = new PlanEditors(new PlanRepository(db));
            TrackingService tracking = new TrackingService(new TrackingRepository(db));
            UnitSheets sheets = new UnitSheets(editors, tracking);
            UnitSheets.Preview preview = sheets.read(planId, Q1, VHXH, List.of(file(vhxh)));
            assertEquals(filled.size(), preview.changes().size());
            assertTrue(preview.changes().stream().allMatch(c -> c.before() == null));
            assertTrue(preview.changes().get(0).describe().contains("→"), preview.changes().get(0).describe());
            PlanEditor editor = editors.open(planId);
            int steps = editor.history().size();
            assertEquals(filled.size(), sheets.applyAll(preview));
            assertEquals(steps + 1, editor.history().size(), "the whole workbook is one edit");
        }

        try (Database db = open()) {
            TrackingService tracking = new TrackingService(new TrackingRepository(db));
            Map<Long, ProgressEntry> got = new TreeMap<>();
            for (ProgressEntry e : tracking.progress(planId).all()) {
                got.put(e.taskId(), e);
            }
            assertEquals(filled.keySet(), got.keySet());
            filled.forEach((id, f) -> {
                ProgressEntry e = got.get(id);
                assertEquals(f.status(), Messages.get(e.status().key()));
                assertEquals(f.result(), e.result());
                assertEquals(f.cause(), e.cause());
                assertEquals(Q1, e.period());
                assertEquals(VHXH, e.unit());
            });
            UnitSheets.Preview again = sheets(db).read(planId, Q1, VHXH, List.of(file(vhxh)));
            assertTrue(again.changes().isEmpty(), "the same workbook read twice changes nothing the second time");

            // the workbook exported now starts from what was recorded: returned unchanged, it changes nothing
            Path fresh = dir.resolve("fresh");
            Files.createDirectories(fresh);
            Path f2 = sheets(db).export(planId, Q1, VHXH, fresh).get(0);
            assertTrue(sheets(db).read(planId, Q1, null, List.of(file(f2))).changes().isEmpty());
        }
    }

    @Test
    void undoTakesTheWholeWorkbookBack() throws IOException {
        samples();
        try (Database db = open()) {
            PlanEditors editors = new PlanEditors(new PlanRepository(db));
            TrackingRepository repo = new TrackingRepository(db);
            UnitSheets sheets = new UnitSheets(editors, new TrackingService(repo));
            Path f = sheets.export(planId, Q1, VHXH, dir).get(0);
            Files.write(f, fill(f, new TreeMap<>()));
            sheets.applyAll(sheets.read(planId, Q1, VHXH, List.of(file(f))));
            assertFalse(repo.progress(planId).isEmpty());
            assertTrue(editors.open(planId).undo());
            assertTrue(repo.progress(planId).isEmpty(), "one Ctrl+Z takes every entry of the workbook back");
        }
    }

    @Test
    void onlyTheAcceptedChangesAreWrittenAndALaterReportOfTheSameTaskWins() throws IOException {
        samples();
        try (Database db = open()) {
            TrackingRepository repo = new TrackingRepository(db);
            PlanEditors editors = new PlanEditors(new PlanRepository(db));
            UnitSheets sheets = new UnitSheets(editors, new TrackingService(repo));
            Path f = sheets.export(planId, Q1, VHXH, dir).get(0);
            Files.write(f, fill(f, new TreeMap<>()));
            UnitSheets.Preview preview = sheets.read(planId, Q1, VHXH, List.of(file(f)));
            assertEquals(0, sheets.apply(preview, List.of()));
            assertFalse(editors.open(planId).history().canUndo(), "nothing accepted: no step to undo");
            List<UnitSheets.Change> accepted = List.of(preview.changes().get(1), preview.changes().get(3));
            assertEquals(2, sheets.apply(preview, accepted));
            assertEquals(accepted.stream().map(UnitSheets.Change::after).toList(), repo.progress(planId));
            UnitSheets.Preview rest = sheets.read(planId, Q1, VHXH, List.of(file(f)));
            assertEquals(preview.changes().size() - 2, rest.changes().size(), "what was refused is still offered");

            // the same task reported twice (its lead and a coordinator): the later accepted report is recorded
            UnitSheets.Change first = rest.changes().get(0);
            ProgressEntry other = new ProgressEntry(first.after().taskId(), Q1, ProgressStatus.BEHIND, "Chậm", null,
                    "Trạm Y tế", "", "", "", List.of());
            UnitSheets.Change second = new UnitSheets.Change("b.xlsx", 7, "Trạm Y tế", first.task(), null, other);
            UnitSheets.Preview both = new UnitSheets.Preview(planId, Q1, List.of(first, second));
            assertEquals(1, sheets.applyAll(both));
            assertTrue(repo.progress(planId).contains(other));

            // a preview read before that is stale now: applying it would overwrite what was recorded since
            var stored = repo.progress(planId);
            PlanDeskException stale = assertThrows(PlanDeskException.class, () -> sheets.applyAll(rest));
            assertEquals("unitSheets.stale", stale.key());
            assertEquals(stored, repo.progress(planId), "nothing is written");
        }
    }

    /** Every refusal leaves the store as it was: compared entry for entry with what it held before. */
    private void refused(String key, Period period, String unit, List<UnitSheets.ReturnedFile> files) {
        refused(List.of(key), period, unit, files);
    }

    private void refused(List<String> keys, Period period, String unit, List<UnitSheets.ReturnedFile> files) {
        try (Database db = open()) {
            TrackingRepository repo = new TrackingRepository(db);
            var before = repo.progress(planId);
            UnitSheets sheets = new UnitSheets(new PlanEditors(new PlanRepository(db)), new TrackingService(repo));
            PlanDeskException e = assertThrows(PlanDeskException.class, () -> {
                UnitSheets.Preview p = sheets.read(planId, period, unit, files);
                sheets.applyAll(p);
            });
            assertTrue(keys.contains(e.key()), e.key() + ": " + Messages.of(e));
            assertFalse(Messages.of(e).contains("Exception"), Messages.of(e));
            assertEquals(before, repo.progress(planId), "nothing is written");
        }
    }

    @Test
    void aWorkbookOfAnotherUnitPeriodOrPlanIsRefusedAndNothingIsWritten() throws IOException {
        samples();
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Path vhxh;
        Path kinhTe;
        Path q2;
        Path province;
        try (Database db = open()) {
            UnitSheets sheets = sheets(db);
            vhxh = sheets.export(planId, Q1, VHXH, out).get(0);
            kinhTe = sheets.export(planId, Q1, "Phòng Kinh tế, Hạ tầng và Đô thị", out).get(0);
            Path q2dir = Files.createDirectories(dir.resolve("q2"));
            q2 = sheets.export(planId, Period.parse("2026-Q2"), VHXH, q2dir).get(0);
            Path pdir = Files.createDirectories(dir.resolve("province"));
            province = sheets.export(provinceId, Q1, "Sở Tài chính", pdir).get(0);
        }
        for (Path p : List.of(vhxh, kinhTe, q2, province)) {
            Files.write(p, fill(p, new TreeMap<>()));
        }
        refused("unitSheets.otherUnit", Q1, VHXH, List.of(file(vhxh), file(kinhTe)));
        refused("unitSheets.otherPeriod", Q1, VHXH, List.of(file(q2)));
        refused("unitSheets.otherPeriod", null, null, List.of(file(vhxh), file(q2)));
        refused("unitSheets.otherPlan", Q1, null, List.of(file(province)));
    }

    @Test
    void aDamagedOrForeignWorkbookIsRefusedWithOneSentence() throws IOException {
        samples();
        Path f;
        try (Database db = open()) {
            f = sheets(db).export(planId, Q1, VHXH, dir).get(0);
        }
        byte[] good = fill(f, new TreeMap<>());
        // cut short: the zip's directory is lost, and with it what tells a workbook from another zip
        refused(List.of("xlsx.damaged", "xlsx.notSpreadsheet"), Q1, VHXH, List.of(new UnitSheets.ReturnedFile("cut.xlsx",
                Arrays.copyOf(good, good.length / 2))));
        byte[] garbled = good.clone();
        for (int i = good.length / 3; i < good.length / 3 + 400; i++) {
            garbled[i] ^= 0x5A;
        }
        refused(List.of("xlsx.damaged"), Q1, VHXH, List.of(new UnitSheets.ReturnedFile("garbled.xlsx", garbled)));
        refused("xlsx.notSpreadsheet", Q1, VHXH, List.of(new UnitSheets.ReturnedFile("note.xlsx",
                "không phải bảng tính".getBytes(java.nio.charset.StandardCharsets.UTF_8))));

        // an appendix workbook of the plan, not a unit's: it has no hidden sheet
        byte[] other;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream o = new ByteArrayOutputStream()) {
            wb.createSheet("Phụ lục").createRow(0).createCell(0).setCellValue("STT");
            wb.write(o);
            other = o.toByteArray();
        }
        refused("unitSheets.notOurs", Q1, VHXH, List.of(new UnitSheets.ReturnedFile("phu-luc.xlsx", other)));

        // the hidden sheet's unit rewritten by hand: the check over plan, quarter and unit no longer matches
        refused("unitSheets.altered", Q1, null, List.of(new UnitSheets.ReturnedFile("sua.xlsx",
                edit(good, wb -> wb.getSheet("PlanDesk").getRow(4).getCell(3).setCellValue("Trạm Y tế")))));
    }

    @Test
    void anUnknownStatusOrAMissingReasonIsRefusedWithItsRow() throws IOException {
        samples();
        Path f;
        try (Database db = open()) {
            f = sheets(db).export(planId, Q1, VHXH, dir).get(0);
        }
        byte[] good = fill(f, new TreeMap<>());
        int[] row = new int[1];
        byte[] unknown = edit(good, wb -> {
            XSSFSheet s = wb.getSheetAt(0);
            for (Row r : s) {
                if (r.getCell(TASK_ID) != null && r.getRowNum() > 8) {
                    r.getCell(FIRST_FILL).setCellValue("Xong rồi");
                    row[0] = r.getRowNum() + 1;
                    return;
                }
            }
        });
        try (Database db = open()) {
            PlanDeskException e = assertThrows(PlanDeskException.class,
                    () -> sheets(db).read(planId, Q1, VHXH, List.of(new UnitSheets.ReturnedFile("vhxh.xlsx", unknown))));
            assertEquals("unitSheets.unknownStatus", e.key());
            assertEquals(row[0], e.args()[2], "the row as Excel numbers it");
            assertTrue(Messages.of(e).contains("Xong rồi"), Messages.of(e));
            assertTrue(Messages.of(e).contains("vhxh.xlsx"), Messages.of(e));
        }
        byte[] noReason = edit(good, wb -> {
            for (Row r : wb.getSheetAt(0)) {
                if (r.getCell(TASK_ID) != null) {
                    r.getCell(FIRST_FILL).setCellValue(Messages.get(ProgressStatus.NOT_DONE.key()));
                    r.getCell(FIRST_FILL + 3).setCellValue("");
                    return;
                }
            }
        });
        refused("unitSheets.badEntry", Q1, VHXH, List.of(new UnitSheets.ReturnedFile("vhxh.xlsx", noReason)));
        // a status written without diacritics or in other case is still the status of the list
        assertEquals(ProgressStatus.WAITING, UnitSheets.status("cho chi dao, huong dan cua tinh").orElseThrow());
        assertEquals(ProgressStatus.DONE, UnitSheets.status("Done").orElseThrow());
    }

    private interface Edit {
        void apply(XSSFWorkbook wb);
    }

    private static byte[] edit(byte[] bytes, Edit edit) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
             ByteArrayOutputStream o = new ByteArrayOutputStream()) {
            edit.apply(wb);
            wb.write(o);
            return o.toByteArray();
        }
    }

    @Test
    void fileNamesKeepTheUnitsNameWithoutWhatAFileNameMayNotHold() {
        assertEquals("2026-Q1 Phòng Văn hóa - Xã hội.xlsx", UnitSheets.fileName(Q1, VHXH));
        assertEquals("2026-Q1 Ban A B.xlsx", UnitSheets.fileName(Q1, "Ban A/B"));
    }

    @Test
    void workbooksAreMadePerQuarterForUnitsOfThePlan() {
        samples();
        try (Database db = open()) {
            UnitSheets sheets = sheets(db);
            PlanDeskException half = assertThrows(PlanDeskException.class,
                    () -> sheets.export(planId, Period.parse("2026-H1"), VHXH, dir));
            assertEquals("unitSheets.quarterOnly", half.key());
            PlanDeskException unknown = assertThrows(PlanDeskException.class,
                    () -> sheets.export(planId, Q1, "Phòng Tư pháp", dir));
            assertEquals("unitSheets.unknownUnit", unknown.key());
            assertTrue(Messages.of(unknown).contains(VHXH), "the sentence lists the plan's units");
        }
    }
}
