package vn.plandesk.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.ReportPeriod;
import vn.plandesk.model.Signer;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.report.ReportAppendix;
import vn.plandesk.model.report.ReportState;

public class ReportJsonTest {
    private final ReportJson json = new ReportJson();

    /** A report with every part filled, for the tests of the layers above. */
    public static Report sample() {
        return new Report(7L, 3L, ReportKind.QUARTER, ReportPeriod.quarter(2026, 1), LocalDate.of(2026, 3, 5),
                "UBND THÀNH PHỐ", "ỦY BAN NHÂN DÂN PHƯỜNG CHƠN THÀNH", "Chơn Thành", "12", "BC-UBND",
                LocalDate.of(2026, 3, 8), "Kết quả thực hiện Quý I/2026", List.of("Phòng Văn hóa – Xã hội"),
                List.of("Căn cứ Kế hoạch số 37/KH-UBND …"),
                List.of(new BodySection("I. TÌNH HÌNH THỰC HIỆN, KẾT QUẢ ĐẠT ĐƯỢC", List.of("Đoạn[^1]"),
                        List.of(new BodySection("1. Nhóm I", List.of("- Hoàn thành"))))),
                List.of("Trên đây là báo cáo …./."), List.of("- Như trên;", "- Lưu: VT."),
                new Signer(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), "PHÓ CHỦ TỊCH", "Nguyễn Văn A"),
                List.of(new ReportAppendix(ReportAppendix.Kind.DOCUMENTS, "Phụ lục II", "Văn bản đã ban hành",
                        "(Tính đến 05/3/2026)", List.of("STT", "Tên văn bản"),
                        List.of(ReportAppendix.Row.group("I. Kế hoạch"), ReportAppendix.Row.of("1", "Kế hoạch số 1")))),
                List.of("Văn bản số 101/TB-BCĐ"), ReportState.SENT, 2, 5L, Instant.parse("2026-03-08T02:00:00Z"));
    }

    @Test
    void aReportReadsBackAsWritten() {
        Report r = sample();
        assertEquals(r, json.read(json.write(r)));
        assertEquals(json.writeString(r), json.writeString(json.read(json.write(r))));
    }

    @Test
    void aDraftWithoutStoreKeysReadsBack() {
        Report r = sample().withId(null).withPlanId(null).correction();
        Report back = json.read(json.write(r));
        assertEquals(r, back);
        assertEquals(ReportState.DRAFT, back.state());
        assertEquals(3, back.version());
    }

    @Test
    void aWrongValueIsNamedByItsPath() {
        String text = json.writeString(sample()).replace("\"QUARTER\"", "\"MONTH\"");
        PlanDeskException e = assertThrows(PlanDeskException.class,
                () -> json.read(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("json.badChoice", e.key());
        assertTrue(String.valueOf(e.getMessage()).contains("$.report.kind") || List.of(e.args()).toString()
                .contains("$.report.kind"), e.getMessage());
    }

    @Test
    void anotherFormatIsRefused() {
        PlanDeskException e = assertThrows(PlanDeskException.class,
                () -> json.read("{\"format\":\"plandesk-plan\",\"formatVersion\":2}"));
        assertEquals("json.wrongFormat", e.key());
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        String text = json.writeString(sample()).replace("\"Kế hoạch số 1\"", "\"Kế hoạch số 1\", \"x\"");
        PlanDeskException e = assertThrows(PlanDeskException.class, () -> json.read(text));
        assertEquals("json.invalid", e.key());
    }
}
