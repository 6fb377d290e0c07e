package vn.plandesk.ui;

import java.util.function.ToDoubleFunction;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * How a table shares its width among its columns, so that the officer reads every column without scrolling sideways
 * where the screen allows (a 1366 px laptop at 100 % included): each column first gets its least width, that of its
 * longest header word or value word, never a sliver; what is left goes to the columns in proportion to how far they
 * are from their own width, and what is left after that to the task name, which wraps. When the least widths do not
 * fit (large text on a small screen) every column keeps its least width and the table scrolls sideways: a column
 * squeezed further would cut its text.
 */
final class ColumnShares {
    /**
     * What a cell takes around its text, in em: the cells' padding (0.35 em a side in main.css), their rule and the
     * wrapped text's last pixel, with room for rounding. Less, and a word exactly as wide as the column's least width
     * no longer fits and is broken inside its syllable.
     */
    static final double CELL_PAD_EM = 1.1;

    /** JavaFX's default column width (TableColumnBase): a column still this wide is measured row by row. */
    private static final double JAVAFX_DEFAULT_WIDTH = 80;

    private ColumnShares() {
    }

    /**
     * Gives a column a width of its own, about {@code width}, before its table is first laid out. A column still at
     * JavaFX's default width when its header enters the scene is sized by laying out its first 30 rows, for a width
     * the table's own sharing replaces as soon as the table has a width: a fifth of the window's first frame.
     */
    static void startingWidth(javafx.scene.control.TableColumnBase<?, ?> column, double width) {
        double w = Math.floor(width) + 1;
        column.setPrefWidth(w == JAVAFX_DEFAULT_WIDTH ? w + 1 : w);
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

    /**
     * A column's least width: the longest word of its header (which wraps between words), every value shown whole on
     * one line (a period, a state, a date: cut, they no longer say which), and never less than {@code floor}; {@code pad}
     * (the cell's and the header's padding and border) comes on top of a text.
     *
     * @param whole the values the column shows whole; empty for a column whose text wraps
     * @param plain the width of a text in the cells' font
     * @param bold  the width of a text in the headers' font
     */
    static double least(String header, Iterable<String> whole, double floor, double pad, ToDoubleFunction<String> plain,
                        ToDoubleFunction<String> bold) {
        double w = floor;
        for (String word : header.split("\\s+")) {
            w = Math.max(w, bold.applyAsDouble(word) + pad);
        }
        for (String value : whole) {
            for (String line : value.split("\n")) {
                w = Math.max(w, plain.applyAsDouble(line) + pad);
            }
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
