package vn.plandesk.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.plandesk.model.PlanDeskException;

/**
 * Reads a file to import, but never more than one byte past {@link InputLimits#MAX_FILE_BYTES}: a device such as
 * /dev/zero or a huge file then costs a bounded amount of memory, and the reader refuses it as too large.
 */
public final class BoundedFile {
    private BoundedFile() {
    }

    public static byte[] read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            // the system's own words ("Is a directory") are neither the officer's language nor name the file
            throw new PlanDeskException("file.isFolder", file.toString());
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(InputLimits.MAX_FILE_BYTES + 1);
        }
    }
}
