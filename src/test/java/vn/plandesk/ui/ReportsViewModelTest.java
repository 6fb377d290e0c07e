package vn.plandesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.ReportPeriod;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.report.ReportState;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.Messages;
import vn.plandesk.ui.ReportsViewModel.Row;

/**
 * The reports page and its editor through their view models, without a window, on the Chơn Thành plan: the year's
 * list, drafting, editing every kind of part as one undo step each, what is typed kept when the window moves on,
 * marking sent, the read-only sent report, its correction and printing.
 */
class ReportsViewModelTest {
    private static final ReportPeriod Q1_2026 = ReportPeriod.quarter(2026, 1);

    @TempDir
    Path dir;
    private OpenPlanFixture fixture;
    private ReportsViewModel model;
    private ReportEditorViewModel editor;
    private final List<Path> written = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        fixture = OpenPlanFixture.withReports(dir);
        fixture.open(fixture.first(PlanKind.WARD));
        FxThread.run(() -> {
            var tasks = fixture.context.plan().allTasks();
            fixture.tracking.record(fixture.context.editor(), new ProgressEntry(tasks.get(0).id(),
                    Period.quarter(2026, 1), ProgressStatus.DONE, "Đã ban hành kế hoạch", null, "", "", "", "",
                    List.of()));
        });
        model = FxThread.call(() -> new ReportsViewModel(fixture.context, fixture.reports,
                (report, file) -> written.add(file), () -> LocalDate.of(2026, 3, 20)));
        editor = model.editor();
        FxThread.awaitIdle(fixture.context.background());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Report stored() {
        return fixture.reports.report(editor.report().get().id()).orElseThrow();
    }

    private Report draftQ1() {
        FxThread.run(() -> model.period().set(Q1_2026));
        FxThread.run(model::draftChosenPeriod);
        FxThread.awaitIdle(fixture.context.background());
        return FxThread.call(() -> editor.report().get());
    }

    /** The list's line of the report, once the list has been read again. */
    private Row listedRow(Report r) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                    () -> FxThread.call(() -> model.rows().stream().anyMatch(x -> x.report() != null
                            && x.report().id().equals(r.id()))));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the drafted report is not listed: " + FxThread.call(() -> model.rows()), e);
        }
        return FxThread.call(() -> model.rows().stream().filter(x -> x.report() != null
                && x.report().id().equals(r.id())).findFirst().orElseThrow());
    }

    /** The first section that has paragraphs of its own under section I. */
    private SectionRef firstWithParagraphs() {
        return FxThread.call(() -> editor.sections().stream()
                .filter(s -> s.path().get(0) == 0 && !s.section().paragraphs().isEmpty()).findFirst().orElseThrow());
    }

    @Test
    void theYearListsTheCalendarsReportsWithTheirState() {
        List<Row> rows = FxThread.call(() -> List.copyOf(model.rows()));
        // the ward's rules (seed 002): the six-month report before 10/6 and the yearly one before 25/11
        assertEquals(List.of("10/06/2026", "25/11/2026"), rows.stream().map(Row::dueDate).toList());
        assertEquals(List.of(ReportKind.HALF_YEAR, ReportKind.YEAR), rows.stream().map(r -> r.due().kind()).toList());
        assertTrue(rows.stream().allMatch(r -> r.report() == null
                && r.state().equals(Messages.get("report.state.MISSING"))));
        assertEquals("Phòng Văn hóa – Xã hội", rows.get(0).due().recipient());

        FxThread.run(() -> model.draft(rows.get(0)));
        FxThread.awaitIdle(fixture.context.background());
        Row first = FxThread.call(() -> model.rows().get(0));
        assertNotNull(first.report());
        assertEquals(Messages.get("report.state.DRAFT"), first.state());
        assertEquals(first.report(), FxThread.call(() -> editor.report().get()), "the drafted report is opened");

        FxThread.run(() -> model.year().set(2027));
        FxThread.awaitIdle(fixture.context.background());
        assertEquals(ReportPeriod.quarter(2027, 1), FxThread.call(() -> model.period().get()));
        assertTrue(FxThread.call(() -> model.rows().stream().allMatch(r -> r.due().period().year() == 2027)));
    }

    @Test
    void aReportNotSentByItsDueDateSaysHowLateItIs() {
        ReportsViewModel lateInTheYear = FxThread.call(() -> new ReportsViewModel(fixture.context, fixture.reports,
                (report, file) -> written.add(file), () -> LocalDate.of(2026, 11, 27)));
        FxThread.awaitIdle(fixture.context.background());
        List<Row> rows = FxThread.call(() -> List.copyOf(lateInTheYear.rows()));
        assertEquals(List.of("Chưa lập – quá hạn 170 ngày", "Chưa lập – quá hạn 2 ngày"),
                rows.stream().map(Row::state).toList());
        assertEquals(List.of("Chưa lập", "Chưa lập"), FxThread.call(() -> model.rows().stream().map(Row::state)
                .toList()), "in March neither is late");
        assertEquals(ReportPeriod.quarter(2026, 4), FxThread.call(() -> lateInTheYear.period().get()),
                "the report to draft is offered for the quarter the officer is in");
        assertEquals(Q1_2026, FxThread.call(() -> model.period().get()));
    }

    @Test
    void aPeriodTheRulesDoNotNameIsDraftedAndListedAsOneUndoStep() {
        int steps = fixture.undoSteps();
        Report r = draftQ1();
        assertEquals(Q1_2026, r.period());
        assertEquals(ReportKind.QUARTER, r.kind());
        assertEquals(ReportState.DRAFT, r.state());
        assertEquals(steps + 1, fixture.undoSteps());
        assertFalse(FxThread.call(() -> editor.readOnly().get()));
        // keeping the draft reloads the list on the worker once more
        Row listed = listedRow(r);
        assertEquals("", listed.dueDate(), "off the calendar: no due date");
        assertEquals("Phòng Văn hóa – Xã hội", listed.due().recipient(),
                "the name as the calendar's rows show it, without the \".\" closing the printed Kính gửi line");
        assertEquals(List.of("Phòng Văn hóa – Xã hội."), r.recipients());

        FxThread.run(() -> fixture.context.editor().undo());
        FxThread.awaitIdle(fixture.context.background());
        assertNull(FxThread.call(() -> editor.report().get()), "undoing the draft closes it");
        assertTrue(fixture.reports.report(r.id()).isEmpty());
        assertTrue(FxThread.call(() -> model.rows().stream().noneMatch(x -> x.report() != null)));
    }

    @Test
    void eachPartIsEditedAsOneUndoStepAndUndoShowsItBack() {
        Report r = draftQ1();
        int steps = fixture.undoSteps();
        FxThread.run(() -> {
            editor.summary().text().set("Kết quả thực hiện Quý I/2026 (đã sửa)");
            editor.summary().keep();
        });
        assertEquals("Kết quả thực hiện Quý I/2026 (đã sửa)", stored().summary());
        assertEquals(steps + 1, fixture.undoSteps());

        FxThread.run(() -> {
            editor.recipients().text().set("UBND phường Chơn Thành\n\nPhòng Văn hóa – Xã hội");
            editor.recipients().keep();
            editor.date().text().set("05/04/2026");
            editor.date().keep();
            editor.signerName().text().set("Nguyễn Văn A");
            editor.signerName().keep();
            editor.distribution().text().set("- Như trên;\n- Đảng ủy phường;\n- Lưu: VT.");
            editor.distribution().keep();
        });
        Report now = stored();
        assertEquals(List.of("UBND phường Chơn Thành", "Phòng Văn hóa – Xã hội"), now.recipients());
        assertEquals(LocalDate.of(2026, 4, 5), now.date());
        assertEquals("Nguyễn Văn A", now.signer().name());
        assertEquals(List.of("- Như trên;", "- Đảng ủy phường;", "- Lưu: VT."), now.distribution());
        assertEquals(steps + 5, fixture.undoSteps());

        FxThread.run(() -> fixture.context.editor().undo());
        FxThread.awaitIdle(fixture.context.background());
        assertEquals(r.distribution(), FxThread.call(() -> editor.report().get().distribution()));
        assertEquals(SectionRef.lines(r.distribution()), FxThread.call(() -> editor.distribution().text().get()));
        FxThread.run(() -> fixture.context.editor().redo());
        assertEquals("- Như trên;\n- Đảng ủy phường;\n- Lưu: VT.",
                FxThread.call(() -> editor.distribution().text().get()));

        // a date that is no date is told in a sentence and changes nothing
        FxThread.run(() -> {
            editor.date().text().set("31/02/2026");
            editor.date().keep();
        });
        assertEquals(LocalDate.of(2026, 4, 5), stored().date());
        assertTrue(FxThread.call(() -> editor.problem().get()).contains("31/02/2026"));
    }

    @Test
    void paragraphsAreEditedAddedMovedAndRemovedAndSubsectionsAdded() {
        draftQ1();
        SectionRef s = firstWithParagraphs();
        List<Integer> path = s.path();
        FxThread.run(() -> editor.selectSection(s));
        FxThread.run(() -> editor.selectParagraph(0));
        FxThread.run(() -> {
            editor.paragraphText().set("Đoạn đã sửa trong phần I.");
            editor.keepParagraph();
        });
        assertEquals("Đoạn đã sửa trong phần I.", section(path).paragraphs().get(0));

        int before = section(path).paragraphs().size();
        FxThread.run(() -> editor.addParagraph(true));
        BodySection added = section(path);
        assertEquals(before + 1, added.paragraphs().size());
        assertEquals(Messages.get("reports.editor.newBullet"), added.paragraphs().get(1));
        assertEquals(1, FxThread.call(() -> editor.paragraph().get()), "the new line is chosen");
        FxThread.run(() -> {
            editor.paragraphText().set("- Dòng mới thêm.");
            editor.moveParagraph(-1);
        });
        assertEquals(List.of("- Dòng mới thêm.", "Đoạn đã sửa trong phần I."),
                section(path).paragraphs().subList(0, 2), "typed, then moved up: one keep, one move");
        assertEquals(0, FxThread.call(() -> editor.paragraph().get()));
        FxThread.run(editor::removeParagraph);
        assertEquals("Đoạn đã sửa trong phần I.", section(path).paragraphs().get(0));
        assertEquals(before, section(path).paragraphs().size());

        FxThread.run(editor::addSubsection);
        BodySection withSub = section(path);
        assertEquals(Messages.get("reports.editor.newSection"),
                withSub.sections().get(withSub.sections().size() - 1).heading());
        assertEquals(Messages.get("reports.editor.newSection"),
                FxThread.call(() -> editor.section().get().section().heading()), "the new sub-section is chosen");
        FxThread.run(() -> {
            editor.heading().set("a) Mục do cán bộ thêm");
            editor.keepSection();
        });
        assertEquals("a) Mục do cán bộ thêm", section(path).sections().get(withSub.sections().size() - 1).heading());
    }

    private BodySection section(List<Integer> path) {
        List<BodySection> list = stored().sections();
        BodySection s = null;
        for (int i : path) {
            s = list.get(i);
            list = s.sections();
        }
        return s;
    }

    @Test
    void whatIsTypedIsKeptWhenTheWindowMovesOn() {
        draftQ1();
        SectionRef s = firstWithParagraphs();
        FxThread.run(() -> editor.selectSection(s));
        FxThread.run(() -> editor.selectParagraph(0));
        FxThread.run(() -> {
            editor.introduction().text().set("Căn cứ Kế hoạch số 92/KH-UBND.");
            editor.paragraphText().set("Gõ dở, chưa rời ô.");
        });
        FxThread.run(fixture.context::keepPendingEdits);
        assertEquals(List.of("Căn cứ Kế hoạch số 92/KH-UBND."), stored().introduction());
        assertEquals("Gõ dở, chưa rời ô.", section(s.path()).paragraphs().get(0));
        int steps = fixture.undoSteps();
        FxThread.run(fixture.context::keepPendingEdits);
        assertEquals(steps, fixture.undoSteps(), "nothing new typed, nothing kept");
    }

    @Test
    void sentIsSentAndItsCorrectionIsANewVersionBesideIt() {
        Report r = draftQ1();
        assertTrue(FxThread.call(() -> editor.needsNumberAndDate()));
        assertFalse(FxThread.call(() -> editor.markSent("", "")));
        assertEquals(Messages.get("reports.editor.needsNumber"), FxThread.call(() -> editor.problem().get()));
        assertEquals(ReportState.DRAFT, stored().state());

        int steps = fixture.undoSteps();
        assertTrue(FxThread.call(() -> editor.markSent("12", "05/04/2026")));
        Report sent = stored();
        assertEquals(ReportState.SENT, sent.state());
        assertEquals("12", sent.number());
        assertEquals(LocalDate.of(2026, 4, 5), sent.date());
        assertEquals(steps + 1, fixture.undoSteps(), "numbered, dated and sent in one step");
        assertTrue(FxThread.call(() -> editor.readOnly().get()));

        // nothing typed reaches a sent report
        FxThread.run(() -> {
            editor.summary().text().set("Sửa sau khi gửi");
            editor.summary().keep();
            editor.addParagraph(false);
        });
        FxThread.run(fixture.context::keepPendingEdits);
        assertEquals(sent, stored());

        // later progress does not change it
        FxThread.run(() -> fixture.tracking.record(fixture.context.editor(), new ProgressEntry(
                fixture.context.plan().allTasks().get(1).id(), Period.quarter(2026, 1), ProgressStatus.DONE,
                "Ghi sau khi gửi", null, "", "", "", "", List.of())));
        FxThread.awaitIdle(fixture.context.background());
        assertEquals(sent, fixture.reports.report(r.id()).orElseThrow());

        assertTrue(FxThread.call(editor::correct));
        Report v2 = FxThread.call(() -> editor.report().get());
        assertEquals(2, v2.version());
        assertEquals(r.id(), v2.previousVersion());
        assertEquals(ReportState.DRAFT, v2.state());
        assertFalse(FxThread.call(() -> editor.readOnly().get()));
        FxThread.awaitIdle(fixture.context.background());
        List<Row> rows = FxThread.call(() -> List.copyOf(model.rows()));
        assertTrue(rows.stream().anyMatch(x -> x.report() != null && x.report().id().equals(r.id())
                && x.report().sent()), "the sent version stays in the list");
        assertTrue(rows.stream().anyMatch(x -> x.report() != null && x.report().id().equals(v2.id())
                && x.period().contains("2")));
    }

    @Test
    void printingWritesTheReportAsItIsOnTheWorkerAndTellsAFailure() {
        draftQ1();
        FxThread.run(() -> editor.summary().text().set("Trích yếu gõ trước khi in"));
        Path pdf = dir.resolve("bao-cao.pdf");
        FxThread.run(() -> editor.export(pdf, () -> { }));
        FxThread.awaitIdle(fixture.context.background());
        assertEquals(List.of(pdf), written);
        assertEquals("Trích yếu gõ trước khi in", stored().summary(), "what was typed is kept before printing");
        assertFalse(FxThread.call(() -> editor.exporting().get()));

        ReportEditorViewModel failing = FxThread.call(() -> new ReportEditorViewModel(fixture.context,
                fixture.reports, (report, file) -> {
                    throw new PlanDeskException("reports.exportFailed", file.getFileName());
                }));
        FxThread.run(() -> failing.open(stored()));
        FxThread.run(() -> failing.export(pdf, () -> { }));
        FxThread.awaitIdle(fixture.context.background());
        assertEquals(Messages.get("reports.exportFailed", "bao-cao.pdf"), FxThread.call(() -> failing.problem().get()));
    }
}
