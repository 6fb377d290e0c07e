package vn.plandesk.io.table;

import java.nio.charset.StandardCharsets;

/**
 * What a file is, told by its bytes and not by its name: officers receive attachments renamed, without extension, or
 * saved under the wrong one.
 */
public enum DocumentKind {
    /** An Excel workbook (.xlsx, or an old .xls). */
    WORKBOOK,
    WORD,
    PDF,
    /** An OLE2 container holding a password-protected Office file: Word or Excel cannot be told apart. */
    ENCRYPTED_OFFICE,
    UNKNOWN;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    /** A PDF's "%PDF-" may follow some bytes of junk; readers look for it in the first kilobyte. */
    private static final int PDF_MARK_WITHIN = 1024;

    public static DocumentKind of(byte[] bytes) {
        if (startsWith(bytes, ZIP)) {
            if (containsAscii(bytes, "word/document")) {
                return WORD;
            }
            return containsAscii(bytes, "xl/workbook") ? WORKBOOK : UNKNOWN;
        }
        if (startsWith(bytes, OLE2)) {
            return containsAscii(bytes, "E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o") ? ENCRYPTED_OFFICE : WORKBOOK;
        }
        byte[] mark = "%PDF-".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + mark.length <= Math.min(bytes.length, PDF_MARK_WITHIN); i++) {
            if (matchesAt(bytes, i, mark)) {
                return PDF;
            }
        }
        return UNKNOWN;
    }

    /**
     * Whether the bytes hold the text: zip entry names stand uncompressed in a zip's headers, so a part is found
     * without inflating anything.
     */
    public static boolean containsAscii(byte[] bytes, String text) {
        byte[] name = text.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i + name.length <= bytes.length; i++) {
            if (matchesAt(bytes, i, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && matchesAt(bytes, 0, magic);
    }

    private static boolean matchesAt(byte[] bytes, int at, byte[] what) {
        for (int k = 0; k < what.length; k++) {
            if (bytes[at + k] != what[k]) {
                return false;
            }
        }
        return true;
    }
}
