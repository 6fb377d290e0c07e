package vn.plandesk.io.pdf;

import com.itextpdf.layout.properties.TextAlignment;
import java.util.ArrayList;
import java.util.List;
import vn.plandesk.io.table.ColumnBalance;
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
    private static final List<TextAlignment> ALIGNMENTS;
    private static final List<String> HEADERS = List.of("STT", "Nhiệm vụ", "Lãnh đạo phụ trách",
            "Đơn vị chủ trì, thực hiện", "Đơn vị phối hợp", "Kết quả");

    static {
        List<TextAlignment> c = new ArrayList<>();
        c.add(TextAlignment.CENTER);
        c.add(TextAlignment.LEFT);
        for (int i = 0; i < YEARS; i++) {
            c.add(TextAlignment.CENTER);
        }
        for (int i = 0; i < 4; i++) {
            c.add(TextAlignment.LEFT);
        }
        ALIGNMENTS = List.copyOf(c);
    }

    ProvinceAppendixPdf(Plan plan, int draftYear) {
        super(plan, PlanDocument.TASKS, draftYear);
    }

    @Override
    String defaultTitle() {
        return "DANH MỤC CÁC NHIỆM VỤ";
    }

    @Override
    List<TextAlignment> alignments() {
        return ALIGNMENTS;
    }

    @Override
    void measure(ColumnBalance balance) {
        balance.header(0, 1, HEADERS.get(0)).header(1, 1, HEADERS.get(1))
                .header(2, YEARS, "Thời gian");
        for (int y = 0; y < YEARS; y++) {
            balance.header(2 + y, 1, String.valueOf(FIRST_YEAR + y));
        }
        for (int i = 2; i < HEADERS.size(); i++) {
            balance.header(YEARS + i, 1, HEADERS.get(i));
        }
        for (PlanTask t : sampledTasks(balance)) {
            List<OfficialTable.Span> cells = cells(t);
            int[] at = new int[cells.size()];
            int[] spans = new int[cells.size()];
            String[] texts = new String[cells.size()];
            int column = 0;
            for (int i = 0; i < cells.size(); i++) {
                at[i] = column;
                spans[i] = cells.get(i).columns();
                texts[i] = cells.get(i).text();
                column += spans[i];
            }
            balance.spannedRow(at, spans, texts);
        }
    }

    @Override
    void header(OfficialTable table) {
        table.header(HEADERS.get(0), 2, 1)
                .header(HEADERS.get(1), 2, 1)
                .header("Thời gian", 1, YEARS);
        for (int i = 2; i < HEADERS.size(); i++) {
            table.header(HEADERS.get(i), 2, 1);
        }
        for (int y = 0; y < YEARS; y++) {
            table.header(String.valueOf(FIRST_YEAR + y));
        }
    }

    @Override
    void rows(OfficialTable table) {
        taskRowsByGroup(table, ProvinceAppendixPdf::row);
    }

    private static void row(OfficialTable table, PlanTask t) {
        table.spannedRow(cells(t));
    }

    private static List<OfficialTable.Span> cells(PlanTask t) {
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
        return cells;
    }
}
