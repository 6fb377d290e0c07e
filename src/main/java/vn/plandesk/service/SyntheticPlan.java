package vn.plandesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.NumberingScheme;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanRef;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.Signer;
import vn.plandesk.model.TaskGroup;
import vn.plandesk.model.TaskRef;
import vn.plandesk.model.WardRole;

/**
 * A generated ward plan of any size for scale tests: long Vietnamese text, every deadline form of the source documents,
 * units, roles, notes, sub-tasks. The same size and seed always give the same plan.
 */
public final class SyntheticPlan {
    static final List<String> DEADLINES = List.of("Thường xuyên", "Hàng năm", "Quý I hằng năm", "Tháng 12/2025",
            "Tháng 9/2026", "Quý IV/2025", "Quý II/2030", "2025 và những năm tiếp theo",
            "Năm 2026 và các năm tiếp theo", "Quý II/2026 và các năm tiếp theo", "Năm 2027", "Đã thực hiện",
            "Thán g 6/2026", "Quý 3", "Tháng 4", "trước 31/12/2025", "", "chưa xác định");
    private static final List<String> VERBS = List.of("Xây dựng", "Triển khai", "Tổ chức", "Nâng cấp", "Số hóa",
            "Đẩy mạnh", "Hoàn thiện", "Tuyên truyền");
    private static final List<String> OBJECTS = List.of("kế hoạch chuyển đổi số", "nền tảng dữ liệu dùng chung",
            "hệ thống thông tin giải quyết thủ tục hành chính", "phong trào “học tập số”",
            "chương trình đổi mới sáng tạo", "hạ tầng số và an toàn thông tin mạng",
            "cơ sở dữ liệu chuyên ngành về đất đai", "mô hình chính quyền số cấp phường");
    private static final List<String> TAILS = List.of("trên địa bàn phường, bảo đảm đồng bộ, liên thông với hệ thống của tỉnh",
            "theo hướng đa dạng hóa các hình thức, cụ thể hóa nội dung và có mục tiêu cụ thể",
            "gắn với cải cách hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp",
            "phù hợp với Nghị quyết 57-NQ/TW và Kế hoạch số 92/KH-UBND của UBND tỉnh");
    private static final List<String> UNITS = List.of("Phòng Văn hóa - Xã hội", "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Văn phòng HĐND và UBND phường", "Công an phường", "Trạm Y tế", "Trung tâm Phục vụ hành chính công",
            "Trung tâm Dịch vụ tổng hợp", "Các cơ quan, đơn vị");
    private static final List<String> RESULTS = List.of("Kế hoạch", "Báo cáo", "Chương trình/ Kế hoạch",
            "Hệ thống được đưa vào vận hành", "Quyết định");

    private SyntheticPlan() {
    }

    public static Plan generate(int taskCount, long seed) {
        Random random = new Random(seed);
        PlanRef parent = new PlanRef("92", "KH-UBND", LocalDate.of(2025, 9, 15), "UBND tỉnh Đồng Nai");
        List<TaskGroup> groups = new ArrayList<>();
        int made = 0;
        for (int g = 1; g <= TaskGroup.COUNT; g++) {
            int inGroup = taskCount / TaskGroup.COUNT + (g <= taskCount % TaskGroup.COUNT ? 1 : 0);
            List<PlanTask> tasks = new ArrayList<>(inGroup);
            int i = 0;
            while (i < inGroup) {
                made++;
                PlanTask task = task(random, String.valueOf(made), made);
                i++;
                // every twentieth task carries two sub-tasks, while the count allows
                if (made % 20 == 0 && inGroup - i >= 2) {
                    List<PlanTask> subs = new ArrayList<>();
                    for (int s = 1; s <= 2; s++) {
                        subs.add(task(random, made + "." + s, made * 100 + s));
                        i++;
                    }
                    task = task.withSubTasks(subs);
                }
                tasks.add(task);
            }
            groups.add(new TaskGroup(g, "Nhóm nhiệm vụ " + g + ": phát triển khoa học, công nghệ, đổi mới sáng tạo "
                    + "và chuyển đổi số trên địa bàn phường", tasks));
        }
        List<Indicator> indicators = List.of(
                new Indicator(null, "1", "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình", "%", "Đến năm 2030", "≥ 80"),
                new Indicator(null, "2", "Đóng góp của kinh tế số trong GRDP", "% GRDP", "Đến năm 2030", "> 0,7"),
                new Indicator(null, "3", "Số doanh nghiệp công nghệ số", "Doanh nghiệp", "Đến năm 2045", "16-18"));
        return new Plan(null, PlanKind.WARD, "", "ỦY BAN NHÂN DÂN\nPHƯỜNG MẪU", "UBND phường Mẫu", "Mẫu", "", "KH-UBND",
                null, "KẾ HOẠCH", "Kế hoạch tổng hợp " + taskCount + " nhiệm vụ (dữ liệu sinh để thử tải)",
                List.of("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị."), List.of(), List.of(),
                List.of("UBND tỉnh;", "Lưu: VT."), new Signer(List.of(), "CHỦ TỊCH", "Nguyễn Văn A"), parent, null,
                NumberingScheme.CONTINUOUS, List.of("DANH MỤC CÁC NHIỆM VỤ GIAO CÁC CƠ QUAN, ĐƠN VỊ"), groups,
                indicators, false);
    }

    private static PlanTask task(Random random, String number, int n) {
        String name = pick(random, VERBS) + " " + pick(random, OBJECTS) + " " + pick(random, TAILS)
                + " (nhiệm vụ số " + n + ")";
        String deadlineText = DEADLINES.get(n % DEADLINES.size());
        Map<Integer, String> years = new TreeMap<>();
        if (deadlineText.isEmpty()) {
            for (int y = 2025; y <= 2025 + n % 6; y++) {
                years.put(y, "x");
            }
        }
        WardRole role = n % 5 == 0 ? WardRole.LEAD : WardRole.COORDINATE;
        List<String> lead = List.of(UNITS.get(n % UNITS.size()));
        List<String> coordinating = List.of(UNITS.get((n + 3) % UNITS.size()), UNITS.get((n + 5) % UNITS.size()));
        return new PlanTask(null, number, name, "", lead, coordinating, pick(random, RESULTS),
                Deadline.of(deadlineText, years), role,
                new TaskRef(new PlanRef("92", "KH-UBND", LocalDate.of(2025, 9, 15), "UBND tỉnh Đồng Nai"),
                        String.valueOf(n)),
                role == WardRole.COORDINATE ? "Thực hiện khi có chỉ đạo, hướng dẫn triển khai của tỉnh" : "",
                List.of(), List.of());
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
