package vn.plandesk.io.pdf;

import com.itextpdf.layout.properties.TextAlignment;
import java.util.List;
import java.util.Objects;
import vn.plandesk.io.table.ColumnBalance;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDocument;
import vn.plandesk.model.RomanNumeral;

/**
 * The indicators appendix (seed 002): STT | Chỉ tiêu | Đơn vị tính | Kết quả. The time horizon is a section row ("I
 * Đến năm 2030", "II Đến năm 2045"), printed whenever the section changes; sub-rows such as 12.1 … 12.10 follow their
 * parent.
 */
final class IndicatorsPdf extends AppendixPdf {
    private static final List<TextAlignment> ALIGNMENTS = List.of(TextAlignment.CENTER, TextAlignment.LEFT,
            TextAlignment.CENTER, TextAlignment.LEFT);
    private static final List<String> HEADERS = List.of("STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả");

    IndicatorsPdf(Plan plan, int draftYear) {
        super(plan, PlanDocument.INDICATORS, draftYear);
    }

    @Override
    String defaultTitle() {
        return "BẢNG TỔNG HỢP CÁC CHỈ TIÊU";
    }

    @Override
    List<TextAlignment> alignments() {
        return ALIGNMENTS;
    }

    @Override
    void header(OfficialTable table) {
        HEADERS.forEach(table::header);
    }

    @Override
    void measure(ColumnBalance balance) {
        balance.rowsInAll(plan.indicators().size());
        for (int c = 0; c < HEADERS.size(); c++) {
            balance.header(c, 1, HEADERS.get(c));
        }
        ColumnBalance.sample(plan.indicators()).forEach(i -> balance.row(cells(i)));
    }

    private static List<String> cells(Indicator i) {
        return List.of(i.number(), i.name(), i.unit(), i.target());
    }

    @Override
    void rows(OfficialTable table) {
        String section = null;
        int sections = 0;
        for (Indicator i : plan.indicators()) {
            if (!i.section().isEmpty() && !Objects.equals(i.section(), section)) {
                section = i.section();
                sections++;
                table.groupRow(RomanNumeral.format(sections), section);
            }
            table.row(cells(i));
        }
    }
}
