package vn.plandesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The due dates of the seeds' reporting rules, and the periods reports cover. */
class ReportingRuleTest {
    @Test
    void quarterlyReportsAreDueByTheTenthOfEachQuartersLastMonth() {
        // seed 004: "định kỳ hàng Quý … trước ngày 10 của tháng cuối Quý"
        ReportingRule rule = new ReportingRule(ReportKind.QUARTER, 10, 3, "Sở Khoa học và Công nghệ", "");
        List<DueReport> reports = rule.reportsOf(2026);
        assertEquals(List.of(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 6, 10), LocalDate.of(2026, 9, 10),
                LocalDate.of(2026, 12, 10)), reports.stream().map(DueReport::due).toList());
        assertEquals(List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"),
                reports.stream().map(r -> r.period().code()).toList());
        assertEquals("Quý IV/2026", reports.get(3).period().printed());
        assertTrue(reports.stream().allMatch(r -> r.kind() == ReportKind.QUARTER
                && r.recipient().equals("Sở Khoa học và Công nghệ")));
    }

    @Test
    void theWardsSixMonthAndYearlyReportsAreDueOnTheirDays() {
        // seed 002: "báo cáo định kỳ 6 tháng (trước ngày 10/6) và báo cáo năm (trước ngày 25/11)"
        DueReport half = new ReportingRule(ReportKind.HALF_YEAR, 10, 6, "Phòng Văn hóa – Xã hội", "").reportsOf(2026)
                .get(0);
        assertEquals(LocalDate.of(2026, 6, 10), half.due());
        assertEquals(ReportPeriod.half(2026, 1), half.period());
        assertEquals("6 tháng đầu năm 2026", half.period().printed());
        List<DueReport> year = new ReportingRule(ReportKind.YEAR, 25, 11, "", "").reportsOf(2027);
        assertEquals(1, year.size());
        assertEquals(LocalDate.of(2027, 11, 25), year.get(0).due());
        assertEquals("2027", year.get(0).period().code());
        assertEquals(List.of(), new ReportingRule(ReportKind.AD_HOC, 5, 5, "UBND phường", "").reportsOf(2026),
                "a report on request has no date of its own");
    }

    @Test
    void aDayPastAShortMonthsEndFallsOnItsLastDay() {
        ReportingRule rule = new ReportingRule(ReportKind.QUARTER, 31, 2, "", "");
        assertEquals(List.of(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 5, 31), LocalDate.of(2028, 8, 31),
                LocalDate.of(2028, 11, 30)), rule.reportsOf(2028).stream().map(DueReport::due).toList());
        assertEquals(LocalDate.of(2028, 5, 31), rule.dueFor(ReportPeriod.quarter(2028, 2)).orElseThrow());
        assertTrue(rule.dueFor(ReportPeriod.year(2028)).isEmpty());
    }

    @Test
    void theEdgesOfTheMonthAndTheYearAreAllowed() {
        assertEquals(LocalDate.of(2026, 3, 31), new ReportingRule(ReportKind.QUARTER, 31, 3, "", "").reportsOf(2026)
                .get(0).due());
        assertEquals(LocalDate.of(2026, 1, 1), new ReportingRule(ReportKind.QUARTER, 1, 1, "", "").reportsOf(2026)
                .get(0).due());
        assertEquals(LocalDate.of(2026, 12, 31), new ReportingRule(ReportKind.YEAR, 31, 12, "", "").reportsOf(2026)
                .get(0).due());
        assertEquals(2100, ReportPeriod.year(2100).year());
        assertEquals(2000, ReportPeriod.quarter(2000, 4).year());
        assertEquals("report.period.bad", assertThrows(PlanDeskException.class, () -> ReportPeriod.year(2101)).key());
        assertEquals("report.period.bad", assertThrows(PlanDeskException.class, () -> ReportPeriod.year(1999)).key());
    }

    @Test
    void impossibleDaysAndMonthsAreRefusedInTheOfficersWords() {
        assertEquals("report.rule.badDate",
                assertThrows(PlanDeskException.class, () -> new ReportingRule(ReportKind.QUARTER, 10, 4, "", "")).key());
        assertEquals("report.rule.badDate",
                assertThrows(PlanDeskException.class, () -> new ReportingRule(ReportKind.YEAR, 0, 11, "", "")).key());
        assertEquals("report.rule.badDate",
                assertThrows(PlanDeskException.class, () -> new ReportingRule(ReportKind.YEAR, 32, 1, "", "")).key());
        assertEquals("report.rule.badDate",
                assertThrows(PlanDeskException.class, () -> new ReportingRule(ReportKind.HALF_YEAR, 1, 13, "", ""))
                        .key());
        assertEquals("report.rule.noKind",
                assertThrows(PlanDeskException.class, () -> new ReportingRule(null, 1, 1, "", "")).key());
    }

    @Test
    void aPeriodWithoutItsKindOrWithAnIndexItCannotHaveIsRefused() {
        for (Runnable bad : List.<Runnable>of(() -> new ReportPeriod(2026, null, 1),
                () -> new ReportPeriod(2026, ReportPeriod.Kind.YEAR, 1), () -> ReportPeriod.quarter(2026, 0),
                () -> ReportPeriod.quarter(2026, 5), () -> ReportPeriod.half(2026, 0),
                () -> ReportPeriod.half(2026, 3))) {
            assertEquals("report.period.bad", assertThrows(PlanDeskException.class, bad::run).key());
        }
        assertEquals("2026-Q4", ReportPeriod.quarter(2026, 4).code());
        assertEquals("2026-H2", ReportPeriod.half(2026, 2).code());
    }

    @Test
    void periodCodesReadBackAndBadOnesAreRefused() {
        for (ReportPeriod p : List.of(ReportPeriod.quarter(2026, 1), ReportPeriod.half(2026, 2),
                ReportPeriod.year(2030))) {
            assertEquals(p, ReportPeriod.parse(p.code()));
        }
        assertEquals(ReportPeriod.quarter(2026, 3), ReportPeriod.parse(" 2026-q3 "));
        assertEquals("6 tháng cuối năm 2026", ReportPeriod.half(2026, 2).printed());
        assertEquals("năm 2030", ReportPeriod.year(2030).printed());
        for (String bad : List.of("2026-Q5", "2026-H3", "26-Q1", "Q1", "", "2026-Q")) {
            assertEquals("report.period.bad",
                    assertThrows(PlanDeskException.class, () -> ReportPeriod.parse(bad)).key(), bad);
        }
    }
}
