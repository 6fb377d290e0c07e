package vn.plandesk.model;

/** Roman numerals as the documents print them: group numbers I–VII, quarters I–IV. */
public final class RomanNumeral {
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private RomanNumeral() {
    }

    public static String format(int n) {
        if (n <= 0 || n >= 4000) {
            throw new IllegalArgumentException("no Roman numeral for " + n);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < VALUES.length; i++) {
            while (n >= VALUES[i]) {
                b.append(SYMBOLS[i]);
                n -= VALUES[i];
            }
        }
        return b.toString();
    }

    /** The value of a Roman numeral (any case, surrounding dots or spaces ignored), or -1 when it is not one. */
    public static int parse(String s) {
        if (s == null) {
            return -1;
        }
        String t = s.strip().toUpperCase(java.util.Locale.ROOT);
        while (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        if (!t.matches("[MDCLXVI]+")) {
            return -1;
        }
        int total = 0;
        int prev = 0;
        for (int i = t.length() - 1; i >= 0; i--) {
            int v = value(t.charAt(i));
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        // "MMMM" and longer have no numeral of their own to compare with: not a group or quarter number
        return total < 4000 && format(total).equals(t) ? total : -1;
    }

    private static int value(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            default -> 1000;
        };
    }
}
