package vn.plandesk.model.tracking;

import java.time.LocalDate;
import vn.plandesk.model.IndicatorTarget;
import vn.plandesk.model.Text;

/**
 * How far one indicator has got in one period.
 *
 * @param indicatorId the indicator's store key
 * @param period      the period reported on (any kind: indicators are often reported per year)
 * @param value       the value reached as written ("85", "0,8", "Đã hình thành"); a number is read the Vietnamese way
 * @param asOf        the day the value refers to; null when not given
 * @param source      where the value comes from (a report, a statistics office)
 * @param byHand      the officer's judgement, for a target in words; null to let the target judge a number
 */
public record IndicatorResult(long indicatorId, Period period, String value, LocalDate asOf, String source,
                              Judgement byHand) {
    public IndicatorResult {
        if (period == null) {
            throw new IllegalArgumentException("an indicator result needs a period");
        }
        value = Text.nfc(value).strip();
        source = Text.nfc(source).strip();
        if (byHand == Judgement.BY_HAND) {
            byHand = null;
        }
    }

    public IndicatorResult withIndicatorId(long id) {
        return new IndicatorResult(id, period, value, asOf, source, byHand);
    }

    /** The value judged against the target as printed ({@link IndicatorJudge}). */
    public Judgement judge(String printedTarget) {
        return IndicatorJudge.judge(IndicatorTarget.parse(printedTarget), value, byHand);
    }
}
