package vn.plandesk.io.pdf;

import java.util.List;
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
    static final List<OfficialTable.Column> COLUMNS = List.of(
            OfficialTable.Column.centred(10), OfficialTable.Column.centred(24), OfficialTable.Column.left(78),
            OfficialTable.Column.centred(22), OfficialTable.Column.left(26), OfficialTable.Column.left(26),
            OfficialTable.Column.left(18), OfficialTable.Column.centred(20), OfficialTable.Column.left(28));

    WardAppendixPdf(Plan plan, int draftYear) {
        super(plan, PlanDocument.TASKS, draftYear);
    }

    @Override
    String defaultTitle() {
        return "DANH MỤC CÁC NHIỆM VỤ GIAO CÁC CƠ QUAN, ĐƠN VỊ";
    }

    @Override
    List<OfficialTable.Column> columns() {
        return COLUMNS;
    }

    @Override
    void header(OfficialTable table) {
        String according = "(theo " + parentCitation() + ")";
        table.header("STT")
                .header("STT " + according)
                .header("Tên nhiệm vụ")
                .header("Nhiệm vụ " + according)
                .header("Đơn vị chủ trì")
                .header("Đơn vị phối hợp")
                .header("Kết quả")
                .header("Thời gian hoàn thành")
                .header("Ghi chú");
    }

    /** The parent plan as the plan names it, or as its first task pointing upwards does. */
    private String parentCitation() {
        PlanRef parent = plan.parentPlan();
        if (parent == null) {
            parent = plan.allTasks().stream().filter(t -> t.parentRef() != null && t.parentRef().plan() != null)
                    .map(t -> t.parentRef().plan()).findFirst().orElse(null);
        }
        return parent == null ? "Kế hoạch cấp trên" : OfficialText.planCitation(parent);
    }

    @Override
    void rows(OfficialTable table) {
        taskRowsByGroup(table, WardAppendixPdf::row);
    }

    private static void row(OfficialTable table, PlanTask t) {
        table.row(List.of(
                t.number(),
                t.parentRef() == null ? "" : t.parentRef().number(),
                t.name(),
                t.role() == null ? "" : t.role().printed(),
                Units.joined(t.leadUnits()),
                Units.joined(t.coordinatingUnits()),
                t.result(),
                t.deadline().printed(),
                t.note()));
    }
}
