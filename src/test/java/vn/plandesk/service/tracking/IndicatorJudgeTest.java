package vn.plandesk.service.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.IndicatorTarget;
import vn.plandesk.model.IndicatorTarget.Comparator;
import vn.plandesk.model.Plan;
import vn.plandesk.model.tracking.IndicatorJudge;
import vn.plandesk.model.tracking.IndicatorResult;
import vn.plandesk.model.tracking.Judgement;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.service.SampleLibrary;

/** Indicator results judged against the targets as the Chơn Thành plan writes them. */
class IndicatorJudgeTest {
    private static Judgement judge(String target, String value) {
        return IndicatorJudge.judge(IndicatorTarget.parse(target), value, null);
    }

    @Test
    void everyFormOfTarget() {
        assertEquals(Judgement.EXCEEDED, judge("≥ 80", "85"));
        assertEquals(Judgement.ACHIEVED, judge("≥ 80", "80%"));
        assertEquals(Judgement.NOT_ACHIEVED, judge("≥ 80", "79,9"));
        assertEquals(Judgement.ACHIEVED, judge("≥ 01", "1 doanh nghiệp"));
        assertEquals(Judgement.EXCEEDED, judge("≥ 02 khu vực", "3 khu vực"));
        assertEquals(Judgement.ACHIEVED, judge("≤ 25", "25"), "a rank: 25th meets ≤ 25");
        assertEquals(Judgement.EXCEEDED, judge("≤ 25", "18"));
        assertEquals(Judgement.NOT_ACHIEVED, judge("≤ 25", "31"));
        assertEquals(Judgement.ACHIEVED, judge("> 0,7", "0,75"), "decimal comma");
        assertEquals(Judgement.NOT_ACHIEVED, judge("> 0,7", "0,7"), "a strict bound is not met by the bound");
        assertEquals(Judgement.ACHIEVED, judge("> 55", "55,1"));
        assertEquals(Judgement.ACHIEVED, judge("100", "100%"));
        assertEquals(Judgement.NOT_ACHIEVED, judge("100", "97,5%"));
        assertEquals(Judgement.EXCEEDED, judge("12", "13,2"));
        assertEquals(Judgement.ACHIEVED, judge("16-18", "17"));
        assertEquals(Judgement.ACHIEVED, judge("16-18", "16"));
        assertEquals(Judgement.EXCEEDED, judge("16-18", "18,5"));
        assertEquals(Judgement.NOT_ACHIEVED, judge("8-10", "7"));
        assertEquals(Judgement.ACHIEVED, judge("< 10", "9"));
        assertEquals(Judgement.EXCEEDED, judge("≥ 1.000", "1.008"), "a dot groups thousands");
        assertEquals(Judgement.BY_HAND, judge("Triển khai hạ tầng IoT ở mức cơ bản", "Đã triển khai"));
        assertEquals(Judgement.ACHIEVED, IndicatorJudge.judge(
                IndicatorTarget.parse("Triển khai hạ tầng IoT ở mức cơ bản"), "Đã triển khai", Judgement.ACHIEVED));
        assertEquals(Judgement.BY_HAND, judge("≥ 80", "chưa có số liệu"), "no number: the officer judges");
    }

    /**
     * The 52 targets with a value in the Chơn Thành plan: for each, a value just below, at and above the target is judged
     * as its form says; text targets wait for the officer.
     */
    @Test
    void theFiftyTwoChonThanhTargets() {
        Plan plan = new SampleLibrary().plan("chon-thanh-ward-plan.json");
        List<Indicator> withTargets = plan.indicators().stream().filter(Indicator::hasValue).toList();
        assertEquals(52, withTargets.size());
        Set<Comparator> forms = EnumSet.noneOf(Comparator.class);
        List<String> wrong = new ArrayList<>();
        for (Indicator ind : withTargets) {
            IndicatorTarget t = ind.parsedTarget();
            forms.add(t.comparator());
            IndicatorResult at = new IndicatorResult(1, Period.year(2026), number(t.value()), null, "", null);
            IndicatorResult below = new IndicatorResult(1, Period.year(2026), number(minus(t.value())), null, "", null);
            java.math.BigDecimal top = t.upper() != null ? t.upper() : t.value();
            IndicatorResult above = new IndicatorResult(1, Period.year(2026),
                    number(top == null ? null : top.add(java.math.BigDecimal.ONE)), null, "", null);
            List<Judgement> expected = switch (t.comparator()) {
                case AT_LEAST, EQUAL -> List.of(Judgement.NOT_ACHIEVED, Judgement.ACHIEVED, Judgement.EXCEEDED);
                case AT_MOST -> List.of(Judgement.EXCEEDED, Judgement.ACHIEVED, Judgement.NOT_ACHIEVED);
                case MORE_THAN -> List.of(Judgement.NOT_ACHIEVED, Judgement.NOT_ACHIEVED, Judgement.ACHIEVED);
                case LESS_THAN -> List.of(Judgement.ACHIEVED, Judgement.NOT_ACHIEVED, Judgement.NOT_ACHIEVED);
                case RANGE -> List.of(Judgement.NOT_ACHIEVED, Judgement.ACHIEVED, Judgement.EXCEEDED);
                case TEXT, NONE -> List.of(Judgement.BY_HAND, Judgement.BY_HAND, Judgement.BY_HAND);
            };
            List<Judgement> got = List.of(below.judge(ind.target()), at.judge(ind.target()),
                    above.judge(ind.target()));
            if (!got.equals(expected)) {
                wrong.add(ind.number() + " " + ind.target() + ": " + got);
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(EnumSet.of(Comparator.AT_LEAST, Comparator.AT_MOST, Comparator.MORE_THAN, Comparator.EQUAL,
                Comparator.RANGE, Comparator.TEXT), forms, "every form of the table is met");
        // a few values written as the ward would write them
        assertEquals(Judgement.ACHIEVED, judgeIndicator(plan, "15", "0,8%"));
        assertEquals(Judgement.NOT_ACHIEVED, judgeIndicator(plan, "4", "Xếp thứ 27"));
        assertEquals(Judgement.ACHIEVED, judgeIndicator(plan, "20", "17 %/năm"));
        assertEquals(Judgement.BY_HAND, judgeIndicator(plan, "32", "100%"), "a target in words");
    }

    @Test
    void periodsAndStatusesReadAsTheOfficerWritesThem() {
        java.util.Locale before = vn.plandesk.service.Messages.locale();
        vn.plandesk.service.Messages.setLocale(vn.plandesk.service.Messages.VIETNAMESE);
        try {
            assertEquals("Quý I/2026", TrackingService.label(Period.parse("2026-Q1")));
            assertEquals("Quý IV/2030", TrackingService.label(Period.parse("2030-Q4")));
            assertEquals("6 tháng đầu năm 2026", TrackingService.label(Period.parse("2026-H1")));
            assertEquals("6 tháng cuối năm 2025", TrackingService.label(Period.parse("2025-H2")));
            assertEquals("Năm 2027", TrackingService.label(Period.parse("2027")));
            assertEquals("Chờ chỉ đạo, hướng dẫn của tỉnh",
                    TrackingService.label(vn.plandesk.model.tracking.ProgressStatus.WAITING));
            assertEquals("Hoàn thành chậm", TrackingService.label(vn.plandesk.model.tracking.ProgressStatus.DONE_LATE));
            assertEquals("Đạt", vn.plandesk.service.Messages.get(Judgement.ACHIEVED.key()));
            assertEquals("Vượt", vn.plandesk.service.Messages.get(Judgement.EXCEEDED.key()));
        } finally {
            vn.plandesk.service.Messages.setLocale(before);
        }
    }

    private static Judgement judgeIndicator(Plan plan, String number, String value) {
        Indicator ind = plan.indicators().stream().filter(i -> i.number().equals(number)).findFirst().orElseThrow();
        return new IndicatorResult(1, Period.year(2026), value, null, "", null).judge(ind.target());
    }

    private static String number(java.math.BigDecimal v) {
        return v == null ? "Đã thực hiện" : v.toPlainString().replace('.', ',');
    }

    private static java.math.BigDecimal minus(java.math.BigDecimal v) {
        return v == null ? null : v.subtract(new java.math.BigDecimal("0.1"));
    }
}
