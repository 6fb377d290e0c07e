package vn.plandesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.service.Messages;

/** The store the kill loop left, which H2 overflows its stack opening: one sentence, never H2's text. */
class CliUnopenableStoreTest {
    private static final String BACKUP = "plandesk-daily-20260101-000000.zip";

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Messages.setLocale(Messages.VIETNAMESE);
        int code = new Cli(out, err).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path evidenceStoreWithBackup() throws Exception {
        Path other = dir.resolve("other");
        assertEquals(0, cli("--db", other.toString(), "plans").code());
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

    private static void oneSentence(Run r, String start) {
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
        oneSentence(cli("--db", store.toString(), "plans"), "Không đọc được kho dữ liệu " + store.toAbsolutePath());
        oneSentence(cli("--db", store.toString(), "check-store"), "Không đọc được kho dữ liệu ");
        assertArrayEquals(before, Files.readAllBytes(store.resolve("plandesk.mv.db")));
    }

    @Test
    void salvageSaysNothingCouldBeReadAndNamesTheNewestBackup() throws Exception {
        Path store = evidenceStoreWithBackup();
        byte[] before = Files.readAllBytes(store.resolve("plandesk.mv.db"));
        Path to = dir.resolve("new");
        Run r = cli("--db", store.toString(), "salvage", "--to", to.toString());
        oneSentence(r, "Không đọc được gì từ kho dữ liệu " + store.toAbsolutePath());
        assertArrayEquals(before, Files.readAllBytes(store.resolve("plandesk.mv.db")));
        assertFalse(Files.exists(to.resolve("plandesk.mv.db")));
    }
}
