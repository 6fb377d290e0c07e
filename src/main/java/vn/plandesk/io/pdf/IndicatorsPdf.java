package vn.plandesk.io.pdf;

import java.util.List;
import java.util.Objects;
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
    static final List<OfficialTable.Column> COLUMNS = List.of(
            OfficialTable.Column.centred(16), OfficialTable.Column.left(130), OfficialTable.Column.centred(34),
            OfficialTable.Column.left(72));

    IndicatorsPdf(Plan plan, int draftYear) {
        super(plan, PlanDocument.INDICATORS, draftYear);
    }

    @Override
    String defaultTitle() {
        return "BẢNG TỔNG HỢP CÁC CHỈ TIÊU";
    }

    @Override
    List<OfficialTable.Column> columns() {
        return COLUMNS;
    }

    @Override
    void header(OfficialTable table) {
        table.header("STT").header("Chỉ tiêu").header("Đơn vị tính").header("Kết quả");
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
            table.row(List.of(i.number(), i.name(), i.unit(), i.target()));
        }
    }
}
