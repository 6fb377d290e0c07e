package vn.plandesk.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.ReportPeriod;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.report.ReportAppendix;
import vn.plandesk.model.tracking.Period;

/**
 * Which result of an indicator a report tells: the period's own, else the latest reported within the period; one of a
 * later period is not told; a value is printed with its unit, and judged against the target as written.
 */
class ReportIndicatorResultsTest extends OnChonThanhReports {
    private Report draft() {
        return store.reports.drafted(store.editor.plan(), ReportKind.QUARTER, RQ1);
    }

    private static String line(Report r, String number) {
        BodySection one = r.sections().get(0);
        List<String> lines = one.sections().get(one.sections().size() - 1).paragraphs();
        return lines.stream().filter(l -> l.startsWith("- " + number + ". ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line of indicator " + number + " in " + lines));
    }

    private static List<String> tableRow(Report r, String number) {
        ReportAppendix t = r.appendices().get(r.appendices().size() - 1);
        return t.rows().stream().filter(row -> !row.group() && row.cells().get(0).equals(number)).findFirst()
                .orElseThrow().cells();
    }

    @Test
    void theQuartersOwnResultIsToldAndALaterOneIsNot() {
        Indicator tfp = indicator("9");
        result(tfp, Period.parse("2026-Q1"), "56");
        result(tfp, Period.parse("2026-Q2"), "58");
        Report q1 = draft();
        assertTrue(line(q1, "9").endsWith(": 56% (chỉ tiêu đề ra: > 55), đạt."), line(q1, "9"));
        assertEquals("56", tableRow(q1, "9").get(4));
        assertEquals("Đạt", tableRow(q1, "9").get(5));
    }

    @Test
    void aYearsReportTellsTheYearsOwnResultElseTheLatestQuarters() {
        Indicator tfp = indicator("9");
        Indicator export = indicator("10");
        result(tfp, Period.parse("2026-Q1"), "50");
        result(tfp, Period.parse("2026-Q3"), "57");
        result(export, Period.parse("2026-Q4"), "40");
        result(export, Period.parse("2026"), "52");
        result(export, Period.parse("2027-Q1"), "60");
        Report year = store.reports.drafted(store.editor.plan(), ReportKind.YEAR, ReportPeriod.year(2026));
        assertTrue(line(year, "9").endsWith(": 57% (chỉ tiêu đề ra: > 55), đạt."), "the latest quarter: "
                + line(year, "9"));
        assertTrue(line(year, "10").endsWith(": 52% (chỉ tiêu đề ra: ≥ 50), vượt."), "the year's own: "
                + line(year, "10"));
        assertEquals(List.of("10", indicator("10").name(), "%", "≥ 50", "52", "Vượt"), tableRow(year, "10"));
    }

    @Test
    void aTargetInWordsIsLeftToTheOfficerAndAValueKeepsItsUnitOnce() {
        Indicator rank = indicator("4");
        Indicator words = indicator("1");
        Indicator share = indicator("11");
        result(rank, Period.parse("2026-Q1"), "20");
        result(words, Period.parse("2026-Q1"), "Đạt mức khá");
        result(share, Period.parse("2026-Q1"), "31");
        Report q1 = draft();
        assertTrue(line(q1, "4").endsWith(": 20 Thứ bậc (chỉ tiêu đề ra: ≤ 25), vượt."), line(q1, "4"));
        assertTrue(line(q1, "11").endsWith(": 31% GRDP (chỉ tiêu đề ra: ≥ 30), vượt."), "a percent sign is not spaced: "
                + line(q1, "11"));
        // the officer typed the unit with the value: it is printed once
        result(share, Period.parse("2026-Q1"), "31% GRDP");
        Report typedWhole = draft();
        assertTrue(line(typedWhole, "11").contains(": 31% GRDP (chỉ tiêu đề ra: ≥ 30)"), line(typedWhole, "11"));
        assertEquals("Đạt mức khá", tableRow(q1, "1").get(4));
        assertEquals("Chờ đánh giá", tableRow(q1, "1").get(5));
        assertTrue(line(q1, "1").endsWith(", chờ đánh giá."), line(q1, "1"));
    }
}
