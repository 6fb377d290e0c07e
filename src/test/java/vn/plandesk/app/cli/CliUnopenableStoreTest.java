package vn.plandesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store the kill loop left, which H2 overflows its stack opening: one sentence, never H2's text. */
class CliUnopenableStoreTest {
    private static final String BACKUP = "plandesk-daily-20260101-000000.zip";

    @TempDir
    Path dir;

    private Path evidenceStoreWithBackup() throws Exception {
        Path other = dir.resolve("other");
        CliRun.ok(other, "plans");
        Path store = Files.createDirectories(dir.resolve("db").resolve("backups")).getParent();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(store.resolve("backups").resolve(BACKUP)))) {
            zip.putNextEntry(new ZipEntry("plandesk.mv.db"));
            zip.write(Files.readAllBytes(other.resolve("plandesk.mv.db")));
        }
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream("/stores/chunk-ids-reused.mv.db.gz"))) {
            Files.copy(in, store.resolve("plandesk.mv.db"));
        }
        return store;
    }

    private static void oneSentence(CliRun r, String start) {
        assertEquals(Cli.FAILED, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith(start), r.err());
        assertTrue(r.err().contains(BACKUP), "the newest backup is named: " + r.err());
        assertFalse(r.err().contains("General error") || r.err().contains("StackOverflow")
                || r.err().contains("[50000"), r.err());
    }

    @Test
    void theStoreIsRefusedInOneSentenceNamingTheNewestBackupAndKept() throws Exception {
        Path store = evidenceStoreWithBackup();
        byte[] before = Files.readAllBytes(store.resolve("plandesk.mv.db"));
        oneSentence(CliRun.on(store, "plans"), "Không đọc được kho dữ liệu " + store.toAbsolutePath());
        oneSentence(CliRun.on(store, "check-store"), "Không đọc được kho dữ liệu ");
        assertArrayEquals(before, Files.readAllBytes(store.resolve("plandesk.mv.db")));
    }

    @Test
    void salvageSaysNothingCouldBeReadAndNamesTheNewestBackup() throws Exception {
        Path store = evidenceStoreWithBackup();
        byte[] before = Files.readAllBytes(store.resolve("plandesk.mv.db"));
        Path to = dir.resolve("new");
        CliRun r = CliRun.on(store, "salvage", "--to", to.toString());
        oneSentence(r, "Không đọc được gì từ kho dữ liệu " + store.toAbsolutePath());
        assertArrayEquals(before, Files.readAllBytes(store.resolve("plandesk.mv.db")));
        assertFalse(Files.exists(to.resolve("plandesk.mv.db")));
    }
}
