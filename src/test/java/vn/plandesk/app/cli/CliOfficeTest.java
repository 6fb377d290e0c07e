package vn.plandesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Excel and Word commands, run as the officer would from a terminal. */
class CliOfficeTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        CliRun r = CliRun.on(dir.resolve("db"), args);
        return new String[] {String.valueOf(r.code()), r.out(), r.err()};
    }

    @Test
    void exportXlsxImportItBackExportDocx() throws Exception {
        assertEquals("0", run("samples")[0]);
        Path xlsx = dir.resolve("ct.xlsx");
        assertEquals("0", run("export-xlsx", "3", "--out", xlsx.toString())[0]);
        String[] imported = run("import-xlsx", xlsx.toString());
        assertEquals("0", imported[0], imported[2]);
        long id = Long.parseLong(imported[1].strip());
        assertTrue(run("show", String.valueOf(id))[1].contains("Tên nhiệm vụ") || run("plans")[1].contains("76"));

        String[] into = run("import-xlsx", xlsx.toString(), "--into", "3");
        assertEquals("0", into[0], into[2]);
        assertTrue(into[1].contains("0"), into[1]);

        Path docx = dir.resolve("ct.docx");
        assertEquals("0", run("export-docx", "3", "--out", docx.toString())[0]);
        assertTrue(Files.size(docx) > 10_000);
    }

    @Test
    void aBadFileIsOneSentenceAndAFailingExitCode() throws Exception {
        run("samples");
        String before = run("plans")[1];
        Path junk = dir.resolve("junk.xlsx");
        Files.writeString(junk, "không phải Excel");
        String[] r = run("import-xlsx", junk.toString());
        assertEquals("1", r[0]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
        assertTrue(r[2].contains("junk.xlsx"), r[2]);
        assertEquals(before, run("plans")[1]);
    }

    @Test
    void anImportTakesOneBackupAndARefusedFileLeavesTheBackupsAsTheyWere() throws Exception {
        assertEquals("0", run("samples")[0]);
        Path xlsx = dir.resolve("ct.xlsx");
        assertEquals("0", run("export-xlsx", "3", "--out", xlsx.toString())[0]);
        Path junk = dir.resolve("junk.xlsx");
        Files.writeString(junk, "không phải Excel");

        assertEquals("1", run("import-xlsx", junk.toString())[0]);
        assertEquals(java.util.List.of(), backups(), "the backup begun for the refused file is gone");

        String[] imported = run("import-xlsx", xlsx.toString());
        assertEquals("0", imported[0], imported[2]);
        java.util.List<String> one = backups();
        assertEquals(1, one.size(), one::toString);
        assertTrue(one.get(0).startsWith("plandesk-before-import-") && one.get(0).endsWith(".zip"), one::toString);

        assertEquals("1", run("import-xlsx", junk.toString())[0]);
        assertEquals(one, backups(), "the earlier backup stays, and no other is added");
    }

    private java.util.List<String> backups() throws java.io.IOException {
        Path folder = dir.resolve("db").resolve("backups");
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
