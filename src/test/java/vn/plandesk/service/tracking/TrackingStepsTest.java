package vn.plandesk.service.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.tracking.IndicatorResult;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.Messages;
import vn.plandesk.service.SampleStore;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.edit.PlanEditors;
import vn.plandesk.service.edit.TaskFields;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.TrackingRepository;

/**
 * Tracking steps as the officer takes them, on the Chơn Thành plan: redoing a cleared entry or an indicator's result
 * leaves the plan open in its editor; undoing one indicator's result leaves the others; the timeline of a plan not
 * stored has nothing changed since issue; a unit's workbook lists the tasks it only coordinates too, is named
 * within what a file name holds, and returned untouched changes nothing even where an earlier quarter's entry shows;
 * a workbook read before the officer recorded the same task is refused; a change read from a workbook tells every
 * field it changes.
 */
class TrackingStepsTest {
    private static final Period Q1 = Period.parse("2026-Q1");

    @TempDir
    Path dir;

    @Test
    void redoingAClearedEntryOrAResultKeepsThePlanOpenAndUndoingOneResultLeavesTheOthers() {
        long planId = SampleStore.copyTo(dir).get(2);
        try (Database db = Database.open(dir)) {
            PlanEditor editor = new PlanEditors(new PlanRepository(db)).open(planId);
            TrackingService tracking = new TrackingService(new TrackingRepository(db));
            List<Plan> heard = new ArrayList<>();
            editor.addListener(heard::add);
            PlanTask task = editor.plan().allTasks().get(0);
            tracking.record(editor, ProgressEntry.of(task.id(), Q1, ProgressStatus.DONE));
            tracking.clear(editor, task.id(), Q1);
            assertTrue(editor.undo());
            assertTrue(editor.redo());
            assertTrue(editor.plan() != null && editor.plan().id() == planId, "after redoing the clearing");

            Indicator a = editor.plan().indicators().get(8);
            Indicator b = editor.plan().indicators().get(9);
            tracking.recordResult(editor, new IndicatorResult(a.id(), Q1, "50", null, "", null));
            tracking.recordResult(editor, new IndicatorResult(b.id(), Q1, "10", null, "", null));
            tracking.recordResult(editor, new IndicatorResult(b.id(), Q1, "20", null, "", null));
            assertTrue(editor.undo());
            assertEquals(List.of("50", "10"), values(tracking, planId, a, b), "b's former result, a's untouched");
            assertTrue(editor.redo());
            assertEquals(List.of("50", "20"), values(tracking, planId, a, b));
            assertTrue(editor.plan() != null && editor.plan().id() == planId, "after redoing a result");
            assertTrue(heard.stream().allMatch(p -> p != null && p.id() == planId), "the window heard the plan");
        }
    }

    private static List<String> values(TrackingService tracking, long planId, Indicator... indicators) {
        List<String> out = new ArrayList<>();
        for (Indicator i : indicators) {
            out.add(tracking.results(planId).stream().filter(r -> r.indicatorId() == i.id())
                    .map(IndicatorResult::value).findFirst().orElse(null));
        }
        return out;
    }

    @Test
    void theTimelineOfAPlanNotStoredHasNothingChangedSinceIssue() {
        long planId = SampleStore.copyTo(dir).get(2);
        try (Database db = Database.open(dir)) {
            Plan plan = new PlanRepository(db).load(planId).orElseThrow();
            var timeline = new TrackingService(new TrackingRepository(db)).timeline(plan.withId(null), Q1);
            assertFalse(timeline.differsFromBaseline());
        }
    }

    @Test
    void aUnitsTasksAreThoseItLeadsAndThoseItOnlyCoordinatesInThePlansOrder() {
        PlanTask a = units(PlanTask.named("1", "Số hóa hồ sơ"), List.of("Công an phường"), List.of("Trạm Y tế"));
        PlanTask b = units(PlanTask.named("2", "Tập huấn kỹ năng số"), List.of("Trạm Y tế"), List.of());
        PlanTask c = units(PlanTask.named("3", "Tuyên truyền"), List.of("Phòng Văn hóa - Xã hội"),
                List.of("công an phường"));
        Plan plan = vn.plandesk.service.SyntheticPlan.generate(7, 1)
                .withGroups(List.of(new TaskGroup(1, "Nhóm I", List.of(a, b, c))));
        assertEquals(List.of(new UnitSheets.UnitTask(a, UnitSheets.Role.LEAD),
                new UnitSheets.UnitTask(c, UnitSheets.Role.COORDINATOR)), UnitSheets.tasksOf(plan, "Công an phường"));
        assertEquals(List.of(new UnitSheets.UnitTask(a, UnitSheets.Role.COORDINATOR),
                new UnitSheets.UnitTask(b, UnitSheets.Role.LEAD)), UnitSheets.tasksOf(plan, "Trạm Y tế"));
        assertEquals(List.of(), UnitSheets.tasksOf(plan, "Phòng Tư pháp"));
    }

    private static PlanTask units(PlanTask t, List<String> lead, List<String> coordinating) {
        return TaskFields.coordinatingUnits(TaskFields.leadUnits(t, lead), coordinating);
    }

    @Test
    void aLongUnitNameIsCutToEightyLettersInItsFileName() {
        String unit = "Ban chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số phường Chơn Thành";
        assertTrue(unit.length() > 80);
        assertEquals("2026-Q1 " + unit.substring(0, 80).strip() + ".xlsx", UnitSheets.fileName(Q1, unit));
        String eighty = "P".repeat(80);
        assertEquals("2026-Q1 " + eighty + ".xlsx", UnitSheets.fileName(Q1, eighty));
    }

    /** The plan's editor, its tracking and unit workbooks on an open store, and the first unit its tasks name. */
    private record Units(PlanEditor editor, TrackingService tracking, UnitSheets sheets, String unit) {
        Units(Database db, long planId) {
            this(new PlanEditors(new PlanRepository(db)), new TrackingService(new TrackingRepository(db)), planId);
        }

        private Units(PlanEditors editors, TrackingService tracking, long planId) {
            this(editors.open(planId), tracking, new UnitSheets(editors, tracking),
                    UnitSheets.units(editors.open(planId).plan()).get(0));
        }
    }

    @Test
    void aWorkbookReturnedUntouchedChangesNothingEvenWhereAnEarlierQuartersEntryShows() throws Exception {
        long planId = SampleStore.copyTo(dir.resolve("db")).get(2);
        try (Database db = Database.open(dir.resolve("db"))) {
            Units u = new Units(db, planId);
            TrackingService tracking = u.tracking();
            UnitSheets sheets = u.sheets();
            PlanEditor editor = u.editor();
            String unit = u.unit();
            PlanTask task = UnitSheets.tasksOf(editor.plan(), unit).get(0).task();
            tracking.record(editor, new ProgressEntry(task.id(), Period.parse("2025-Q4"), ProgressStatus.IN_PROGRESS,
                    "Đã khảo sát 3 khu phố", null, unit, "", "", "", List.of()));
            Path file = sheets.export(planId, Q1, unit, dir.resolve("ra")).get(0);
            UnitSheets.Preview read = sheets.read(planId, Q1, unit,
                    List.of(new UnitSheets.ReturnedFile(file.getFileName().toString(), Files.readAllBytes(file))));
            assertEquals(List.of(), read.changes());
        }
    }

    @Test
    void aWorkbookReadBeforeTheOfficerRecordedTheSameTaskIsRefusedAndTheOfficersEntryStays() throws Exception {
        long planId = SampleStore.copyTo(dir.resolve("db")).get(2);
        try (Database db = Database.open(dir.resolve("db"))) {
            Units u = new Units(db, planId);
            TrackingService tracking = u.tracking();
            UnitSheets sheets = u.sheets();
            PlanEditor editor = u.editor();
            String unit = u.unit();
            Path file = sheets.export(planId, Q1, unit, dir.resolve("ra")).get(0);
            byte[] filled;
            long taskId;
            try (var wb = new XSSFWorkbook(Files.newInputStream(file));
                 var out = new ByteArrayOutputStream()) {
                var row = StreamSupport.stream(wb.getSheetAt(0).spliterator(), false)
                        .filter(r -> r.getCell(11) != null && r.getCell(11).getCellType()
                                == CellType.NUMERIC).findFirst().orElseThrow();
                taskId = (long) row.getCell(11).getNumericCellValue();
                row.getCell(6).setCellValue(TrackingService.label(ProgressStatus.DONE));
                wb.write(out);
                filled = out.toByteArray();
            }
            UnitSheets.Preview read = sheets.read(planId, Q1, unit, List.of(new UnitSheets.ReturnedFile("ra.xlsx",
                    filled)));
            assertEquals(1, read.changes().size());
            ProgressEntry officers = ProgressEntry.of(taskId, Q1, ProgressStatus.IN_PROGRESS);
            tracking.record(editor, officers);
            assertEquals("unitSheets.stale", assertThrows(PlanDeskException.class, () -> sheets.applyAll(read)).key());
            assertEquals(ProgressStatus.IN_PROGRESS, tracking.progress(planId).entry(taskId, Q1).orElseThrow()
                    .status(), "the officer's entry stays");
        }
    }

    @Test
    void aChangeReadFromAWorkbookTellsEveryFieldItChangesAndCutsLongTextAtSixtyLetters() {
        Messages.setLocale(Messages.VIETNAMESE);
        PlanTask task = PlanTask.named("3", "Số hóa hồ sơ hộ tịch");
        String sixty = "x".repeat(60);
        ProgressEntry before = new ProgressEntry(1L, Q1, ProgressStatus.BEHIND, sixty, null, "", "Thiếu người",
                "Chưa có kinh phí", "", List.of());
        ProgressEntry after = new ProgressEntry(1L, Q1, ProgressStatus.NOT_DONE, sixty + "y", null, "",
                "Đã bố trí người", "Tỉnh dừng", "", List.of());
        String said = new UnitSheets.Change("cong-an.xlsx", 9, "Công an phường", task, before, after).describe();
        assertTrue(said.contains("; kết quả: \"" + sixty + "\" → \"" + "x".repeat(59) + "…\""), said);
        assertTrue(said.contains("; tồn tại, hạn chế: \"Thiếu người\" → \"Đã bố trí người\""), said);
        assertTrue(said.contains("; nguyên nhân: \"Chưa có kinh phí\" → \"Tỉnh dừng\""), said);
        assertFalse(said.contains("minh chứng"), "the evidence did not change");
    }
}
