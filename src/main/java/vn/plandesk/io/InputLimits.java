package vn.plandesk.io;

/**
 * The bounds every reader of an officer's file keeps to (docs/exchange-format.md lists them). They are far above any
 * real plan (13,000 tasks is the largest tested) and low enough that an absurd or hostile file is refused in well under
 * a second, in a few megabytes, with one sentence, instead of taking minutes and gigabytes.
 */
public final class InputLimits {
    /** A file to import, of any kind but Word and PDF. */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    /** A Word file above this is not an appendix an officer received (13,000 tasks make about 3 MB). */
    public static final int MAX_DOCX_BYTES = 40 * 1024 * 1024;
    /** PDF files carry fonts and images; 13,000 tasks make about 10 MB. */
    public static final int MAX_PDF_BYTES = 100 * 1024 * 1024;
    /** Pages of a PDF read at most; 13,000 tasks fill about 2,000 landscape pages. */
    public static final int MAX_PDF_PAGES = 6000;
    /** One part of a Word file inflated: its text is one part, and Word's XML is wordy. */
    public static final long MAX_DOCX_PART_BYTES = 400L * 1024 * 1024;
    /** What the parts of a zipped file (.xlsx, .docx) may expand to, all together. */
    public static final long MAX_INFLATED_BYTES = 200L * 1024 * 1024;
    /** A part expanding more than this many times its compressed size is a zip bomb. */
    public static final int MAX_INFLATE_RATIO = 100;
    /** Rows of one sheet or table (a 13,000-task appendix has about 13,100). */
    public static final int MAX_ROWS = 100_000;
    /** Columns holding text in one sheet or table (an appendix has about 15). */
    public static final int MAX_COLUMNS = 200;
    /** Cells of one workbook or document (Word and PDF tables included). */
    public static final int MAX_CELLS = 2_000_000;
    /** Merged cell ranges of one sheet. */
    public static final int MAX_MERGED_REGIONS = 20_000;
    /** Distinct strings of one workbook. */
    public static final int MAX_SHARED_STRINGS = 500_000;
    /** Characters of one text field (a task's name, result, note; a paragraph of the plan's body). */
    public static final int MAX_TEXT_CHARS = 10_000;
    /** Characters of a number, symbol, date or other short field (the store keeps at most 50). */
    public static final int MAX_SHORT_CHARS = 50;
    /** A task's or an indicator's number as printed ("17", "2.1", "a)"), as the store keeps it. */
    public static final int MAX_NUMBER_CHARS = 20;
    /** A one-line name: an issuer, a leader, a deadline as printed, as the store keeps it. */
    public static final int MAX_LINE_CHARS = 500;
    /** An indicator's unit ("%", "doanh nghiệp"), as the store keeps it. */
    public static final int MAX_UNIT_CHARS = 100;
    /** An indicator's section ("Đến năm 2030"), as the store keeps it. */
    public static final int MAX_SECTION_CHARS = 200;
    /** One year's cell of the 2025–2030 grid ("x", "Quý 3"): six of them fit the store's 500. */
    public static final int MAX_YEAR_MARK_CHARS = 80;
    /** Nesting of JSON objects and arrays (a plan needs 6). */
    public static final int MAX_JSON_DEPTH = 20;
    /** Items of one list: tasks of a group, sub-tasks of a task, indicators, lines of a section. */
    public static final int MAX_LIST_ITEMS = 100_000;

    private InputLimits() {
    }

    /** The file's size in whole MB, for the refusal's sentence. */
    public static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }
}
