package vn.plandesk.io.pdf;

import com.itextpdf.layout.properties.TextAlignment;
import java.util.List;
import vn.plandesk.io.table.ColumnBalance;
import vn.plandesk.io.table.PlanCitation;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDocument;
import vn.plandesk.model.PlanRef;
import vn.plandesk.model.PlanTask;

/**
 * The ward's task appendix (seed 002): STT | STT (theo Kế hoạch số … của …) | Tên nhiệm vụ | Nhiệm vụ (theo Kế hoạch
 * số …) | Đơn vị chủ trì | Đơn vị phối hợp | Kết quả | Thời gian hoàn thành | Ghi chú, the parent plan's number and date
 * in the two "theo Kế hoạch" headers.
 */
final class WardAppendixPdf extends AppendixPdf {
    private static final List<TextAlignment> ALIGNMENTS = List.of(TextAlignment.CENTER, TextAlignment.CENTER,
            TextAlignment.LEFT, TextAlignment.CENTER, TextAlignment.LEFT, TextAlignment.LEFT, TextAlignment.LEFT,
            TextAlignment.CENTER, TextAlignment.LEFT);

    WardAppendixPdf(Plan plan, int draftYear) {
        super(plan, PlanDocument.TASKS, draftYear);
    }

    @Override
    String defaultTitle() {
        return "DANH MỤC CÁC NHIỆM VỤ GIAO CÁC CƠ QUAN, ĐƠN VỊ";
    }

    @Override
    List<TextAlignment> alignments() {
        return ALIGNMENTS;
    }

    private List<String> headers() {
        String according = "(theo " + parentCitation() + ")";
        return List.of("STT", "STT " + according, "Tên nhiệm vụ", "Nhiệm vụ " + according, "Đơn vị chủ trì",
                "Đơn vị phối hợp", "Kết quả", "Thời gian hoàn thành", "Ghi chú");
    }

    @Override
    void header(OfficialTable table) {
        headers().forEach(table::header);
    }

    @Override
    void measure(ColumnBalance balance) {
        List<String> headers = headers();
        for (int c = 0; c < headers.size(); c++) {
            balance.header(c, 1, headers.get(c));
        }
        sampledTasks(balance).forEach(t -> balance.row(cells(t)));
    }

    /** The parent plan as the plan names it, or as its first task pointing upwards does. */
    private String parentCitation() {
        PlanRef parent = plan.parentPlan();
        if (parent == null) {
            parent = plan.allTasks().stream().filter(t -> t.parentRef() != null && t.parentRef().plan() != null)
                    .map(t -> t.parentRef().plan()).findFirst().orElse(null);
        }
        return parent == null ? "Kế hoạch cấp trên" : PlanCitation.inColumnHeader(parent);
    }

    @Override
    void rows(OfficialTable table) {
        taskRowsByGroup(table, WardAppendixPdf::row);
    }

    private static void row(OfficialTable table, PlanTask t) {
        table.row(cells(t));
    }

    private static List<String> cells(PlanTask t) {
        return List.of(
                t.number(),
                t.parentRef() == null ? "" : t.parentRef().number(),
                t.name(),
                t.role() == null ? "" : t.role().printed(),
                Units.joined(t.leadUnits()),
                Units.joined(t.coordinatingUnits()),
                t.result(),
                t.deadline().printed(),
                t.note());
    }
}
