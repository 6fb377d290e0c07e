package vn.plandesk.io.table;

import java.util.Locale;

/**
 * The issuing organ's name at the head of a document, one rule for PDF and Word: printed in capitals at 13 pt, or at
 * 12 pt (the Decree allows 12–13) when a line would not fit its column at 13, as "SỞ KHOA HỌC VÀ CÔNG NGHỆ" beside
 * the Quốc hiệu, which seed 003 prints on one line. Measured in the bundled fonts ({@link TableFont}).
 */
public final class OrganName {
    /** The organ's type size, points. */
    public static final int SIZE = 13;
    /** Its size when a line would not fit at {@link #SIZE}, points. */
    public static final int SMALL_SIZE = 12;
    private static final Locale VI = Locale.forLanguageTag("vi");

    private OrganName() {
    }

    /** The widest line of the organ block in capitals, points: the parent organ regular, the issuing organ bold. */
    public static double widest(String parentOrgan, String issuingOrgan, float points) {
        double widest = 0;
        for (String line : parentOrgan.split("\n")) {
            widest = Math.max(widest, TableFont.width(line.strip().toUpperCase(VI), false, points));
        }
        for (String line : issuingOrgan.split("\n")) {
            widest = Math.max(widest, TableFont.width(line.strip().toUpperCase(VI), true, points));
        }
        return widest;
    }

    /** The size the organ is printed at in a column that gives its text {@code room} points. */
    public static int size(String parentOrgan, String issuingOrgan, double room) {
        return widest(parentOrgan, issuingOrgan, SIZE) > room ? SMALL_SIZE : SIZE;
    }
}
