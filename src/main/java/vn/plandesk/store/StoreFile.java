package vn.plandesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What can be told about an H2 store file before H2 opens it (and, for an empty file, silently replaces it). */
final class StoreFile {
    /** Every H2 2.x MVStore file begins with its file header "H:2,…". */
    private static final byte[] HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    private StoreFile() {
    }

    static boolean hasStoreHeader(byte[] head) {
        if (head.length < HEADER.length) {
            return false;
        }
        for (int i = 0; i < HEADER.length; i++) {
            if (head[i] != HEADER[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the file starts as an H2 store: a 0-byte, cut-off-at-the-start or foreign file does not. */
    static boolean looksLikeStore(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return hasStoreHeader(in.readNBytes(HEADER.length));
        }
    }
}
