package vn.plandesk.io.table;

/**
 * When a table row may break across pages, alike in the PDF and the Word file. A row is kept whole (moved to the next
 * page when it does not fit) unless that would leave more than {@link #SHARE} of the page empty; then it starts where
 * it falls and goes on over the next page, as the rows of seed 002's own appendix do. Kept whole, rows of 10–14 lines
 * beside a 4-line task name left up to a third of some pages empty: the ward appendix took 18 pages where the seed
 * takes 16.
 */
public final class RowBreak {
    /** The share of a page's text height that keeping a row whole may leave empty. */
    public static final float SHARE = 0.05f;
    /** What the STT of a row's part on a later page says after the number: "12 (tiếp)". */
    public static final String CONTINUED = "(tiếp)";
    private static final java.util.regex.Pattern CONTINUED_NUMBER = java.util.regex.Pattern.compile(
            "(\\S+\\s+)?" + java.util.regex.Pattern.quote(CONTINUED));

    private RowBreak() {
    }

    /** The height, points, above which a row may break, on a page of the given height less its margins. */
    public static float room(float pageTextHeight) {
        return pageTextHeight * SHARE;
    }

    /** Whether an STT cell marks the part of a row a page break cut: "12 (tiếp)", "12" over "(tiếp)", or "(tiếp)". */
    public static boolean marksContinuation(String number) {
        return CONTINUED_NUMBER.matcher(number.strip()).matches();
    }
}
