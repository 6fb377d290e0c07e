package vn.plandesk.model;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An indicator's target read from its printed form: "≥ 01", "≤ 25", "> 0,7", "16-18", "100", or text.
 * Vietnamese numbers use a decimal comma and a dot for thousands ("1.008", "0,7").
 *
 * @param comparator how the value is compared; {@link Comparator#TEXT} for qualitative targets
 * @param value      the number (the lower end of a range)
 * @param upper      the upper end of a range, else null
 * @param qualifier  what follows the number ("khu vực"), or the whole text of a qualitative target
 */
public record IndicatorTarget(Comparator comparator, BigDecimal value, BigDecimal upper, String qualifier) {

    public enum Comparator {
        AT_LEAST("≥"), AT_MOST("≤"), MORE_THAN(">"), LESS_THAN("<"), EQUAL(""), RANGE("-"), TEXT(""), NONE("");

        private final String symbol;

        Comparator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)";
    private static final Pattern COMPARED = Pattern.compile("(≥|>=|≤|<=|>|<)?\\s*" + NUMBER + "\\s*(.*)", Pattern.DOTALL);
    private static final Pattern RANGE = Pattern.compile(NUMBER + "\\s*[-–]\\s*" + NUMBER + "\\s*(.*)", Pattern.DOTALL);

    public static IndicatorTarget parse(String printed) {
        String t = Text.nfc(printed).strip();
        if (t.isEmpty()) {
            return new IndicatorTarget(Comparator.NONE, null, null, "");
        }
        Matcher r = RANGE.matcher(t);
        if (r.matches()) {
            return new IndicatorTarget(Comparator.RANGE, number(r.group(1)), number(r.group(2)), r.group(3).strip());
        }
        Matcher m = COMPARED.matcher(t);
        if (m.matches() && (m.group(3).isEmpty() || !Character.isDigit(m.group(3).charAt(0)))
                && qualifierIsShort(m.group(3))) {
            Comparator c = switch (m.group(1) == null ? "" : m.group(1)) {
                case "≥", ">=" -> Comparator.AT_LEAST;
                case "≤", "<=" -> Comparator.AT_MOST;
                case ">" -> Comparator.MORE_THAN;
                case "<" -> Comparator.LESS_THAN;
                default -> Comparator.EQUAL;
            };
            return new IndicatorTarget(c, number(m.group(2)), null, m.group(3).strip());
        }
        return new IndicatorTarget(Comparator.TEXT, null, null, t);
    }

    /** A number followed by a long sentence is a qualitative target that happens to start with a figure. */
    private static boolean qualifierIsShort(String rest) {
        return rest.strip().split("\\s+").length <= 4;
    }

    /** "1.008" → 1008, "0,7" → 0.7, "01" → 1. */
    static BigDecimal number(String s) {
        return new BigDecimal(s.replace(".", "").replace(',', '.')).stripTrailingZeros();
    }

    private static final Pattern FIRST_NUMBER = Pattern.compile("(?<![\\d.,])" + NUMBER);

    /** The first number written in a text ("85,5%", "≥ 1.008 người"), read the Vietnamese way; null when none. */
    public static BigDecimal firstNumber(String text) {
        Matcher m = FIRST_NUMBER.matcher(Text.nfc(text));
        return m.find() ? number(m.group(1)) : null;
    }

    public boolean isNumeric() {
        return comparator != Comparator.TEXT && comparator != Comparator.NONE;
    }
}
