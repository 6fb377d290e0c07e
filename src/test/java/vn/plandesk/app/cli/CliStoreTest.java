package vn.plandesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.service.Messages;

/** Damaged stores, backups and a missing --db value, through the command line. */
class CliStoreTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Messages.setLocale(Messages.VIETNAMESE);
        int code = new Cli(out, err).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void dbWithoutItsFolderIsRefusedAndOpensNothing() {
        for (String[] args : new String[][] {{"plans", "--db"}, {"--db", "--lang", "en", "plans"}}) {
            Run r = cli(args);
            assertEquals(Cli.USAGE, r.code());
            assertEquals("Tùy chọn --db cần tên một thư mục theo sau; không có gì được mở hay ghi.", r.err().strip());
            assertEquals("", r.out());
        }
    }

    @Test
    void anEmptyStoreIsRefusedInOneSentenceAndKept() throws Exception {
        Path store = dir.resolve("db");
        Files.createDirectories(store);
        Files.write(store.resolve("plandesk.mv.db"), new byte[0]);
        Run r = cli("--db", store.toString(), "plans");
        assertEquals(Cli.FAILED, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("Không đọc được kho dữ liệu " + store.toAbsolutePath().normalize()), r.err());
        assertEquals(0, Files.size(store.resolve("plandesk.mv.db")));
        Run en = cli("--db", store.toString(), "--lang", "en", "plans");
        assertTrue(en.err().startsWith("The store "), en.err());
    }

    @Test
    void restoreBackupPutsTheNewestBackInPlaceAndKeepsTheDamagedFileAside() throws Exception {
        Path store = dir.resolve("db");
        assertEquals(0, cli("--db", store.toString(), "plans").code());
        Run none = cli("--db", store.toString(), "restore-backup");
        assertEquals(Cli.FAILED, none.code());
        assertTrue(none.err().startsWith("Chưa có bản sao lưu nào"), none.err());

        Path backups = Files.createDirectories(store.resolve("backups"));
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(backups.resolve("plandesk-daily.zip")))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("plandesk.mv.db"));
            zip.write(Files.readAllBytes(store.resolve("plandesk.mv.db")));
        }
        byte[] junk = "junk".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        Files.write(store.resolve("plandesk.mv.db"), junk);
        Run refused = cli("--db", store.toString(), "plans");
        assertTrue(refused.err().contains("plandesk-daily.zip"), "the newest backup is offered: " + refused.err());

        Run restored = cli("--db", store.toString(), "restore-backup");
        assertEquals(0, restored.code(), restored.err());
        Run plans = cli("--db", store.toString(), "plans");
        assertEquals(4, plans.out().lines().count(), plans.err());
        Path kept = Path.of(restored.out().lines().filter(l -> l.startsWith("Kho dữ liệu trước đó"))
                .findFirst().orElseThrow().replaceFirst("^[^/]*", "").replaceFirst("\\.$", ""));
        assertArrayEquals(junk, Files.readAllBytes(kept));
        assertFalse(cli("--db", store.toString(), "backups").out().isBlank());
    }

    @Test
    void hugeTaskRangesAndEndlessInputAreRefusedInOneSentence() throws Exception {
        Path store = dir.resolve("db");
        Run big = cli("--db", store.toString(), "derive", "2", "--ward", "phường Chơn Thành", "--tasks", "1-2000000000");
        // past the parent's last task: a slip of the keys, refused at once rather than counted up to
        assertEquals(Cli.FAILED, big.code(), big.err());
        assertTrue(big.err().startsWith("Khoảng số thứ tự \"1-2000000000\" vượt quá nhiệm vụ cuối của"), big.err());
        assertEquals(1, big.err().strip().lines().count(), big.err());
        Run absurd = cli("--db", store.toString(), "derive", "2", "--ward", "phường Chơn Thành", "--tasks",
                "1-99999999999");
        assertEquals(Cli.FAILED, absurd.code());
        assertTrue(absurd.err().startsWith("Khoảng số thứ tự \"1-99999999999\" quá lớn"), absurd.err());
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            Run endless = cli("--db", store.toString(), "import-json", zero.toString());
            assertEquals(Cli.FAILED, endless.code());
            assertTrue(endless.err().contains("quá lớn"), endless.err());
            assertEquals(1, endless.err().strip().lines().count(), endless.err());
        }
    }

    /** A plan changed behind PlanDesk's back (a flipped byte of its stored content) is named, never read silently. */
    @Test
    void checkStoreNamesAChangedPlanAndOpeningOrExportingItIsRefused() throws Exception {
        Path store = dir.resolve("db");
        Run whole = cli("--db", store.toString(), "check-store");
        assertEquals(0, whole.code(), whole.err());
        assertTrue(whole.out().startsWith("Kho dữ liệu nguyên vẹn: đã đọc hết "), whole.out());
        assertTrue(whole.out().contains(" 4 kế hoạch khớp với mã kiểm tra"), whole.out());

        String url = "jdbc:h2:file:" + store.toAbsolutePath().resolve("plandesk") + ";FILE_LOCK=NO";
        try (var c = java.sql.DriverManager.getConnection(url, "sa", ""); var s = c.createStatement()) {
            s.executeUpdate("UPDATE task SET leader = leader || 'x' WHERE id = (SELECT MIN(id) FROM task"
                    + " WHERE plan_id = 3)");
        }
        Run damaged = cli("--db", store.toString(), "check-store");
        assertEquals(Cli.FAILED, damaged.code());
        java.util.List<String> lines = damaged.out().lines().toList();
        assertEquals("Kiểm tra kho dữ liệu thấy 1 vấn đề:", lines.get(0), damaged.out());
        assertTrue(lines.get(1).startsWith("Kế hoạch 3 "), damaged.out());
        assertEquals("Chưa có bản sao lưu đọc được nào để khôi phục.", lines.get(2));

        for (String[] args : new String[][] {{"show", "3"}, {"export-json", "3", "--out", "-"}}) {
            Run refused = cli(java.util.stream.Stream.concat(java.util.stream.Stream.of("--db", store.toString()),
                    java.util.Arrays.stream(args)).toArray(String[]::new));
            assertEquals(Cli.FAILED, refused.code());
            assertEquals(1, refused.err().strip().lines().count(), refused.err());
            assertTrue(refused.err().startsWith("Kế hoạch 3 "), refused.err());
            assertTrue(refused.err().contains("bị hỏng"), refused.err());
            assertEquals("", refused.out());
        }
        assertEquals(0, cli("--db", store.toString(), "show", "1").code(), "the other plans read on");
    }

    /** salvage copies what reads into a new store, names what it could not save, and never writes the damaged one. */
    @Test
    void salvageCopiesTheSoundPlansIntoANewStoreAndListsTheDamagedOne() throws Exception {
        Path store = dir.resolve("db");
        Path target = dir.resolve("saved");
        assertEquals(0, cli("--db", store.toString(), "plans").code());
        String url = "jdbc:h2:file:" + store.toAbsolutePath().resolve("plandesk") + ";FILE_LOCK=NO";
        try (var c = java.sql.DriverManager.getConnection(url, "sa", ""); var s = c.createStatement()) {
            s.executeUpdate("UPDATE task SET leader = leader || 'x' WHERE id = (SELECT MIN(id) FROM task"
                    + " WHERE plan_id = 3)");
        }
        byte[] damaged = Files.readAllBytes(store.resolve("plandesk.mv.db"));
        Run r = cli("--db", store.toString(), "salvage", "--to", target.toString());
        assertEquals(Cli.FAILED, r.code(), r.err());
        java.util.List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("Đã chép sang kho mới " + target.toAbsolutePath().normalize()
                + ": 3 kế hoạch,"), r.out());
        assertEquals("Không cứu được 1 mục:", lines.get(1), r.out());
        assertTrue(lines.get(2).startsWith("  Kế hoạch 3: nội dung đọc được không khớp"), r.out());
        assertTrue(lines.get(3).startsWith("Kho bị hỏng "), r.out());
        assertEquals("", r.err());
        assertArrayEquals(damaged, Files.readAllBytes(store.resolve("plandesk.mv.db")), "the damaged store untouched");
        Run plans = cli("--db", target.toString(), "plans");
        assertEquals(0, plans.code(), plans.err());
        assertEquals(3, plans.out().lines().count(), plans.out());
        assertEquals(0, cli("--db", target.toString(), "check-store").code());

        Run again = cli("--db", store.toString(), "salvage", "--to", target.toString());
        assertEquals(Cli.FAILED, again.code());
        assertEquals(1, again.err().strip().lines().count(), again.err());
        assertTrue(again.err().contains("đã có một kho dữ liệu"), again.err());
    }
}
