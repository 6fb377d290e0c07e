package vn.plandesk.io.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.model.Text;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.report.ReportAppendix;

/**
 * What the PDF and the Word printing of a report decide alike, so that both print the same document: the Kính gửi and
 * Nơi nhận lines with their punctuation, the footnote citations in a paragraph, the style of a heading by its depth,
 * the year of a draft's blanks, and how an appendix table is laid out (page, alignment, the share its main columns
 * take).
 */
public final class ReportLayout {
    /** "[^3]": a footnote cited in a paragraph. */
    private static final Pattern CITATION = Pattern.compile("\\[\\^(\\d+)]");
    /** Columns whose cells are short codes or words, centred as the seeds print them (folded headers). */
    private static final Set<String> CENTRED = Set.of("stt", "don vi tinh", "tinh trang", "trang thai",
            "danh gia", "ngay ban hanh", "so, ky hieu");
    /** A table of more columns than this is printed on A4 turned, as the plan's appendices are. */
    private static final int PORTRAIT_COLUMNS = 3;

    private ReportLayout() {
    }

    /** A piece of a paragraph: text, or the number of the footnote cited there. */
    public record Piece(String text, int footnote) {
        public boolean isCitation() {
            return footnote > 0;
        }
    }

    /**
     * The paragraph cut at its citations "[^n]"; a number that names no footnote of the report stays as text, so
     * nothing the officer wrote is dropped.
     */
    public static List<Piece> pieces(String paragraph, int footnotes) {
        List<Piece> out = new ArrayList<>();
        Matcher m = CITATION.matcher(paragraph);
        int from = 0;
        while (m.find()) {
            int n = parse(m.group(1));
            if (n < 1 || n > footnotes) {
                continue;
            }
            if (m.start() > from) {
                out.add(new Piece(paragraph.substring(from, m.start()), 0));
            }
            out.add(new Piece(String.valueOf(n), n));
            from = m.end();
        }
        if (from < paragraph.length() || out.isEmpty()) {
            out.add(new Piece(paragraph.substring(from), 0));
        }
        return out;
    }

    private static int parse(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** How a heading of the body is set, by its depth: I. bold; 1. bold; the parts under them bold italic. */
    public enum HeadingStyle { BOLD, BOLD_ITALIC }

    public static HeadingStyle headingStyle(int depth) {
        return depth < 2 ? HeadingStyle.BOLD : HeadingStyle.BOLD_ITALIC;
    }

    /**
     * The "Kính gửi:" block: one recipient on one line ("Kính gửi: Bộ Khoa học và Công nghệ."); several as a list,
     * "- …;" each and the last ending with ".".
     */
    public static List<String> recipientLines(Report report) {
        List<String> rs = report.recipients();
        if (rs.size() == 1) {
            return List.of(ended(rs.get(0), "."));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rs.size(); i++) {
            out.add("- " + ended(rs.get(i).replaceFirst("^[-+]\\s*", ""), i == rs.size() - 1 ? "." : ";"));
        }
        return out;
    }

    /** The word before the recipients. */
    public static final String TO = "Kính gửi:";

    /** The "Nơi nhận:" lines as the officer wrote them, each a "- …" line. */
    public static List<String> distributionLines(Report report) {
        List<String> out = new ArrayList<>();
        for (String d : report.distribution()) {
            out.add(d.startsWith("-") || d.startsWith("+") ? d : "- " + d);
        }
        return out;
    }

    private static String ended(String text, String end) {
        String t = text.strip().replaceAll("[;.,]+$", "");
        return t + end;
    }

    /**
     * The year printed in the blanks of an undated report ("ngày … tháng … năm 2026"): the year its figures refer to,
     * else the year of its period, else the given one.
     */
    public static int draftYear(Report report, int fallback) {
        if (report.date() != null) {
            return report.date().getYear();
        }
        if (report.asOf() != null) {
            return report.asOf().getYear();
        }
        return report.period() != null ? report.period().year() : fallback;
    }

    /** Whether the appendix is printed on A4 turned: a table of many columns (the progress table) is. */
    public static boolean landscape(ReportAppendix a) {
        return a.columns().size() > PORTRAIT_COLUMNS;
    }

    /** Whether the column's cells are centred (STT, units, statuses) rather than set from the left. */
    public static boolean centred(ReportAppendix a, int column) {
        return CENTRED.contains(Text.fold(a.columns().get(column)).strip());
    }

    /**
     * The least share of the table's width a column takes, by the kind of table: the task and its result in the
     * progress table, the indicator in the indicators table; 0 where the columns share by what they hold alone.
     */
    public static float leastShare(ReportAppendix a, int column) {
        return switch (a.kind()) {
            case PROGRESS -> column == 1 ? 0.24f : column == 3 ? 0.2f : 0;
            case INDICATORS -> column == 1 ? 0.3f : 0;
            case DOCUMENTS, OTHER -> 0;
        };
    }

    /** The rows of the appendix that are not group rows, for measuring the columns. */
    public static List<List<String>> bodyRows(ReportAppendix a) {
        List<List<String>> out = new ArrayList<>();
        for (ReportAppendix.Row r : a.rows()) {
            if (!r.group()) {
                out.add(r.cells());
            }
        }
        return out;
    }
}
