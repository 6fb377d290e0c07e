package vn.plandesk.service.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.Messages;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.service.derive.PlanChange;
import vn.plandesk.service.derive.PlanComparison;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.TrackingRepository;

/** Import from Excel through the service, with a real store: what is refused writes nothing. */
class ImportXlsxServiceTest {
    @TempDir
    Path dir;
    private Database db;
    private PlanRepository plans;
    private ImportXlsxService imports;
    private OfficeExportService exports;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("store"));
        plans = new PlanRepository(db);
        imports = new ImportXlsxService(plans);
        exports = new OfficeExportService(plans);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void exportThenImportGivesTheSamePlan() {
        Plan ward = new SampleLibrary().plan("chon-thanh-ward-plan.json");
        long id = plans.insert(ward);
        ImportPreview preview = imports.preview(exports.exportXlsx(id), "ct.xlsx");
        assertFalse(preview.needsMapping());
        long back = imports.commitNew(preview);
        assertEquals(plans.load(id).orElseThrow().withoutIds(), plans.load(back).orElseThrow().withoutIds());

        Plan province = new SampleLibrary().plan("province-2025-appendix-ii.json");
        long pid = plans.insert(province);
        long pback = imports.commitNew(imports.preview(exports.exportXlsx(pid), "p.xlsx"));
        assertEquals(plans.load(pid).orElseThrow().withoutIds(), plans.load(pback).orElseThrow().withoutIds(),
                "flags of unchanged tasks come back too");
    }

    @Test
    void intoAnExistingPlanOnlyTheAcceptedChangesAreApplied() throws Exception {
        Plan ward = new SampleLibrary().plan("chon-thanh-ward-plan.json");
        long id = plans.insert(ward);
        byte[] file = exports.exportXlsx(id);
        // the officer edits the workbook: renames task 1, deletes task 2's row
        byte[] edited;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.getSheetAt(0);
            int first = -1;
            for (var row : sheet) {
                if ("1".equals(row.getCell(0).getStringCellValue()) && first < 0) {
                    first = row.getRowNum();
                }
            }
            sheet.getRow(first).getCell(2).setCellValue("Tên mới của nhiệm vụ 1");
            sheet.removeRow(sheet.getRow(first + 1));
            wb.write(out);
            edited = out.toByteArray();
        }
        PlanComparison c = imports.compare(imports.preview(edited, "ct.xlsx"), id);
        assertEquals(2, c.changes().size(), () -> c.changes().toString());
        PlanChange renamed = c.changes().stream().filter(x -> x.kind() == PlanChange.Kind.CHANGED).findFirst().orElseThrow();
        assertEquals("Tên mới của nhiệm vụ 1", renamed.name());

        imports.commitInto(id, c, Set.of(renamed));

        Plan after = plans.load(id).orElseThrow();
        assertEquals("Tên mới của nhiệm vụ 1", after.groups().get(0).tasks().get(0).name());
        assertEquals(ward.taskCount(), after.taskCount(), "the removal was not accepted");
        assertEquals(ward.legalBases(), after.legalBases());
    }

    @Test
    void importingIntoATrackedPlanKeepsTheProgressOfItsTasks() throws Exception {
        long id = plans.insert(new SampleLibrary().plan("chon-thanh-ward-plan.json"));
        Plan stored = plans.load(id).orElseThrow();
        List<PlanTask> tasks = stored.groups().get(0).tasks();
        TrackingRepository tracking = new TrackingRepository(db);
        Period q1 = Period.parse("2026-Q1");
        List<ProgressEntry> recorded = tasks.subList(0, 3).stream()
                .map(t -> ProgressEntry.of(t.id(), q1, ProgressStatus.DONE)).toList();
        tracking.putAll(id, recorded);
        // the officer moves the second task's deadline in the workbook
        PlanTask moved = tasks.get(1);
        byte[] edited;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exports.exportXlsx(id)));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Cell deadline = null;
            for (var row : wb.getSheetAt(0)) {
                if (row.getCell(2) != null && moved.name().equals(row.getCell(2).getStringCellValue())) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING
                                && cell.getStringCellValue().equals(moved.deadline().printed())) {
                            deadline = cell;
                        }
                    }
                }
            }
            assertNotNull(deadline, "the moved task's deadline cell");
            deadline.setCellValue("Năm 2029");
            wb.write(out);
            edited = out.toByteArray();
        }
        PlanComparison c = imports.compare(imports.preview(edited, "ct.xlsx"), id);
        assertEquals(1, c.changes().size(), () -> c.changes().toString());

        imports.commitInto(id, c, Set.copyOf(c.changes()));

        Plan after = plans.load(id).orElseThrow();
        assertEquals("Năm 2029", after.groups().get(0).tasks().get(1).deadline().printed());
        assertEquals(tasks.stream().map(PlanTask::id).toList(),
                after.groups().get(0).tasks().stream().map(PlanTask::id).toList(), "the tasks keep their ids");
        assertEquals(recorded, tracking.progress(id), "every entry is still read, the moved task's too");
    }

    @Test
    void aBackupBegunWhileTheFileIsReadIsKeptWithThePlanAndDiscardedWhenThereIsNothingToStore() throws Exception {
        vn.plandesk.service.StoreBackups backups = new vn.plandesk.service.StoreBackups(db,
                java.time.Clock.systemDefaultZone());
        long id = plans.insert(new SampleLibrary().plan("chon-thanh-ward-plan.json"));
        ImportPreview preview = imports.preview(exports.exportXlsx(id), "ct.xlsx");

        long back = imports.commitNew(preview, backups.beginBeforeImport());

        assertEquals(76, plans.load(back).orElseThrow().allTasks().size());
        List<vn.plandesk.service.StoreBackups.Backup> one = backups.list();
        assertEquals(1, one.size(), one::toString);
        assertTrue(one.get(0).name().startsWith("plandesk-before-import-") && one.get(0).readable(), one::toString);

        ImportPreview nothing = new ImportPreview("trong.xlsx", preview.plan().withGroups(List.of())
                .withIndicators(List.of()), List.of(), preview.mappings(), 1.0);
        List<PlanSummary> before = plans.list();
        PlanDeskException e = assertThrows(PlanDeskException.class,
                () -> imports.commitNew(nothing, backups.beginBeforeImport()));
        assertEquals("xlsx.noRows", e.key());
        assertEquals(before, plans.list(), "nothing was written");
        // the backup's thread has finished once it is discarded; one still writing would add its file after this
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("backup-before-operation")) {
                t.join(30_000);
            }
        }
        assertEquals(one, backups.list(), "its backup was removed, the earlier one stays");
    }

    // ---- files that are refused, each with one sentence and nothing written ------------------------------------

    @Test
    void notASpreadsheet() {
        refused("notes.xlsx", "Đây là một ghi chú, không phải bảng tính.".getBytes(StandardCharsets.UTF_8),
                "xlsx.notSpreadsheet");
    }

    @Test
    void aZipThatIsNotAWorkbook() throws Exception {
        refused("archive.xlsx", zip("readme.txt", "xin chào".getBytes(StandardCharsets.UTF_8)), "xlsx.notSpreadsheet");
    }

    @Test
    void emptyFile() {
        refused("empty.xlsx", new byte[0], "xlsx.empty");
    }

    @Test
    void fiftyMegabytesOfJunk() {
        byte[] junk = new byte[50 * 1024 * 1024];
        new Random(1).nextBytes(junk);
        refused("junk.xlsx", junk, "xlsx.tooLarge");
    }

    @Test
    void passwordProtected() throws Exception {
        byte[] plain = exports.exportXlsx(plans.insert(new SampleLibrary().plan("kh92-2025-partial.json")));
        POIFSFileSystem fs = new POIFSFileSystem();
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor enc = info.getEncryptor();
        enc.confirmPassword("mat-khau");
        try (OutputStream os = enc.getDataStream(fs)) {
            os.write(plain);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        refused("locked.xlsx", out.toByteArray(), "xlsx.password");
    }

    @Test
    void zipBomb() throws Exception {
        // a valid workbook whose sheet part is 30 MB of one repeated character: it inflates a thousand times over
        byte[] good = exports.exportXlsx(plans.insert(new SampleLibrary().plan("kh92-2025-partial.json")));
        StringBuilder padding = new StringBuilder(30 * 1024 * 1024);
        padding.append(" ".repeat(30 * 1024 * 1024));
        byte[] bomb = replaceEntry(good, "xl/worksheets/sheet1.xml", sheet -> {
            String s = new String(sheet, StandardCharsets.UTF_8);
            return s.replaceFirst("<sheetData>", "<sheetData>" + padding).getBytes(StandardCharsets.UTF_8);
        });
        refused("bomb.xlsx", bomb, "xlsx.zipBomb");
    }

    @Test
    void externalEntityIsNeitherResolvedNorImported(@TempDir Path secretDir) throws Exception {
        Path secret = secretDir.resolve("secret.txt");
        java.nio.file.Files.writeString(secret, "MẬT-KHẨU-BÍ-MẬT");
        byte[] good = exports.exportXlsx(plans.insert(new SampleLibrary().plan("kh92-2025-partial.json")));
        byte[] xxe = replaceEntry(good, "xl/worksheets/sheet1.xml", sheet -> {
            String s = new String(sheet, StandardCharsets.UTF_8);
            String doctype = "<!DOCTYPE x [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>";
            s = s.replaceFirst("\\?>", "?>" + doctype).replaceFirst("<sheetData>",
                    "<sheetData><row r=\"1000\"><c r=\"B1000\" t=\"inlineStr\"><is><t>&secret;</t></is></c></row>");
            return s.getBytes(StandardCharsets.UTF_8);
        });
        PlanDeskException e = refused("xxe.xlsx", xxe, "xlsx.damaged");
        assertFalse(Messages.of(e).contains("MẬT-KHẨU"));
    }

    @Test
    void aWorkbookWithoutAnyTableNamesTheSheet() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Ghi chú").createRow(0).createCell(0).setCellValue("Không có bảng ở đây");
            wb.write(out);
            PlanDeskException e = refused("ghichu.xlsx", out.toByteArray(), "xlsx.noTable");
            assertTrue(Messages.of(e).contains("Ghi chú"), Messages.of(e));
        }
    }

    @Test
    void anEmptyWorkbook() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Sheet1");
            wb.write(out);
            refused("rong.xlsx", out.toByteArray(), "xlsx.noTable");
        }
    }

    /** Refused with the given message key, a sentence naming the file, and the store's plan list unchanged. */
    private PlanDeskException refused(String name, byte[] file, String key) {
        List<PlanSummary> before = plans.list();
        PlanDeskException e = assertThrows(PlanDeskException.class, () -> imports.commitNew(imports.preview(file, name)));
        assertEquals(key, e.key(), () -> Messages.of(e));
        String sentence = Messages.of(e);
        assertTrue(sentence.contains(name), sentence);
        assertFalse(sentence.contains("Exception"), sentence);
        assertEquals(before, plans.list());
        return e;
    }

    private static byte[] zip(String name, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] replaceEntry(byte[] zip, String name, java.util.function.UnaryOperator<byte[]> edit)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(e.getName().equals(name) ? edit.apply(content) : content);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
