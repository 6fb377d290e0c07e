package vn.plandesk.service;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.Wording;

/**
 * Writes an exported file beside its place and moves it there, so a failed export never leaves half a file under its
 * name. Every export goes through here: a missing folder is made, whatever the kind of file.
 */
public final class SafeFile {
    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private SafeFile() {
    }

    /**
     * @param failureKey the message telling the officer the file could not be written, with the file ({0}) and the
     *                   reason ({1})
     */
    public static void write(Path file, String failureKey, Content content) {
        Path target = file.toAbsolutePath();
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && !Files.isSymbolicLink(target)) {
            // moving the written file into place would put it instead of an (empty) folder or a device
            throw new PlanDeskException(failureKey, target.toString(), new Wording("file.notAFile"));
        }
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            // an unpredictable name, created only if nothing (not even a planted symlink) stands there; a plain new
            // file rather than a temp file, which would be private to this user, so it gets the usual permissions
            temp = target.resolveSibling("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                    + ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new PlanDeskException(e, failureKey, target.toString(), e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the move succeeded or the failure is already reported
                }
            }
        }
    }
}
