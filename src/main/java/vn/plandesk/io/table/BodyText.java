package vn.plandesk.io.table;

import java.util.regex.Pattern;

/** A body paragraph as it is printed with the appendices the plan actually has. */
public final class BodyText {
    /** "(Gửi kèm bảng tổng hợp các chỉ tiêu …)", the seed's pointer to its indicators table. */
    private static final Pattern INDICATORS_ATTACHED = Pattern.compile("\\s*\\(Gửi kèm bảng tổng hợp[^()]*\\)");

    private BodyText() {
    }

    /** The paragraph, without its pointer to an indicators table when the plan prints none. */
    public static String printed(String paragraph, boolean hasIndicators) {
        return hasIndicators ? paragraph : INDICATORS_ATTACHED.matcher(paragraph).replaceAll("");
    }
}
