package vn.plandesk.model;

/**
 * The kind of a document in the register of documents issued (Văn bản đã ban hành). The words the officer reads are
 * in the bundles ({@code register.type.QUYET_DINH} …); the code here is the type's abbreviation in a symbol
 * ("QĐ" in "QĐ-UBND", "KH" in "KH/BCĐ"), which lets a symbol suggest the type.
 */
public enum DocumentType {
    QUYET_DINH("QĐ"),
    KE_HOACH("KH"),
    CONG_VAN(""),
    HUONG_DAN("HD"),
    BAO_CAO("BC"),
    THONG_BAO("TB"),
    CHI_THI("CT"),
    NGHI_QUYET("NQ"),
    CHUONG_TRINH("CTr"),
    TO_TRINH("TTr"),
    KHAC("");

    private final String code;

    DocumentType(String code) {
        this.code = code;
    }

    /** The abbreviation a symbol starts with; blank for a Công văn (its symbol names only the organs) and Khác. */
    public String code() {
        return code;
    }

    /** The bundle key of the type's name. */
    public String labelKey() {
        return "register.type." + name();
    }

    /**
     * The type a symbol suggests ("QĐ-UBND" → Quyết định, "KH/BCĐ" → Kế hoạch), or {@link #KHAC} when its first part
     * is no type's code; a Công văn's symbol ("UBND-KGVX") suggests nothing, since it names organs only.
     */
    public static DocumentType fromSymbol(String symbol) {
        String first = Text.fold(symbol).split("[-/]", 2)[0];
        for (DocumentType t : values()) {
            if (!t.code.isEmpty() && Text.fold(t.code).equals(first)) {
                return t;
            }
        }
        return KHAC;
    }
}
