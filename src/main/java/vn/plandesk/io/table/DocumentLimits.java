package vn.plandesk.io.table;

/**
 * The bounds within which the Word and PDF readers work, so that a huge or hostile file is refused with one sentence
 * instead of taking the officer's memory and time. An appendix of 13,000 tasks (ten times the largest plan seen) stays
 * well inside every one of them.
 */
public final class DocumentLimits {
    /** A Word file above this is not an appendix an officer received (13,000 tasks make about 3 MB). */
    public static final int MAX_DOCX_BYTES = 40 * 1024 * 1024;
    /** PDF files carry fonts and images; 13,000 tasks make about 10 MB. */
    public static final int MAX_PDF_BYTES = 100 * 1024 * 1024;
    /** Pages of a PDF read at most; 13,000 tasks fill about 2,000 landscape pages. */
    public static final int MAX_PDF_PAGES = 6000;
    /** Table cells read at most across the whole document. */
    public static final long MAX_CELLS = 3_000_000;
    /** A zip entry inflating more than 100 times its compressed size is a zip bomb, not a document. */
    public static final double MIN_INFLATE_RATIO = 0.01;
    public static final long MAX_ZIP_ENTRY_BYTES = 400L * 1024 * 1024;

    private DocumentLimits() {
    }

    /** The file's size in whole MB, for the refusal's sentence. */
    public static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }
}
