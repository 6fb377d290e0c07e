package vn.plandesk.model;

import java.util.List;

/**
 * The signature block: authority lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), the title ("PHÓ CHỦ TỊCH" or
 * "CHỦ TỊCH") and the signer's name.
 */
public record Signer(List<String> authority, String title, String name) {
    public Signer {
        authority = Text.nfcList(authority);
        title = Text.nfc(title).strip();
        name = Text.nfc(name).strip();
    }

    public static Signer empty() {
        return new Signer(List.of(), "", "");
    }
}
