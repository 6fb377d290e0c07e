package vn.plandesk.ui;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * How a task table shares its width among its columns, so that the officer reads every column without scrolling
 * sideways (a 1366 px laptop included): each column first gets its least width, that of its longest header word or
 * value word, never a sliver; what is left goes to the columns in proportion to how far they are from their own
 * width, and what is left after that to the task name, which wraps.
 */
final class ColumnShares {
    private ColumnShares() {
    }

    /**
     * The widths for a table {@code available} wide.
     *
     * @param least    each column's least width
     * @param wanted   each column's own width, when there is room
     * @param flexible the column that takes the room left over (the task name), or -1
     */
    static double[] share(double available, double[] least, double[] wanted, int flexible) {
        double[] w = least.clone();
        double rest = available;
        for (double l : least) {
            rest -= l;
        }
        if (rest <= 0) {
            return w;
        }
        double want = 0;
        for (int i = 0; i < w.length; i++) {
            want += Math.max(0, wanted[i] - least[i]);
        }
        double f = want <= 0 ? 0 : Math.min(1, rest / want);
        for (int i = 0; i < w.length; i++) {
            w[i] += Math.max(0, wanted[i] - least[i]) * f;
        }
        rest -= want * f;
        if (flexible >= 0 && rest > 0) {
            w[flexible] += rest;
        }
        return w;
    }

    /** The width of the widest word of a short text (a column's header) in a font of the given size. */
    static double widestWord(String text, double size, boolean bold) {
        double w = 0;
        for (String word : text.split("\\s+")) {
            w = Math.max(w, width(word, size, bold));
        }
        return w;
    }

    /** The longest word, by its letters, of the given texts: measuring every word of a large plan would be slow. */
    static String longestWord(Iterable<String> texts) {
        String longest = "";
        for (String text : texts) {
            for (String word : text.split("\\s+")) {
                if (word.length() > longest.length()) {
                    longest = word;
                }
            }
        }
        return longest;
    }

    static double width(String s, double size, boolean bold) {
        Text t = new Text(s);
        t.setFont(Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        return t.getLayoutBounds().getWidth();
    }
}
