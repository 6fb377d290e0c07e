package vn.plandesk.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The zipped copies of the store in its {@code backups} folder. A backup is a zip holding {@code plandesk.mv.db}, as
 * H2's {@code BACKUP TO} writes it, and the attached files of the register under {@code documents/}; restoring one
 * never overwrites the current store, which is kept aside first.
 */
public final class Backups {
    static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String ENTRY = Database.FILE_NAME + ".mv.db";
    private static final String FILES_PREFIX = DocumentRepository.FILES_FOLDER + "/";

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
     * Writes a backup of the open store: H2's copy of the store file, then the attached files beside it in the same
     * zip, so that a backup restores the register with its files. The zip is complete under its name or not there.
     */
    static void write(Connection open, Path storeFolder, Path target) throws SQLException, IOException {
        Path h2 = target.resolveSibling(target.getFileName() + ".part");
        Files.deleteIfExists(h2);
        try (Statement s = open.createStatement()) {
            s.execute("BACKUP TO '" + h2.toString().replace("'", "''") + "'");
        }
        Path files = storeFolder.resolve(DocumentRepository.FILES_FOLDER);
        if (!Files.isDirectory(files)) {
            Files.move(h2, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path whole = target.resolveSibling(target.getFileName() + ".whole.part");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(h2));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(whole))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            try (DirectoryStream<Path> list = Files.newDirectoryStream(files)) {
                for (Path f : list) {
                    if (Files.isRegularFile(f) && safeName(f.getFileName().toString())) {
                        out.putNextEntry(new ZipEntry(FILES_PREFIX + f.getFileName()));
                        Files.copy(f, out);
                        out.closeEntry();
                    }
                }
            }
        } finally {
            Files.deleteIfExists(h2);
        }
        Files.move(whole, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A file of the folder named stem + suffix, or stem-2 + suffix and so on when that name is taken. */
    static Path unused(Path folder, String stem, String suffix) {
        Path p = folder.resolve(stem + suffix);
        for (int n = 2; Files.exists(p); n++) {
            p = folder.resolve(stem + "-" + n + suffix);
        }
        return p;
    }

    /** A name of the documents folder: no folder part, nothing hidden (a backup's entry names are not trusted). */
    private static boolean safeName(String name) {
        return !name.isEmpty() && !name.startsWith(".") && name.indexOf('/') < 0 && name.indexOf('\\') < 0
                && !name.contains("..") && name.length() <= 200;
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
                    }
                }
            }
            if (!found || !StoreFile.looksLikeStore(staged)) {
                throw new IOException("not a PlanDesk backup: " + zip.getFileName());
            }
            restoreFiles(storeFolder, zip);
            Path keptAside = null;
            if (Files.exists(target)) {
                Files.createDirectories(storeFolder.resolve(FOLDER));
                keptAside = unused(storeFolder.resolve(FOLDER), Database.FILE_NAME + "-kept-aside-" + stamp(), ".mv.db");
                Files.move(target, keptAside);
            }
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
            return keptAside;
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    /**
     * Puts the backup's attached files into the documents folder, before the store file is replaced. A copy is named
     * by its content, so a file already there is the same file and is left alone: restoring adds, never overwrites,
     * and the current store's files stay for its kept-aside copy.
     */
    private static void restoreFiles(Path storeFolder, Path zip) throws IOException {
        Path files = storeFolder.resolve(DocumentRepository.FILES_FOLDER);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String name = e.getName();
                if (!name.startsWith(FILES_PREFIX) || !safeName(name.substring(FILES_PREFIX.length()))) {
                    continue;
                }
                Path target = files.resolve(name.substring(FILES_PREFIX.length()));
                if (Files.exists(target)) {
                    continue;
                }
                Files.createDirectories(files);
                Path part = Files.createTempFile(files, ".restore-", ".part");
                try {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(part);
                }
            }
        }
    }
}
