package vn.plandesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.ReportPeriod;
import vn.plandesk.model.report.Report;
import vn.plandesk.service.Messages;

/**
 * The status bar warns of the next report due from a week before, naming its state, and follows the report as it is
 * drafted; outside that week it says nothing.
 */
class DueReportWarningTest {
    @TempDir
    Path dir;
    private OpenPlanFixture fixture;
    private final AtomicReference<LocalDate> today = new AtomicReference<>();
    private Label shown;

    @BeforeEach
    void open() {
        fixture = OpenPlanFixture.withReports(dir);
        shown = FxThread.call(() -> (Label) new StatusBar(fixture.context).lookup("#status-report-due"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private String warningOn(LocalDate day, DueReportWarning w) {
        today.set(day);
        FxThread.run(w::refresh);
        FxThread.awaitIdle(fixture.context.background());
        return FxThread.call(() -> shown.getText());
    }

    @Test
    void warnsAWeekBeforeNamingTheStateAndFollowsTheDraft() {
        fixture.open(fixture.first(PlanKind.WARD));
        today.set(LocalDate.of(2026, 5, 1));
        DueReportWarning w = FxThread.call(() -> DueReportWarning.follow(fixture.context, fixture.reports, today::get));
        FxThread.awaitIdle(fixture.context.background());
        assertEquals("", FxThread.call(() -> shown.getText()));
        assertFalse(FxThread.call(() -> shown.isVisible()), "nothing due within a week: no warning");

        // the ward's six-month report (seed 002) is due by 10/6
        String before = warningOn(LocalDate.of(2026, 6, 3), w);
        assertTrue(before.contains("10/06/2026") && before.contains("6 tháng đầu năm 2026"), before);
        assertTrue(before.contains(Messages.get("report.state.MISSING").toLowerCase(Messages.locale())), before);
        assertTrue(FxThread.call(() -> shown.isVisible()));

        // drafting it is an edit of the plan: the warning follows without being asked
        Report draft = FxThread.call(() -> fixture.reports.draft(fixture.context.editor(), ReportKind.HALF_YEAR,
                ReportPeriod.half(2026, 1)));
        FxThread.awaitIdle(fixture.context.background());
        String after = FxThread.call(() -> shown.getText());
        assertTrue(after.contains(Messages.get("report.state.DRAFT").toLowerCase(Messages.locale())), after);

        // past its day and not sent, it is named as late until it is sent
        String late = warningOn(LocalDate.of(2026, 6, 11), w);
        assertTrue(late.contains("(6 tháng đầu năm 2026) đã quá hạn gửi từ ngày 10/06/2026 (1 ngày) mà chưa gửi."), late);
        FxThread.run(() -> fixture.reports.markSent(fixture.context.editor(), draft.id(), "15",
                LocalDate.of(2026, 6, 11)));
        FxThread.awaitIdle(fixture.context.background());
        assertFalse(warningOn(LocalDate.of(2026, 6, 11), w).contains("6 tháng đầu năm 2026"), "sent is no longer late");
    }

    @Test
    void aStartingWindowReadsTheWarningOnceItsPlansFirstFrameIsDrawnAndNotBefore() {
        today.set(LocalDate.of(2026, 6, 3));
        boolean nothingRead = FxThread.call(() -> {
            fixture.context.holdUntilFirstFrame(); // as the window does before it shows
            DueReportWarning.follow(fixture.context, fixture.reports, today::get);
            return fixture.context.background().idleProperty().get();
        });
        assertTrue(nothingRead, "no plan open yet: reading every report now would only slow the window's start");

        fixture.open(fixture.first(PlanKind.WARD));
        assertEquals("", FxThread.call(() -> shown.getText()), "read while the first frame was drawn");
        FxThread.run(fixture.context::firstFrameDrawn);
        FxThread.awaitIdle(fixture.context.background());
        String warning = FxThread.call(() -> shown.getText());
        assertTrue(warning.contains("10/06/2026") && warning.contains("6 tháng đầu năm 2026"), warning);
    }
}
