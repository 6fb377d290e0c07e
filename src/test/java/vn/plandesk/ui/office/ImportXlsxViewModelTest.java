package vn.plandesk.ui.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.table.AppendixField;
import vn.plandesk.service.Messages;
import vn.plandesk.service.PlanService;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.service.derive.PlanChange;
import vn.plandesk.service.office.ImportXlsxService;
import vn.plandesk.service.office.OfficeExportService;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.ui.BackgroundWork;
import vn.plandesk.ui.FxThread;

/**
 * "Nhập từ Excel" without a window: the view model on a real store reads the file on the worker, asks for the columns
 * it does not know, previews with the doubtful rows, imports as a new plan or applies the accepted changes to a stored
 * one, and refuses a bad file in one sentence with nothing written.
 */
class ImportXlsxViewModelTest {
    @TempDir
    Path dir;
    private Database db;
    private PlanRepository repo;
    private PlanService plans;
    private BackgroundWork work;
    private ImportXlsxViewModel model;
    private final List<Long> newPlans = new ArrayList<>();
    private final List<String> finished = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("store"));
        repo = new PlanRepository(db);
        plans = new PlanService(repo);
        work = new BackgroundWork(t -> { });
        model = FxThread.call(() -> new ImportXlsxViewModel(new ImportXlsxService(repo), plans, work));
        model.setOnNewPlan(newPlans::add);
        model.setOnFinished(finished::add);
    }

    @AfterEach
    void close() {
        work.close();
        db.close();
    }

    private void read(Path file) {
        FxThread.run(() -> model.open(file));
        FxThread.awaitIdle(work);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void aLongAppendixPreviewCountsAsTheOfficerWritesNumbers() {
        java.util.Locale before = Messages.locale();
        Messages.setLocale(Messages.VIETNAMESE);
        try {
            String sentence = ImportXlsxViewModel.previewSentence(vn.plandesk.service.SyntheticPlan.generate(13_000, 57L),
                    1442);
            assertTrue(sentence.contains("13.000 nhiệm vụ") && sentence.contains("1.442 cảnh báo"), sentence);
        } finally {
            Messages.setLocale(before);
        }
    }

    @Test
    void previewsWithTheDoubtfulRowThenImportsANewPlan() throws Exception {
        read(write("phu-luc.xlsx", workbook("Phụ lục",
                new String[] {"STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"},
                new String[] {"I", "Nâng cao nhận thức"},
                new String[] {"1", "Quán triệt Nghị quyết 57", "Phòng Văn hóa - Xã hội", "Quý IV/2025"},
                new String[] {"2", "Tuyên truyền", "Phòng Văn hóa - Xã hội", "lúc nào tiện"})));
        assertEquals(ImportXlsxViewModel.Step.PREVIEW, model.stepProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals(1, model.warnings().size());
        assertTrue(model.warnings().get(0).contains("dòng 4"), model.warnings().get(0));
        assertTrue(model.importableProperty().get());
        assertEquals(Messages.get("office.import.preview", "1", "2", "0", "1"), model.statusProperty().get());
        assertEquals(1, model.targets().size(), "only \"a new plan\" when the store is empty");
        assertNull(model.targets().get(0));
        assertEquals(0, plans.list().size(), "nothing is written before the officer confirms");

        FxThread.run(model::confirm);
        assertEquals(ImportXlsxViewModel.Step.DONE, model.stepProperty().get());
        assertEquals(1, plans.list().size());
        long id = plans.list().get(0).id();
        assertEquals(List.of(id), newPlans);
        assertEquals(List.of(Messages.get("office.import.done", String.valueOf(id))), finished);
        assertEquals(2, plans.list().get(0).tasks());
    }

    @Test
    void anUnknownColumnIsMappedByTheOfficerBeforeThePreview() throws Exception {
        read(write("s.xlsx", workbook("S", new String[] {"STT", "Nội dung công việc", "Cơ quan thực hiện", "Kinh phí"},
                new String[] {"1", "Số hóa hồ sơ", "Phòng Văn hóa - Xã hội", "100 triệu"})));
        assertEquals(ImportXlsxViewModel.Step.MAPPING, model.stepProperty().get());
        assertEquals(Messages.get("office.import.mapping"), model.statusProperty().get());
        assertEquals(4, model.mapping().size());
        assertEquals("S · C", model.mapping().get(2).place());
        FxThread.run(() -> {
            model.mapping().get(2).field().set(AppendixField.LEAD_UNITS);
            model.mapping().get(3).field().set(AppendixField.IGNORED);
            model.continueWithMapping();
        });
        FxThread.awaitIdle(work);
        assertEquals(ImportXlsxViewModel.Step.PREVIEW, model.stepProperty().get());
        assertEquals(List.of("Phòng Văn hóa - Xã hội"),
                model.previewProperty().get().plan().allTasks().get(0).leadUnits());
        assertEquals(0, plans.list().size());
    }

    @Test
    void intoAStoredPlanOnlyTheTickedChangesAreWritten() throws Exception {
        Plan ward = new SampleLibrary().plan("chon-thanh-ward-plan.json");
        long id = repo.insert(ward);
        byte[] edited;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new OfficeExportService(repo).exportXlsx(id)));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.getSheetAt(0);
            int first = -1;
            for (var row : sheet) {
                if (row.getCell(0) != null && "1".equals(row.getCell(0).getStringCellValue()) && first < 0) {
                    first = row.getRowNum();
                }
            }
            sheet.getRow(first).getCell(2).setCellValue("Tên mới của nhiệm vụ 1");
            sheet.removeRow(sheet.getRow(first + 1));
            wb.write(out);
            edited = out.toByteArray();
        }
        read(write("ct.xlsx", edited));
        assertEquals(ImportXlsxViewModel.Step.PREVIEW, model.stepProperty().get());
        FxThread.run(() -> {
            model.targetProperty().set(model.targets().stream().filter(p -> p != null && p.id() == id).findFirst()
                    .orElseThrow());
            model.confirm();
        });
        assertEquals(ImportXlsxViewModel.Step.CHANGES, model.stepProperty().get());
        assertEquals(2, model.changes().size());
        ImportXlsxViewModel.ChangeRow renamed = model.changes().stream()
                .filter(r -> r.change().kind() == PlanChange.Kind.CHANGED).findFirst().orElseThrow();
        assertEquals(Messages.get("office.change.CHANGED"), renamed.kindText());
        assertTrue(renamed.where().startsWith(Messages.get("office.change.group", "I")), renamed.where());
        assertTrue(model.changes().stream().allMatch(r -> r.accepted().get()), "every change is ticked at first");
        FxThread.run(() -> {
            model.changes().stream().filter(r -> r != renamed).forEach(r -> r.accepted().set(false));
            model.apply();
        });
        assertEquals(ImportXlsxViewModel.Step.DONE, model.stepProperty().get());
        assertEquals(List.of(Messages.get("office.import.applied", "1")), finished);
        Plan after = repo.load(id).orElseThrow();
        assertEquals("Tên mới của nhiệm vụ 1", after.groups().get(0).tasks().get(0).name());
        assertEquals(ward.taskCount(), after.taskCount(), "the unticked removal was not applied");
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedInOneSentenceAndNothingIsWritten() throws Exception {
        read(write("ke-hoach.xlsx", "không phải bảng tính".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ImportXlsxViewModel.Step.NONE, model.stepProperty().get());
        assertFalse(model.busyProperty().get());
        String sentence = model.statusProperty().get();
        assertEquals(Messages.of(new PlanDeskException("xlsx.notSpreadsheet", "ke-hoach.xlsx")), sentence);
        assertFalse(sentence.contains("Exception"), sentence);
        assertEquals(0, plans.list().size());
        assertTrue(newPlans.isEmpty() && finished.isEmpty());
    }

    private static byte[] workbook(String sheet, String[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet s = wb.createSheet(sheet);
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
