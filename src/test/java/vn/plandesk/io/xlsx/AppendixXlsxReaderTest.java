package vn.plandesk.io.xlsx;

import vn.plandesk.io.table.AppendixImport;
import vn.plandesk.model.table.SheetMapping;
import vn.plandesk.model.table.ColumnMapping;
import vn.plandesk.model.table.ImportWarning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.table.AppendixField;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.WardRole;

/** Appendices in the shapes officers receive them, each read into the plan it shows. */
class AppendixXlsxReaderTest {
    private final AppendixXlsxReader reader = new AppendixXlsxReader();

    @Test
    void provinceStyleWithTwoHeaderRowsYearGridAndMergedGroupRows() {
        byte[] file = provinceAppendix(new SheetBuilder());

        AppendixImport in = reader.read(file, "pl2.xlsx");

        assertTrue(in.sure(), () -> in.mappings().toString());
        assertEquals(List.of(), in.warnings());
        Plan p = in.plan();
        assertEquals(PlanKind.PROVINCE, p.kind());
        assertEquals("92", p.number());
        assertEquals(LocalDate.of(2025, 9, 15), p.issueDate());
        assertEquals("UBND tỉnh Đồng Nai", p.issuer());
        assertEquals(List.of("DANH MỤC CÁC NHIỆM VỤ"), p.appendixTitles());
        assertEquals(2, p.groups().size());
        assertEquals("Triển khai chính sách", p.groups().get(1).title());
        PlanTask first = p.groups().get(0).tasks().get(0);
        assertEquals("Tổ chức quán triệt Nghị quyết 57", first.name());
        assertEquals(List.of("Sở Văn hóa, Thể thao và Du lịch", "Báo, Đài tỉnh"), first.coordinatingUnits());
        assertEquals(6, first.deadline().years().size());
        assertEquals(Deadline.Kind.YEAR_GRID, first.deadline().kind());
        PlanTask second = p.groups().get(0).tasks().get(1);
        assertEquals(Map.of(2025, "Tháng 4"), second.deadline().years());
        PlanTask parent = p.groups().get(1).tasks().get(1);
        assertEquals(List.of("2.1", "2.2"), parent.subTasks().stream().map(PlanTask::number).toList());
        assertEquals(Map.of(2026, "x"), parent.subTasks().get(1).deadline().years());
    }

    /** The province's appendix as its tables are laid out: title block, two header rows, merged group rows. */
    private static byte[] provinceAppendix(SheetBuilder builder) {
        return builder.sheet("PL II")
                .row("Phụ lục II").mergeLast(0, 11)
                .row("DANH MỤC CÁC NHIỆM VỤ").mergeLast(0, 11)
                .row("(Kèm theo Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh Đồng Nai)").mergeLast(0, 11)
                .blank()
                .row("STT", "Nhiệm vụ", "Thời gian", null, null, null, null, null, "Lãnh đạo phụ trách",
                        "Đơn vị chủ trì, thực hiện", "Đơn vị phối hợp", "Kết quả")
                .row(null, null, 2025, 2026, 2027, 2028, 2029, 2030)
                .merge(1, 1, 2, 7).merge(1, 0, 0, 0).merge(1, 0, 1, 1).merge(1, 0, 8, 8).merge(1, 0, 9, 9)
                .merge(1, 0, 10, 10).merge(1, 0, 11, 11)
                .row("I", "Nâng cao nhận thức, đột phá về đổi mới tư duy").mergeLast(1, 11)
                .row(1, "Tổ chức quán triệt\nNghị quyết 57", "x", "x", "x", "x", "x", "x",
                        "Ông Võ Tấn Đức - CT UBND tỉnh", "Sở Khoa học và Công nghệ",
                        "Sở Văn hóa, Thể thao và Du lịch;\nBáo, Đài tỉnh", "Kế hoạch")
                .row(2, "Ban hành chương trình", "Tháng 4", null, null, null, null, null, null, "Sở Nội vụ", null,
                        "Chương trình")
                .row("II.", "Triển khai chính sách").mergeLast(1, 11)
                .row(1, "Rà soát quy định", null, "Quý 3", null, null, null, null, null, "Sở Tư pháp")
                .row(2, "Dự án khu CNTT")
                .row("2.1", "Đề án thành lập", "x", null, null, null, null, null, null, "Sở Khoa học và Công nghệ")
                .row("2.2", "Quy hoạch phân khu", null, "X", null, null, null, null, null, "Sở Xây dựng")
                .bytes();
    }

    @Test
    void anOldXlsReadsAsTheSameWorkbookSavedAsXlsx() {
        byte[] xls = provinceAppendix(new SheetBuilder(new org.apache.poi.hssf.usermodel.HSSFWorkbook()));
        byte[] xlsx = provinceAppendix(new SheetBuilder());

        AppendixImport old = reader.read(xls, "pl2.xls");

        assertTrue(old.sure(), () -> old.mappings().toString());
        assertEquals(reader.read(xlsx, "pl2.xlsx").plan(), old.plan());
        assertEquals(6, old.plan().allTasks().size(), "four tasks and two sub-tasks");
    }

    @Test
    void aWorkbookWrittenAsAStreamReadsAsOneWrittenWhole() {
        // streamed zips end their entries with 64-bit data descriptors; Excel opens them, and so must the reader
        byte[] streamed = provinceAppendix(new SheetBuilder(new org.apache.poi.xssf.streaming.SXSSFWorkbook()));

        AppendixImport in = reader.read(streamed, "pl2-web.xlsx");

        assertEquals(reader.read(provinceAppendix(new SheetBuilder()), "pl2.xlsx").plan(), in.plan());
    }

    @Test
    void wardStyleWithOneHeaderRowRepeatedHeadersAndColumnNumbers() {
        String stt = "STT (theo Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh)";
        String role = "Nhiệm vụ (theo Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh)";
        Object[] header = {"STT", stt, "Tên nhiệm vụ", role, "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả",
                "Thời gian hoàn thành", "Ghi chú"};
        byte[] file = new SheetBuilder().sheet("Sheet1")
                .row("ỦY BAN NHÂN DÂN PHƯỜNG CHƠN THÀNH")
                .row("PHỤ LỤC").mergeLast(0, 8)
                .row("DANH MỤC CÁC NHIỆM VỤ GIAO CÁC CƠ QUAN, ĐƠN VỊ").mergeLast(0, 8)
                .row("(Kèm theo Kế hoạch số:       /KH-UBND ngày       /     /2025 của UBND phường Chơn Thành)")
                .mergeLast(0, 8)
                .row(header)
                .row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)")
                .row("I", "Nâng cao nhận thức").mergeLast(1, 8)
                .row(1, 1, "Quán triệt Nghị quyết", "Chủ trì thực hiện", "Phòng Văn hóa - Xã hội", "Các cơ quan, đơn vị",
                        "Hội nghị", "Quý IV/2025", null)
                .row(header)
                .row(2, 3, "Tuyên truyền", "Phối hợp thực hiện",
                        "Phòng Văn hóa - Xã hội; Phòng Kinh tế, Hạ tầng và Đô thị", null, null, "Thường xuyên",
                        "Thực hiện khi có chỉ đạo, hướng dẫn triển khai của tỉnh")
                .row(3, 5, "Nhiệm vụ hạn lạ", "Tham gia", null, null, null, "khi nào xong", null)
                .bytes();

        AppendixImport in = reader.read(file, "ward.xlsx");

        assertTrue(in.sure(), () -> in.mappings().toString());
        Plan p = in.plan();
        assertEquals(PlanKind.WARD, p.kind());
        assertEquals("UBND phường Chơn Thành", p.issuer());
        assertEquals("", p.number());
        assertEquals("92", p.parentPlan().number());
        assertEquals(LocalDate.of(2025, 9, 15), p.parentPlan().date());
        List<PlanTask> tasks = p.groups().get(0).tasks();
        assertEquals(3, tasks.size(), "the repeated header and the column numbers are not tasks");
        assertEquals(WardRole.LEAD, tasks.get(0).role());
        assertEquals("3", tasks.get(1).parentRef().number());
        assertEquals(List.of("Phòng Văn hóa - Xã hội", "Phòng Kinh tế, Hạ tầng và Đô thị"), tasks.get(1).leadUnits());
        assertEquals(Deadline.Kind.CONTINUOUS, tasks.get(1).deadline().kind());
        // the doubtful row is named by its sheet row: an unknown role and an unreadable deadline
        assertEquals(List.of(new ImportWarning("Sheet1", 11, "xlsx.warn.deadline", List.of("khi nào xong")),
                new ImportWarning("Sheet1", 11, "xlsx.warn.role", List.of("Tham gia"))), in.warnings());
    }

    @Test
    void headersWithoutDiacriticsInAnotherOrderAndAnyCase() {
        byte[] file = new SheetBuilder().sheet("nhiem vu")
                .row("don vi phoi hop", "TEN NHIEM VU", "thoi gian hoan thanh", "stt", "Don Vi Chu Tri", "ket qua")
                .row(null, "I. Tăng cường đầu tư hạ tầng").mergeLast(1, 5)
                .row("Sở Tài chính", "Đầu tư trung tâm dữ liệu", "Tháng 12/2026", "1", "Sở Khoa học và Công nghệ",
                        "Trung tâm dữ liệu")
                .bytes();

        AppendixImport in = reader.read(file, "x.xlsx");

        assertTrue(in.sure(), () -> in.mappings().toString());
        SheetMapping m = in.mappings().get(0);
        assertEquals(AppendixField.COORDINATING_UNITS, m.columns().get(0).field());
        assertEquals(AppendixField.NUMBER, m.columns().get(3).field());
        Plan p = in.plan();
        assertEquals("Tăng cường đầu tư hạ tầng", p.groups().get(0).title());
        PlanTask t = p.groups().get(0).tasks().get(0);
        assertEquals("1", t.number());
        assertEquals("Đầu tư trung tâm dữ liệu", t.name());
        assertEquals(List.of("Sở Tài chính"), t.coordinatingUnits());
        assertEquals(LocalDate.of(2026, 12, 31), t.deadline().dueDate());
    }

    @Test
    void groupNumeralAndTitleInOneMergedCellAndRowsBeforeAnyGroup() {
        byte[] file = new SheetBuilder().sheet("KH")
                .row("STT", "Nhiệm vụ", "Đơn vị chủ trì")
                .row(1, "Nhiệm vụ trước nhóm", "Phòng A")
                .row("III. Hạ tầng").mergeLast(0, 2)
                .row(1, "Nhiệm vụ hạ tầng", "Phòng B")
                .row("IX", "Nhóm không có")
                .bytes();

        AppendixImport in = reader.read(file, "k.xlsx");

        assertEquals(List.of(1, 3), in.plan().groups().stream().map(g -> g.number()).toList());
        assertEquals("Hạ tầng", in.plan().group(3).orElseThrow().title());
        assertEquals(List.of(new ImportWarning("KH", 2, "xlsx.warn.noGroup", List.of("Nhiệm vụ trước nhóm")),
                new ImportWarning("KH", 5, "xlsx.warn.groupRange", List.of("IX"))), in.warnings());
    }

    @Test
    void indicatorsSheetWithSectionRows() {
        byte[] file = new SheetBuilder().sheet("Chỉ tiêu")
                .row("BẢNG TỔNG HỢP CÁC CHỈ TIÊU")
                .row("STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả")
                .row("I", "Đến năm 2030").mergeLast(1, 3)
                .row(1, "Tỷ lệ hồ sơ trực tuyến", "%", "≥ 80")
                .row("II", "Đến năm 2045").mergeLast(1, 3)
                .row(2, "Số doanh nghiệp công nghệ số", "Doanh nghiệp", "16-18")
                .bytes();

        Plan p = reader.read(file, "ct.xlsx").plan();

        assertEquals(2, p.indicators().size());
        assertEquals("Đến năm 2030", p.indicators().get(0).section());
        assertEquals("Đến năm 2045", p.indicators().get(1).section());
        assertEquals("16-18", p.indicators().get(1).target());
        assertEquals(List.of("BẢNG TỔNG HỢP CÁC CHỈ TIÊU"), p.appendixTitles());
    }

    @Test
    void anUnknownHeaderAsksForTheOfficersMappingWhichIsThenUsed() {
        byte[] file = new SheetBuilder().sheet("S")
                .row("STT", "Nội dung công việc", "Cơ quan thực hiện", "Kinh phí")
                .row(1, "Số hóa hồ sơ", "Phòng Văn hóa - Xã hội", "100 triệu")
                .bytes();

        AppendixImport first = reader.read(file, "s.xlsx");
        assertFalse(first.sure());
        SheetMapping m = first.mappings().get(0);
        assertEquals(AppendixField.NAME, m.columns().get(1).field());
        assertEquals(List.of("C", "D"), m.unknown().stream().map(ColumnMapping::letter).toList());

        SheetMapping fixed = m.assign(2, AppendixField.LEAD_UNITS, null);
        AppendixImport second = reader.read(file, "s.xlsx", Map.of("S", fixed));
        assertEquals(List.of("Phòng Văn hóa - Xã hội"), second.plan().groups().get(0).tasks().get(0).leadUnits());
        assertNull(second.planHeaderJson());
    }
}
