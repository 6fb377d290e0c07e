package vn.plandesk.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.ReportPeriod;
import vn.plandesk.model.Signer;

/**
 * A report as the officer handles it: its header's number line before and after numbering, sending it, correcting a
 * sent one as the next version, and the tables after the signature.
 */
class ReportVersionsAndHeaderTest {
    private static final Instant SENT = Instant.parse("2026-04-08T02:00:00Z");

    private static Report draft() {
        return new Report(11L, 3L, ReportKind.QUARTER, ReportPeriod.quarter(2026, 1), null, " UBND THÀNH PHỐ ",
                "ỦY BAN NHÂN DÂN PHƯỜNG CHƠN THÀNH", "Chơn Thành", "", "BC-UBND", null,
                "Kết quả thực hiện Quý I/2026", List.of("Phòng Văn hóa – Xã hội"), List.of("Căn cứ …"),
                List.of(new BodySection("I. KẾT QUẢ", List.of("Đoạn"), List.of())), List.of("Trên đây …./."),
                List.of("- Lưu: VT."), null, List.of(), List.of(), null, 1, null, null);
    }

    @Test
    void theHeaderLeavesRoomForTheNumberUntilItIsNumbered() {
        Report r = draft();
        assertEquals("Số: " + " ".repeat(6) + "/BC-UBND", r.numberLine());
        Report numbered = r.withNumberAndDate("12", "BC-UBND", LocalDate.of(2026, 4, 8));
        assertEquals("Số: 12/BC-UBND", numbered.numberLine());
        assertEquals(LocalDate.of(2026, 4, 8), numbered.date());
        assertEquals(r.summary(), numbered.summary());
    }

    @Test
    void aNewReportIsADraftWithAnEmptySignatureAndTrimmedHeader() {
        Report r = draft();
        assertEquals(ReportState.DRAFT, r.state());
        assertFalse(r.sent());
        assertEquals(Signer.empty(), r.signer());
        assertEquals("UBND THÀNH PHỐ", r.parentOrgan());
        assertEquals("report.state.DRAFT", r.state().labelKey());
    }

    @Test
    void aSentReportIsCorrectedByANewDraftOfTheNextVersionWithTheSameText() {
        Report sent = draft().withNumberAndDate("12", "BC-UBND", LocalDate.of(2026, 4, 8)).sentAt(SENT);
        assertTrue(sent.sent());
        assertEquals(SENT, sent.sentAt());
        assertEquals("report.state.SENT", sent.state().labelKey());
        Report c = sent.correction();
        assertNull(c.id(), "not yet stored");
        assertEquals(11L, c.previousVersion(), "it names the version it corrects");
        assertEquals(2, c.version());
        assertEquals(ReportState.DRAFT, c.state());
        assertFalse(c.sent());
        assertNull(c.sentAt());
        assertEquals("", c.number(), "numbered again when signed");
        assertNull(c.date());
        assertEquals("Số: " + " ".repeat(6) + "/BC-UBND", c.numberLine());
        assertEquals(sent.summary(), c.summary());
        assertEquals(sent.sections(), c.sections());
        assertEquals(sent.planId(), c.planId());
        assertEquals(3, c.withId(20L).correction().version(), "a correction of a correction");
        assertEquals(20L, c.withId(20L).correction().previousVersion());
    }

    @Test
    void theOfficersEditsChangeTheTextAndKeepEverythingElse() {
        Report r = draft().sentAt(SENT);
        List<BodySection> sections = List.of(new BodySection("I. KẾT QUẢ MỚI", List.of("Đoạn mới"), List.of()));
        Report edited = r.withText("Trích yếu mới", List.of("UBND thành phố"), List.of(), sections, List.of(), List.of());
        assertEquals("Trích yếu mới", edited.summary());
        assertEquals(sections, edited.sections());
        assertEquals(r.withSections(sections).sections(), sections);
        assertEquals(r.state(), edited.state());
        assertEquals(r.sentAt(), edited.sentAt());
        assertEquals(r.version(), edited.version());
        Signer s = new Signer(List.of("TM. ỦY BAN NHÂN DÂN"), "CHỦ TỊCH", "Nguyễn Văn A");
        assertEquals(s, r.withSigner(s).signer());
        assertEquals(7L, r.withPreviousVersion(7L).previousVersion());
        assertEquals(9L, r.withPlanId(9L).planId());
        assertEquals(r.summary(), r.withPlanId(9L).summary());
    }

    @Test
    void aReportWithoutKindPeriodOrWithVersionZeroIsNoReport() {
        Report r = draft();
        assertThrows(IllegalArgumentException.class, () -> new Report(null, null, null, r.period(), null, "", "", "",
                "", "", null, "", null, null, null, null, null, null, null, null, null, 1, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Report(null, null, ReportKind.YEAR, null, null, "", "",
                "", "", "", null, "", null, null, null, null, null, null, null, null, null, 1, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Report(null, null, ReportKind.QUARTER, r.period(), null,
                "", "", "", "", "", null, "", null, null, null, null, null, null, null, null, null, 0, null, null));
        Report adHoc = new Report(null, null, ReportKind.AD_HOC, null, LocalDate.of(2026, 5, 1), "", "", "", "", "",
                null, "", null, null, null, null, null, null, null, null, null, 1, null, null);
        assertNull(adHoc.period(), "an ad-hoc report says its own reach");
        assertTrue(adHoc.recipients().isEmpty());
    }

    @Test
    void anAppendixRowHasOneCellPerColumnAndAGroupRowOneAcrossTheTable() {
        ReportAppendix a = new ReportAppendix(null, " Phụ lục ", "Tiến độ", "", List.of("STT", "Nhiệm vụ", "Kết quả"),
                List.of(ReportAppendix.Row.group("I. Thể chế"), ReportAppendix.Row.of("1", " Nhiệm vụ một ", "")));
        assertEquals(ReportAppendix.Kind.OTHER, a.kind(), "a table of no stated kind");
        assertEquals("Phụ lục", a.label());
        assertEquals(List.of("1", "Nhiệm vụ một", ""), a.rows().get(1).cells(), "a blank result keeps its place");
        assertTrue(a.rows().get(0).group());
        assertTrue(new ReportAppendix.Row(false, null).cells().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new ReportAppendix(ReportAppendix.Kind.PROGRESS, "", "",
                "", List.of("STT", "Nhiệm vụ"), List.of(ReportAppendix.Row.of("1"))), "a row short of a cell");
        Report withTable = draft().withAppendices(List.of(a));
        assertEquals(List.of(a), withTable.appendices());
    }
}
