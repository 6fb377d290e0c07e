package vn.plandesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.IndicatorTarget;
import vn.plandesk.model.NumberingScheme;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanRef;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskFlag;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.WardRole;

/** The sample plans against the text of the source documents (domain brief §3, §4, §7). */
class SampleLibraryTest {
    private static final SampleLibrary SAMPLES = new SampleLibrary();
    private static final PlanRef KH92 = new PlanRef("92", "KH-UBND", LocalDate.of(2025, 9, 15), "UBND tỉnh Đồng Nai");

    static Plan province2025() {
        return SAMPLES.plan("province-2025-appendix-ii.json");
    }

    static Plan kh92() {
        return SAMPLES.plan("kh92-2025-partial.json");
    }

    static Plan chonThanh() {
        return SAMPLES.plan("chon-thanh-ward-plan.json");
    }

    static Plan plan2026() {
        return SAMPLES.plan("province-2026-plan.json");
    }

    private static List<Integer> topLevelCounts(Plan plan) {
        return plan.groups().stream().map(g -> g.tasks().size()).toList();
    }

    private static PlanTask task(Plan plan, int group, String number) {
        for (PlanTask t : plan.group(group).orElseThrow().tasks()) {
            if (t.number().equals(number)) {
                return t;
            }
            for (PlanTask s : t.subTasks()) {
                if (s.number().equals(number)) {
                    return s;
                }
            }
        }
        throw new AssertionError("no task " + number + " in group " + group);
    }

    @Test
    void province2025HasItsSevenGroupsAnd109Tasks() {
        Plan p = province2025();
        assertEquals(PlanKind.PROVINCE, p.kind());
        assertEquals(NumberingScheme.PER_GROUP, p.numbering());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), p.groups().stream().map(TaskGroup::number).toList());
        assertEquals(List.of(12, 16, 25, 16, 20, 12, 3), topLevelCounts(p));
        assertEquals(109, p.taskCount());
        PlanTask parent = task(p, 3, "2");
        assertEquals(List.of("2.1", "2.2", "2.3", "2.4", "2.5"), parent.subTasks().stream().map(PlanTask::number).toList());
        assertTrue(p.group(1).orElseThrow().title().endsWith("chuyển đổi số của tỉnh Đồng Nai"));
        assertTrue(p.group(3).orElseThrow().title().endsWith("chuyển đổi số tỉnh Đồng Nai"));
    }

    @Test
    void province2025LeadersAsTallied() {
        Map<String, Long> byLeader = province2025().allTasks().stream().filter(t -> !t.leader().isEmpty())
                .collect(Collectors.groupingBy(t -> t.leader().replace("Dũng- ", "Dũng - "), Collectors.counting()));
        assertEquals(54L, byLeader.get("Ông Dương Minh Dũng - PCT UBND tỉnh"));
        assertEquals(37L, byLeader.get("Ông Võ Tấn Đức - CT UBND tỉnh"));
        assertEquals(14L, byLeader.get("Ông Nguyễn Sơn Hùng - PCT UBND tỉnh"));
        assertEquals(2L, byLeader.get("Bà Nguyễn Thị Hoàng - PCT UBND tỉnh"));
        assertEquals(1L, byLeader.get("Ông Hồ Văn Hà - PCT UBND tỉnh"));
    }

    @Test
    void province2025TasksFieldByField() {
        Plan p = province2025();
        PlanTask i1 = task(p, 1, "1");
        assertEquals("Xây dựng kế hoạch tuyên truyền thường xuyên, sâu rộng về nội dung Nghị quyết 57-NQ/TW, Nghị quyết "
                + "71/NQ-CP, Kế hoạch/Chương trình hành động của Tỉnh ủy, UBND tỉnh theo hướng: đa dạng hóa các hình "
                + "thức, cụ thể hóa nội dung và có mục tiêu cụ thể", i1.name());
        assertEquals("Ông Nguyễn Sơn Hùng - PCT UBND tỉnh", i1.leader());
        assertEquals(List.of("Sở Văn hóa, Thể thao và Du lịch"), i1.leadUnits());
        assertEquals(List.of("Ban Tuyên giáo và Dân vận", "Các sở, ban, ngành, địa phương", "báo, đài"), i1.coordinatingUnits());
        assertEquals("Kế hoạch", i1.result());
        assertEquals(Map.of(2025, "Tháng 4"), i1.deadline().years());
        assertEquals(LocalDate.of(2025, 4, 30), i1.deadline().dueDate());
        assertTrue(i1.has(TaskFlag.YEAR_INFERRED));

        PlanTask i4 = task(p, 1, "4");
        assertEquals("Ông Võ Tấn Đức - CT UBND tỉnh", i4.leader());
        assertEquals(List.of("Sở Nội vụ"), i4.leadUnits());
        assertEquals("Quyết định/Kế hoạch triển khai Đề án", i4.result());
        assertEquals("Tháng 7", i4.deadline().years().get(2025));
        assertEquals(List.of(2025, 2026, 2027, 2028, 2029, 2030), i4.deadline().markedYears());
        assertFalse(i4.has(TaskFlag.YEAR_INFERRED));

        PlanTask ii9 = task(p, 2, "9");
        assertEquals(List.of("Sở Tài chính"), ii9.leadUnits());
        assertEquals(List.of("Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo"), ii9.coordinatingUnits());
        assertEquals("Chính sách được ban hành và Chương trình/ Kế hoạch", ii9.result());
        assertEquals(6, ii9.deadline().years().size());

        PlanTask iii23 = task(p, 3, "2.3");
        assertEquals("Quy hoạch sử dụng đất", iii23.name());
        assertEquals("Bà Nguyễn Thị Hoàng - PCT UBND tỉnh", iii23.leader());
        assertEquals(List.of("Sở Nông nghiệp và Môi trường"), iii23.leadUnits());
        assertEquals("Quyết định phê duyệt Quy hoạch sử dụng đất", iii23.result());

        PlanTask iv7 = task(p, 4, "7");
        assertEquals(List.of("Sở Tài chính"), iv7.coordinatingUnits(), "\"Sở Tài chính Kế hoạch\" split into unit and result");
        assertEquals("Kế hoạch", iv7.result());

        PlanTask vi10 = task(p, 6, "10");
        assertEquals(Map.of(2025, "Quý 3"), vi10.deadline().years());
        assertEquals(Deadline.Kind.QUARTER, vi10.deadline().kind());
        assertEquals(LocalDate.of(2025, 9, 30), vi10.deadline().dueDate());
        assertEquals(List.of("Sở Công Thương"), vi10.coordinatingUnits());
        assertEquals("Chương trình", vi10.result());

        PlanTask vii3 = task(p, 7, "3");
        assertEquals("Xây dựng và đẩy mạnh quảng bá thương hiệu của tỉnh về khoa học, công nghệ, đổi mới sáng tạo và "
                + "chuyển đổi số", vii3.name());
        assertEquals(List.of("Sở Khoa học và Công nghệ"), vii3.leadUnits());
    }

    @Test
    void province2025TyposAreKeptAsPrinted() {
        String all = province2025().allTasks().stream().map(PlanTask::searchText).collect(Collectors.joining("\n"));
        assertTrue(all.contains("nằng lên"));
        assertTrue(all.contains("Chích sách"));
        assertTrue(all.contains("đỉa giới"));
    }

    @Test
    void province2025YearMarksAsTallied() {
        Map<Integer, Long> marks = province2025().allTasks().stream()
                .filter(t -> !t.deadline().years().isEmpty())
                .collect(Collectors.groupingBy(t -> t.deadline().years().size(), TreeMap::new, Collectors.counting()));
        // 50 rows of six marks + "Tháng 7 x x x x x"; 38 lone "x" + 12 lone month/quarter texts; 6 "x x"; 1 "x x x x"
        assertEquals(Map.of(6, 51L, 1, 50L, 2, 6L, 4, 1L), marks);
        assertEquals(108, province2025().allTasks().stream().filter(t -> !t.deadline().isEmpty()).count());
    }

    @Test
    void chonThanhWardPlan() {
        Plan p = chonThanh();
        assertEquals(PlanKind.WARD, p.kind());
        assertEquals("UBND phường Chơn Thành", p.issuer());
        assertEquals("Chơn Thành", p.locality());
        assertEquals("", p.number(), "the number is still blank in the seed");
        assertEquals(KH92.citation(), p.parentPlan().citation());
        assertEquals(List.of(13, 6, 20, 4, 22, 7, 4), topLevelCounts(p));
        assertEquals(76, p.taskCount());
        assertEquals(5, p.legalBases().size());
        assertTrue(p.legalBases().get(0).startsWith("Căn cứ Nghị quyết số 57-NQ/TW"));
        assertTrue(p.legalBases().get(3).startsWith("Căn cứ Kế hoạch số 92/KH-UBND ngày 15/9/2025"));
        assertEquals(List.of("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG THỰC HIỆN", "III. KINH PHÍ THỰC HIỆN",
                "IV. TỔ CHỨC THỰC HIỆN"), p.sections().stream().map(s -> s.heading()).toList());
        assertEquals(11, p.recipients().size());
        assertEquals("Lưu: VT.", p.recipients().get(10));
        assertEquals("CHỦ TỊCH", p.signer().title());
        assertEquals("Nguyễn Anh Tài", p.signer().name());

        Map<WardRole, Long> roles = p.allTasks().stream().collect(Collectors.groupingBy(PlanTask::role, Collectors.counting()));
        assertEquals(15L, roles.get(WardRole.LEAD));
        assertEquals(61L, roles.get(WardRole.COORDINATE));
        long standardNotes = p.allTasks().stream()
                .filter(t -> t.note().equals("Thực hiện khi có chỉ đạo, hướng dẫn triển khai của tỉnh")).count();
        assertEquals(57, standardNotes);
        for (int i = 0; i < p.allTasks().size(); i++) {
            PlanTask t = p.allTasks().get(i);
            assertEquals(String.valueOf(i + 1), t.number(), "numbered on across the groups");
            assertTrue(t.parentRef().plan().sameIdentity(KH92), "every row cites KH 92");
        }
    }

    @Test
    void chonThanhTasksFieldByField() {
        Plan p = chonThanh();
        PlanTask t2 = task(p, 1, "2");
        assertEquals("3", t2.parentRef().number());
        assertEquals(WardRole.COORDINATE, t2.role());
        assertEquals(List.of("Phòng Văn hóa - Xã hội"), t2.leadUnits());
        assertEquals(List.of("Các cơ quan, đơn vị"), t2.coordinatingUnits());
        assertEquals(Deadline.Kind.CONTINUOUS, t2.deadline().kind());
        assertEquals("Thực hiện khi có chỉ đạo, hướng dẫn triển khai của tỉnh", t2.note());

        PlanTask t4 = task(p, 1, "4");
        assertEquals("5", t4.parentRef().number());
        assertEquals(Deadline.Kind.DONE, t4.deadline().kind());
        assertEquals("Văn bản triển khai", t4.result());
        assertEquals("Công văn số 229/UBND-VHXH ngày 05/8/2025 của UBND phường)", t4.note());

        PlanTask t17 = task(p, 2, "17");
        assertEquals("24", t17.parentRef().number());
        assertEquals("Triển khai tự chủ trong sử dụng kinh phí nghiên cứu khoa học, phát triển công nghệ theo quy định", t17.name());
        assertEquals(List.of("Phòng Kinh tế, Hạ tầng và Đô thị"), t17.leadUnits());
        assertEquals(LocalDate.of(2025, 12, 31), t17.deadline().dueDate());

        PlanTask t37 = task(p, 3, "37");
        assertEquals("62", t37.parentRef().number());
        assertEquals(WardRole.LEAD, t37.role());
        assertEquals(List.of("Phòng Văn hóa - Xã hội", "Công an phường"), t37.coordinatingUnits());
        assertEquals("Hoàn thành các CSDL quốc gia; Các CSDL dùng chung của tỉnh", t37.result());
        assertEquals(LocalDate.of(2026, 6, 30), t37.deadline().dueDate());
        assertEquals("", t37.note());

        PlanTask t50 = task(p, 5, "50");
        assertEquals("91", t50.parentRef().number());
        assertEquals(LocalDate.of(2026, 3, 31), t50.deadline().dueDate());

        PlanTask t66 = task(p, 6, "66");
        assertEquals(List.of("Phòng Văn hóa - Xã hội", "Phòng Kinh tế, Hạ tầng và Đô thị"), t66.leadUnits());
        assertEquals("Tháng 3/2026", t66.deadline().raw());

        PlanTask t75 = task(p, 7, "75");
        assertEquals("126", t75.parentRef().number());
        assertEquals(List.of("Phòng Kinh tế, Hạ tầng và Đô thị", "Các cơ quan, đơn vị"), t75.coordinatingUnits());
    }

    @Test
    void chonThanhDeadlinesAsTallied() {
        Map<Deadline.Kind, Long> kinds = chonThanh().allTasks().stream()
                .collect(Collectors.groupingBy(t -> t.deadline().kind(), Collectors.counting()));
        assertEquals(27L, kinds.get(Deadline.Kind.CONTINUOUS));
        assertEquals(12L, kinds.get(Deadline.Kind.RECURRING), "11 Hàng năm + 1 Quý I hằng năm");
        assertEquals(2L, kinds.get(Deadline.Kind.DONE));
        assertNull(kinds.get(Deadline.Kind.UNREADABLE), "every deadline of the ward plan is readable");
        assertEquals(20L, kinds.get(Deadline.Kind.MONTH));
        assertEquals(13L, kinds.get(Deadline.Kind.QUARTER), "12 Quý R/YYYY + Quý II/2026 và các năm tiếp theo");
        assertEquals(2L, kinds.get(Deadline.Kind.YEAR));
    }

    @Test
    void chonThanhIndicators() {
        List<Indicator> ind = chonThanh().indicators();
        assertEquals(53, ind.size());
        assertEquals(52, ind.stream().filter(Indicator::hasValue).count());
        assertEquals(46, ind.stream().filter(i -> i.section().equals("Đến năm 2030")).count());
        assertEquals(7, ind.stream().filter(i -> i.section().equals("Đến năm 2045")).count());
        Indicator twelve = ind.stream().filter(i -> i.number().equals("12")).findFirst().orElseThrow();
        assertFalse(twelve.hasValue(), "row 12 is a parent of 12.1–12.10");
        assertEquals(List.of("12.1", "12.2", "12.3", "12.4", "12.5", "12.6", "12.7", "12.8", "12.9", "12.10"),
                ind.stream().map(Indicator::number).filter(n -> n.startsWith("12.")).toList());
        assertEquals("Thứ bậc", ind.stream().filter(i -> i.number().equals("4")).findFirst().orElseThrow().unit());
        assertEquals("%", ind.stream().filter(i -> i.number().equals("43")).findFirst().orElseThrow().unit());
        Map<IndicatorTarget.Comparator, Long> forms = ind.stream().filter(Indicator::hasValue)
                .collect(Collectors.groupingBy(i -> i.parsedTarget().comparator(), Collectors.counting()));
        assertEquals(19L, forms.get(IndicatorTarget.Comparator.AT_LEAST));
        assertEquals(2L, forms.get(IndicatorTarget.Comparator.AT_MOST));
        assertEquals(4L, forms.get(IndicatorTarget.Comparator.MORE_THAN));
        assertEquals(13L, forms.get(IndicatorTarget.Comparator.EQUAL));
        assertEquals(2L, forms.get(IndicatorTarget.Comparator.RANGE));
        assertEquals(12L, forms.get(IndicatorTarget.Comparator.TEXT));
    }

    @Test
    void kh92AsFarAsTheWardPlanCitesIt() {
        Plan p = kh92();
        assertTrue(p.partial());
        assertTrue(p.ref().sameIdentity(KH92));
        assertEquals(NumberingScheme.CONTINUOUS, p.numbering());
        assertEquals(List.of(13, 6, 20, 4, 22, 7, 4), topLevelCounts(p));
        int[][] ranges = {{1, 17}, {18, 32}, {37, 65}, {66, 77}, {85, 111}, {112, 122}, {124, 127}};
        for (TaskGroup g : p.groups()) {
            for (PlanTask t : g.tasks()) {
                int n = Integer.parseInt(t.number());
                assertTrue(n >= ranges[g.number() - 1][0] && n <= ranges[g.number() - 1][1], "KH 92 task " + n);
            }
        }
        // every ward row points at a task that exists in KH 92
        List<String> numbers = p.allTasks().stream().map(PlanTask::number).toList();
        for (PlanTask w : chonThanh().allTasks()) {
            assertTrue(numbers.contains(w.parentRef().number()), "ward row " + w.number());
        }
        assertTrue(task(p, 1, "17").name().contains("1% ngân sách"));
    }

    @Test
    void plan2026ReplacesKh92() {
        Plan p = plan2026();
        assertEquals(NumberingScheme.LETTERED, p.numbering());
        assertTrue(p.replacesPlan().sameIdentity(KH92));
        assertEquals(List.of(7, 6, 10, 5, 9, 8, 2), topLevelCounts(p));
        assertEquals(47, p.taskCount());
        assertEquals(List.of("a)", "b)", "c)", "d)", "đ)"),
                p.group(4).orElseThrow().tasks().stream().map(PlanTask::number).toList());
        assertTrue(p.group(1).orElseThrow().title().contains("tạo xung lực mới, khí thế mới trong toàn xã hội"));
        assertTrue(p.group(2).orElseThrow().title().startsWith("Khẩn trương, quyết liệt hoàn thiện thể chế"));
        assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), p.signer().authority());
        assertEquals("PHÓ CHỦ TỊCH", p.signer().title());
        assertEquals(17, p.recipients().size());
        assertNotNull(p.sections().stream().filter(s -> s.heading().equals("I. MỤC TIÊU")).findFirst().orElse(null));
        String body = p.sections().toString();
        assertTrue(body.contains("thay thế Kế hoạch số 92/KH-UBND"));
        assertTrue(task(p, 1, "a)").name().startsWith("Tổ chức thực hiện Kế hoạch số 45/KH-UBND"));
    }
}
