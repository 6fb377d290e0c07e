package vn.plandesk.model.tracking;

import java.math.BigDecimal;
import vn.plandesk.model.IndicatorTarget;

/**
 * Judges a value against an indicator's target as the target is written. "≥ 80" is met by 80 and exceeded above it;
 * "≤ 25" (a rank, lower is better) is met by 25 and exceeded below it; a plain "100" or "12" is a level to reach, so
 * more exceeds it; a range "16-18" is met inside and exceeded above. "> 0,7" and "< 10" are met by any value past the
 * bound: a strict bound has no level that merely meets it, so they are never "vượt". A target in words is judged by
 * the officer.
 */
public final class IndicatorJudge {
    private IndicatorJudge() {
    }

    public static Judgement judge(IndicatorTarget target, String value, Judgement byHand) {
        if (!target.isNumeric()) {
            return byHand != null ? byHand : Judgement.BY_HAND;
        }
        BigDecimal v = IndicatorTarget.firstNumber(value);
        if (v == null) {
            return byHand != null ? byHand : Judgement.BY_HAND;
        }
        int c = v.compareTo(target.value());
        return switch (target.comparator()) {
            case AT_LEAST, EQUAL -> c > 0 ? Judgement.EXCEEDED : c == 0 ? Judgement.ACHIEVED : Judgement.NOT_ACHIEVED;
            case AT_MOST -> c < 0 ? Judgement.EXCEEDED : c == 0 ? Judgement.ACHIEVED : Judgement.NOT_ACHIEVED;
            case MORE_THAN -> c > 0 ? Judgement.ACHIEVED : Judgement.NOT_ACHIEVED;
            case LESS_THAN -> c < 0 ? Judgement.ACHIEVED : Judgement.NOT_ACHIEVED;
            case RANGE -> c < 0 ? Judgement.NOT_ACHIEVED
                    : v.compareTo(target.upper()) > 0 ? Judgement.EXCEEDED : Judgement.ACHIEVED;
            case TEXT, NONE -> byHand != null ? byHand : Judgement.BY_HAND;
        };
    }
}
