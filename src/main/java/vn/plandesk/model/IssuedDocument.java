package vn.plandesk.model;

import java.time.LocalDate;

/**
 * An entry of the register of documents issued (Văn bản đã ban hành), which the officer cites as evidence of a task's
 * result and lists in a report's appendix ("Quyết định số 2556/QĐ-UBND ngày 06/11/2025 của UBND tỉnh về …").
 *
 * @param id       the store's key; null outside the store
 * @param type     Quyết định, Kế hoạch, Công văn, …
 * @param number   "2556", "1"; blank when not yet numbered
 * @param symbol   "QĐ-UBND", "UBND-KGVX", "KH/BCĐ" (a Party-style symbol, printed "1-KH/BCĐ")
 * @param date     the date of issue; null when not known
 * @param issuer   who issued it as the text cites it ("UBND tỉnh", "Chủ tịch UBND tỉnh"); blank when not named
 * @param summary  the trích yếu, as printed ("về Đề án Chuyển đổi số tỉnh Đồng Nai giai đoạn 2025-2030.")
 * @param file     the attached copy, or null
 * @param repeatOf the entry this one repeats (same number, symbol, date and issuer): only a transcribed list keeps such
 *                 an entry, flagged; the officer's own additions are never stored twice. Null for an entry of its own.
 */
public record IssuedDocument(Long id, DocumentType type, String number, String symbol, LocalDate date, String issuer,
                             String summary, AttachedFile file, Long repeatOf) {

    public IssuedDocument {
        type = type == null ? DocumentType.KHAC : type;
        number = Text.nfc(number).strip();
        symbol = Text.nfc(symbol).strip();
        issuer = Text.nfc(issuer).strip();
        summary = Text.nfc(summary).strip();
    }

    /** A new entry, outside the store, without a file. */
    public static IssuedDocument of(DocumentType type, String number, String symbol, LocalDate date, String issuer,
                                    String summary) {
        return new IssuedDocument(null, type, number, symbol, date, issuer, summary, null, null);
    }

    /**
     * "2556/QĐ-UBND", and "1-KH/BCĐ" for a Party-style symbol, whose slash separates type and organ so that the
     * number is joined by a hyphen.
     */
    public String numberAndSymbol() {
        if (number.isEmpty()) {
            return symbol;
        }
        if (symbol.isEmpty()) {
            return number;
        }
        return number + (symbol.contains("/") ? "-" : "/") + symbol;
    }

    /** "2556/QĐ-UBND ngày 06/11/2025 của UBND tỉnh", as a report cites it (without the type's name). */
    public String citation() {
        StringBuilder b = new StringBuilder(numberAndSymbol());
        if (date != null) {
            b.append(b.length() == 0 ? "" : " ").append("ngày ").append(OfficialDate.numeric(date));
        }
        if (!issuer.isEmpty()) {
            b.append(b.length() == 0 ? "" : " ").append("của ").append(issuer);
        }
        return b.toString();
    }

    /** What tells two entries apart: number, symbol, date and issuer (see {@link Key}). */
    public Key key() {
        return new Key(Text.fold(number), Text.fold(symbol), date, issuerKey(issuer));
    }

    /** Whether this entry repeats another one of the list it was transcribed from. */
    public boolean repeated() {
        return repeatOf != null;
    }

    public IssuedDocument withId(Long newId) {
        return new IssuedDocument(newId, type, number, symbol, date, issuer, summary, file, repeatOf);
    }

    public IssuedDocument withFile(AttachedFile newFile) {
        return new IssuedDocument(id, type, number, symbol, date, issuer, summary, newFile, repeatOf);
    }

    public IssuedDocument withRepeatOf(Long original) {
        return new IssuedDocument(id, type, number, symbol, date, issuer, summary, file, original);
    }

    /**
     * The issuer as the number book it numbers in: a Quyết định of the Chủ tịch UBND and one of the UBND share the
     * UBND's book ("…/QĐ-UBND"), so "Chủ tịch UBND tỉnh" and "UBND tỉnh" with the same number and date are one
     * document, cited two ways (seed 003 lists 1945/QĐ-UBND of 29/10/2025 under both); "Ủy ban nhân dân" is "UBND".
     * Diacritics, case and spacing do not count.
     */
    static String issuerKey(String issuer) {
        String f = Text.fold(issuer).replace("uy ban nhan dan", "ubnd");
        if (f.startsWith("chu tich ")) {
            f = f.substring("chu tich ".length());
        }
        return f;
    }

    /** Number, symbol, date and issuer, folded: the identity of a document in the register. */
    public record Key(String number, String symbol, LocalDate date, String issuer) {
    }
}
