package vn.plandesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.SingleFileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What can be told about an H2 store file before H2 opens it for writing. H2 takes an empty file for a new store and
 * writes over it; and where the newest chunks of a file are missing (a file cut short) or cannot be found, it quietly
 * opens the newest older version it can complete, so the officer's latest work is gone without a word, and its next
 * writes reuse the ids of the chunks it left behind. Both are refused here, before H2 writes anything.
 */
final class StoreFile {
    private static final Logger LOG = LoggerFactory.getLogger(StoreFile.class);
    /** Every H2 2.x MVStore file begins with its file header "H:2,…". */
    private static final byte[] HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);
    /** H2 keeps its file header twice, in the first two blocks of 4 KB. */
    private static final int BLOCK = 4096;

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

    /**
     * Whether H2 can open the store file whole: it starts as a store, its header's newest chunk lies inside the file,
     * a cleanly closed file ends on a whole block, and H2, opening it read-only, reaches the version the header names
     * (a file whose newest chunks are cut off or were never found opens older, losing committed work). Nothing is
     * written to the file.
     */
    static boolean opensWhole(Path file) throws IOException {
        if (!looksLikeStore(file)) {
            return false;
        }
        long size = Files.size(file);
        Map<String, String> header = newestHeader(file);
        if (header == null) {
            return false;
        }
        long blockSize = hex(header, "blockSize", BLOCK);
        long version = hex(header, "version", -1);
        long block = hex(header, "block", -1);
        boolean clean = hex(header, "clean", 0) != 0;
        if (block >= 0 && version >= 0 && (block + 1) * blockSize > size) {
            LOG.warn("the store file {} ends before its newest chunk (block {}, {} bytes): it was cut short", file,
                    block, size);
            return false;
        }
        if (clean && size % blockSize != 0) {
            LOG.warn("the store file {} was closed cleanly but does not end on a whole block ({} bytes)", file, size);
            return false;
        }
        if (version < 0) {
            return true; // a new store that was never written to: nothing to lose
        }
        // the file is opened here, not by the builder, so that it is closed (and its lock let go) however H2 fails
        SingleFileStore channel = new SingleFileStore(new HashMap<>());
        try {
            channel.open(file.toString(), true, null);
            MVStore store = new MVStore.Builder().fileStore(channel).open();
            try {
                long opened = store.getCurrentVersion();
                if (opened < version) {
                    LOG.warn("H2 would open the store file {} at version {}, older than the version {} its header "
                            + "names: its newest chunks are missing", file, opened, version);
                    return false;
                }
                return true;
            } finally {
                store.closeImmediately();
            }
        } catch (RuntimeException | StackOverflowError e) {
            // an endless walk of the chunk list (chunk ids written twice) ends in a stack overflow, not an exception
            LOG.warn("H2 cannot open the store file {}", file, e);
            return false;
        } finally {
            channel.close();
        }
    }

    /** The newer of the two copies of the file header whose checksum holds, or null when neither does. */
    private static Map<String, String> newestHeader(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(2 * BLOCK);
        }
        Map<String, String> newest = null;
        for (int start = 0; start + HEADER.length <= head.length; start += BLOCK) {
            Map<String, String> m = parseHeader(head, start, Math.min(head.length, start + BLOCK));
            if (m != null && (newest == null || hex(m, "version", -1) > hex(newest, "version", -1))) {
                newest = m;
            }
        }
        return newest;
    }

    /** One copy of the header, "H:2,key:value,…,fletcher:x" up to its line end, if its checksum holds. */
    private static Map<String, String> parseHeader(byte[] bytes, int from, int to) {
        int end = from;
        while (end < to && bytes[end] != '\n' && bytes[end] != 0) {
            end++;
        }
        String line = new String(bytes, from, end - from, StandardCharsets.ISO_8859_1);
        int checksumAt = line.lastIndexOf(",fletcher:");
        if (!line.startsWith("H:2,") || checksumAt < 0) {
            return null;
        }
        Map<String, String> map = new HashMap<>();
        for (String pair : line.split(",")) {
            int colon = pair.indexOf(':');
            if (colon > 0) {
                map.put(pair.substring(0, colon), pair.substring(colon + 1));
            }
        }
        try {
            int expected = (int) Long.parseLong(map.getOrDefault("fletcher", ""), 16);
            if (DataUtils.getFletcher32(bytes, from, checksumAt) != expected) {
                return null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return map;
    }

    private static long hex(Map<String, String> map, String key, long otherwise) {
        String value = map.get(key);
        if (value == null) {
            return otherwise;
        }
        try {
            return Long.parseLong(value, 16);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
