package vn.plandesk.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.plandesk.store.StoreLocation;

/**
 * Sends the log (PlanDesk's warnings and the libraries' own, with their stack traces) to {@code plandesk.log} in the
 * store folder instead of the officer's terminal, where only the one-sentence messages belong. It must run before the
 * first logger is made: the logging backend reads its settings once.
 */
final class LogFile {
    static final String NAME = "plandesk.log";
    private static final String PROPERTY = "org.slf4j.simpleLogger.logFile";
    /** The most the earlier runs' log keeps. */
    static final long EARLIER_CAP = 2L << 20;

    private LogFile() {
    }

    /**
     * Moves the last run's log to the end of {@code plandesk.log.1} before the logging backend empties
     * {@code plandesk.log} for this run (slf4j-simple cannot append). The earlier runs' file is kept under
     * {@value #EARLIER_CAP} bytes: when it grows past that, only its newest half is kept, from a line's start. So the
     * log holds this run whole and the runs before it as far back as the cap allows.
     */
    static void keepEarlierRuns(Path log) {
        Path earlier = log.resolveSibling(NAME + ".1");
        try {
            if (!Files.isRegularFile(log) || Files.size(log) == 0) {
                return;
            }
            try (FileChannel in = FileChannel.open(log, StandardOpenOption.READ);
                 FileChannel out = FileChannel.open(earlier, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                         StandardOpenOption.APPEND)) {
                long done = 0;
                while (done < in.size()) {
                    done += in.transferTo(done, in.size() - done, out);
                }
            }
            if (Files.size(earlier) > EARLIER_CAP) {
                keepNewest(earlier, EARLIER_CAP / 2);
            }
        } catch (IOException | RuntimeException e) {
            // the earlier runs are a help for support, not worth failing a start for
        }
    }

    private static void keepNewest(Path file, long bytes) throws IOException {
        byte[] tail;
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long from = Math.max(0, in.size() - bytes);
            ByteBuffer b = ByteBuffer.allocate((int) (in.size() - from));
            while (b.hasRemaining() && in.read(b, from + b.position()) > 0) {
                // read on to the end
            }
            tail = b.array();
        }
        int start = 0;
        while (start < tail.length && tail[start] != '\n') {
            start++;
        }
        Path part = Files.createTempFile(file.getParent(), ".log-", ".part");
        try {
            Files.write(part, java.util.Arrays.copyOfRange(tail, Math.min(start + 1, tail.length), tail.length));
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    static void useStoreFolder(Path db) {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        Path folder = (db == null ? StoreLocation.defaultFolder() : db).toAbsolutePath().normalize();
        try {
            Files.createDirectories(folder);
            keepEarlierRuns(folder.resolve(NAME));
            System.setProperty(PROPERTY, folder.resolve(NAME).toString());
        } catch (IOException | RuntimeException e) {
            // the folder cannot be made: the log stays on stderr, and opening the store will say why
        }
    }
}
