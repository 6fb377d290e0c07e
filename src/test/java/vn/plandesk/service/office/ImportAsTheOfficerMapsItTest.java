package vn.plandesk.service.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanBuilder;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.table.AppendixField;
import vn.plandesk.model.table.SheetMapping;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.service.StoreBackups;
import vn.plandesk.service.derive.PlanComparison;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;

/**
 * An appendix as officers receive it, imported through the service: a table whose headers are not all known asks the
 * officer first and is read as the officer maps it; a table that lacks its number column cannot be written until the
 * officer says which column holds it; a table of indicators alone is a plan to import; a header with no rows under
 * it is refused at once. Every import is backed up before, and an import into a plan no longer in the store changes
 * nothing.
 */
class ImportAsTheOfficerMapsItTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Database db;
    private PlanRepository plans;
    private ImportXlsxService imports;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("store"));
        plans = new PlanRepository(db);
        imports = new ImportXlsxService(plans);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aTableWithHeadersNotKnownAsksTheOfficerFirstAndIsImportedAsTheOfficerMapsIt() {
        byte[] file = workbook("KH", List.of("STT", "Nội dung công việc", "Cơ quan thực hiện", "Kinh phí"),
                List.of("1", "Số hóa hồ sơ hộ tịch", "Phòng Văn hóa - Xã hội", "100 triệu"));
        ImportPreview asked = imports.preview(file, "kh.xlsx");
        assertTrue(asked.needsMapping(), "two headers it does not know");
        assertTrue(asked.importable(), "its number and name columns are there");
        assertTrue(asked.confidence() < 1);

        SheetMapping mapped = asked.mappings().get(0).assign(2, AppendixField.LEAD_UNITS, null);
        ImportPreview answered = imports.preview(file, "kh.xlsx", List.of(mapped));
        long id = imports.commitNew(answered);
        Plan stored = plans.load(id).orElseThrow();
        assertEquals(1, stored.taskCount());
        assertEquals(List.of("Phòng Văn hóa - Xã hội"), stored.allTasks().get(0).leadUnits(),
                "the column the officer named the lead unit");
    }

    @Test
    void theMoreHeadersItDoesNotKnowTheLessSureTheImportIs() {
        double oneUnknown = imports.preview(workbook("KH", List.of("STT", "Nội dung công việc", "Đơn vị chủ trì",
                "Kinh phí"), List.of("1", "Số hóa hồ sơ", "Công an phường", "100 triệu")), "a.xlsx").confidence();
        double twoUnknown = imports.preview(workbook("KH", List.of("STT", "Nội dung công việc", "Cơ quan thực hiện",
                "Kinh phí"), List.of("1", "Số hóa hồ sơ", "Công an phường", "100 triệu")), "b.xlsx").confidence();
        double sure = imports.preview(workbook("KH", List.of("STT", "Nội dung công việc", "Đơn vị chủ trì"),
                List.of("1", "Số hóa hồ sơ", "Công an phường")), "c.xlsx").confidence();
        assertEquals(1.0, sure);
        assertTrue(oneUnknown < sure && oneUnknown > 0, "one header of four unknown: " + oneUnknown);
        assertTrue(twoUnknown < oneUnknown, twoUnknown + " < " + oneUnknown);
    }

    @Test
    void aTableWithoutItsNumberColumnIsWrittenOnlyOnceTheOfficerSaysWhichColumnHoldsIt() {
        byte[] file = workbook("KH", List.of("Mã", "Nội dung công việc", "Đơn vị chủ trì"),
                List.of("1", "Số hóa hồ sơ hộ tịch", "Công an phường"),
                List.of("2", "Tập huấn kỹ năng số", "Phòng Văn hóa - Xã hội"));
        ImportPreview asked = imports.preview(file, "kh.xlsx");
        assertTrue(asked.needsMapping());
        assertFalse(asked.importable(), "no column is known to hold the numbers");
        List<PlanSummary> before = plans.list();
        assertEquals("xlsx.noRows", assertThrows(PlanDeskException.class, () -> imports.commitNew(asked)).key());
        assertEquals(before, plans.list(), "nothing written");

        ImportPreview answered = imports.preview(file, "kh.xlsx",
                List.of(asked.mappings().get(0).assign(0, AppendixField.NUMBER, null)));
        assertTrue(answered.importable());
        Plan stored = plans.load(imports.commitNew(answered)).orElseThrow();
        assertEquals(List.of("1", "2"), stored.allTasks().stream().map(t -> t.number()).toList());
    }

    @Test
    void aTableWithNoNumberColumnAtAllAsksTheOfficerRatherThanRefusing() {
        byte[] file = workbook("KH", List.of("Nội dung công việc", "Đơn vị chủ trì"),
                List.of("Số hóa hồ sơ hộ tịch", "Công an phường"));
        ImportPreview asked = imports.preview(file, "kh.xlsx");
        assertTrue(asked.needsMapping(), "every header known, but no number column");
        assertFalse(asked.importable());
    }

    @Test
    void aTableWithAKnownHeaderAndNoRowsIsRefusedAtOnce() {
        byte[] file = workbook("KH", List.of("STT", "Nội dung công việc", "Đơn vị chủ trì"));
        PlanDeskException e = assertThrows(PlanDeskException.class, () -> imports.preview(file, "trong.xlsx"));
        assertEquals("xlsx.noRows", e.key());
        assertTrue(plans.list().isEmpty());
    }

    @Test
    void aTableOfIndicatorsAloneIsAPlanToImport() {
        byte[] file = workbook("Chỉ tiêu", List.of("STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả"),
                List.of("1", "Tỷ lệ hồ sơ trực tuyến", "%", "≥ 80"));
        ImportPreview preview = imports.preview(file, "chitieu.xlsx");
        assertTrue(preview.importable());
        Plan stored = plans.load(imports.commitNew(preview)).orElseThrow();
        assertEquals(0, stored.taskCount());
        assertEquals(List.of("Tỷ lệ hồ sơ trực tuyến"), stored.indicators().stream().map(i -> i.name()).toList());
    }

    @Test
    void theStoreIsBackedUpBeforeAnImportAndBeforeAnImportIntoAPlan() {
        StoreBackups backups = new StoreBackups(db, CLOCK);
        imports.backUpWith(backups);
        OfficeExportService exports = new OfficeExportService(plans);
        long ward = plans.insert(new SampleLibrary().plan("chon-thanh-ward-plan.json"));
        ImportPreview preview = imports.preview(exports.exportXlsx(ward), "ct.xlsx");
        imports.commitNew(preview);
        assertEquals(List.of("Trước khi nhập"), backups.list().stream().map(StoreBackups.Backup::kind).toList());
        PlanComparison changes = imports.compare(preview, ward);
        imports.commitInto(ward, changes, Set.copyOf(changes.changes()));
        assertEquals(List.of("Trước khi nhập", "Trước khi thay nội dung kế hoạch"),
                backups.list().stream().map(StoreBackups.Backup::kind).sorted().toList());
    }

    @Test
    void anImportIntoAPlanNoLongerInTheStoreIsRefusedAndChangesNothing() {
        long ward = plans.insert(new SampleLibrary().plan("chon-thanh-ward-plan.json"));
        ImportPreview preview = imports.preview(new OfficeExportService(plans).exportXlsx(ward), "ct.xlsx");
        List<PlanSummary> before = plans.list();
        assertEquals("plan.notFound", assertThrows(PlanDeskException.class,
                () -> imports.compare(preview, ward + 99)).key());
        PlanComparison changes = imports.compare(preview, ward);
        assertEquals("plan.notFound", assertThrows(PlanDeskException.class,
                () -> imports.commitInto(ward + 99, changes, Set.copyOf(changes.changes()))).key());
        assertEquals(before, plans.list());
    }

    @Test
    void theWorkbookWrittenToAFileImportsBackAsThePlan() throws IOException {
        OfficeExportService exports = new OfficeExportService(plans);
        long ward = plans.insert(new SampleLibrary().plan("chon-thanh-ward-plan.json"));
        Path file = dir.resolve("ra").resolve(exports.suggestedName(ward, "xlsx"));
        exports.exportXlsx(ward, file);
        long back = imports.commitNew(imports.preview(Files.readAllBytes(file), file.getFileName().toString()));
        assertEquals(plans.load(ward).orElseThrow().withoutIds(), plans.load(back).orElseThrow().withoutIds());
    }

    @Test
    void aPlanWithNothingToNameItByIsOfferedAsKeHoach() {
        Plan kh92 = new SampleLibrary().plan("kh92-2025-partial.json");
        long nameless = plans.insert(PlanBuilder.from(kh92).symbol("-UBND").issuer("").locality("").build());
        assertEquals("ke-hoach.xlsx", new OfficeExportService(plans).suggestedName(nameless, "xlsx"));
    }

    /** A workbook of one sheet: the header row, then the rows, every cell text. */
    @SafeVarargs
    private static byte[] workbook(String sheetName, List<String> header, List<String>... rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet(sheetName);
            row(sheet, 0, header);
            for (int i = 0; i < rows.length; i++) {
                row(sheet, i + 1, rows[i]);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void row(XSSFSheet sheet, int index, List<String> cells) {
        XSSFRow r = sheet.createRow(index);
        for (int c = 0; c < cells.size(); c++) {
            r.createCell(c).setCellValue(cells.get(c));
        }
    }
}
