package vn.plandesk.model;

import java.time.LocalDate;

/**
 * The identity of a plan as documents cite it. Number and symbol alone are not enough: "92/KH-UBND" was issued twice
 * by the same province (18/3/2025 and 15/9/2025), so number, symbol, date and issuer are taken together.
 */
public record PlanRef(String number, String symbol, LocalDate date, String issuer) {

    public PlanRef {
        number = Text.nfc(number).strip();
        symbol = Text.nfc(symbol).strip();
        issuer = Text.nfc(issuer).strip();
    }

    /** "92/KH-UBND". */
    public String numberAndSymbol() {
        // without a number: "/KH-UBND", or nothing
        return symbol.isEmpty() ? number : number + "/" + symbol;
    }

    /** "92/KH-UBND ngày 15/9/2025", as the ward appendix headers cite the parent plan. */
    public String citation() {
        String s = numberAndSymbol();
        return date == null ? s : s + " ngày " + OfficialDate.numeric(date);
    }

    public boolean sameIdentity(PlanRef other) {
        return other != null && number.equals(other.number) && symbol.equals(other.symbol)
                && java.util.Objects.equals(date, other.date) && Text.fold(issuer).equals(Text.fold(other.issuer));
    }
}
