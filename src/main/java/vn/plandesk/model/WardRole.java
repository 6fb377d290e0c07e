package vn.plandesk.model;

/** The ward's part in a task taken from the parent plan, printed in the "Nhiệm vụ (theo Kế hoạch …)" column. */
public enum WardRole {
    LEAD("Chủ trì thực hiện"),
    COORDINATE("Phối hợp thực hiện");

    private final String printed;

    WardRole(String printed) {
        this.printed = printed;
    }

    /** The words the official appendix prints. */
    public String printed() {
        return printed;
    }

    /** Reads the printed words, ignoring case and diacritics; null when the text names no role. */
    public static WardRole fromPrinted(String text) {
        String f = Text.fold(text);
        if (f.startsWith("chu tri")) {
            return LEAD;
        }
        if (f.startsWith("phoi hop")) {
            return COORDINATE;
        }
        return null;
    }
}
