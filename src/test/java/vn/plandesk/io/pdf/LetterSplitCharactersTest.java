package vn.plandesk.io.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick answer for letters and digits is iText's own: lines break where they broke with iText's rule. */
class LetterSplitCharactersTest {
    /** Characters whose neighbours iText's rule looks at: closing and opening marks, dashes, spaces, CJK. */
    private static final int[] NEIGHBOURS = {'a', 'Đ', '7', ' ', '-', ')', '(', ',', '.', ';', ':', '!', '?', '"',
            '\u2013', '\u2014', '\u2019', '\u201d', '\u2026', '\u00a0', '\u3001', '\u3002', '\u4e00', '\n'};

    @Test
    void everyCharacterBeforeTheCjkBlocksBreaksAsWithItextsRule() {
        LetterSplitCharacters quick = new LetterSplitCharacters();
        DefaultSplitCharacters itext = new DefaultSplitCharacters();
        for (int c = 0; c < 0x3100; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            for (int next : NEIGHBOURS) {
                for (int at = 0; at < 2; at++) {
                    GlyphLine line = at == 0
                            ? new GlyphLine(List.of(glyph(c), glyph(next)))
                            : new GlyphLine(List.of(glyph('x'), glyph(c), glyph(next)));
                    assertEquals(itext.isSplitCharacter(line, at), quick.isSplitCharacter(line, at),
                            "U+" + Integer.toHexString(c) + " before U+" + Integer.toHexString(next));
                }
            }
        }
    }

    private static Glyph glyph(int unicode) {
        return new Glyph(unicode, 500, unicode);
    }
}
