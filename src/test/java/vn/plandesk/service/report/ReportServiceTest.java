package vn.plandesk.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.ReportPeriod;
import vn.plandesk.model.ReportingRule;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.report.ReportAppendix;
import vn.plandesk.model.report.ReportState;
import vn.plandesk.model.tracking.IndicatorResult;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.Messages;
import vn.plandesk.service.SampleStore;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.edit.PlanEditors;
import vn.plandesk.service.register.DocumentRegister;
import vn.plandesk.service.reporting.ReportingCalendar;
import vn.plandesk.service.tracking.TrackingService;
import vn.plandesk.store.Database;
import vn.plandesk.store.DocumentRepository;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.store.ReportRepository;
import vn.plandesk.store.ReportingRuleRepository;
import vn.plandesk.store.TrackingRepository;

/**
 * Reports through the service on a real store: the Chơn Thành ward plan with progress of Quý I/2026 recorded through
 * the tracking service, drafted, edited, sent, corrected; each change one step of the plan's undo history.
 */
class ReportServiceTest {
    private static final Period Q1 = Period.parse("2026-Q1");
    private static final ReportPeriod RQ1 = ReportPeriod.quarter(2026, 1);
    private static final String WARD_OFFICE = "Phòng Văn hóa – Xã hội";

    @TempDir
    Path dir;
    private Database db;
    private long planId;
    private PlanEditor editor;
    private TrackingService tracking;
    private DocumentRegister register;
    private ReportingCalendar calendar;
    private ReportRepository repository;

    @BeforeEach
    void store() {
        planId = SampleStore.copyTo(dir).get(2);
        db = Database.open(dir);
        PlanRepository plans = new PlanRepository(db);
        editor = new PlanEditors(plans).open(planId);
        tracking = new TrackingService(new TrackingRepository(db));
        register = new DocumentRegister(new DocumentRepository(db));
        calendar = new ReportingCalendar(plans, new ReportingRuleRepository(db));
        // seed 002: "báo cáo định kỳ 6 tháng (trước ngày 10/6) và báo cáo năm (trước ngày 25/11) gửi về Phòng Văn hóa – Xã hội"
        calendar.setRules(planId, List.of(new ReportingRule(ReportKind.HALF_YEAR, 10, 6, WARD_OFFICE, ""),
                new ReportingRule(ReportKind.YEAR, 25, 11, WARD_OFFICE, "")));
        repository = new ReportRepository(db, new ReportText());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ReportService service(LocalDate today) {
        return new ReportService(repository, new PlanRepository(db), tracking, register, calendar,
                Clock.fixed(today.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
    }

    private PlanTask task(int group, int index) {
        return editor.plan().group(group).orElseThrow().tasks().get(index);
    }

    /** Quý I/2026: task 1/1 done with a decision of the register as proof, task 1/9 behind, indicator 9 at 60 %. */
    private IssuedDocument recordQuarter() {
        IssuedDocument decision = register.add(IssuedDocument.of(DocumentType.QUYET_DINH, "12", "QĐ-UBND",
                LocalDate.of(2026, 1, 5), "UBND phường Chơn Thành", "về tuyên truyền Nghị quyết 57-NQ/TW.")).document();
        tracking.record(editor, new ProgressEntry(task(1, 0).id(), Q1, ProgressStatus.DONE,
                "Đã tổ chức 05 hội nghị tuyên truyền", LocalDate.of(2026, 3, 25), "Phòng Văn hóa - Xã hội", "", "",
                "", List.of(decision.id())));
        tracking.record(editor, new ProgressEntry(task(1, 8).id(), Q1, ProgressStatus.BEHIND, "",
                LocalDate.of(2026, 3, 25), "Phòng Văn hóa - Xã hội", "Chưa hoàn thành khảo sát",
                "Thiếu nhân lực chuyên trách", "", List.of()));
        long indicator = editor.plan().indicators().get(8).id();
        tracking.recordResult(editor, new IndicatorResult(indicator, Q1, "60", null, "", null));
        return decision;
    }

    private static BodySection section(List<BodySection> sections, String headingStart) {
        return sections.stream().filter(s -> s.heading().startsWith(headingStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + headingStart + " in " + sections.stream()
                        .map(BodySection::heading).toList()));
    }

    @Test
    void theQuarterIsDraftedFromTheStoreStoredAndOneUndoStep() {
        recordQuarter();
        ReportService reports = service(LocalDate.of(2026, 4, 3));
        int steps = editor.history().size();
        Report r = reports.draft(editor, ReportKind.QUARTER, RQ1);

        assertEquals(steps + 1, editor.history().size(), "the draft is one step of the plan's history");
        assertEquals(List.of(r), reports.reports(planId));
        assertEquals(r, reports.report(r.id()).orElseThrow());
        assertEquals("ỦY BAN NHÂN DÂN\nPHƯỜNG CHƠN THÀNH", r.issuingOrgan());
        assertEquals("Chơn Thành", r.locality());
        assertEquals("BC-UBND", r.symbol());
        assertEquals("", r.number());
        assertNull(r.date());
        assertEquals("Số:       /BC-UBND", r.numberLine());
        assertEquals(ReportState.DRAFT, r.state());
        assertEquals(1, r.version());
        assertEquals("Kết quả thực hiện Kế hoạch số …/KH-UBND trong Quý I/2026", r.summary());
        assertEquals(List.of(WARD_OFFICE + "."), r.recipients(), "Kính gửi: the rules' recipient");
        assertTrue(r.introduction().get(0).startsWith("Căn cứ Kế hoạch số …/KH-UBND của UBND phường Chơn Thành về"
                + " triển khai các nhiệm vụ theo Kế hoạch số 92/KH-UBND"), r.introduction().get(0));
        assertTrue(r.introduction().get(0).endsWith("UBND phường Chơn Thành báo cáo kết quả thực hiện Quý I/2026 như"
                + " sau:"), r.introduction().get(0));

        assertEquals(List.of("I. TÌNH HÌNH THỰC HIỆN, KẾT QUẢ ĐẠT ĐƯỢC", "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN"
                + " TỚI", "III. ĐỀ XUẤT, KIẾN NGHỊ"), r.sections().stream().map(BodySection::heading).toList());
        BodySection one = r.sections().get(0);
        assertEquals(8, one.sections().size(), "the seven groups, then the indicators");
        BodySection group1 = one.sections().get(0);
        assertEquals("1. " + editor.plan().group(1).orElseThrow().title(), group1.heading());
        assertEquals(List.of("1.1. Tình hình, kết quả đạt được", "1.2. Tồn tại, hạn chế", "1.3. Nguyên nhân"),
                group1.sections().stream().map(BodySection::heading).toList());
        String name1 = task(1, 0).name();
        assertEquals(List.of("- " + name1 + ": Đã tổ chức 05 hội nghị tuyên truyền (Quyết định số 12/QĐ-UBND ngày"
                + " 05/01/2026 của UBND phường Chơn Thành về tuyên truyền Nghị quyết 57-NQ/TW)."),
                group1.sections().get(0).paragraphs());
        List<String> lagging = group1.sections().get(1).paragraphs();
        assertTrue(lagging.contains("- " + task(1, 8).name() + ": chậm tiến độ; Chưa hoàn thành khảo sát."), lagging
                .toString());
        assertEquals("Tháng 9/2025", task(1, 6).deadline().raw());
        assertTrue(lagging.contains("- " + task(1, 6).name() + ": chưa triển khai."),
                "a task of Tháng 9/2025 not started is late: " + lagging);
        assertEquals(2, lagging.size(), "task 1/5 of Quý IV/2025 waits for the province, as the plan says: "
                + "nothing recorded, not a shortcoming");
        assertEquals(List.of("- " + task(1, 8).name() + ": Thiếu nhân lực chuyên trách."),
                group1.sections().get(2).paragraphs());
        assertEquals(List.of("Trong kỳ chưa có nhiệm vụ hoàn thành."),
                one.sections().get(1).sections().get(0).paragraphs());
        BodySection indicators = one.sections().get(7);
        assertEquals("8. Kết quả thực hiện các chỉ tiêu", indicators.heading());
        assertEquals(1, indicators.paragraphs().size());
        assertTrue(indicators.paragraphs().get(0).matches("- 9\\. .*: 60% \\(chỉ tiêu đề ra: > 55\\), đạt\\."),
                indicators.paragraphs().get(0));
        assertTrue(r.sections().get(2).paragraphs().isEmpty(), "section III is the officer's");

        assertEquals(List.of("Trên đây là Báo cáo kết quả thực hiện Kế hoạch số …/KH-UBND trong Quý I/2026, UBND"
                + " phường Chơn Thành kính báo cáo./."), r.closing());
        assertEquals(List.of("- Như trên;", "- Lưu: VT."), r.distribution());
        assertEquals(editor.plan().signer(), r.signer());

        assertEquals(List.of(ReportAppendix.Kind.PROGRESS, ReportAppendix.Kind.DOCUMENTS,
                ReportAppendix.Kind.INDICATORS), r.appendices().stream().map(ReportAppendix::kind).toList());
        ReportAppendix progress = r.appendices().get(0);
        assertEquals("Phụ lục I", progress.label());
        assertEquals(List.of("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Kết quả", "Tình trạng", "Minh chứng"),
                progress.columns());
        assertEquals(7, progress.rows().stream().filter(ReportAppendix.Row::group).count());
        assertEquals(76, progress.rows().stream().filter(row -> !row.group()).count());
        assertEquals(List.of("1", name1, "Các cơ quan, đơn vị", "Đã tổ chức 05 hội nghị tuyên truyền", "Hoàn thành",
                "Quyết định số 12/QĐ-UBND ngày 05/01/2026 của UBND phường Chơn Thành"), progress.rows().get(1).cells());
        ReportAppendix documents = r.appendices().get(1);
        assertEquals("(Tính đến 31/3/2026)", documents.note());
        assertEquals(List.of(ReportAppendix.Row.of("1", "Quyết định số 12/QĐ-UBND ngày 05/01/2026 của UBND phường Chơn"
                + " Thành về tuyên truyền Nghị quyết 57-NQ/TW.")), documents.rows());
        ReportAppendix indicatorTable = r.appendices().get(2);
        assertTrue(indicatorTable.rows().stream().anyMatch(row -> !row.group() && row.cells().get(0).equals("9")
                && row.cells().get(4).equals("60") && row.cells().get(5).equals("Đạt")), "indicator 9 judged");

        assertTrue(editor.undo());
        assertEquals(List.of(), reports.reports(planId), "undo takes the draft back");
        assertTrue(editor.redo());
        assertEquals(List.of(r), reports.reports(planId), "redo brings it back with its id");
    }

    /**
     * The drafted report printed: its appendices' titles in capitals, as official-layout.md asks (the bundled seed 003
     * keeps its sentence case: the title prints as written), and its one recipient on the line of "Kính gửi:", ending
     * with "." as seed 003 does.
     */
    @Test
    void theDraftedReportPrintsItsAppendixTitlesInCapitalsAndItsRecipientAsSeed003() throws java.io.IOException {
        recordQuarter();
        Report r = service(LocalDate.of(2026, 4, 3)).draft(editor, ReportKind.QUARTER, RQ1);
        assertEquals(List.of("TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ TRONG QUÝ I/2026",
                "CÁC VĂN BẢN ĐÃ BAN HÀNH TRIỂN KHAI KẾ HOẠCH SỐ …/KH-UBND",
                "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU TRONG QUÝ I/2026"),
                r.appendices().stream().map(ReportAppendix::title).toList());
        Path file = ReportExport.withoutStore().export(r, dir.resolve("quy-1.pdf"));
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(List.of(text.split("\\R")).stream().anyMatch(l -> l.strip().equals("Kính gửi: " + WARD_OFFICE
                    + ".")), text);
            // a long title wraps: compared without the line breaks
            String squeezed = text.replaceAll("\\s+", "");
            for (ReportAppendix a : r.appendices()) {
                assertTrue(squeezed.contains(a.title().replaceAll("\\s+", "")), a.title() + " in " + text);
            }
        }
    }

    @Test
    void sentIsSentProgressLaterLeavesItAndACorrectionIsTheNextVersion() {
        recordQuarter();
        ReportService reports = service(LocalDate.of(2026, 6, 2));
        Report draft = reports.draft(editor, ReportKind.HALF_YEAR, ReportPeriod.half(2026, 1));
        Report edited = reports.update(editor, draft.withSections(List.of(new BodySection("I. KẾT QUẢ",
                List.of("Đoạn của cán bộ.")))));
        assertEquals(List.of("Đoạn của cán bộ."), reports.get(draft.id()).sections().get(0).paragraphs());
        PlanDeskException unnumbered = assertThrows(PlanDeskException.class, () -> reports.markSent(editor,
                draft.id()));
        assertEquals("report.notNumbered", unnumbered.key());

        int steps = editor.history().size();
        Report sent = reports.markSent(editor, draft.id(), "15", LocalDate.of(2026, 6, 8));
        assertEquals(steps + 1, editor.history().size());
        assertTrue(sent.sent());
        assertEquals("Số: 15/BC-UBND", sent.numberLine());
        assertEquals(sent, reports.get(draft.id()));

        PlanDeskException refused = assertThrows(PlanDeskException.class, () -> reports.update(editor,
                sent.withText("Khác", sent.recipients(), sent.introduction(), sent.sections(), sent.closing(),
                        sent.distribution())));
        assertEquals("report.sentIsSent", refused.key());
        assertFalse(Messages.of(refused).contains("report."), "one Vietnamese sentence: " + Messages.of(refused));
        assertThrows(PlanDeskException.class, () -> reports.delete(editor, sent.id()));

        tracking.record(editor, new ProgressEntry(task(1, 8).id(), Period.parse("2026-Q2"), ProgressStatus.DONE,
                "Đã hoàn thành khảo sát", null, "", "", "", "", List.of()));
        assertEquals(sent, reports.get(sent.id()), "progress recorded afterwards leaves the sent report as sent");

        Report correction = reports.correct(editor, sent.id());
        assertEquals(2, correction.version());
        assertEquals(sent.id(), correction.previousVersion());
        assertEquals(ReportState.DRAFT, correction.state());
        assertEquals("", correction.number());
        assertEquals(edited.sections(), correction.sections());
        assertEquals(List.of(sent, correction), reports.reports(planId));
        assertEquals("report.alreadyCorrected", assertThrows(PlanDeskException.class,
                () -> reports.correct(editor, sent.id())).key());
        assertEquals("report.correctDraft", assertThrows(PlanDeskException.class,
                () -> reports.correct(editor, correction.id())).key());

        reports.delete(editor, correction.id());
        assertEquals(List.of(sent), reports.reports(planId));
        editor.undo();
        assertEquals(List.of(sent, correction), reports.reports(planId), "undo brings the deleted draft back");
        editor.undo();
        editor.undo();
        editor.undo();
        assertEquals(List.of(edited), reports.reports(planId), "undo, in order: correction, progress, sending");
    }

    @Test
    void theCalendarGivesEachDueReportItsStateAndTheStatusBarNamesIt() {
        ReportService reports = service(LocalDate.of(2026, 6, 2));
        List<ReportSlot> slots = reports.calendar(planId, 2026);
        assertEquals(List.of("2026-H1", "2026"), slots.stream().map(s -> s.due().period().code()).toList());
        assertTrue(slots.stream().allMatch(s -> s.state() == null && s.reportId() == null));
        assertEquals("report.state.MISSING", slots.get(0).stateKey());
        assertEquals("Báo cáo 6 tháng (6 tháng đầu năm 2026, chưa lập) đến hạn ngày 10/06/2026, còn 7 ngày.",
                reports.dueWarning(LocalDate.of(2026, 6, 3)).orElseThrow());

        Report draft = reports.draft(editor, ReportKind.HALF_YEAR, ReportPeriod.half(2026, 1));
        slots = reports.calendar(planId, 2026);
        assertEquals(ReportState.DRAFT, slots.get(0).state());
        assertEquals(draft.id(), slots.get(0).reportId());
        assertNull(slots.get(1).state());
        assertTrue(reports.dueWarning(LocalDate.of(2026, 6, 5)).orElseThrow().contains("dự thảo"));

        reports.markSent(editor, draft.id(), "15", LocalDate.of(2026, 6, 8));
        assertEquals(ReportState.SENT, reports.calendar(planId, 2026).get(0).state());
        Report v2 = reports.correct(editor, draft.id());
        assertEquals(v2.id(), reports.calendar(planId, 2026).get(0).reportId(), "the latest version stands for it");
        assertTrue(reports.dueWarning(LocalDate.of(2026, 5, 1)).isEmpty(), "nothing due within a week");
    }

    @Test
    void aReportNotSentByItsDueDateIsNamedAsLateUntilItIsSent() {
        LocalDate twoDaysLate = LocalDate.of(2026, 6, 12);
        ReportService reports = service(twoDaysLate);
        assertEquals("Báo cáo 6 tháng (6 tháng đầu năm 2026) đã quá hạn gửi từ ngày 10/06/2026 (2 ngày) mà chưa gửi.",
                reports.dueWarning(twoDaysLate).orElseThrow());
        assertEquals(2, reports.calendar(planId, 2026).get(0).daysLate(twoDaysLate));
        assertEquals(0, reports.calendar(planId, 2026).get(0).daysLate(LocalDate.of(2026, 6, 10)), "due today");
        assertEquals(0, reports.calendar(planId, 2026).get(1).daysLate(twoDaysLate), "the yearly one is not due");

        Report draft = reports.draft(editor, ReportKind.HALF_YEAR, ReportPeriod.half(2026, 1));
        assertTrue(reports.dueWarning(twoDaysLate).orElseThrow().contains("quá hạn"), "a draft is not sent");
        reports.markSent(editor, draft.id(), "15", twoDaysLate);
        assertTrue(reports.dueWarning(twoDaysLate).isEmpty());
        reports.correct(editor, draft.id());
        assertTrue(reports.dueWarning(twoDaysLate).isEmpty(), "a correction drafted after sending is not late");
        assertEquals(0, reports.calendar(planId, 2026).get(0).daysLate(twoDaysLate));
    }

    @Test
    void aLateReportIsNamedForAMonthAfterItsDueDateThenLeftToTheReportsPage() {
        ReportService reports = service(LocalDate.of(2026, 7, 10));
        assertTrue(reports.dueWarning(LocalDate.of(2026, 7, 10)).orElseThrow().contains("(30 ngày)"));
        assertTrue(reports.dueWarning(LocalDate.of(2026, 7, 11)).isEmpty());
        assertEquals(31, reports.calendar(planId, 2026).get(0).daysLate(LocalDate.of(2026, 7, 11)));
        assertEquals("Báo cáo năm (năm 2026, chưa lập) đến hạn ngày 25/11/2026, còn 1 ngày.",
                reports.dueWarning(LocalDate.of(2026, 11, 24)).orElseThrow(), "the next one due is still warned of");
    }

    @Test
    void aKindThatDoesNotFitThePeriodIsRefusedAndNothingStored() {
        ReportService reports = service(LocalDate.of(2026, 4, 3));
        PlanDeskException e = assertThrows(PlanDeskException.class,
                () -> reports.draft(editor, ReportKind.YEAR, RQ1));
        assertEquals("report.draft.kindPeriod", e.key());
        assertEquals(List.of(), reports.reports(planId));
        Report adHoc = reports.draft(editor, ReportKind.AD_HOC, RQ1);
        assertEquals(ReportKind.AD_HOC, adHoc.kind());
    }
}
