package vn.plandesk.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The zipped copies of the store in its {@code backups} folder. A backup is a zip holding {@code plandesk.mv.db}, as
 * H2's {@code BACKUP TO} writes it; restoring one never overwrites the current store, which is kept aside first.
 */
public final class Backups {
    static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String ENTRY = Database.FILE_NAME + ".mv.db";

    private Backups() {
    }

    /** The backups of the store in a folder, newest first (by time of writing). */
    public static List<Path> list(Path storeFolder) {
        Path dir = storeFolder.resolve(FOLDER);
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> zips = Files.newDirectoryStream(dir, "*.zip")) {
            zips.forEach(out::add);
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing(Backups::modified).reversed());
        return out;
    }

    /** The newest backup that can be read back whole, if any. */
    public static Optional<Path> newestReadable(Path storeFolder) {
        return list(storeFolder).stream().filter(Backups::readable).findFirst();
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    static String stamp() {
        return LocalDateTime.now().format(STAMP);
    }

    /**
     * Whether a backup reads back whole: the zip holds the store file, every byte of it passes the zip's CRC check,
     * and it starts as an H2 store does.
     */
    public static boolean readable(Path zip) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.getName().equals(ENTRY)) {
                    continue;
                }
                byte[] head = in.readNBytes(4);
                in.transferTo(java.io.OutputStream.nullOutputStream()); // reading to the end makes the stream check the CRC
                return StoreFile.hasStoreHeader(head);
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Puts a backup in place of the store file of a closed store. The current file, if any, is first moved into the
     * backups folder under a name saying it was kept aside, so restoring never loses anything.
     *
     * @return where the former store file was kept, or null when there was none
     */
    static Path restoreInto(Path storeFolder, Path zip) throws IOException {
        Path target = storeFolder.resolve(ENTRY);
        Path staged = Files.createTempFile(storeFolder, ".restore-", ".part");
        try {
            boolean found = false;
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    if (e.getName().equals(ENTRY)) {
                        Files.copy(in, staged, StandardCopyOption.REPLACE_EXISTING);
                        found = true;
                        break;
                    }
                }
            }
            if (!found || !StoreFile.looksLikeStore(staged)) {
                throw new IOException("not a PlanDesk backup: " + zip.getFileName());
            }
            Path keptAside = null;
            if (Files.exists(target)) {
                Files.createDirectories(storeFolder.resolve(FOLDER));
                keptAside = storeFolder.resolve(FOLDER).resolve(Database.FILE_NAME + "-kept-aside-" + stamp() + ".mv.db");
                Files.move(target, keptAside);
            }
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
            return keptAside;
        } finally {
            Files.deleteIfExists(staged);
        }
    }
}
