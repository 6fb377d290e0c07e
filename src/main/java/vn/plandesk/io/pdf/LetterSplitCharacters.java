package vn.plandesk.io.pdf;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * iText's own rule for where a line may break, answered at once for the glyphs that make up most of the text: a
 * letter or digit outside the CJK blocks is never a break. iText's rule asks a few hash sets for every glyph of every
 * line before it comes to that answer; for a report of thousands of paragraphs that was a few per cent of printing.
 * Every other glyph (spaces, hyphens, punctuation) gets iText's answer, so the lines break where they did.
 */
final class LetterSplitCharacters implements ISplitCharacters {
    /** The first of the CJK blocks, where iText breaks between any two characters. */
    private static final int CJK_FROM = 0x2e80;

    private final ISplitCharacters itext = new DefaultSplitCharacters();

    @Override
    public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
        Glyph g = text.get(glyphPos);
        if (g.hasValidUnicode()) {
            int c = g.getUnicode();
            if (c < CJK_FROM && Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return itext.isSplitCharacter(text, glyphPos);
    }
}
