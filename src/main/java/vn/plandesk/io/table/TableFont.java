package vn.plandesk.io.table;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.otf.Glyph;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The widths of text in the bundled Liberation Serif, which has the metrics of Times New Roman: what the Word and
 * Excel exports lay their tables out by, so that a column is measured in the type the file is printed in.
 */
public final class TableFont {
    private static FontProgram regular;
    private static FontProgram bold;

    private TableFont() {
    }

    /** The width of the text at the given size, in points. */
    public static float width(String text, boolean isBold, float size) {
        FontProgram font = program(isBold);
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Glyph g = font.getGlyph(cp);
            // a character without a glyph is printed in a fallback font; count it as wide as an "n"
            units += g != null ? g.getWidth() : font.getGlyph('n').getWidth();
            i += Character.charCount(cp);
        }
        return units * size / 1000f;
    }

    /**
     * The lines a text takes wrapped at words in the given width (points), as a word processor or spreadsheet wraps
     * it; a line break in the text starts a new line, a word wider than the width takes the lines it needs.
     */
    public static int lines(String text, double width, boolean bold, float size) {
        int lines = 0;
        for (Line l : wrap(text, width, bold, size)) {
            lines += l.height();
        }
        return Math.max(1, lines);
    }

    /**
     * A line of wrapped text: its words, the lines it takes (more than one for a word wider than the width, which the
     * layout breaks where it must), and whether it ends one of the text's own lines.
     */
    public record Line(String text, int height, boolean endsParagraph) {
    }

    /** The text wrapped at words in the given width (points), line by line, as {@link #lines} counts them. */
    public static java.util.List<Line> wrap(String text, double width, boolean bold, float size) {
        double room = Math.max(1, width);
        double space = width(" ", bold, size);
        java.util.List<Line> out = new java.util.ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int height = 1;
            double used = 0;
            for (String word : paragraph.strip().split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                double w = width(word, bold, size);
                if (used > 0 && used + space + w > room) {
                    out.add(new Line(line.toString(), height, false));
                    line.setLength(0);
                    height = 1;
                    used = 0;
                }
                while (w > room) {
                    height++;
                    w -= room;
                }
                if (line.length() > 0) {
                    line.append(' ');
                    used += space;
                }
                line.append(word);
                used += w;
            }
            out.add(new Line(line.toString(), height, true));
        }
        return out;
    }

    /** Measures in the table type of the exports, 12 pt. */
    public static ColumnBalance.TextWidth at(float size) {
        return (text, isBold) -> width(text, isBold, size);
    }

    private static synchronized FontProgram program(boolean isBold) {
        if (isBold) {
            if (bold == null) {
                bold = load("LiberationSerif-Bold.ttf");
            }
            return bold;
        }
        if (regular == null) {
            regular = load("LiberationSerif-Regular.ttf");
        }
        return regular;
    }

    private static FontProgram load(String file) {
        try (InputStream in = TableFont.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + file);
            }
            return FontProgramFactory.createFont(in.readAllBytes(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
