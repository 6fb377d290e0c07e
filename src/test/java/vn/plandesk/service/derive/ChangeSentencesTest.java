package vn.plandesk.service.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.WardRole;
import vn.plandesk.service.InVietnamese;

/**
 * Each change of the parent plan as the one sentence the officer reads in the comparison dialog and on the command
 * line: its own words for each kind, both sides of what changed, "—" for a side left blank, the ward tasks it touches
 * at the end, and a long task name cut to one line.
 */
@ExtendWith(InVietnamese.class)
class ChangeSentencesTest {
    private static final PlanTask OLD = new PlanTask(null, "3", "Xây dựng chính quyền số", "",
            List.of("Sở Khoa học và Công nghệ"), List.of(), "Báo cáo", Deadline.of("Quý IV/2025"), WardRole.LEAD,
            null, "", List.of(), List.of());
    private static final PlanTask NEW = new PlanTask(null, "4", "Xây dựng chính quyền số và đô thị thông minh", "",
            List.of("Sở Nội vụ"), List.of("UBND các xã"), "", Deadline.of("Quý II/2026"), WardRole.LEAD, null, "",
            List.of(), List.of());
    private static final PlanChange.TaskPair PAIR = new PlanChange.TaskPair(2, "3", "4", OLD, NEW, 0.8);


    @Test
    void eachKindOfChangeIsToldInItsOwnWords() {
        assertEquals("Thêm nhiệm vụ 4: Xây dựng chính quyền số và đô thị thông minh",
                ChangeText.describe(new PlanChange.TaskAdded(2, "4", NEW, List.of())));
        assertEquals("Bỏ nhiệm vụ 3: Xây dựng chính quyền số",
                ChangeText.describe(new PlanChange.TaskRemoved(2, "3", OLD, List.of())));
        assertEquals("Đổi số thứ tự 3 → 4: Xây dựng chính quyền số và đô thị thông minh",
                ChangeText.describe(new PlanChange.TaskMoved(PAIR, 2, List.of())));
        assertEquals("Sửa nội dung nhiệm vụ 3: Xây dựng chính quyền số và đô thị thông minh",
                ChangeText.describe(new PlanChange.NameChanged(PAIR, OLD.name(), NEW.name(), List.of())));
        assertEquals("Đổi thời gian nhiệm vụ 3: Quý IV/2025 → Quý II/2026",
                ChangeText.describe(new PlanChange.DeadlineChanged(PAIR, OLD.deadline(), NEW.deadline(), List.of())));
        assertEquals("Đổi kết quả nhiệm vụ 3: Báo cáo → —",
                ChangeText.describe(new PlanChange.ResultChanged(PAIR, OLD.result(), NEW.result(), List.of())),
                "a result taken away reads as a dash, not as nothing");
        assertEquals("Đổi đơn vị nhiệm vụ 3: chủ trì Sở Nội vụ; phối hợp UBND các xã",
                ChangeText.describe(new PlanChange.UnitsChanged(PAIR, PlanChange.Units.of(OLD),
                        PlanChange.Units.of(NEW), List.of())));
        assertEquals("Đổi đơn vị nhiệm vụ 3: chủ trì Sở Khoa học và Công nghệ; phối hợp —",
                ChangeText.describe(new PlanChange.UnitsChanged(PAIR, PlanChange.Units.of(NEW),
                        PlanChange.Units.of(OLD), List.of())));
        assertEquals("Nhiệm vụ 3 không có nhiệm vụ tương ứng trong kế hoạch mới: Xây dựng chính quyền số",
                ChangeText.describe(new PlanChange.Unmatched(2, "3", OLD, List.of())));
        assertEquals("Nhiệm vụ 3 ứng với nhiệm vụ 4 của kế hoạch mới (giống 80%): "
                + "Xây dựng chính quyền số và đô thị thông minh",
                ChangeText.describe(new PlanChange.Relink(PAIR, List.of())));
    }

    @Test
    void aDeadlineGivenForTheFirstTimeShowsADashBeforeIt() {
        assertEquals("Đổi thời gian nhiệm vụ 3: — → Quý II/2026",
                ChangeText.describe(new PlanChange.DeadlineChanged(PAIR, Deadline.none(), NEW.deadline(), List.of())));
    }

    @Test
    void theWardTasksAChangeTouchesComeAfterTheSentence() {
        assertEquals("Bỏ nhiệm vụ 3: Xây dựng chính quyền số [nhiệm vụ của phường/xã: 2, 5]",
                ChangeText.describe(new PlanChange.TaskRemoved(2, "3", OLD, List.of("2", "5"))));
    }

    @Test
    void aRowOfAnImportedFileIsToldByItsKindNumberAndName() {
        assertEquals("Sửa 4: Xây dựng chính quyền số và đô thị thông minh",
                ChangeText.describe(new PlanChange.TaskReplaced(PAIR)));
        Indicator indicator = new Indicator(null, "2", "Tỷ lệ hồ sơ trực tuyến", "%", "", "80");
        assertEquals("Thêm 2: Tỷ lệ hồ sơ trực tuyến", ChangeText.describe(new PlanChange.IndicatorAdded(indicator)));
        assertEquals("Bỏ 2: Tỷ lệ hồ sơ trực tuyến", ChangeText.describe(new PlanChange.IndicatorRemoved(indicator)));
    }

    @Test
    void aLongTaskNameIsCutToOneLineAndAShortOneIsLeftWhole() {
        String ninety = "x".repeat(90);
        assertEquals(ninety, ChangeText.excerpt(ninety), "ninety characters fit the line");
        String longer = "Nhiệm vụ " + "y".repeat(100);
        String cut = ChangeText.excerpt(longer);
        assertEquals(90, cut.length());
        assertEquals(longer.substring(0, 89) + "…", cut);
        assertEquals("Sửa nội dung nhiệm vụ 3: " + cut,
                ChangeText.describe(new PlanChange.NameChanged(PAIR, OLD.name(), longer, List.of())));
    }
}
