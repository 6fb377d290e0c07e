package vn.plandesk.service.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.app.Services;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.ReportingRule;
import vn.plandesk.model.ScheduledReport;
import vn.plandesk.model.Text;
import vn.plandesk.service.SampleLibrary;

/** The calendar of the bundled plans: the seeds' reports of 2026 with their due dates, the next one due, edits. */
class ReportingCalendarTest {
    @TempDir
    Path dir;

    private static long planWith(Services s, String summaryStart) {
        return s.plans().list().stream().filter(p -> p.title().startsWith(summaryStart)).map(PlanSummary::id)
                .findFirst().orElseThrow();
    }

    @Test
    void in2026TheSamplesAskForFourQuarterlyReportsTheSixMonthAndTheYearlyOne() {
        try (Services s = Services.open(dir)) {
            List<ScheduledReport> reports = s.reporting().reports(2026);
            assertEquals(List.of(
                    "10/03/2026 QUARTER 2026-Q1 Sở Khoa học và Công nghệ",
                    "10/06/2026 HALF_YEAR 2026-H1 Phòng Văn hóa – Xã hội",
                    "10/06/2026 QUARTER 2026-Q2 Sở Khoa học và Công nghệ",
                    "10/09/2026 QUARTER 2026-Q3 Sở Khoa học và Công nghệ",
                    "25/11/2026 YEAR 2026 Phòng Văn hóa – Xã hội",
                    "10/12/2026 QUARTER 2026-Q4 Sở Khoa học và Công nghệ"),
                    reports.stream().map(r -> vn.plandesk.model.OfficialDate.screen(r.report().due()) + " "
                            + r.report().kind() + " " + r.report().period().code() + " " + r.report().recipient())
                            .toList());
            long ward = reports.get(1).planId();
            assertEquals(2, s.reporting().reports(ward, 2026).size());
            assertTrue(reports.get(1).plan().contains("Chơn Thành"), reports.get(1).plan());
        }
    }

    @Test
    void theNextReportDueAndTheWarningAWeekBefore() {
        try (Services s = Services.open(dir)) {
            ReportingCalendar calendar = s.reporting();
            assertEquals(LocalDate.of(2026, 3, 10), calendar.nextDue(LocalDate.of(2026, 1, 1)).orElseThrow().report()
                    .due());
            assertEquals(LocalDate.of(2026, 3, 10), calendar.nextDue(LocalDate.of(2026, 3, 10)).orElseThrow().report()
                    .due(), "due today is still next");
            assertEquals(ReportKind.QUARTER, calendar.nextDue(LocalDate.of(2026, 11, 26)).orElseThrow().report()
                    .kind());
            assertEquals(LocalDate.of(2027, 3, 10), calendar.nextDue(LocalDate.of(2026, 12, 11)).orElseThrow()
                    .report().due(), "after the last report of a year comes the first of the next");
            assertTrue(calendar.warning(LocalDate.of(2026, 3, 2)).isEmpty(), "8 days before: no warning yet");
            assertEquals("Báo cáo quý (Quý I/2026) đến hạn ngày 10/03/2026, còn 7 ngày.",
                    calendar.warning(LocalDate.of(2026, 3, 3)).orElseThrow());
            assertEquals("Báo cáo năm (năm 2026) đến hạn ngày 25/11/2026, còn 0 ngày.",
                    calendar.warning(LocalDate.of(2026, 11, 25)).orElseThrow());
            assertEquals("Báo cáo 6 tháng (6 tháng đầu năm 2026), Báo cáo quý (Quý II/2026) đến hạn ngày 10/06/2026,"
                    + " còn 5 ngày.", calendar.warning(LocalDate.of(2026, 6, 5)).orElseThrow(),
                    "every report due that day is named");
        }
    }

    @Test
    void theOfficerChangesAPlansRulesAndARestartKeepsThem() {
        long plan2026;
        List<ReportingRule> changed = List.of(new ReportingRule(ReportKind.QUARTER, 5, 3, "Sở Khoa học và Công nghệ",
                "trước ngày 05 của tháng cuối Quý"), new ReportingRule(ReportKind.AD_HOC, 0, 0, "UBND tỉnh", ""));
        try (Services s = Services.open(dir)) {
            plan2026 = planWith(s, "Thực hiện Nghị quyết số 11/NQ-CP");
            assertEquals(1, s.reporting().rules(plan2026).size());
            s.reporting().setRules(plan2026, changed);
            assertEquals("plan.notFound", assertThrows(PlanDeskException.class,
                    () -> s.reporting().setRules(999_999, changed)).key());
            assertEquals("plan.notFound", assertThrows(PlanDeskException.class,
                    () -> s.reporting().reports(999_999, 2026)).key(), "nor its reports asked for");
        }
        try (Services s = Services.open(dir)) {
            assertEquals(changed, s.reporting().rules(plan2026));
            assertEquals(LocalDate.of(2026, 3, 5), s.reporting().reports(plan2026, 2026).get(0).report().due());
        }
    }

    @Test
    void theSampleRulesAreTheSeedsWords() throws IOException {
        String ward = Text.nfc(seed("002_cf0c371bcdf1baa4.txt"))
                .replaceAll("\\s+", " ");
        String province = Text.nfc(seed("004_b46001e2e6873d4a.txt"))
                .replaceAll("\\s+", " ");
        SampleLibrary samples = new SampleLibrary();
        List<ReportingRule> wardRules = samples.file("chon-thanh-ward-plan.json").reportingRules();
        assertEquals(List.of(ReportKind.HALF_YEAR, ReportKind.YEAR, ReportKind.AD_HOC),
                wardRules.stream().map(ReportingRule::kind).toList());
        for (ReportingRule r : wardRules) {
            assertTrue(ward.contains(r.text()), r.text());
        }
        assertTrue(wardRules.get(0).text().contains("6 tháng (trước ngày 10/6)"));
        assertTrue(wardRules.get(1).text().contains("báo cáo năm (trước ngày 25/11)"));
        List<ReportingRule> provinceRules = samples.file("province-2026-plan.json").reportingRules();
        assertEquals(1, provinceRules.size());
        assertTrue(province.contains(provinceRules.get(0).text()));
        assertTrue(provinceRules.get(0).text().contains("trước ngày 10 của tháng cuối Quý"));
        for (String other : List.of("province-2025-appendix-ii.json", "kh92-2025-partial.json")) {
            assertEquals(List.of(), samples.file(other).reportingRules(), other + " sets no reporting rule");
        }
    }

    /** A seed's text, kept with the tests (src/test/resources/seeds) so that they run on a fresh clone. */
    private static String seed(String name) throws IOException {
        try (java.io.InputStream in = ReportingCalendarTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
