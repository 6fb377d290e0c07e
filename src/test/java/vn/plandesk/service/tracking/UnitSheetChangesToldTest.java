package vn.plandesk.service.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.Messages;

/**
 * How a change read from a unit's returned workbook is told in the preview and on the command line: the status before
 * and after, and only the fields that changed, a field filled for the first time with its new text alone; and the
 * status column read as the unit typed it.
 */
class UnitSheetChangesToldTest {
    private static final Period Q1 = Period.parse("2026-Q1");
    private static final PlanTask TASK = new PlanTask(5L, "3", "Tổ chức hội nghị tuyên truyền", "",
            List.of("Phòng Văn hóa - Xã hội"), List.of(), "", Deadline.of("Quý I/2026"), null, null, "", List.of(),
            List.of());

    @BeforeEach
    void vietnamese() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    private static ProgressEntry entry(ProgressStatus s, String result, String cause) {
        return new ProgressEntry(5L, Q1, s, result, null, "", "", cause, "", List.of());
    }

    @Test
    void aFirstReportShowsTheNewStatusAndWhatItSays() {
        UnitSheets.Change c = new UnitSheets.Change("vhxh.xlsx", 7, "Phòng Văn hóa - Xã hội", TASK, null,
                entry(ProgressStatus.DONE, "Đã tổ chức 05 hội nghị", ""));
        assertEquals("vhxh.xlsx, dòng 7: nhiệm vụ 3 \"Tổ chức hội nghị tuyên truyền\": chưa có → Hoàn thành;"
                + " kết quả: \"Đã tổ chức 05 hội nghị\"", c.describe());
    }

    @Test
    void aCorrectionShowsOnlyWhatChangedFromBeforeToAfter() {
        UnitSheets.Change c = new UnitSheets.Change("vhxh.xlsx", 8, "Phòng Văn hóa - Xã hội", TASK,
                entry(ProgressStatus.IN_PROGRESS, "Đã tổ chức 02 hội nghị", ""),
                entry(ProgressStatus.NOT_DONE, "Đã tổ chức 02 hội nghị", "Tỉnh dừng triển khai"));
        assertEquals("vhxh.xlsx, dòng 8: nhiệm vụ 3 \"Tổ chức hội nghị tuyên truyền\": Đang thực hiện → Không thực"
                + " hiện; nguyên nhân: \"Tỉnh dừng triển khai\"", c.describe());
        UnitSheets.Change again = new UnitSheets.Change("vhxh.xlsx", 8, "Phòng Văn hóa - Xã hội", TASK,
                entry(ProgressStatus.IN_PROGRESS, "Đã tổ chức 02 hội nghị", ""),
                entry(ProgressStatus.IN_PROGRESS, "Đã tổ chức 04 hội nghị", ""));
        assertEquals("vhxh.xlsx, dòng 8: nhiệm vụ 3 \"Tổ chức hội nghị tuyên truyền\": Đang thực hiện → Đang thực"
                + " hiện; kết quả: \"Đã tổ chức 02 hội nghị\" → \"Đã tổ chức 04 hội nghị\"", again.describe());
    }

    @Test
    void shortcomingsAndEvidenceAddedAreToldToo() {
        UnitSheets.Change c = new UnitSheets.Change("vhxh.xlsx", 9, "Phòng Văn hóa - Xã hội", TASK,
                entry(ProgressStatus.IN_PROGRESS, "Đã tổ chức 02 hội nghị", ""),
                new ProgressEntry(5L, Q1, ProgressStatus.IN_PROGRESS, "Đã tổ chức 02 hội nghị", null, "",
                        "Thiếu kinh phí", "", "Biên bản hội nghị ngày 12/3", List.of()));
        assertEquals("vhxh.xlsx, dòng 9: nhiệm vụ 3 \"Tổ chức hội nghị tuyên truyền\": Đang thực hiện → Đang thực"
                + " hiện; tồn tại, hạn chế: \"Thiếu kinh phí\"; minh chứng: \"Biên bản hội nghị ngày 12/3\"",
                c.describe());
    }

    @Test
    void theStatusColumnIsReadInEitherLanguageOrByItsName() {
        assertEquals(Optional.of(ProgressStatus.DONE), UnitSheets.status("Hoàn thành"));
        assertEquals(Optional.of(ProgressStatus.DONE), UnitSheets.status("hoan thanh"));
        assertEquals(Optional.of(ProgressStatus.BEHIND), UnitSheets.status("Behind schedule"), "the English list");
        assertEquals(Optional.of(ProgressStatus.BEHIND), UnitSheets.status("BEHIND"), "the name");
        assertEquals(Optional.empty(), UnitSheets.status("xong rồi"));
    }
}
