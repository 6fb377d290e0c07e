package vn.plandesk.io.pdf;

import java.util.ArrayList;
import java.util.List;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDocument;
import vn.plandesk.model.PlanTask;

/**
 * The province's task appendix (seed 000): STT | Nhiệm vụ | Thời gian over the six years 2025–2030 ("x" or the month)
 * | Lãnh đạo phụ trách | Đơn vị chủ trì, thực hiện | Đơn vị phối hợp | Kết quả, a two-row header. Sub-tasks (2.1 …)
 * follow their parent. A task whose time is written as text rather than marked in the grid has the text across the
 * six year cells, so nothing the plan says is lost.
 */
final class ProvinceAppendixPdf extends AppendixPdf {
    private static final int FIRST_YEAR = Deadline.PLAN_START_YEAR;
    private static final int YEARS = Deadline.PLAN_END_YEAR - Deadline.PLAN_START_YEAR + 1;
    static final List<OfficialTable.Column> COLUMNS;

    static {
        List<OfficialTable.Column> c = new ArrayList<>();
        c.add(OfficialTable.Column.centred(10));
        c.add(OfficialTable.Column.left(63));
        for (int i = 0; i < YEARS; i++) {
            c.add(OfficialTable.Column.centred(13));
        }
        c.add(OfficialTable.Column.left(28));
        c.add(OfficialTable.Column.left(28));
        c.add(OfficialTable.Column.left(28));
        c.add(OfficialTable.Column.left(17));
        COLUMNS = List.copyOf(c);
    }

    ProvinceAppendixPdf(Plan plan, int draftYear) {
        super(plan, PlanDocument.TASKS, draftYear);
    }

    @Override
    String defaultTitle() {
        return "DANH MỤC CÁC NHIỆM VỤ";
    }

    @Override
    List<OfficialTable.Column> columns() {
        return COLUMNS;
    }

    @Override
    void header(OfficialTable table) {
        table.header("STT", 2, 1)
                .header("Nhiệm vụ", 2, 1)
                .header("Thời gian", 1, YEARS)
                .header("Lãnh đạo phụ trách", 2, 1)
                .header("Đơn vị chủ trì, thực hiện", 2, 1)
                .header("Đơn vị phối hợp", 2, 1)
                .header("Kết quả", 2, 1);
        for (int y = 0; y < YEARS; y++) {
            table.header(String.valueOf(FIRST_YEAR + y));
        }
    }

    @Override
    void rows(OfficialTable table) {
        taskRowsByGroup(table, ProvinceAppendixPdf::row);
    }

    private static void row(OfficialTable table, PlanTask t) {
        List<OfficialTable.Span> cells = new ArrayList<>();
        cells.add(new OfficialTable.Span(t.number(), 1));
        cells.add(new OfficialTable.Span(t.name(), 1));
        Deadline d = t.deadline();
        if (d.years().isEmpty() && !d.raw().isEmpty()) {
            cells.add(new OfficialTable.Span(d.raw(), YEARS));
        } else {
            for (int y = 0; y < YEARS; y++) {
                cells.add(new OfficialTable.Span(d.years().getOrDefault(FIRST_YEAR + y, ""), 1));
            }
        }
        cells.add(new OfficialTable.Span(t.leader(), 1));
        cells.add(new OfficialTable.Span(Units.joined(t.leadUnits()), 1));
        cells.add(new OfficialTable.Span(Units.joined(t.coordinatingUnits()), 1));
        cells.add(new OfficialTable.Span(t.result(), 1));
        table.spannedRow(cells);
    }
}
