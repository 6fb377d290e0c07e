package vn.plandesk.service.derive;

import java.util.Locale;
import vn.plandesk.model.Text;

/**
 * The ward or commune a plan is derived for: its level ("phường" or "xã"), its name ("Chơn Thành") and the locality
 * printed before the date (usually the name).
 */
public record WardIdentity(String level, String name, String locality) {
    public static final String WARD = "phường";
    public static final String COMMUNE = "xã";

    public WardIdentity {
        level = Text.nfc(level).strip().toLowerCase(Locale.ROOT);
        if (!level.equals(COMMUNE)) {
            level = WARD;
        }
        name = Text.nfc(name).strip();
        locality = Text.isBlank(locality) ? name : Text.nfc(locality).strip();
    }

    /** Reads "phường Chơn Thành", "xã Nha Bích", "UBND phường Chơn Thành" or a bare name (taken as a phường). */
    public static WardIdentity parse(String text) {
        String t = Text.nfc(text).strip();
        if (Text.fold(t).startsWith("ubnd ")) {
            t = t.substring(5).strip();
        }
        String f = Text.fold(t);
        if (f.startsWith("xa ")) {
            return new WardIdentity(COMMUNE, t.substring(3), null);
        }
        if (f.startsWith("phuong ")) {
            return new WardIdentity(WARD, t.substring(7), null);
        }
        return new WardIdentity(WARD, t, null);
    }

    /** "UBND phường Chơn Thành", as documents cite the issuer. */
    public String issuer() {
        return "UBND " + level + " " + name;
    }

    /** "ỦY BAN NHÂN DÂN\nPHƯỜNG CHƠN THÀNH", as the header prints it. */
    public String issuingOrgan() {
        return "ỦY BAN NHÂN DÂN\n" + (level + " " + name).toUpperCase(Locale.forLanguageTag("vi"));
    }
}
